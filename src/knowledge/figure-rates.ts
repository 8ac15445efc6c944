import { DEFINITE, FUNCTION_WORDS } from './figure-grammar-words.ts';
import { pluralNounBefore } from './figure-nouns.ts';
import { symbolOf } from './figure-symbols.ts';
import { SPACE as S, words } from './figure-text.ts';
import { PER_UNITS, TIME_UNITS } from './figure-unit-words.ts';

/**
 * What a figure is given per, written after it: a period (`$90 a day`, `par an`, `/h`, `de
 * l’heure`, `four hours a week`), a thing (`40 € par ruche`, `per ticket`, `each winter`), or
 * each of the things just named (`tickets at £45 each`, `pots vendus 9 € pièce`).
 */

/**
 * Periods of a rate, as written (`par an`, `a day`, `/h`) and as the unit names them, and what a
 * price or a yield is given per (`par kilo`, `per person`).
 */
const PERIODS: Record<string, string> = {
  ...TIME_UNITS,
  h: 'hour',
  annum: 'year',
  // `35 000 € par saison`, `£80 a season`: a season is a period a rate is given per, not a length.
  saison: 'season',
  season: 'season',
  ...Object.fromEntries(PER_UNITS.map((unit) => [unit, unit])),
};

const RATE_HEAD = `^(?:${S}(?:a|an|per|par|each|every|chaque|for${S}each|for${S}every|pour${S}chaque)${S}|${S}?/${S}?)(${words(Object.keys(PERIODS))})(?![\\p{L}])`;
/** Words after a length that date by it: `a year earlier`, `un an plus tôt`, `a year before`. */
export const DATED_BY = `earlier|later|ago|plus${S}tôt|plus${S}tard|auparavant`;
const RATE = new RegExp(`${RATE_HEAD}(?!${S}(?:${DATED_BY}|before|after)(?![\\p{L}]))`, 'iu');
/**
 * A sum's period may be followed by when it runs: `£310k a year before then`, `£40 a week after
 * tax` are paid by the year, the week (a sum is not a length dating by `before`).
 */
const PRICE_RATE = new RegExp(`${RATE_HEAD}(?!${S}(?:${DATED_BY})(?![\\p{L}]))`, 'iu');
/** What a sum is spent on or saves, after it: ` d’énergie`, ` de carburant`, ` of funding`. */
const SUM_OF_WHAT = new RegExp(`^${S}(?:of|de|d['’])${S}?\\p{Ll}[\\p{Ll}-]*(?![\\p{L}])`, 'u');
/** The periods of time a rate may be given per, as the unit names them (`year`, `season`). */
export const TIME_PERIODS: ReadonlySet<string> = new Set([...Object.values(TIME_UNITS), 'season']);
/** French `de l’heure`, `à l’heure`: `12 € de l’heure`, `80 kg à l’heure` are by the hour. */
const BY_THE_HOUR = new RegExp(`^${S}(?:de|à)${S}l['’]heure(?![\\p{L}])`, 'iu');
/**
 * French prices per a measure with the article: `1,15 euro le kilo`, `3 € la bouteille`. Measures
 * only: `le mois dernier` after a price is when, not per what.
 */
const PER_MEASURE = new RegExp(`^${S}(?:le|la|l['’])${S}?(${words(PER_UNITS)})(?![\\p{L}])`, 'iu');
/**
 * A price per a thing: `par ruche`, `per ticket`, `each winter`, `chaque adhérent`; in English
 * the noun may follow a word that says which (`per lost hive`), as French puts it after (`par
 * ruche perdue`).
 */
const PER_THING = new RegExp(
  `^${S}(?:(?:par|chaque)${S}(\\p{Ll}[\\p{Ll}-]*)|(?:per|each|every)${S}(?:(\\p{Ll}[\\p{Ll}-]*)${S})?(\\p{Ll}[\\p{Ll}-]*))(?![\\p{L}])`,
  'u',
);
/**
 * A price per a thing with the article, in French: `95 € la nuit`, `1 400 € la garde de 24
 * heures`, `3 € la séance.`, `78 € le mégawattheure hors taxes`; the thing ends a phrase. Not when the words say when (`200 € la
 * veille`, `10 € l’an prochain`, `la nuit du 14 mai`), nor a pronoun before a verb (`300 € la
 * privent`), nor a rank or a part (`2 M€ la première année`, `la moitié`).
 */
const PER_THING_WITH_ARTICLE = new RegExp(
  `^${S}(?:le|la|l['’])${S}?(\\p{Ll}[\\p{Ll}-]*)(?=${S}?[,.;:!?)»”]|${S}?$|${S}(?:par|per|de|d['’]|pour|et|ou|au|en|hors|HT|TTC)(?![\\p{L}]))`,
  'u',
);
/**
 * An English price per one thing, the phrase closed after it: `sells for €1.29 a loaf.`, `£4 a
 * pint,` (a period, `a year`, is read before).
 */
