import { TIME_PERIODS } from '../knowledge/figure-rates.ts';
import type { BoundFigure } from './figure-context.ts';
import { tokenize } from './normalize.ts';

/**
 * What a figure asked is of, besides its kind: one unit (`combien coûte chaque capteur`, `per
 * megawatt-hour`), the total (`en tout`, `in total`) or an ordinary value (`on a normal day`,
 * `en moyenne`). A sum for the whole network does not say what one sensor costs, the price of a
 * kilo does not say what the market made in all, and the busiest day's count is not a normal day's.
 * A passage giving only the other lacks the qualifier, as typed (read by asked-qualifiers.ts).
 */

/** A qualifier's words as typed and what a sentence (folded words) must say to meet it. */
export interface ScopeQualifier {
  typed: string;
  met: (sentence: string, answering: BoundFigure[], text: string) => boolean;
  /** Met by every passage not saying otherwise: its words are not met by it. */
  byDefault: true;
}

/** Periods, folded: `par an`, `each year` are a rate's period, not one unit of a thing. */
const PERIOD_WORDS =
  /^(?:seconde?s?|minutes?|heures?|hours?|jours?|journees?|days?|semaines?|weeks?|mois|months?|ans?|annees?|years?|saisons?|seasons?|decennies?|decades?|siecles?|century|centuries|fois|times?)$/u;

/**
 * Words after `par`/`per` that name no unit: `par la commune` (by), `par exemple`, `per cent`,
 * `each of`, `par rapport à`.
 */
const NO_UNIT =
  '(?!(?:of|de|des|d|du|la|le|les|l|un|une|the|a|an|cent|leur|leurs|son|sa|ses|notre|nos|votre|vos|ce|cet|cette|ces|exemple|rapport|ailleurs|contre|consequent|mois|other|autre|fois)\\b)';
/** One unit asked: `chaque capteur`, `each ticket`; not `each of`. */
// Not `per`, `par` asked: `per meal` is as often asked of `les repas coûtent 3 €`, a price
// whose unit is its subject, which this reading cannot tell from a total.
const ONE_ASKED = new RegExp(`\\b(?:chaque|each) ${NO_UNIT}(\\p{L}+)`, 'u');

/** A unit's figure said: `apiece`, `la pièce`, `à l’unité`, an average. */
const ONE_SAID = /\b(apiece|piece|unitaire|average|averaged|moyenne)\b/u;
/** `each`, `chaque` before a word that is no period: `chaque capteur`; not `each year`. */
const EACH_SAID = /\b(?:each|chaque|chacune?) (\p{L}+)/gu;
/** `per`/`par` before a word that is no period: `par ruche`, `per pitch`; not `par an`. */
const PER_SAID = new RegExp(`\\b(?:per|par) ${NO_UNIT}(\\p{L}+)`, 'gu');

/** Whether a figure is given per a thing (`GBP/shift`, `EUR/mégawattheure`), not per a period. */
const perThing = ({ figure }: BoundFigure): boolean => {
  const [, per] = figure.unit.split('/');
  return per !== undefined && per !== '' && !TIME_PERIODS.has(per);
};

/** Whether a sentence (folded words) says a figure of one unit, a thing's price or an average. */
const saysOne = (sentence: string): boolean =>
  ONE_SAID.test(sentence) ||
  [...sentence.matchAll(PER_SAID), ...sentence.matchAll(EACH_SAID)].some(
    ([, word = '']) => !PERIOD_WORDS.test(word),
  ) ||
  /\b(?:chacune?|each)$/u.test(sentence);

/** A rate's period asked: `daily`, `par jour`, `a year`, `chaque mois`, `hourly`. */
const asksPeriod = (folded: string): boolean =>
  /\b(daily|weekly|monthly|yearly|annually|hourly|annual|quotidien\p{L}*|mensuel\p{L}*|annuel\p{L}*|hebdomadaire\p{L}*)\b/u.test(
    folded,
  ) ||
  [
    ...folded.matchAll(/\b(?:per|par|a|an|each|every|chaque|de l|tous les|toutes les) (\p{L}+)/gu),
  ].some(([, word = '']) => PERIOD_WORDS.test(word) && !/^(?:fois|times?)$/u.test(word));

/** The total asked: `en tout`, `au total`, `in total`, `altogether`, `in all`, `coût total`. */
const TOTAL_ASKED =
  /\b(en tout|au total|in total|in all|all told|altogether|total|totale|overall|grand total)\b/u;
/** A whole said: `total`, `overall`, `sur l’ensemble`, `cumulé`, `altogether`. */
const TOTAL_SAID =
  /\b(total|totale|totaux|totales|overall|altogether|ensemble|cumule|cumulee|cumules|cumulees|en tout|in all|combined)\b/u;

/**
 * Words right after a count saying it is of things added, not of all there are: `4,870 new
 * samples`, `12 nouveaux adhérents`, `300 places supplémentaires`, `40 de plus`, `20 more`.
 */
