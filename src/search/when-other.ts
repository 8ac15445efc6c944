import type { Sentence } from '../knowledge/types.ts';
import { type Token, tokenize } from './normalize.ts';
import { PERIOD_WORDS } from './settings.ts';
import { weekdayOf } from './weekdays.ts';
import { COMPARED } from './year-bound.ts';

/**
 * A sentence may give a time that is not the time of the event asked: `Drivers will stay on strike
 * until at least 28 November, their union said on Tuesday` holds two dates, neither of them when
 * the drivers walked out: one ends the strike, the other is when the union spoke. Asked when, such
 * a sentence answers only where each time it gives is one the question can mean: the word before
 * a time tells what it is of.
 *
 * - A time said of a saying (`said on Tuesday`, `a annoncé lundi`) dates the saying, unless the
 *   question asks about one (`when was it announced`).
 * - An end or deadline (`until`, `jusqu’à`, `avant`, `by`, `d’ici`) does not date a past event
 *   (`quand la filature a-t-elle redémarré` is not answered by `recruter onze de plus avant
 *   l’automne 2026`, a later plan), unless an end is asked (`jusqu’à quand`, `when did it end`);
 *   of a coming event it may be the answer (`the road stays closed until March`).
 * - `since`, `depuis` give a span up to now: they date a past event (`closed since 2019`) or a
 *   start asked (`depuis quand`, `when did it start`) or a present state, not a coming one (`when does
 *   the trust take its laundry back` is not answered by `the fourth trust to do so since 2019`).
 * - A schedule (`de 7 h 30 à 20 h`, `le samedi matin`) does not date a past event: `le centre a
 *   rouvert quand` is not answered by its opening hours.
 * - The year of a figure compared with (`11 500 auditeurs, contre 9 800 en 2021`) is that
 *   figure's, not the event's.
 * - A time asked until when (`jusqu’à quand`, `until when`) is not said by a start alone
 *   (`depuis`, `from`), nor a start (`since when`, `depuis quand`) by an end alone.
 */

/** What the question asks of the time: its tense and whether it asks a start, an end, a saying. */
export interface WhenAsked {
  past: boolean;
  /** `when will`, `when does`, `quand va`: a coming event, which a span up to now does not date. */
  coming: boolean;
  start: boolean;
  end: boolean;
  saying: boolean;
}

/** Words of beginning (`start`, `began`, `commencer`, `démarré`, `depuis quand`): stems' starts. */
const START_WORDS =
  /^(?:start|began|begin|commenc|debut|demarr|lanc|launch|since|depuis|open|ouvr)/u;
/** Words of ending (`end`, `finish`, `terminer`, `jusqu’à quand`, `until when`). */
const END_WORDS =
  /^(?:end|finish|stop|until|till|ceas|fini|termin|arret|cess|jusqu|achev|deadline|delai|limit|fin$|fins$)/u;
/** Words of saying: the date after one is the saying's. */
const SAYING =
  /^(?:said|says?|told|tells?|announc\w*|confirm\w*|reported|reports?|stated|declar\w*|annon\w*|indiqu\w*|precisee?s?|expliqu\w*|dit|affirm\w*)$/u;

/** English auxiliaries of the past, and French ones before a past participle. */
const PAST_EN: ReadonlySet<string> = new Set('did was were had didn wasn weren'.split(' '));
const PAST_FR_IMPERFECT: ReadonlySet<string> = new Set('etait etaient avait avaient'.split(' '));
const AVOIR: ReadonlySet<string> = new Set('a ont ai as avons avez'.split(' '));
/** Words between `a` and its participle: `a-t-on fini`, `a déjà rouvert`. */
const BETWEEN: ReadonlySet<string> = new Set(
  't il elle on ils elles deja bien pas jamais enfin vraiment finalement'.split(' '),
);
const PARTICIPLE = /(?:e|es|ee|ees|i|is|ie|it|u|us|ue|ert|erte|ort|int|eint)$/u;
/** Nouns `avoir` takes in present locutions: `a lieu` (takes place), `a envie`, `a besoin`. */
const AVOIR_NOUNS: ReadonlySet<string> = new Set(
  'lieu envie besoin peur honte raison tort'.split(' '),
);
/** Determiners after `a` typed for `à` (`a quelle heure`), never a participle. */
const DETERMINERS: ReadonlySet<string> = new Set(
  'quelle quelles quel quels cette notre votre'.split(' '),
);
const PRESENT_EN: ReadonlySet<string> = new Set('will is are does do be going gonna'.split(' '));
const COMING: ReadonlySet<string> = new Set(
  'will does do going gonna shall va vont sera seront pourra pourront devra devront'.split(' '),
);
/** A plan asked (`a-t-elle prévu de rouvrir`, `did they decide to`): the event is still to come. */
const PLANNED =
  /\b(?:prevu|prevoit|prevoient|decide|decided|planned|plan|plans|agreed|promised|promis|hoped|espere)\s+(?:de|d|to)\b/u;

