import type { Sentence } from '../knowledge/types.ts';
import { askedWeakly } from './asked-figure.ts';
import { tokenize } from './normalize.ts';
import type { Gaps } from './passage-gaps.ts';
import { PERIOD_WORDS, WHEN_OWN_RATIO } from './settings.ts';
import { isYear } from './specific-terms.ts';
import { matchedSpan } from './token-span.ts';
import { datedOtherwise, type WhenAsked, whenAsked } from './when-other.ts';

/**
 * `when`, `quand`: too weak to rank by a date (WANTED_FIGURES), still a question asking when. A
 * passage saying no time at all (no date, no time of day, no word of time such as `last week`,
 * `hier`, `lundi`) does not answer it: `When was the branch opened?` asked of a sentence naming
 * the branch. Checked on the answers as ranked, it reorders nothing: where the question's words
 * lead to a sentence, a dated one further down is no better answer.
 */

/** How the question asks when, and whether it asks a year of it. */
export interface AskedWhen {
  /** As typed: `When`, `quand`, `En quelle année`. */
  typed: string;
  /** `what year`, `en quelle année`: a time of day or a day of the week does not say it. */
  year: boolean;
  /** `since when`, `depuis quand`, or `which day`, `le premier jour`: a time of day alone does
   * not say it. */
  narrower?: 'since' | 'until' | 'day';
  /** Its tense, and whether it asks a start, an end or a saying (when-other.ts). */
  of: WhenAsked;
}

/** `what year`, `which year`, `en quelle année`, `depuis quelle année`: a year is asked. */
const YEAR_ASKED =
  /\b(?:(?:in|since) )?(?:what|which) year|\b(?:(?:en|depuis|de) )?quelle annee\b/u;

/** How the question asks when (`When`, `quand`, `what year`), or undefined when it does not. */
export function askedWhen(question: string): AskedWhen | undefined {
  const asked = askedWeakly(question);
  if (asked === undefined) return undefined;
  const tokens = tokenize(question);
  const words = tokens.map((token) => token.word);
  const year = matchedSpan(YEAR_ASKED, words.join(' '));
  const from = tokens[year?.first ?? -1];
  const to = tokens[year?.last ?? -1];
  if (from !== undefined && to !== undefined)
    return { typed: question.slice(from.start, to.end), year: true, of: whenAsked(question) };
  for (const [pattern, narrower] of [
    [SINCE_ASKED, 'since'],
    [UNTIL_ASKED, 'until'],
  ] as const) {
    const span = matchedSpan(pattern, words.join(' '));
    const spanFrom = tokens[span?.first ?? -1];
    const spanTo = tokens[span?.last ?? -1];
    if (spanFrom !== undefined && spanTo !== undefined) {
      const typed = question.slice(spanFrom.start, spanTo.end);
      return { typed, year: false, narrower, of: whenAsked(question) };
    }
  }
  const at = words.findIndex((word) => WHEN.has(word));
  // `quand il pleut`, `when it rains`: followed by its subject, it says whenever, asking nothing.
  if (at < 0 || CLAUSE_SUBJECTS.has(words[at + 1] ?? '')) return undefined;
  const day = DAY_ASKED.test(words.join(' '));
  const of = whenAsked(question);
  return { typed: asked.typed, year: false, ...(day ? { narrower: 'day' as const } : {}), of };
}

/** `since when`, `depuis quand`: asks from what date, or for how long. */
const SINCE_ASKED = /\b(?:since when|depuis quand)\b/u;

/** `until when`, `jusqu’à quand`: asks an end. */
const UNTIL_ASKED = /\b(?:until when|till when|jusqu a quand|jusque quand)\b/u;

/** `the first day`, `which day`, `quel jour`, `quelle date`: asks a day, not a time in it. */
const DAY_ASKED =
  /\b(?:(?:what|which|the first|the last) (?:day|date)|(?:quel|premier|dernier) jour|quelle date)\b/u;

/**
 * The gaps with the asking words added when the sentence says no time at all, or, asked a year,
 * names none: `une passagère de 71 ans` and `£310k a year` tell no year something happened in.
 */
export function withWhenGap(gaps: Gaps, sentence: Sentence, when: AskedWhen | undefined): Gaps {
  if (when === undefined || gaps.missing.includes(when.typed)) return gaps;
  if (
    (when.year ? saysYear(sentence) : saysTime(sentence) && saysNarrower(sentence, when)) &&
    !timesOfAnother(sentence, when)
  )
    return gaps;
  return { ...gaps, missing: [...gaps.missing, when.typed] };
}

/** Whether each time the sentence gives is another event's than the one asked (when-other.ts). */
export const timesOfAnother = (sentence: Sentence, when: AskedWhen): boolean =>
  datedOtherwise(sentence, when.of, when.narrower === 'day' ? undefined : when.narrower);

