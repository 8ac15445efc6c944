// A sum an article sets against another, its writer giving what both are per only once: `£275
// per team, up from £220`, `de 220 € à 275 € par équipe`, `275 € par équipe, contre 220 €`.
import type { Figure, Sentence } from '../../knowledge/types.ts';

/**
 * What joins two sums set against each other, lower-cased: `, up from`, `contre`, `to`, `à`. Not
 * `a`, the English article (`£180 per team, a £30 rise`), which folding would make of `à`.
 */
const SET_AGAINST_JOIN =
  /^[\s,]*(?:(?:up|down|rising|falling|risen|fallen) from|from|against|compared (?:to|with)|versus|vs\.?|instead of|contre|au lieu de|to|à)\s*$/u;

/** The period or thing a sum is per, if any: `GBP/team` → `team`. */
const perOf = (figure: Figure): string => figure.unit.split('/')[1] ?? '';
const currencyOf = (figure: Figure): string => figure.unit.split('/')[0] ?? '';

/**
 * The sentence's sums with no `per` of their own that are set right against a sum of the same
 * currency that has one, read with that `per` too: `up from £220` is £220 per team.
 */
export function sharedPerOf(holder: Sentence, figure: Figure): Figure[] {
  if (figure.kind !== 'money' || perOf(figure) !== '') return [];
  const other = holder.figures.find((each) => {
    if (each === figure || each.kind !== 'money' || perOf(each) === '') return false;
    if (currencyOf(each) !== currencyOf(figure)) return false;
    const [first, second] = each.start < figure.start ? [each, figure] : [figure, each];
    const between = holder.text.slice(first.start + first.text.length, second.start);
    return SET_AGAINST_JOIN.test(between.normalize('NFC').toLowerCase());
  });
  return other === undefined ? [] : [{ ...figure, unit: other.unit }];
}
