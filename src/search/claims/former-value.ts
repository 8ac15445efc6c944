// A value the article sets against the present one: `désormais 127 coups par jour, contre 180
// coups par jour lorsqu'elles sonnaient jour et nuit` gives 180 as what the bells used to ring.
import { languageOfText } from '../../knowledge/language.ts';
import type { Figure, Sentence } from '../../knowledge/types.ts';
import type { Conflict } from './claim-types.ts';
import { nearValue } from './near-value.ts';

/** Words that set a claim in the present: its value is the current one. */
const NOW =
  /(?:^|[^\p{L}])(?:now|nowadays|currently|today|these days|désormais|desormais|aujourd['’]hui|maintenant|mtn|actuellement|à présent)(?![\p{L}])/iu;
/**
 * `à présent` as a chat writes it without its accent: English `a present` (a gift) too, so it is
 * read so only in a claim not clearly English.
 */
const NOW_UNACCENTED = /(?:^|[^\p{L}])a present(?![\p{L}])/iu;

const saysNow = (claim: string): boolean =>
  NOW.test(claim) || (NOW_UNACCENTED.test(claim) && languageOfText(claim) !== 'en');

/** Between the current value and the former one: `, contre`, `compared with`, `up from`. */
const AGAINST =
  /(?:^|[^\p{L}])(?:contre|against|compared (?:with|to)|up from|down from|par rapport à|au lieu de|instead of)\s*$/iu;

/**
 * The conflict of a sentence that gives a claimed present value only as the former one, set
 * against the current value written before it: the claim's value is that one.
 */
export function formerValueClaimedNow(
  claim: string,
  claimed: Figure[],
  sentence: Sentence,
): Conflict | undefined {
  if (!saysNow(claim)) return undefined;
  for (const figure of claimed.filter((each) => each.kind !== 'date')) {
    const given = sentence.figures.filter((each) => each.kind === figure.kind);
    const former = given.find((each) => nearValue(each.value, figure.value));
    if (former === undefined) continue;
    if (given.some((each) => each !== former && nearValue(each.value, figure.value))) continue;
    const current = given
      .filter((each) => each.start < former.start && each.unit === former.unit)
      .sort((a, b) => b.start - a.start)[0];
    if (current === undefined) continue;
    // A claim that gives the current value too (`now opens at 7:30 instead of 8:15`) or sets its
    // own value against another (`au lieu de 8h15`) gives the former one as the article does.
    if (claimed.some((each) => each !== figure && nearValue(each.value, current.value))) continue;
    if (AGAINST.test(claim.slice(0, figure.start).replace(/,/gu, ' ').trimEnd())) continue;
    const between = sentence.text.slice(current.start + current.text.length, former.start);
    if (AGAINST.test(between.replace(/,/gu, ' ').trimEnd()))
      return { claimed: figure.text, article: current.text, sentenceId: sentence.id };
  }
  return undefined;
}
