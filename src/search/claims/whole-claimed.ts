// A claim that something is all one party's (`la région paie tout le démontage`) against a
// sentence that gives that party a part of it (`dont la moitié sera financée par la région`).
import type { Figure, Sentence } from '../../knowledge/types.ts';
import { fold } from '../normalize.ts';
import type { Conflict } from './claim-types.ts';

/**
 * Words that claim the whole of a thing, not after a word of place or time: `tout le démontage`,
 * `the whole bill`, `paid in full`; but `dans toute la région`, `sur toute l'année`, `all over
 * the country` say where or when, no share.
 */
const WHOLE =
  /(?<!\b(?:dans|sur|pendant|durant|en|a|par|de|in|on|over|for|during|throughout|across|at|of)\s)\b(?:tout le|tout l'|toute la|toute l'|la totalite|en totalite|en entier|entierement|integralement|the whole|the entire|all of the|in full|fully|entirely)\b/u;

const isPart = (figure: Figure): boolean =>
  (figure.kind === 'ratio' && figure.unit !== '×' && figure.value > 0 && figure.value < 1) ||
  (figure.kind === 'percent' && figure.value > 0 && figure.value < 100);

/**
 * The sentence's share that tells a whole claimed is only a part: a fraction (`la moitié`, `a
 * third`) or a percentage under 100 of the thing the sentence speaks of. A claim that gives a
 * share itself (`entirely rebuilt, 45 % paid by the State`) is read by its figures instead.
 */
export function partForWhole(
  claim: string,
  figures: Figure[],
  sentence: Sentence,
): Conflict | undefined {
  if (figures.some(isPart)) return undefined;
  const whole = WHOLE.exec(fold(claim).replace(/[’]/gu, "'"));
  if (whole === null) return undefined;
  const part = sentence.figures.find(isPart);
  if (part === undefined) return undefined;
  return { claimed: whole[0], article: part.text, sentenceId: sentence.id };
}
