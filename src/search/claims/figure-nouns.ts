import { SPELLED_SYMBOLS } from '../../knowledge/figure-symbols.ts';
import {
  COMPOUND_UNITS,
  MEASURE_UNITS,
  TIME_UNITS,
  UNIT_SYMBOLS,
} from '../../knowledge/figure-unit-words.ts';
import type { Figure, Sentence } from '../../knowledge/types.ts';
import { glossaryEntry, lexiconEntry } from '../dictionary-lookup.ts';
import { fold, STOP_WORDS, stem } from '../normalize.ts';
import { isPersonNoun, isAnyPeople as saysPeople } from '../people-counted.ts';
import type { SearchIndex } from '../search-index.ts';
import { isAgentPlural } from './agent-nouns.ts';
import { otherLanguageForms } from './cognate-forms.ts';
import { sameMeasure } from './unit-symbols.ts';

/**
 * Whether two counts count the same thing: `70,000 people` and `70 000 personnes` do, `two
 * people` and `40 tonnes` do not, nor `200 jobs` and `640 passengers`. A figure that contradicts a
 * claim must be of the claimed thing: the article is silent on deaths when all it counts is
 * tonnes of debris.
 */

/**
 * Words for people in general, and for the dead: each stands for any other, and for a people
 * (`Americans`): `70,000 people died` is counted as `3 970 décès`.
 */
const PEOPLE: ReadonlySet<string> = new Set(
  (
    'people persons person individuals residents inhabitants citizens personnes gens individus ' +
    'habitants citoyens deaths dead victims fatalities deces morts victimes'
  ).split(' '),
);
/**
 * A people or a nationality (`Americans`, `américains`, `Chinese`, `Irish`): people too. The
 * ending follows a stem of two letters at least: `fish` and `dish` are no people.
 */
const DEMONYM = /^\p{L}{2,}(?:ans|ains|aines|ese|ois|oises|iens|iennes|ish)$/u;

/** A symbol the extractor writes for a spelled-out measure, by its word: `m` → `metres`. */
const SYMBOL_WORDS: Record<string, string> = Object.fromEntries(
  Object.entries(SPELLED_SYMBOLS).map(([word, symbol]) => [fold(symbol), fold(word)]),
);

/**
 * The thing a count counts, folded, without the period of a rate: `gallons/day` → `gallons`; a
 * symbol by its word, so `420 m` meets a claim's `240 metres`.
 */
export const nounOf = (figure: Figure): string => {
  const noun = fold(figure.unit.split('/')[0] ?? '').trim();
  return SYMBOL_WORDS[noun] ?? noun;
};
const periodOf = (figure: Figure): string => fold(figure.unit.split('/')[1] ?? '');
/**
 * Periods short enough that a count per one is a pace, never a total a chat would give without
 * it (`50 personnes par heure`); a count a year is what a claim dated by its year says.
 */
const PACE_PERIODS: ReadonlySet<string> = new Set(
  Object.values(TIME_UNITS).filter((period) => ['second', 'minute', 'hour'].includes(period)),
);

const isPeople = (noun: string): boolean => PEOPLE.has(noun) || DEMONYM.test(noun);

/** Whether a noun is a word for people in general (`people`, `personnes`), no group of them. */
export const isAnyPeople = (noun: string): boolean => PEOPLE.has(noun);

/** The stemmer leaves short words alone: `beds` is `bed` still. */
const singular = (noun: string): string => noun.replace(/(?<=\w{2})s$/u, '');

/** A noun's forms: itself, its stem, and its spellings in the other language (`spectators`). */
function formsOf(noun: string): Set<string> {
  const forms = new Set([noun, stem(noun), singular(noun)]);
  for (const spelling of otherLanguageForms(noun)) forms.add(stem(spelling));
  return forms;
}

