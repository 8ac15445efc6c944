// What kind a counted figure is, once the whole sentence is read: a change of a percentage.
import type { Figure } from './types.ts';

/** `points` right after the number: `4 points de plus`, not `40 charging points`. */
const POINTS_NEXT = /^\s?points?\b/iu;
/** The most points a change of a percentage may be. */
const MOST_POINTS = 100;
/** How far on either side of `N points` a word saying a change is looked for, in characters. */
const CHANGE_REACH = 30;
/** Words saying a change: `en hausse de`, `de plus`, `un gain de`, `up`, `higher`, `gained`. */
const CHANGE_WORDS =
  /(?<![\p{L}])(?:hausse|baisse|de plus|de moins|gains?|up|down|higher|lower|more|fewer|less|perd\p{L}*|gagn\p{L}*|recul\p{L}*|progress\p{L}*|augment\p{L}*|diminu\p{L}*|increase\p{L}*|decrease\p{L}*|gained|lost|rose|fell|dropped|climbed)(?![\p{L}])/iu;

/**
 * Reads a counted figure's kind again from its sentence: `en hausse de 7 points` beside `12 %` is
 * a change of a percentage (kind `percent`, unit `points`, as `7 percentage points` is). Points
 * with no change said (`on 45 points`, a score; `12 points` on a licence), a noun between
 * (`40 charging points`) or more than a hundred of them stay a count.
 */
export function rereadKinds(figures: Figure[], sentence: string): void {
  const percentage = figures.some((figure) => figure.kind === 'percent' && figure.unit === '%');
  if (!percentage) return;
  for (const figure of figures) {
    if (figure.kind !== 'count' || !/^points?$/iu.test(figure.unit)) continue;
    const end = figure.start + figure.text.length;
    const points = POINTS_NEXT.exec(sentence.slice(end));
    if (points === null || figure.value > MOST_POINTS) continue;
    const after = end + points[0].length;
    const near = sentence.slice(Math.max(0, figure.start - CHANGE_REACH), after + CHANGE_REACH);
    if (!CHANGE_WORDS.test(near)) continue;
    figure.kind = 'percent';
    figure.unit = 'points';
  }
}
