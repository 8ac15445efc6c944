// A state said to hold since a year (`broadcasting since 1987`, `émet depuis 1987`): the year it
// began is what the claim tells, as telling as any count.
import type { Figure } from '../../knowledge/types.ts';
import { fold } from '../normalize.ts';

/** `since`, `depuis`, with a month or season between at most: `depuis l'été 2021`. */
const SINCE_BEFORE = /\b(?:since|depuis)(?:\s+(?:l|le|la|the|early|late|debut|fin))?\s*$/u;

const sinceYears = (text: string, years: Figure[]): number[] =>
  years
    .filter((figure) => {
      const before = fold(text.slice(Math.max(0, figure.start - 24), figure.start))
        .replace(/['’]/gu, ' ')
        .replace(/\s+/gu, ' ');
      return SINCE_BEFORE.test(before);
    })
    .map((figure) => figure.value);

const yearsOf = (figures: Figure[]): Figure[] =>
  figures.filter((figure) => figure.kind === 'date' && figure.unit === 'year');

/**
 * Whether the claim's only figure is a year it says something holds since, and the sentence
 * says since that year too: `Radio Tramontane has been broadcasting since 1987` in `qui émet
 * depuis 1987`.
 */
export function sinceYearSaid(
  claim: string,
  figures: Figure[],
  sentence: { text: string; figures: Figure[] },
): boolean {
  if (figures.length !== 1) return false;
  const [claimed] = sinceYears(claim, yearsOf(figures));
  return (
    claimed !== undefined && sinceYears(sentence.text, yearsOf(sentence.figures)).includes(claimed)
  );
}