/** What the glossary and the dictionary translate a one-word noun (or its singular) to. */
function translationsOf(index: SearchIndex, noun: string): Set<string> {
  const ways = [noun, singular(noun)].flatMap((form) => [
    ...(glossaryEntry(index, [form]) ?? []),
    ...(lexiconEntry(index, [form]) ?? []),
  ]);
  return new Set(
    ways.filter((way) => way.length === 1).flatMap((way) => [...formsOf(way[0] ?? '')]),
  );
}

/** Whether the glossary or the dictionary translates a one-word noun at all. */
export const isTranslated = (index: SearchIndex, noun: string): boolean =>
  translationsOf(index, noun).size > 0;

const known = new WeakMap<SearchIndex, Map<string, boolean>>();

/**
 * Whether two nouns name the same thing, kept per index: a claim's figure is set against every
 * count of the articles, and their nouns repeat.
 */
function sameNoun(index: SearchIndex, claimed: string, article: string): boolean {
  let answers = known.get(index);
  if (answers === undefined) {
    answers = new Map();
    known.set(index, answers);
  }
  const key = `${claimed} ${article}`;
  let answer = answers.get(key);
  if (answer === undefined) {
    answer = nounsMeet(index, claimed, article);
    answers.set(key, answer);
  }
  return answer;
}

/** Whether two nouns name the same thing, as typed, as a compound of it, or translated. */
function nounsMeet(index: SearchIndex, claimed: string, article: string): boolean {
  if (nounFormsMeet(index, claimed, article)) return true;
  // A compound of the same word: `dockers` and `dockworkers`.
  const [shorter, longer] = [stem(claimed), stem(article)].sort((a, b) => a.length - b.length);
  return (
    shorter !== undefined &&
    longer !== undefined &&
    shorter.length >= 4 &&
    longer.startsWith(shorter)
  );
}

/**
 * Whether two nouns name the same thing, as typed, in another form or translated; no compound,
 * as any word of a sentence may begin like another (`hives`, `hiver`).
 */
export function nounFormsMeet(index: SearchIndex, claimed: string, article: string): boolean {
  if (claimed === article || (isPeople(claimed) && isPeople(article))) return true;
  // A claim's people in general may be the article's kind of person (`1800 people chipped in`,
  // `1 830 donateurs`); a claim's kind of person is not any people the article counts
  // (`300 fentanyl traffickers` is not `70,000 people`).
  if (saysPeople(claimed) && (isPersonNoun(article) || isAgentPlural(article))) return true;
  const claimedForms = formsOf(claimed);
  const articleForms = formsOf(article);
  if ([...claimedForms].some((form) => articleForms.has(form))) return true;
  const across = (from: string, to: Set<string>) =>
    [...translationsOf(index, from)].some((form) => to.has(form));
  return across(claimed, articleForms) || across(article, claimedForms);
}

/**
 * Whether an article's count may be set against a claimed one: the same thing counted, over the
 * same period for a rate. A count whose thing is not said (`70,000 died`) may be any.
 */
export function countsAlike(index: SearchIndex, claimed: Figure, article: Figure): boolean {
  if (claimed.kind !== 'count' || article.kind !== 'count') return true;
  const [claimedPeriod, articlePeriod] = [periodOf(claimed), periodOf(article)];
  if (claimedPeriod !== '' && articlePeriod !== '' && claimedPeriod !== articlePeriod) return false;
  // `50 personnes par heure` is how fast, not how many in all: no count of `83 personnes`.
  if (claimedPeriod === '' && PACE_PERIODS.has(articlePeriod)) return false;
  const [claimedNoun, articleNoun] = [nounOf(claimed), nounOf(article)];
  if (claimedNoun === '' || articleNoun === '') return true;
  const measure = sameMeasure(claimedNoun, articleNoun);
  if (measure !== undefined) return measure;
  // Nouns of several words (`cubic metres`, `mètres cubes`) meet on any of them.
  const words = (noun: string) =>
    noun.split(/[^a-z]+/u).filter((word) => word.length > 1 && !STOP_WORDS.has(word));
  return words(claimedNoun).some((word) =>
    words(articleNoun).some((other) => sameNoun(index, word, other)),
  );
}