/** What a when-question asks of the time, from its folded tokens and the text they come from. */
export function whenAsked(question: string): WhenAsked {
  const tokens = tokenize(question);
  const words = tokens.map(({ word }) => word);
  const english =
    words.some((word) => PAST_EN.has(word)) ||
    (!words.some((word) => PRESENT_EN.has(word)) &&
      words.some((word) => word.length > 4 && word.endsWith('ed')));
  const french =
    words.some((word) => PAST_FR_IMPERFECT.has(word)) ||
    tokens.some((token, at) => avoirBeforeParticiple(question, tokens, at, token));
  const planned = PLANNED.test(words.join(' '));
  return {
    past: (english || french) && !planned,
    coming: planned || words.some((word) => COMING.has(word)),
    start: words.some((word) => START_WORDS.test(word)),
    end: words.some((word) => END_WORDS.test(word)),
    saying: words.some((word) => SAYING.test(word)),
  };
}

/** `a rouvert`, `a-t-on fini`: `a` typed without its accent's `à`, then a past participle. */
function avoirBeforeParticiple(question: string, tokens: Token[], at: number, token: Token) {
  if (!AVOIR.has(token.word) || question.slice(token.start, token.end).toLowerCase() === 'à')
    return false;
  let next = at + 1;
  while (BETWEEN.has(tokens[next]?.word ?? '')) next++;
  const participle = tokens[next];
  if (participle === undefined) return false;
  const word = participle.word;
  // `la piscine a Varaize`, `a quelle heure`: `a` typed for `à` before a name or a determiner.
  const first = question.slice(participle.start, participle.start + 1);
  if (first !== first.toLowerCase() || DETERMINERS.has(word)) return false;
  return word.length > 3 && PARTICIPLE.test(word) && !AVOIR_NOUNS.has(word);
}

/** Words naming a time without a figure: days, months, seasons, times said from now. */
const TIME_NAMES: ReadonlySet<string> = new Set([
  ...PERIOD_WORDS,
  ...(
    'lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday ' +
    'friday saturday sunday hier demain yesterday today tomorrow tonight ago'
  ).split(' '),
]);

/** Words passed over walking back from a time to the word it is of: `until at least the end of`. */
const FILLERS: ReadonlySet<string> = new Set(
  (
    'le la les l the a an at least au aux du de d of en in on fin end debut start beginning early ' +
    'late mid milieu plus tard latest courant dans this ce cette'
  ).split(' '),
);

const END_BOUND: ReadonlySet<string> = new Set('until till jusqu avant before by ici'.split(' '));
/** Words after `avant`, `before` that make a plain time of them: `avant-hier`, `before last`. */
const BEFORE_PLAIN: ReadonlySet<string> = new Set(
  'hier yesterday last dernier derniere'.split(' '),
);
const SINCE_BOUND: ReadonlySet<string> = new Set('since depuis'.split(' '));
const FROM_BOUND: ReadonlySet<string> = new Set('from des partir'.split(' '));

type TimeOf = 'saying' | 'end' | 'since' | 'from' | 'schedule' | 'compared' | 'plain';

const RANGE_OPEN: ReadonlySet<string> = new Set('de from between entre'.split(' '));
const RANGE_CLOSE: ReadonlySet<string> = new Set('a to and et until till'.split(' '));

