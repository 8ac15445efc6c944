// A sentence that says `there` speaks of the last place its paragraph named before it.
import type { Sentence } from '../../knowledge/types.ts';
import { placeNamesIn } from '../place-words.ts';
import type { SearchIndex } from '../search-index.ts';
import { wordsOf } from './claim-facts.ts';
import { namesTerm, type Term } from './claim-names.ts';
import { paragraphOf } from './passage-words.ts';

/**
 * Words that point back to a place named before: `there`, `over there`, `là-bas`, `sur place`,
 * `on site`. `there is`, `there were`, `there isn’t`, `there won’t be` state that something
 * exists or not, and point nowhere.
 */
const BACK_TO_PLACE =
  /(?<![\p{L}-])(?:there(?!\s*(?:(?:is|are|was|were|will|would|has|have|had|can|could|should|must|might|may|need|does|did|do|wo|ca)(?:n['’]t|not)?|cannot|seems?|seemed|appears?|appeared|exists?|existed|used to|remains?|remained|['’](?:s|re|ll|d|ve))(?![\p{L}]))|là-bas|la-bas|sur place|on site|on the spot)(?![\p{L}-])/iu;

/**
 * Whether a sentence that names no place itself says the claim's place by pointing back to it:
 * `Average occupancy there rose…` after `…the trust's smaller hall in Pellbury`, the last place
 * its paragraph named before it.
 */
export function placeNamedBefore(index: SearchIndex, sentence: Sentence, term: Term): boolean {
  if (!BACK_TO_PLACE.test(sentence.text)) return false;
  const before = paragraphOf(index, sentence).filter((each) => each.id < sentence.id);
  for (const earlier of before.reverse()) {
    const places = placeNamesIn(index, earlier.text);
    const last = places[places.length - 1];
    if (last === undefined) continue;
    return namesTerm(index, wordsOf(last), last, term);
  }
  return false;
}

/**
 * Whether a sentence that names no place itself speaks of the claim's place because the nearest
 * sentence before it in its paragraph that names a place names that one: `Its peak output is
 * 21.5 megawatts` two sentences after `A solar farm on the former Copley Moor landfill`.
 */
export function placeOfParagraphBefore(
  index: SearchIndex,
  sentence: Sentence,
  term: Term,
): boolean {
  const before = paragraphOf(index, sentence).filter((each) => each.id < sentence.id);
  for (const earlier of before.reverse()) {
    const words = wordsOf(earlier.text);
    if (namesTerm(index, words, earlier.text, term)) return true;
    if (placeNamesIn(index, earlier.text).length > 0) return false;
  }
  return false;
}