const PER_ONE_THING = new RegExp(`^${S}an?${S}(\\p{Ll}[\\p{Ll}-]*)(?=${S}?(?:[,.;:!?)]|$))`, 'u');
const SIGN_FIRST = /^(?:[A-Z]{1,3}[ \u00A0]?)?[$€£]/u;
/** Words after an article that say when, or a part or a rank, not per what. */
const NOT_PER = new Set(
  'veille lendemain matin soir soirée surlendemain avant-veille jour an année moitié totalité ensemble reste part somme montant tout total'.split(
    ' ',
  ),
);
/** Endings of a verb after a pronoun, or of a rank: `la privent`, `l’avait`, `la dernière`. */
const VERB_OR_RANK_ENDING = /(?:ent|ait|aient|ont|ième|ier|ière)$/u;

/**
 * What a count is given per: `two nurses per ward`, and in French a measure's (`1,3 litre par
 * spectateur`, `40 kilos par ruche`): after other nouns `par` says how or why (`décès par
 * surdose`, `blessés par balle`), as it does before some words after any (`par exemple`).
 */
const COUNT_PER_THING = new RegExp(`^${S}(par|per)${S}(\\p{Ll}[\\p{Ll}-]*)(?![\\p{L}])`, 'u');
const PAR_SAYS_HOW = new Set(
  'exemple ailleurs erreur contre rapport hasard voie défaut conséquent ordre endroits moments cent'.split(
    ' ',
  ),
);
/** A measure's noun, singular or plural: `litre`, `kilos`, `tonnes`, `km`. */
const isMeasure = (noun: string): boolean =>
  PER_UNITS.includes(noun.toLowerCase()) ||
  PER_UNITS.includes(noun.toLowerCase().replace(/s$/u, ''));

/** The thing a count of `counted` is given per, written after `end`, and where it ends. */
export function countPerThingAfter(sentence: string, end: number, counted: string): Rate | null {
  const thing = COUNT_PER_THING.exec(sentence.slice(end, end + 30));
  const word = thing?.[2];
  if (thing == null || word === undefined) return null;
  if (FUNCTION_WORDS.has(word) || DEFINITE.has(word) || PAR_SAYS_HOW.has(word)) return null;
  if (thing[1] === 'par' && !isMeasure(counted)) return null;
  // `per square metre`, `par mètre carré`: an area or a volume is named by two words.
  const thingEnd = end + thing[0].length;
  const second = AREA_OR_VOLUME_SECOND.exec(sentence.slice(thingEnd, thingEnd + 16))?.[0];
  if (
    second !== undefined &&
    (/^(?:square|cubic)$/u.test(word) || /^(?:carrés?|cubes?)$/u.test(second.trim()))
  )
    return withSecondPer(sentence, {
      period: `${word} ${second.trim()}`,
      end: thingEnd + second.length,
    });
  return withSecondPer(sentence, { period: word, end: thingEnd });
}

/** The second word of an area or a volume: `square metre`, `cubic feet`, `mètre carré`. */
const AREA_OR_VOLUME_SECOND = new RegExp(
  `^${S}(?:metres?|meters?|feet|foot|yards?|miles?|kilometres?|kilometers?|carrés?|cubes?)(?![\\p{L}])`,
  'u',
);

/** A tariff for a kind of person: `£12 for adults`, `6 € pour les adultes`, `7 € pour un adulte`. */
const FOR_PERSONS = new RegExp(
  `^${S}(?:for|pour)${S}(?:(?:les|un|une|each)${S})?(adults?|child|children|students?|pensioners?|seniors?|members?|adultes?|enfants?|étudiants?|retraités?|membres?|adhérents?)(?![\\p{L}'’])`,
  'iu',
);
/** The largest sum read as a tariff for a kind of person: `£200,000 for children` funds them. */
const TARIFF_MAX = 1000;
/** A price for each of the things named before it: `£45 each`, `9 € pièce`, `5 € chacun`. */
const APIECE = new RegExp(`^${S}(?:each|apiece|pièce|chacun|chacune|l['’]unité)(?![\\p{L}])`, 'iu');
/** What a pay or a price is said to be between it and its period: `5 200 € brut par mois`. */
const QUALIFIER = new RegExp(
  `^${S}(?:bruts?|brutes?|nets?|nettes?|gross|net|HT|TTC)(?![\\p{L}])`,
  'u',
);

export interface Rate {
  period: string;
  end: number;
}

/**
 * What a price is given per, where its words end; `period` is `null` for a tariff (`£12 for
 * adults`), whose persons are quoted with the price but name no unit.
 */
