// A place the sentence gives to another figure: `6,2 % dans le canton, mais seulement 1,8 % à
// Narbelle` gives Narbelle 1,8 %, not 6,2 %.
import type { Figure, Sentence } from '../../knowledge/types.ts';
import { tokenize } from '../normalize.ts';
import type { Term } from './claim-names.ts';
import type { Conflict } from './claim-types.ts';

/** Between a figure and the place it is given: a preposition and an article, no clause break. */
const TO_PLACE = /^\s*(?:à|a|au|aux|en|dans|in|at|for|pour|(?:dans|in) (?:le|la|les|l'|the))\s*$/iu;

const near = (a: number, b: number) =>
  Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * 0.005;

/**
 * The conflict of a sentence that gives the claimed value and, right before the claim's place,
 * another value of the same kind: the place's own figure is that one.
 */
export function placeOfOtherFigure(
  names: Term[],
  claimed: Figure[],
  sentence: Sentence,
): Conflict | undefined {
  const tokens = tokenize(sentence.text);
  for (const term of names.filter((each) => each.place)) {
    const at = tokens.findIndex((_token, i) =>
      term.words.every((word, k) => tokens[i + k]?.word === word),
    );
    const place = tokens[at];
    if (place === undefined) continue;
    for (const figure of claimed.filter((each) => each.kind !== 'date')) {
      const sameKind = sentence.figures.filter((given) => given.kind === figure.kind);
      if (!sameKind.some((given) => near(given.value, figure.value))) continue;
      const before = sameKind
        .filter((given) => given.start + given.text.length <= place.start)
        .sort((a, b) => b.start - a.start)[0];
      if (before === undefined || near(before.value, figure.value)) continue;
      const between = sentence.text.slice(before.start + before.text.length, place.start);
      if (TO_PLACE.test(between.replace(/’/gu, "'")))
        return { claimed: figure.text, article: before.text, sentenceId: sentence.id };
    }
  }
  return undefined;
}
