// A claim names the body an article is about (`Pool&Go had 4850 members`, `a loaf at Harte's`)
// where the article's later sentences leave it implicit (`Membership reached 4,850 at the end of
// March`): the sentence that gives the claimed figures says the claim all the same, as weakly as
// a place held only through the article's title, so a sentence that gives them otherwise is read
// first.
import { placeNamesIn } from '../place-words.ts';
import type { SearchIndex } from '../search-index.ts';
import { openingOf, subjectOfArticle } from './article-subject.ts';
import { SAME_SUBJECT } from './claim-coverage.ts';
import { wordsOf } from './claim-facts.ts';
import { namesTerm, type Term } from './claim-names.ts';
import type { Reading } from './read-passage.ts';

/**
 * Whether a name the passage lacks is the article's subject, left implicit by the sentence: the
 * opening paragraph names it and the sentence names nobody and nowhere else (article-subject.ts).
 * A chat writes a shop or a firm as a place (`at Harte's`): a place counts so when the sentence
 * names no place at all.
 */
function isOpeningSubject(index: SearchIndex, reading: Reading, term: Term, names: Term[]) {
  const sentence = index.corpus.sentences[reading.passage.sentenceId];
  if (sentence === undefined) return false;
  if (!term.place) return subjectOfArticle(index, sentence, term, names);
  const opening = openingOf(index, sentence);
  if (opening === '' || !namesTerm(index, wordsOf(opening), opening, term)) return false;
  const claimWords = new Set(names.flatMap((name) => name.words));
  return placeNamesIn(index, sentence.text).every((place) =>
    [...wordsOf(place)].some((word) => claimWords.has(word)),
  );
}

/**
 * The reading as support sees it: the names it lacks that are the article's subject are held,
 * weakly (`placeFromTitle`). Conflicts are read as before: this is for saying the claim only.
 */
export function withOpeningSubject(index: SearchIndex, names: Term[], reading: Reading): Reading {
  if (reading.missingNames.length === 0 || reading.conflicts.length > 0) return reading;
  // The sentence itself must give the claimed figures so that they say what it speaks of
  // (`figuresTell`), and speak of the claim in words: a bare figure may be anyone's.
  if (!reading.ownsFigures || !reading.figuresTell || reading.coverage < SAME_SUBJECT)
    return reading;
  if (!reading.missingNames.every((term) => isOpeningSubject(index, reading, term, names)))
    return reading;
  return { ...reading, missingNames: [], placeFromTitle: true };
}