/**
 * Whether a sentence names a year: in digits (`1994`, `mars 2025`), or from now (`last year`,
 * `l’an dernier`, `cette année`), or as a decade or century (`in the nineties`).
 */
function saysYear(sentence: Sentence): boolean {
  const words = tokenize(sentence.text).map((token) => token.word);
  return (
    sentence.figures.some(({ kind, value }) => kind === 'date' && value > 0) ||
    words.some((word) => isYear(word) || DECADES.has(word)) ||
    YEAR_FROM_NOW.test(words.join(' '))
  );
}

/** A year said from now: `last year`, `this year`, `l’an dernier`, `l’année prochaine`. */
const YEAR_FROM_NOW =
  /\b(?:(?:last|this|next|that|the same|the previous|the following) year|(?:l an|l annee) (?:dernier|derniere|passe|passee|prochain|prochaine|precedent|precedente|suivant|suivante)|cette annee|cette annee la)\b/u;

const saysTime = (sentence: Sentence): boolean =>
  sentence.figures.some(({ kind }) => kind === 'date' || kind === 'time') ||
  tokenize(sentence.text).some(({ word }) => PERIOD_WORDS.has(word) || TIME_WORDS.has(word));

/**
 * Whether a sentence saying a time says the narrower one asked: since when takes a date, a year or
 * a length of time (`depuis 1987`, `for six years`, `depuis la panne`); which day takes a date or a
 * day's name (`le 2 mai`, `samedi`, `tomorrow`). `à 9 h 40`, `at 6:45am` say neither.
 */
function saysNarrower(sentence: Sentence, when: AskedWhen): boolean {
  if (when.narrower === undefined || when.narrower === 'until') return true;
  const words = tokenize(sentence.text).map((token) => token.word);
  if (sentence.figures.some(({ kind }) => kind === 'date')) return true;
  if (when.narrower === 'day') return words.some((word) => DAY_WORDS.has(word));
  return (
    sentence.figures.some(({ kind }) => kind === 'duration') ||
    saysYear(sentence) ||
    words.some((word) => SINCE_WORDS.has(word))
  );
}

/** Words saying since when without a date: `depuis la panne`, `ever since`, `two years ago`. */
const SINCE_WORDS: ReadonlySet<string> = new Set('depuis since ago'.split(' '));

/** Words naming a day without a date. */
const DAY_WORDS: ReadonlySet<string> = new Set(
  (
    'lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday ' +
    'friday saturday sunday weekend hier demain aujourd yesterday today tomorrow tonight'
  ).split(' '),
);

/** Decades and centuries said in words. */
const DECADES: ReadonlySet<string> = new Set(
  (
    'twenties thirties forties fifties sixties seventies eighties nineties decade decades ' +
    'century centuries siecle siecles decennie decennies'
  ).split(' '),
);

const WHEN: ReadonlySet<string> = new Set(['quand', 'when']);

/** Subject pronouns: after `quand`/`when` they open a clause of time (`quand il pleut`). */
const CLAUSE_SUBJECTS: ReadonlySet<string> = new Set(
  'il ils elle elles on je tu nous vous cela ca it they he she we you i there people'.split(' '),
);

/** Words placing something in time without a date: days, and times said from now. */
const TIME_WORDS: ReadonlySet<string> = new Set([
  ...(
    'lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday ' +
    'friday saturday sunday weekend hier demain aujourd yesterday today tomorrow tonight ' +
    'dernier derniere derniers dernieres last past prochain prochaine prochains prochaines ' +
    'next soon bientot recemment recently depuis since ago matin soir morning evening nuit night'
  ).split(' '),
  // Decades and centuries said in words: `in the nineties`, `au XIXe siècle`.
  ...DECADES,
]);

/**
 * The answers, their gaps completed by each step, with the first that dates the event asked put
 * first when the best's times are all of another event and that one ranks at least WHEN_OWN_RATIO
 * of it and lacks nothing: `Le 14 mars 2025, la filature a rallumé ses machines` before `la
 * filature prévoit de recruter onze de plus avant l’automne 2026`, asked when the mill restarted.
 */
export function withOwnTimeFirst<T extends { sentence: Sentence; score: number; gaps: Gaps }>(
  answering: T[],
  when: AskedWhen | undefined,
  steps: ((gaps: Gaps, sentence: Sentence) => Gaps)[],
): T[] {
  const answers = answering.map((entry) => ({
    ...entry,
    gaps: steps.reduce((lacking, step) => step(lacking, entry.sentence), entry.gaps),
  }));
  const [best] = answers;
  if (best === undefined || when === undefined || !best.gaps.missing.includes(when.typed))
    return answers;
  if (!timesOfAnother(best.sentence, when)) return answers;
  const own = answers.find(
    (entry) => entry.score >= best.score * WHEN_OWN_RATIO && entry.gaps.missing.length === 0,
  );
  return own === undefined ? answers : [own, ...answers.filter((entry) => entry !== own)];
}