const INCREMENT_AFTER =
  /^(?:new|additional|extra|more|further|nouveaux|nouvelles|nouveau|nouvelle|supplementaires|supplementaire|de plus|newly)\b/u;
/** Words right before a count saying the same: `another 300`, `a further 40`, `encore 12`. */
const INCREMENT_BEFORE = /\b(?:another|further|additional|extra|encore)$/u;

/** Whether a figure counts things added (INCREMENT_AFTER, INCREMENT_BEFORE), in the sentence's text. */
function countsAdded({ figure }: BoundFigure, text: string): boolean {
  const fold = (part: string) =>
    tokenize(part)
      .map((token) => token.word)
      .join(' ');
  const end = figure.start + figure.text.length;
  return (
    INCREMENT_AFTER.test(fold(text.slice(end, end + 40))) ||
    INCREMENT_BEFORE.test(fold(text.slice(Math.max(0, figure.start - 20), figure.start)))
  );
}

/** An ordinary value asked: `on a normal day`, `usually`, `en moyenne`, `d’habitude`. */
const ORDINARY_ASKED =
  /\b(normal|normally|usual|usually|typical|typically|ordinary|on average|average|en moyenne|moyenne|normalement|habituellement|d habitude|habituel|habituelle|ordinaire|typique|en temps normal|en general)\b/u;
/** An ordinary value said, whatever else the sentence says of an extreme. */
const ORDINARY_SAID =
  /\b(normal|normally|usual|usually|typical|typically|ordinary|average|averaged|moyenne|moyen|normalement|habituellement|habitude|habituel|habituelle|ordinaire|typique|general|generalement)\b/u;
/**
 * An extreme said: a record, a peak, what one day alone saw, `le plus`, a superlative (tested by
 * the caller). Not a bound (`up to`, `au moins`): a capacity is no extreme a count was at.
 */
const EXTREME_SAID =
  /\b(records?|(?<!off )peak|peaked|pic|culmine|culmin\p{L}*|maxim\p{L}*|(?:le|la|les|l) (?:plus|moins) \p{L}+|(?:seule?|single|one) (?:journee|jour|nuit|day|night|week|semaine))\b/u;

/**
 * The scope qualifiers of a question's folded words, with where each matched (for the typed
 * words): `isSuperlative` tells an English superlative (`busiest`).
 */
export function scopeQualifiers(
  folded: string,
  typedOf: (pattern: RegExp) => string | undefined,
  isSuperlative: (word: string) => boolean,
): ScopeQualifier[] {
  const qualifiers: ScopeQualifier[] = [];
  const one = ONE_ASKED.exec(folded);
  const oneTyped = typedOf(ONE_ASKED);
  // A rate asked besides (`each striker … daily`) is the period's qualifier: a sum per day is each one's.
  if (
    one !== null &&
    oneTyped !== undefined &&
    !PERIOD_WORDS.test(one[1] ?? '') &&
    !asksPeriod(folded)
  ) {
    // The unit named with an article gives a price of it: `le prix du compteur`, `£3 a ticket`.
    const units = folded
      .slice(one.index)
      .split(' ')
      .slice(1, 3)
      .filter((word) => word.length >= 4)
      .map((word) => word.slice(0, 5));
    const namedUnit = new RegExp(`\\b(?:le|la|l|du|a|an) (?:${units.join('|') || '(?!)'})`, 'u');
    qualifiers.push({
      typed: oneTyped,
      byDefault: true,
      met: (sentence, answering) =>
        saysOne(sentence) || answering.some(perThing) || namedUnit.test(sentence),
    });
  }
  const total = typedOf(TOTAL_ASKED);
  // `how many new homes in total`: the count of new ones is the total asked.
  const asksAdded = folded
    .split(' ')
    .some((word) => INCREMENT_AFTER.test(word) || INCREMENT_BEFORE.test(word));
  if (total !== undefined) {
    qualifiers.push({
      typed: total,
      byDefault: true,
      // Unless the sentence gives a unit's figure only: an average, a price each or per kilo; or
      // only counts of things added (`4,870 new samples`) where the question asks no new ones.
      met: (sentence, answering, text) =>
        TOTAL_SAID.test(sentence) ||
        !(
          saysOne(sentence) ||
          (answering.length > 0 && answering.every(perThing)) ||
          (!asksAdded &&
            answering.length > 0 &&
            answering.every((bound) => countsAdded(bound, text)))
        ),
    });
  }
  const ordinary = typedOf(ORDINARY_ASKED);
  if (ordinary !== undefined) {
    qualifiers.push({
      typed: ordinary,
      byDefault: true,
      met: (sentence) =>
        ORDINARY_SAID.test(sentence) ||
        !(EXTREME_SAID.test(sentence) || sentence.split(' ').some(isSuperlative)),
    });
  }
  return qualifiers;
}
