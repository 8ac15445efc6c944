// A claim that one side of a comparison is more or less than the other, with no figure of its
// own to compare (`Millbrook drivers earn less per hour than those at Ashgate`).
import { fold } from '../normalize.ts';
import { directionOf } from './directions.ts';

export interface Comparative {
  /** 1 when the claim says its first side is more (`more`, `plus`), -1 when less. */
  direction: 1 | -1;
  /** The claim before `than`/`que`: the side it says is more or less, and what is compared. */
  first: string;
  /** The claim after `than`/`que`: the side it is set against (`those at Ashgate`). */
  second: string;
  /** Where the second side starts in the claim. */
  secondStart: number;
}

/** English comparatives and the way each goes, folded. */
const ENGLISH_WAYS: Record<string, 1 | -1> = {
  more: 1,
  higher: 1,
  bigger: 1,
  larger: 1,
  greater: 1,
  better: 1,
  dearer: 1,
  costlier: 1,
  longer: 1,
  fewer: -1,
  less: -1,
  lower: -1,
  smaller: -1,
  cheaper: -1,
  shorter: -1,
};

/** French comparatives and the way each goes, folded. */
const FRENCH_WAYS: Record<string, 1 | -1> = { plus: 1, mieux: 1, davantage: 1, moins: -1 };

/**
 * `more … than`, a few words apart at most: what follows `than` is the other side. A bound (`more
 * than 300`, `more than half`) is a figure, read by the figure rules, not a comparison of sides.
 */
const ENGLISH = new RegExp(
  `\\b(${Object.keys(ENGLISH_WAYS).join('|')})\\b((?:\\s+[\\p{L}\\p{N}'’-]+){0,6}?)\\s+than\\s+(.+)$`,
  'iu',
);
/** `plus … que`, three words apart at most (`mieux payés que`, `moins d'adhérents qu'en 1987`). */
const FRENCH = new RegExp(
  `\\b(${Object.keys(FRENCH_WAYS).join('|')})\\b((?:\\s+[\\p{L}-]+|\\s*\\p{L}['’]\\s*[\\p{L}-]+){0,3}?)\\s+qu(?:e\\s+|['’]\\s*)(.+)$`,
  'iu',
);
/** A bound's figure right after `than`/`que`: a number, a share or a multiple. */
const BOUND =
  /^(?:\d|(?:a |an |one |un |une )?(?:half|third|quarter|moitie|tiers|quart|double|twice|deux|trois|two|three|four|five|ten|cent|hundred|thousand|mille|million)\b)/iu;
/** `ne … plus`, `n'… plus que`: no longer, or only, never a comparison. */
const NEGATION = /\b(?:ne|n['’])\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;

/** `dropped between 2023 and 2025`, `a augmenté entre 2019 et 2024`: two years, earlier first. */
const CHANGE_BETWEEN =
  /\b(rose|increased|grew|climbed|went up|fell|dropped|decreased|declined|went down|(?:a\s+)?(?:augmenté|progressé|baissé|diminué|reculé))\s+(?:between|entre)\s+(\d{4})\s+(?:and|et)\s+(\d{4})\b/iu;

/**
 * A change between two years as a comparison: the later year's side is more (`rose`) or less
 * (`dropped`) than the earlier's.
 */
function changeBetween(claim: string): Comparative | undefined {
  const match = CHANGE_BETWEEN.exec(claim);
  if (match === null) return undefined;
  // The change's verb goes the way directions.ts reads any verb of change.
  const way = directionOf(match[1] ?? '')?.way;
  const direction = way === undefined ? undefined : way === 'up' ? 1 : -1;
  const [earlier = '', later = ''] = [match[2], match[3]];
  if (direction === undefined || Number(later) <= Number(earlier)) return undefined;
  return {
    direction,
    first: `${claim.slice(0, match.index)} ${later}`.trim(),
    second: earlier,
    secondStart: match.index + match[0].indexOf(earlier, (match[1] ?? '').length),
  };
}

/** The comparison a claim makes of two sides, if it makes one. */
export function comparativeOf(claim: string): Comparative | undefined {
  const change = changeBetween(claim);
  if (change !== undefined) return change;
  const english = ENGLISH.exec(claim);
  const french = english === null ? FRENCH.exec(claim) : null;
  const match = english ?? french;
  if (match === null) return undefined;
  const word = fold(match[1] ?? '');
  const direction = english !== null ? ENGLISH_WAYS[word] : FRENCH_WAYS[word];
  const between = match[2] ?? '';
  const second = match[3] ?? '';
  if (direction === undefined || second === '' || BOUND.test(fold(second))) return undefined;
  const before = claim.slice(0, match.index);
  if (french !== null && NEGATION.test(before)) return undefined;
  return {
    direction,
    first: `${before} ${between}`.trim(),
    second,
    secondStart: match.index + match[0].length - second.length,
  };
}