/** Whether two counts both name what they count, and it is the same: `spectators`, `spectateurs`. */
export function countsOfOneThing(index: SearchIndex, claimed: Figure, article: Figure): boolean {
  if (claimed.kind !== 'count' || article.kind !== 'count') return false;
  if (nounOf(claimed) === '' || nounOf(article) === '') return false;
  return countsAlike(index, claimed, article);
}

/**
 * Whether an article's count may contradict a claimed one: when the claim says what it counts,
 * the article must count that too; `150 cars` is not contradicted by a `118-metre` ship.
 */
export function countsOpposable(index: SearchIndex, claimed: Figure, article: Figure): boolean {
  if (claimed.kind === 'count' && nounOf(claimed) !== '' && nounOf(article) === '') return false;
  // A count that says not what it counts is of things, not a measure: `fined about 2.4 million
  // quid` is not contradicted by `9.5 million tonnes of cargo`, nor `70,000 died` by `40 km`.
  if (claimed.kind === 'count' && nounOf(claimed) === '' && isMeasure(nounOf(article)))
    return false;
  return countsAlike(index, claimed, article);
}

/** Units of measure, folded, singular: `metre`, `tonne`, `km`, `metres cubes`. */
const MEASURES: ReadonlySet<string> = new Set(
  [...MEASURE_UNITS, ...UNIT_SYMBOLS, ...COMPOUND_UNITS].map((unit) => fold(unit)),
);

/** The measures a symbol stands for, spelled out and folded: `millimetre`, `megawatt`. */
const SPELLED_MEASURES: ReadonlySet<string> = new Set(Object.keys(SPELLED_SYMBOLS).map(fold));

/** Whether a figure's noun is a unit of measure (`tonnes`, `kilomètres`, `m³`), not a thing. */
export function isMeasure(noun: string): boolean {
  return (
    MEASURES.has(noun) || MEASURES.has(singular(noun)) || MEASURES.has(noun.replace(/s\b/gu, ''))
  );
}

/**
 * Whether the article's count measures (`around 210 miles a day`) where the claimed one counts
 * things of another name (`200 jobs`): no value of one is the other's.
 */
export function measuresOther(claimed: Figure, article: Figure): boolean {
  if (claimed.kind !== 'count' || article.kind !== 'count') return false;
  const [claimedNoun, articleNoun] = [nounOf(claimed), nounOf(article)];
  // A symbol is read by its word (`400 mm` as `millimetre`): a measure still.
  return (
    claimedNoun !== '' &&
    !isMeasure(claimedNoun) &&
    (isMeasure(articleNoun) || SPELLED_MEASURES.has(articleNoun))
  );
}

/** A period said right after a count: `each week`, `par jour`, `a year`. */
const PERIOD_AFTER =
  /^[ \u00A0\u202F]*(?:[\p{L}'’-]+[ \u00A0\u202F]+){0,3}?(?:a|an|per|par|each|every|chaque|tous les|toutes les|\/)[ \u00A0\u202F]*(?:day|week|month|year|hour|jour|semaine|mois|an|année|heure)s?(?![\p{L}])/iu;

/**
 * Whether the sentence gives a claimed rate (`200 samples a week`) as a count over no period:
 * `312 farmers …, compared with 174 in the whole of 2024`. A bare count takes the period of the
 * count it follows in its sentence, as it takes its noun (`58 000 validations par jour, contre
 * 49 000`).
 */
export function rateUnsaid(claimed: Figure, article: Figure, holder: Sentence): boolean {
  if (claimed.kind !== 'count' || article.kind !== 'count' || periodOf(claimed) === '')
    return false;
  if (periodOf(article) !== '') return false;
  if (PERIOD_AFTER.test(holder.text.slice(article.start + article.text.length))) return false;
  if (nounOf(article) !== '') return true;
  const before = holder.figures
    .filter((other) => other.kind === 'count' && other.unit !== '' && other.start < article.start)
    .at(-1);
  return before === undefined || periodOf(before) === '';
}