/**
 * Whether a time is part of a schedule, every week or day alike: a clock-time range (`de 7 h 30 à
 * 20 h`, `from 9am to 5pm`) or a French weekday after `le` and before no date (`le samedi matin`).
 */
function scheduled(sentence: Sentence, tokens: Token[], start: number): boolean {
  const at = tokens.findIndex((token) => token.start >= start);
  const token = tokens[at];
  if (token !== undefined && weekdayOf(token.word) !== undefined)
    return tokens[at - 1]?.word === 'le' && !/^\d/u.test(tokens[at + 1]?.word ?? '');
  const clock = sentence.figures.find((figure) => figure.kind === 'time' && figure.start === start);
  if (clock === undefined) return false;
  // The figure reader keeps a range as one figure: `de 7 h 30 à 20 h`.
  const words = tokenize(clock.text).map(({ word }) => word);
  return RANGE_OPEN.has(words[0] ?? '') && words.slice(1).some((word) => RANGE_CLOSE.has(word));
}

/** What each time the sentence gives is said of, from the word before it in its clause. */
function timesOf(sentence: Sentence): TimeOf[] {
  const tokens = tokenize(sentence.text);
  const starts = sentence.figures
    .filter(({ kind }) => kind === 'date' || kind === 'time')
    .map(({ start }) => start);
  for (const token of tokens) if (TIME_NAMES.has(token.word)) starts.push(token.start);
  const inTime = (token: Token) =>
    TIME_NAMES.has(token.word) ||
    sentence.figures.some(
      ({ kind, start, text }) =>
        (kind === 'date' || kind === 'time') &&
        token.start >= start &&
        token.end <= start + text.length,
    );
  return starts.map((start) => {
    if (scheduled(sentence, tokens, start)) return 'schedule';
    let at = tokens.findIndex((token) => token.end > start) - 1;
    if (at < -1) at = tokens.length - 1;
    for (; at >= 0; at--) {
      const token = tokens[at] as Token;
      // A comma or other stop between closes the clause: `Le 14 mars 2025, la filature …`.
      if (/[,;:()]/u.test(sentence.text.slice(token.end, tokens[at + 1]?.start ?? start)))
        return 'plain';
      if (FILLERS.has(token.word) || inTime(token)) continue;
      // `contre 9 800 en 2021`, `up from 365,000 in 2023`: the year of a figure compared with.
      if (/^\d/u.test(token.word))
        return COMPARED.test(tokens[at - 1]?.word ?? '') ? 'compared' : 'plain';
      if (SAYING.test(token.word)) return 'saying';
      // `avant-hier`, `the day before yesterday`, `the week before last`: a plain time.
      if (END_BOUND.has(token.word))
        return BEFORE_PLAIN.has(tokens[at + 1]?.word ?? '') ? 'plain' : 'end';
      if (SINCE_BOUND.has(token.word)) return 'since';
      if (FROM_BOUND.has(token.word)) return 'from';
      return 'plain';
    }
    return 'plain';
  });
}

/** Whether a time said of this is not the time of the event asked (see the file's comment). */
function another(of: TimeOf, asked: WhenAsked, narrower: 'since' | 'until' | undefined): boolean {
  if (of === 'saying') return !asked.saying;
  if (of === 'end') return narrower === 'since' || (asked.past && !asked.end);
  // A span up to now does not date a coming event, even a start (`when will the pool open` is not
  // answered by `closed since March`), unless a start is asked `since when`.
  if (of === 'since') return narrower === 'until' || (asked.coming && narrower !== 'since');
  if (of === 'from') return narrower === 'until';
  if (of === 'schedule') return asked.past;
  if (of === 'compared') return true;
  return false;
}

/**
 * Whether a sentence gives times, each of another event than the one asked (a saying, an end, a
 * span): then it does not say when.
 */
export function datedOtherwise(
  sentence: Sentence,
  asked: WhenAsked,
  narrower: 'since' | 'until' | undefined,
): boolean {
  const times = timesOf(sentence);
  return times.length > 0 && times.every((of) => another(of, asked, narrower));
}
