// A value the sentence gives for the period before its own: `212 000, contre 187 500 l'hiver précédent`.
import type { Figure, Sentence } from '../../knowledge/types.ts';
import { fold } from '../normalize.ts';
import { quantityIn, sameValue } from './compare-figures.ts';

const PERIODS_FR =
  'hiver|ete|automne|printemps|an|annee|saison|mois|semaine|trimestre|semestre|exercice|edition|campagne|rentree';
const PERIODS_EN =
  'winter|summer|autumn|fall|spring|year|season|month|week|quarter|term|edition|financial year';
/**
 * A period said relative to the sentence's own, folded: `l'hiver précédent`, `la saison
 * d'avant`, `the previous winter`, `the season before`, `a year earlier`, `last summer`.
 */
const RELATIVE = new RegExp(
  [
    `(?:l'|le |la |les? )(?:${PERIODS_FR}) (?:precedente?s?|derniere?s?|passee?s?|d'avant)`,
    `(?:l'an|un an) (?:dernier|passe|plus tot|auparavant)`,
    `(?:the )?(?:previous|prior|preceding) (?:${PERIODS_EN})`,
    `(?:the )?(?:${PERIODS_EN}) (?:before|earlier)`,
    `(?:a|one) (?:${PERIODS_EN}) (?:earlier|before)`,
    `last (?:${PERIODS_EN})`,
  ].join('|'),
  'u',
);
/** The period a claim is set in, said as the present one: `cette saison`, `this winter`. */
const THIS_PERIOD = new RegExp(
  `(?:^|[^\\p{L}])(?:(?:cette|cet|ce) (?:${PERIODS_FR})|this (?:${PERIODS_EN}))(?![\\p{L}])`,
  'u',
);

/**
 * The period nouns a claim sets itself in as the present one (`saison` in `cette saison`): a
 * clause on the period before (`contre 17 € la saison précédente`) shares the word, not the time.
 */
export function presentPeriodWords(claim: string): Set<string> {
  const global = new RegExp(THIS_PERIOD.source, 'gu');
  return new Set(
    [...folded(claim).matchAll(global)].map((match) => match[0].trim().split(' ').at(-1) ?? ''),
  );
}

/** What may stand between a value and its period: its noun and a preposition, no clause end. */
const TAIL = new RegExp(`^[^,;:.()]{0,30}?(?:${RELATIVE.source})`, 'u');

const folded = (text: string) => fold(text).replace(/’/gu, "'");

/**
 * The sentence's other value of the claimed kind, where the claim dates the claimed value by a
 * date the sentence gives and the sentence says that value was for the period before
 * (`Au cours de l'hiver 2023-2024, … 212 000 passagers, contre 187 500 l'hiver précédent` for
 * `187,500 passengers in winter 2023-24`): the sentence's date is the other value's; so too where
 * the claim sets its value in the present period (`cette saison … 1 150 €` for `780 €, contre
 * 1 150 € la saison précédente`). Undefined
 * when the claim says a relative period itself or another value of the kind, gives no date the
 * sentence gives, or the given value has no period of its own.
 */
export function periodBeforeOtherwise(
  claim: string,
  claimed: Figure[],
  figure: Figure,
  given: Figure,
  sentence: Sentence,
): Figure | undefined {
  const text = folded(sentence.text);
  if (figure.kind === 'date' || text.length !== sentence.text.length) return undefined;
  // A claim giving two values of the kind (`64 concerts contre 82 la précédente`) dates each itself.
  if (RELATIVE.test(folded(claim))) return undefined;
  if (claimed.some((other) => other !== figure && other.kind === figure.kind)) return undefined;
  const sentenceDates = sentence.figures.filter((each) => each.kind === 'date');
  const datedAlike = claimed.some(
    (date) =>
      date.kind === 'date' &&
      date.value > 0 &&
      sentenceDates.some((each) =>
        sameValue(quantityIn(claim, date), quantityIn(sentence.text, each), 'exact'),
      ),
  );
  // A claim set in the present period (`cette saison`) speaks of the sentence's own: the value
  // the sentence gives for the period before is not this one's.
  if (!datedAlike && !THIS_PERIOD.test(folded(claim))) return undefined;
  const tailOf = (value: Figure) => text.slice(value.start + value.text.length);
  if (!TAIL.test(tailOf(given))) return undefined;
  // The value the relative period is set against: of the same kind, before it, with no such
  // period of its own.
  return sentence.figures
    .filter(
      (other) =>
        other.kind === given.kind &&
        other.start + other.text.length <= given.start &&
        other.value !== given.value &&
        (other.unit === '' || given.unit === '' || other.unit === given.unit) &&
        !TAIL.test(tailOf(other)),
    )
    .at(-1);
}
