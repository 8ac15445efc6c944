// A claim's two values set against each other (`41 %, contre 58 % en 2023`): one thing at two times.
import type { Figure } from '../../knowledge/types.ts';
import { precisionOf, type Quantity, quantityIn, sameValue } from './compare-figures.ts';

/** What sets a later value against an earlier one, right before it: `, contre`, `compared with`. */
const SET_AGAINST =
  /(?:\bcontre|\bpar rapport (?:à|aux?)|\bau lieu de|\bagainst|\bcompared (?:with|to)|\bversus|\bvs\.?|\bup from|\bdown from)\s+(?:the\s+|les?\s+|la\s+|l['’])?$/iu;

/**
 * Whether the claim itself gives the article's value as another of its values of the same kind,
 * set against the claimed one (`ne pèse plus que 41 % du budget, contre 58 % en 2023`): the
 * article's `58 %` is then that one, the same thing at another time, no rival of the 41 %. Values
 * joined otherwise (`l'État 45 % et la région un quart`) may be a swap the article contradicts.
 */
export function comparedInClaim(
  claim: string,
  claimedFigures: Figure[],
  claimed: Figure,
  quantity: Quantity,
): boolean {
  return claimedFigures.some((other) => {
    if (other === claimed || other.kind !== claimed.kind) return false;
    if (!sameValue(quantityIn(claim, other), quantity, precisionOf(claim, other))) return false;
    const [first, second] = other.start < claimed.start ? [other, claimed] : [claimed, other];
    return SET_AGAINST.test(claim.slice(first.start + first.text.length, second.start));
  });
}