export interface PriceRate {
  period: string | null;
  end: number;
}

/** The period of a rate written after `end` (`a day`, `par an`, `/h`), and where it ends. */
export function rateAfter(sentence: string, end: number, ofPrice = false): Rate | null {
  const rate = (ofPrice ? PRICE_RATE : RATE).exec(sentence.slice(end, end + 16));
  if (rate !== null) {
    return { period: PERIODS[(rate[1] ?? '').toLowerCase()] ?? '', end: end + rate[0].length };
  }
  const hour = BY_THE_HOUR.exec(sentence.slice(end, end + 16));
  if (hour !== null) return { period: 'hour', end: end + hour[0].length };
  const measure = PER_MEASURE.exec(sentence.slice(end, end + 20));
  if (measure !== null)
    return { period: (measure[1] ?? '').toLowerCase(), end: end + measure[0].length };
  // `612 € les 1 000 litres`, `15 € par 1 000 litres`, `£2 per 100 grams`: per an amount.
  const amount = PER_AMOUNT.exec(sentence.slice(end, end + 30));
  if (amount === null) return null;
  const digits = (amount[1] ?? '').replace(/[ \u00A0\u202F,]/gu, '');
  return { period: `${digits} ${(amount[2] ?? '').toLowerCase()}`, end: end + amount[0].length };
}

/**
 * A price or a yield per a round amount of a measure: `les 1 000 litres`, `par 100 kilos`, `per
 * 100 grams`, `for every 1,000 litres`.
 */
const PER_AMOUNT = new RegExp(
  `^${S}(?:les|par|per|pour|for${S}every|every)${S}(\\d{1,3}(?:[ \u00A0\u202F,]\\d{3})+|\\d+)${S}(${words([...PER_UNITS, ...PER_UNITS.map((unit) => `${unit}s`), 'grammes', 'grams', 'g', 'l'])})(?![\\p{L}])`,
  'iu',
);

/** What a length of time is spent on, bare, after it: ` de retard`, ` d’attente`, ` of overtime`. */
const SPENT_ON = new RegExp(`^${S}(?:of${S}|de${S}|d['’])\\p{Ll}[\\p{Ll}-]*(?![\\p{L}'’])`, 'u');

/**
 * The period of a length of time given per period, maybe past what it is spent on: `4 minutes
 * de retard par semaine`, `six hours of overtime a week` (per a period only, not `par personne`).
 */
export function durationRateAfter(sentence: string, end: number): Rate | null {
  const direct = rateAfter(sentence, end);
  if (direct !== null) return direct;
  const spentOn = SPENT_ON.exec(sentence.slice(end, end + 30));
  if (spentOn === null) return null;
  const rate = rateAfter(sentence, end + spentOn[0].length);
  return rate !== null && TIME_PERIODS.has(rate.period) ? rate : null;
}

/**
 * A rate's period as a unit writes it: a speed keeps its symbol (`110 km/h`, `50km/h` are
 * `km/h`, as readers list them); any other period is named (`tonnes per hour` → `hour`), a
 * measure by its symbol (`grams per square metre` → `m²`).
 */
export function periodAsWritten(sentence: string, from: number, rate: Rate): string {
  return /^[ \u00A0\u202F]?\/[ \u00A0\u202F]?h$/u.test(sentence.slice(from, rate.end))
    ? 'h'
    : symbolOf(rate.period);
}

/** A second thing a price is given per, joined to the first: `par nuit et par personne`. */
const AND_PER = new RegExp(
  `^${S}(?:et|and)${S}(?:par|per)${S}(\\p{Ll}[\\p{Ll}-]*)(?![\\p{L}])`,
  'u',
);

/**
 * What a price is given per: a period, a thing, or each of the things named before it
 * (`countedBefore`, else the plural noun nearest before the price), past `brut`, `net`, `HT`;
 * with a second thing joined to it (`1 € par nuit et par personne` → `nuit/personne`).
 */
export function priceRateAfter(
  sentence: string,
  start: number,
  end: number,
  value: number,
  countedBefore: string | undefined,
): PriceRate | null {
  const first = firstPriceRate(sentence, start, end, value, countedBefore);
  // `9.6p per kilowatt-hour` is a price per `kWh`, as a reader writes it.
  return withSecondPer(
    sentence,
    first && { ...first, period: first.period === null ? null : symbolOf(first.period) },
  );
}

/**
 * A rate with the second thing or period joined to it: `par nuit et par personne`, `par habitant
 * et par an` (a period is named as the first would be: `an` is `year`, no article); a tariff's is
 * its only one: `6 € pour les adultes et par jour` is per `day`.
 */
