// Reading one passage against a claim's names: a place must be the sentence's own, and that of
// the figures the claim states.
import type { Sentence } from '../../knowledge/types.ts';
import { type Setting, settingsOf } from '../figure-context.ts';
import { tokenize } from '../normalize.ts';
import { placeNamesIn } from '../place-words.ts';
import type { SearchIndex } from '../search-index.ts';
import { wordsOf } from './claim-facts.ts';
import { namesTerm, type Term } from './claim-names.ts';
import type { Conflict } from './claim-types.ts';
import { passageWords } from './passage-words.ts';
import { placeNamedBefore, placeOfParagraphBefore } from './place-back-reference.ts';

/** A code of letters and digits (`CM2`, `D951`, `A7`): a class or a road, not a place. */
const CODE = /^\p{L}{1,3}\d+$/u;

/** The places a sentence names after a preposition that the claim does not. */
function placesOf(places: Setting[], claimWords: Set<string>): Setting[] {
  return places.filter((place) => ![...place.words].some((word) => claimWords.has(word)));
}

/** What a passage says of a claim's names. */
export interface NamesRead {
  /** The claim's places that the passage, or the figures it states them with, gives otherwise. */
  conflicts: Conflict[];
  /** Names of the claim the passage does not hold, places in conflict aside. */
  missingNames: Term[];
  /** A place of the whole claim is held only because the article's title names it. */
  placeFromTitle: boolean;
}

/**
 * The claim's names against the passage's sentence, its paragraph (`paragraph`: the sentence and
 * those beside it) and the article's figures that state the claimed values (`stating`, each with
 * the places it is set in).
 */
export function readNames(
  index: SearchIndex,
  sentence: Sentence,
  paragraph: Sentence[],
  names: Term[],
  stating: { holder: Sentence; places: Setting[] }[],
): NamesRead {
  const conflicts: Conflict[] = [];
  const words = passageWords(index, sentence);
  const paragraphText = paragraph.map((each) => each.text).join(' ');
  const paragraphWords = wordsOf(paragraphText);
  const title = index.corpus.documents[sentence.documentId]?.title ?? '';
  const titleWords = wordsOf(title);
  const claimWords = new Set(names.flatMap((term) => term.words));
  const missingNames: Term[] = [];
  let placeFromTitle = false;
  for (const term of names) {
    if (!term.place) {
      if (!namesTerm(index, words, paragraphText, term)) missingNames.push(term);
      continue;
    }
    // A place must be the sentence's own, and that of the figures the claim states: `84 % des
    // 3 970 décès … au Canada` is not said of the United States, which the sentence also names.
    let conflict: Conflict | undefined;
    let held = true;
    const sayers = [
      { holder: sentence, places: [] as Setting[] },
      ...stating.filter((entry) => entry.holder !== sentence || entry.places.length > 0),
    ];
    for (const { holder, places } of sayers) {
      const own = places.length > 0 ? places : settingsOf(index, holder).places;
      const said =
        places.length > 0
          ? places.some((place) => namesTerm(index, place.words, place.name, term))
          : namesTerm(index, wordsOf(holder.text), holder.text, term);
      if (said) continue;
      // A sentence that names no place speaks of the place its paragraph or its article's title
      // names, as the claim writes it (`Selon l'ARS, … 9 400 patients` after `… frappe
      // l'Occitanie`; `Les médecins perçoivent…` under `À Saint-Aubin-des-Landes, un centre…`).
      // A code of letters and digits is a school year or a road (`CM2`, `D951`), no place.
      const namesNone =
        holder === sentence &&
        own.every((place) => CODE.test(place.name)) &&
        placeNamesIn(index, holder.text).every((name) => CODE.test(name));
      if (namesNone && term.words.every((word) => paragraphWords.has(word))) continue;
      // `there`, `là-bas` say the last place the paragraph named (place-back-reference.ts).
      if (namesNone && placeNamedBefore(index, holder, term)) continue;
      // Nor does one whose paragraph last named the claim's place further back.
      if (namesNone && placeOfParagraphBefore(index, holder, term)) continue;
      // The title's place is weaker for a whole claim than for a place the claim sets all its
      // facts in: a sentence that contradicts is read before it (judge-claim.ts).
      if (namesNone && term.words.every((word) => titleWords.has(word))) {
        if (term.setting !== true) placeFromTitle = true;
        continue;
      }
      // A neighbour that names no place speaks of the sentence's (`Les deux hommes…`).
      if (holder === sentence) held = false;
      // Else the places it names at all: `les États-Unis ont mis en place…` for `800 M$ US`.
      // A code of letters and digits is a school year or a road (`CM2`, `D951`), no place to set
      // against the claim's; yet the claim's place is then not said either.
      const others = [
        ...placesOf(own, claimWords).map((place) => place.name),
        ...placeNamesIn(index, holder.text).filter(
          (name) => !tokenize(name).some((token) => claimWords.has(token.word)),
        ),
      ];
      const instead = others.find((name) => !CODE.test(name));
      if (others.length > 0) held = false;
      if (instead !== undefined) {
        conflict = { claimed: term.text, article: instead, sentenceId: holder.id };
        break;
      }
    }
    if (conflict !== undefined) conflicts.push(conflict);
    else if (!held) missingNames.push(term);
  }
  return { conflicts, missingNames, placeFromTitle };
}
