// The body or person an article is about, named in its opening paragraph, is what its later
// sentences speak of without naming it again: `Harte's Bakery … will open a second plant` opens
// the article, and `Flour now costs the company €520 a tonne` further on is Harte's.
import type { Sentence } from '../../knowledge/types.ts';
import type { SearchIndex } from '../search-index.ts';
import { wordsOf } from './claim-facts.ts';
import { namesOf, namesTerm, type Term } from './claim-names.ts';

/** The text of an article's opening paragraph: where a news article names what it is about. */
export function openingOf(index: SearchIndex, sentence: Sentence): string {
  const document = index.corpus.documents[sentence.documentId];
  const first = document?.sections[0]?.paragraphs[0];
  return (first?.sentenceIds ?? []).map((id) => index.corpus.sentences[id]?.text ?? '').join(' ');
}

/**
 * Whether a sentence that does not name a claim's body or person (no place) speaks of it all the
 * same: the article's opening paragraph names it, and the sentence names nobody and nothing else
 * (`It lost £310,000 in 2023`, not `Its rival Zipcar lost £310,000`, nor `built at Norwell
 * College`), the claim's own names and places aside.
 */
export function subjectOfArticle(
  index: SearchIndex,
  sentence: Sentence,
  term: Term,
  names: Term[],
): boolean {
  if (term.place) return false;
  const opening = openingOf(index, sentence);
  if (opening === '' || !namesTerm(index, wordsOf(opening), opening, term)) return false;
  const claimWords = new Set(names.flatMap((name) => name.words));
  return namesOf(index, sentence.text, () => false).every((other) =>
    other.words.some((word) => claimWords.has(word)),
  );
}
