// A person's age as a claim or an article writes it, compared only with another age.
import type { Figure } from '../../knowledge/types.ts';
import { givesAge } from '../ages.ts';
import { fold } from '../normalize.ts';
import type { Quantity } from './compare-figures.ts';

/** Nobody is older. */
const OLDEST = 120;

/** A bound and a whole number with nothing after it in the figure: `under 14`, `plus de 65`. */
const BARE_BOUND = /^(?:under|over|moins de|plus de) (\d{1,3})$/u;

/** A bound in years said as a group of people: `les moins de 16 ans`, `aux plus de 65 ans`. */
const AGE_GROUP = /^(?:moins|plus) de \d{1,3} ans$/u;
const GROUP_BEFORE = /\b(?:les|des|aux|pour les) $/u;

/** Whether the figure's noun is written right after it (`moins de 80 km`): a count, no age. */
function unitAfter(text: string, figure: Figure): boolean {
  const after = fold(text.slice(figure.start + figure.text.length)).trimStart();
  const noun = fold(figure.unit).split(/[^a-z]+/u)[0] ?? '';
  return /^[^a-z\s,.;:)]/u.test(after) || (noun !== '' && after.startsWith(noun));
}

/**
 * Whether the figure gives an age, however it is written: `under-16s`, `a 16 year old`,
 * `Sixteen-year-old`, `Daniel Okafor, 34`, `qui avait 43 ans`, `X … is 76.` (src/search/ages.ts);
 * `les moins de 16 ans`; and a bare bound the extractor read as a count with no noun of its own
 * (`children under 14`, `players under 18 paid £20`): the people it bounds come before it.
 */
function isAge(text: string, figure: Figure): boolean {
  if (figure.value <= 0 || figure.value > OLDEST) return false;
  if (/^years? old$/u.test(fold(figure.unit))) return true;
  const said = fold(figure.text).replace(/\s+/gu, ' ');
  const before = fold(text.slice(Math.max(0, figure.start - 12), figure.start)).replace(
    /\s+/gu,
    ' ',
  );
  if (AGE_GROUP.test(said) && GROUP_BEFORE.test(before)) return true;
  const bound = figure.kind === 'count' ? BARE_BOUND.exec(said) : null;
  if (bound !== null && Number(bound[1]) === figure.value && !unitAfter(text, figure)) return true;
  return (figure.kind === 'duration' || figure.kind === 'count') && givesAge(figure, text);
}

/**
 * A person's age, as its own kind of quantity: an age is said by an age, in any of its ways of
 * writing, and contradicted by another age; never by a length of time (`81 years old` is not
 * `quatre ans` of talks), nor by a count.
 */
export function ageIn(text: string, figure: Figure): Quantity | undefined {
  return isAge(text, figure) ? { kind: 'age', value: figure.value, detail: '' } : undefined;
}

/** Days in a year, as compare-figures.ts measures durations. */
const YEAR_DAYS = 365;

/**
 * A claimed length in years that the article gives as an age, told apart by no word of the claim
 * (`ont en moyenne 39 ans` against `l'âge moyen … atteint 39 ans`): the claim read as an age, to
 * say it. Not the other way: an article that writes a length of time (`rame depuis quatre ans`)
 * gives no age, and a length of time never contradicts an age (see `ageIn`).
 */
export function asAges(claimed: Quantity, article: Quantity): [Quantity, Quantity] | undefined {
  if (article.kind !== 'age' || claimed.kind !== 'duration') return undefined;
  if (claimed.detail !== String(YEAR_DAYS)) return undefined;
  return [{ kind: 'age', value: claimed.value / YEAR_DAYS, detail: '' }, article];
}
