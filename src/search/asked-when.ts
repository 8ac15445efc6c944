import type { Sentence } from '../knowledge/types.ts';
import { askedWeakly } from './asked-figure.ts';
import { tokenize } from './normalize.ts';
import type { Gaps } from './passage-gaps.ts';
import { PERIOD_WORDS } from './settings.ts';

/**
 * `when`, `quand`: too weak to rank by a date (WANTED_FIGURES), still a question asking when. A
 * passage saying no time at all (no date, no time of day, no word of time such as `last week`,
 * `hier`, `lundi`) does not answer it: `When was the branch opened?` asked of a sentence naming
 * the branch. Checked on the answers as ranked, it reorders nothing: where the question's words
 * lead to a sentence, a dated one further down is no better answer.
 */

/** How the question asks when, as typed (`When`, `quand`), or undefined when it does not. */
export function askedWhen(question: string): string | undefined {
  const asked = askedWeakly(question);
  if (asked === undefined) return undefined;
  const words = tokenize(question).map((token) => token.word);
  const at = words.findIndex((word) => WHEN.has(word));
  // `quand il pleut`, `when it rains`: followed by its subject, it says whenever, asking nothing.
  if (at < 0 || CLAUSE_SUBJECTS.has(words[at + 1] ?? '')) return undefined;
  return asked.typed;
}

/** The gaps with the asking word added when the sentence says no time at all. */
export function withWhenGap(gaps: Gaps, sentence: Sentence, typed: string | undefined): Gaps {
  if (typed === undefined || gaps.missing.includes(typed) || saysTime(sentence)) return gaps;
  return { ...gaps, missing: [...gaps.missing, typed] };
}

const saysTime = (sentence: Sentence): boolean =>
  sentence.figures.some(({ kind }) => kind === 'date' || kind === 'time') ||
  tokenize(sentence.text).some(({ word }) => PERIOD_WORDS.has(word) || TIME_WORDS.has(word));

const WHEN: ReadonlySet<string> = new Set(['quand', 'when']);

/** Subject pronouns: after `quand`/`when` they open a clause of time (`quand il pleut`). */
const CLAUSE_SUBJECTS: ReadonlySet<string> = new Set(
  'il ils elle elles on je tu nous vous cela ca it they he she we you i there people'.split(' '),
);

/** Words placing something in time without a date: days, and times said from now. */
const TIME_WORDS: ReadonlySet<string> = new Set(
  (
    'lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday ' +
    'friday saturday sunday weekend hier demain aujourd yesterday today tomorrow tonight ' +
    'dernier derniere derniers dernieres last past prochain prochaine prochains prochaines ' +
    'next soon bientot recemment recently depuis since ago matin soir morning evening nuit night ' +
    // Decades and centuries said in words: `in the nineties`, `au XIXe siècle`.
    'twenties thirties forties fifties sixties seventies eighties nineties decade decades ' +
    'century centuries siecle siecles decennie decennies'
  ).split(' '),
);
