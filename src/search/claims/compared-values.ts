// A claim's two values set against each other (`41 %, contre 58 % en 2023`): one thing at two times.
import type { Figure, Sentence } from '../../knowledge/types.ts';
import { fold } from '../normalize.ts';
import { type Quantity, quantityIn, sameValue } from './compare-figures.ts';
import { tiedBefore } from './date-ties.ts';
import { precisionOf } from './precision.ts';

/** What sets a later value against an earlier one, right before it: `, contre`, `compared with`. */
export const SET_AGAINST =
  /(?:\bcontre|\bpar rapport (?:à|aux?)|\bau lieu de|\bagainst|\bcompared (?:with|to)|\bversus|\bvs\.?|\bup from|\bdown from)\s+(?:the\s+|les?\s+|la\s+|l['’])?$/iu;

/**
 * Whether the claim itself gives the article's value as another of its values of the same kind,
 * set against the claimed one and dated as the article dates it (`ne pèse plus que 41 % du
 * budget, contre 58 % en 2023` where the article says `58 % … en 2023`): the article's value is
 * then that one, the same thing at another time, no rival of the claimed one. Values joined
 * otherwise (`l'État 45 % et la région un quart`), or dated otherwise (`18 % cette année, contre
 * 36 % en 2023` where the article's 36 % is this year's), may be a swap the article contradicts.
 */
export function comparedInClaim(
  claim: string,
  claimedFigures: Figure[],
  claimed: Figure,
  entry: { figure: Figure; quantity: Quantity; holder: Sentence },
): boolean {
  if (fold(claim).length !== claim.length) return false;
  const { text, figures } = entry.holder;
  return claimedFigures.some((other) => {
    if (other === claimed || other.kind !== claimed.kind) return false;
    if (!sameValue(quantityIn(claim, other), entry.quantity, precisionOf(claim, other)))
      return false;
    const [first, second] = other.start < claimed.start ? [other, claimed] : [claimed, other];
    if (!SET_AGAINST.test(claim.slice(first.start + first.text.length, second.start))) return false;
    // The claim's date of the other value dates the article's value too.
    const date = claimedFigures.find(
      (each) =>
        each.kind === 'date' && tiedBefore(claim, claimedFigures, each, other.kind) === other,
    );
    return (
      date !== undefined &&
      figures.some(
        (each) =>
          each.kind === 'date' &&
          each.value === date.value &&
          tiedBefore(text, figures, each, entry.figure.kind)?.start === entry.figure.start,
      )
    );
  });
}