function withSecondPer<R extends PriceRate>(sentence: string, rate: R | null): R | null {
  const second = rate === null ? null : AND_PER.exec(sentence.slice(rate.end, rate.end + 30));
  if (rate === null || second === null) return rate;
  const thing = second[1] ?? '';
  const period = Object.hasOwn(PERIODS, thing) ? PERIODS[thing] : undefined;
  if (period === undefined && (FUNCTION_WORDS.has(thing) || DEFINITE.has(thing))) return rate;
  const joined = rate.period === null ? (period ?? thing) : `${rate.period}/${period ?? thing}`;
  return { ...rate, period: joined, end: rate.end + second[0].length };
}

/**
 * A period said as an adjective or an adverb after a sum: `£5 yearly`, `£40 weekly`, `£300
 * monthly`, `120 € mensuels`, `30 € annuels`.
 */
const PERIOD_ADJECTIVE = new RegExp(
  `^${S}(yearly|annually|annual|monthly|weekly|daily|hourly|nightly|annuels?|annuelles?|mensuels?|mensuelles?|hebdomadaires?|quotidiens?|journaliers?)(?![\\p{L}])`,
  'iu',
);
/** The period each of those names, by its first four letters. */
const PERIOD_OF_ADJECTIVE: Record<string, string> = {
  year: 'year',
  annu: 'year',
  mont: 'month',
  mens: 'month',
  week: 'week',
  hebd: 'week',
  dail: 'day',
  quot: 'day',
  jour: 'day',
  hour: 'hour',
  nigh: 'night',
};

function firstPriceRate(
  sentence: string,
  start: number,
  end: number,
  value: number,
  countedBefore: string | undefined,
): PriceRate | null {
  const qualifier = QUALIFIER.exec(sentence.slice(end, end + 8));
  const from = end + (qualifier?.[0].length ?? 0);
  const period = rateAfter(sentence, from, true);
  if (period !== null) return period;
  const adverb = PERIOD_ADJECTIVE.exec(sentence.slice(from, from + 16));
  if (adverb !== null)
    return {
      period: PERIOD_OF_ADJECTIVE[(adverb[1] ?? '').toLowerCase().slice(0, 4)] ?? '',
      end: from + adverb[0].length,
    };
  // `35 000 € d’énergie par saison`, `£2m of funding a year`: what the sum buys, then its period.
  const bought = SUM_OF_WHAT.exec(sentence.slice(from, from + 30));
  const boughtPeriod = bought === null ? null : rateAfter(sentence, from + bought[0].length, true);
  if (boughtPeriod !== null && TIME_PERIODS.has(boughtPeriod.period)) return boughtPeriod;
  const rest = sentence.slice(from, from + 40);
  const persons = FOR_PERSONS.exec(rest);
  // A tariff is a small sum (`£200,000 for children` funds them). Whom it is for is quoted with it,
  // not its unit: a reader lists `£12 for adults` in pounds, and a period said elsewhere (`annual
  // fees of £30 for adults`) or a price it is an alternative to (`£62 per runner, or £48 for
  // members`) still gives it one.
  if (persons !== null && value <= TARIFF_MAX)
    return { period: null, end: from + persons[0].length };
  const thing = PER_THING.exec(rest);
  if (thing !== null) {
    const [written, french, before, english] = thing;
    const usable = (word: string | undefined): word is string =>
      word !== undefined && !FUNCTION_WORDS.has(word) && !DEFINITE.has(word);
    if (usable(french)) return { period: french, end: from + written.length };
    // `per lost hive`: the last word names the thing; `per hive per year` is per `hive`.
    if (before === undefined && usable(english)) {
      return { period: english, end: from + written.length };
    }
    if (usable(before)) {
      if (usable(english)) return { period: english, end: from + written.length };
      return { period: before, end: from + rest.indexOf(before) + before.length };
    }
  }
  // Only after a sign written first, in English: unaccented French `2 M$ a reparer` is `à`.
  const perOne = SIGN_FIRST.test(sentence.slice(start, start + 5))
    ? PER_ONE_THING.exec(rest)?.[1]
    : undefined;
  if (perOne !== undefined && !FUNCTION_WORDS.has(perOne) && !/s$/u.test(perOne)) {
    return { period: perOne, end: from + rest.indexOf(perOne) + perOne.length };
  }
  const withArticle = PER_THING_WITH_ARTICLE.exec(rest);
  const perThing = withArticle?.[1];
  if (
    perThing !== undefined &&
    !NOT_PER.has(perThing) &&
    !FUNCTION_WORDS.has(perThing) &&
    !VERB_OR_RANK_ENDING.test(perThing)
  )
    return { period: perThing, end: from + (withArticle?.[0].length ?? 0) };
  const apiece = APIECE.exec(rest);
  if (apiece === null) return null;
  const each = countedBefore || pluralNounBefore(sentence, start);
  return each === '' ? null : { period: each, end: from + apiece[0].length };
}
