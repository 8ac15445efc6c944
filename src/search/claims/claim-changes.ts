// A change the claim writes as one span figure: its last value, to be found too.
import type { Figure } from '../../knowledge/types.ts';
import { fold } from '../normalize.ts';
import { changeEnd } from './change-ends.ts';

/**
 * A claimed change the extractor reads as one span figure (`goes from 4.10 to 4.65 euros`, valued
 * 4.10) claims its last value too, in the span's unit: a figure the article must give as well.
 * The span stays, read as its first value and as a change (change-ends.ts). A span that is no
 * change (`children from 3 to 11`) adds nothing, nor does a dated claim's: its dates tie each
 * value to its time, which the span read whole is set against (date-ties.ts, compared-change.ts).
 */
export function withChangeEnds(claim: string, figures: Figure[]): Figure[] {
  if (figures.some((figure) => figure.kind === 'date')) return figures;
  return figures.flatMap((figure) => {
    const end = changeEnd(claim, figure);
    return end === undefined ? [figure] : [figure, end];
  });
}

/** Words that join a change's two values, hedge of the second allowed: ` to `, ` à environ `. */
const FROM_TO_JOIN =
  /^\s+(?:to|à|a|->|→)\s+(?:(?:about|around|roughly|some|environ|près de)\s+)?$/iu;
/** What opens a change's first value, right before it: `from`, `de`, `d'`. */
const FROM_OPENING = /(?:^|\s)(?:from|de|d['’])\s*(?:(?:about|around|roughly|environ)\s+)?$/iu;
/** A figure written as a number alone, hedge and sign aside: `6`, `environ 520`. */
const NUMBER_ALONE = /^(?:(?:about|around|roughly|some|environ|près de)\s+)?[\d\s.,]+$/iu;

/**
 * The two values of a claimed change share their unit, the writer giving it once: `from 21 days
 * to 6` is six days, `de 150 a environ 520 par jour` a hundred and fifty a day. The value written
 * as a number alone takes the other's kind and unit.
 */
export function withSharedChangeUnits(claim: string, figures: Figure[]): Figure[] {
  const sorted = [...figures].sort((a, b) => a.start - b.start);
  const shared = new Map<Figure, Figure>();
  for (const [at, from] of sorted.entries()) {
    const to = sorted[at + 1];
    if (to === undefined || from.kind === 'date' || to.kind === 'date') continue;
    const between = claim.slice(from.start + from.text.length, to.start);
    if (!FROM_TO_JOIN.test(between)) continue;
    if (!FROM_OPENING.test(claim.slice(Math.max(0, from.start - 20), from.start))) continue;
    // How bare each is: a number alone with no unit read, a number alone, a number with its unit.
    const bareness = (figure: Figure) =>
      NUMBER_ALONE.test(figure.text) ? (figure.unit === '' ? 2 : 1) : 0;
    if (bareness(from) === bareness(to)) continue;
    const [bare, given] = bareness(from) > bareness(to) ? [from, to] : [to, from];
    if (given.unit === '') continue;
    shared.set(bare, { ...bare, kind: given.kind, unit: given.unit });
  }
  // `214 tonnes de châtaignes cette année contre 388 en 2024`: the value set against the first
  // is a number alone, the writer giving its unit once.
  for (const [at, against] of sorted.entries()) {
    if (against.kind === 'date' || shared.has(against) || unitWritten(claim, against)) continue;
    if (!SET_AGAINST.test(claim.slice(Math.max(0, against.start - 20), against.start))) continue;
    const given = sorted
      .slice(0, at)
      .reverse()
      .find((figure) => figure.kind !== 'date');
    if (given === undefined || !unitWritten(claim, given)) continue;
    // The same noun read already (`1850 foyers par semaine, contre 1100`) is left as read: the
    // period may be the first value's alone.
    if (nounOf(given) === nounOf(against)) continue;
    shared.set(against, { ...against, kind: given.kind, unit: given.unit });
  }
  return figures.map((figure) => shared.get(figure) ?? figure);
}

/**
 * Whether a figure's unit is written with it, in its text or right after it (`214 tonnes`), not
 * borrowed from words further on (`contre 388 en 2024`, read as `388 châtaignes`).
 */
function unitWritten(claim: string, figure: Figure): boolean {
  if (figure.unit === '') return !NUMBER_ALONE.test(figure.text);
  const noun = nounOf(figure);
  if (noun === '') return true;
  const after = fold(claim.slice(figure.start, figure.start + figure.text.length + 16));
  return after.includes(noun);
}

const nounOf = (figure: Figure) => fold(figure.unit.split('/')[0] ?? '');

/**
 * Words that set a value against an earlier one, right before it: `contre`, `vs`, `against`, and
 * a clause saying what it was (`1850 euros now, it was 1400`, `c'était 1400`).
 */
const SET_AGAINST =
  /(?:^|\s)(?:contre|vs\.?|versus|against|compared (?:to|with)|(?:it|that|this) (?:was|used to be)|c['’](?:é|e)tait|(?:ç|c)a (?:é|e)tait)\s+$/iu;
