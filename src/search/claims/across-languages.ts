// A claim in the other language from the sentence that gives its figures: the dictionary carries
// only some of its words across, so fewer of them are found there.
import { languageOfText } from '../../knowledge/language.ts';
import type { Figure, Language } from '../../knowledge/types.ts';
import { quantityOf } from './compare-figures.ts';

/**
 * The share of a claim's words a sentence in the other language, which itself gives every claimed
 * figure at its value, must say: half of them, as in one language, asks the dictionary to know
 * every verb and noun (`votera … sur le rehaussement de la digue` for `will vote … on a plan to
 * raise the sea wall`).
 */
export const ACROSS_LANGUAGES_PART = 0.25;

/** Whether the claim is written in one language and the sentence in the other. */
export function acrossLanguages(claim: string, sentenceLanguage: Language | undefined): boolean {
  const claimLanguage = languageOfText(claim);
  return (
    claimLanguage !== undefined &&
    sentenceLanguage !== undefined &&
    claimLanguage !== sentenceLanguage
  );
}

/**
 * Quantities that say nothing of what they measure: a share (`20 %`, `la moitié`), a change in
 * points, a multiple, a temperature. An article gives many of them of many things (a drop, a
 * rebate, a part of the households), so one found at its value with a quarter of the claim's
 * words is no sign that the sentence speaks of the claim.
 */
const MUTE_KINDS: ReadonlySet<string> = new Set(['percent', 'points', 'multiple', 'temperature']);

/** Whether every claimed figure names what it is of: a date, a duration, a count, a sum. */
export const figuresNameTheirThing = (figures: Figure[]): boolean =>
  figures.every((figure) => !MUTE_KINDS.has(quantityOf(figure).kind));
