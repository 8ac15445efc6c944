import type { Sentence } from '../knowledge/types.ts';
import { NUMBER_WORDS, type Token, tokenize } from './normalize.ts';
import { ordinalMap } from './ordinal-words.ts';
import type { Gaps } from './passage-gaps.ts';
import { paragraphIds } from './passage-gaps.ts';
import type { SearchIndex } from './search-index.ts';

/**
 * A period asked by its rank (`in its second month`, `le premier mois`, `le premier jour`) is
 * that period: `In its first month the bus gathered 612 donations` does not say what the second
 * gathered, nor `2,300 tickets over the opening weekend` what the first month sold. A passage
 * whose sentence, or paragraph up to it, never ranks the period asked the same way lacks it.
 */

/** Ordinals, folded, by rank, both languages, in words and in digits. */
const RANKS = ordinalMap([
  [1, '1st 1er 1re 1ere opening inaugural'],
  [2, '2nd 2e 2eme'],
  [3, '3rd 3e 3eme'],
  [4, '4th 4e 4eme'],
  [5, '5th 5e 5eme'],
  [6, '6th 6e 6eme'],
  [7, '7th 7e 7eme'],
  [8, '8th 8e 8eme'],
  [9, '9th 9e 9eme'],
  [10, '10th 10e 10eme'],
  [11, 'eleventh onzieme 11th 11e 11eme'],
  [12, 'twelfth douzieme 12th 12e 12eme'],
]);

/** Periods a rank may be of, folded, by the period they are. */
const PERIODS = new Map<string, string>();
{
  const named: [string, string][] = [
    ['day', 'day days jour jours journee journees'],
    ['week', 'week weeks semaine semaines'],
    ['weekend', 'weekend weekends week-end week-ends'],
    ['month', 'month months mois'],
    ['quarter', 'quarter quarters trimestre trimestres'],
    ['season', 'season seasons saison saisons'],
    ['year', 'year years annee annees an ans'],
  ];
  for (const [period, words] of named)
    for (const word of words.split(' ')) PERIODS.set(word, period);
}

/** Words that may stand between a rank and its period: `first full month`, `premier mois complet`. */
const BETWEEN = /^(?:full|whole|complete|entire|plein|pleine|entier|entiere|its|their|of|the)$/u;

/** The period the question asks by rank, as typed. */
export interface AskedOrdinal {
  typed: string;
  rank: number;
  period: string;
}

/** The ranked periods in a text: each rank's period within two words after it. */
function rankedPeriods(
  tokens: Token[],
): { rank: number; period: string; at: number; to: number }[] {
  const found: { rank: number; period: string; at: number; to: number }[] = [];
  tokens.forEach(({ word }, at) => {
    const rank = RANKS.get(word);
    if (rank === undefined) return;
    for (let next = at + 1; next <= at + 2 && next < tokens.length; next++) {
      const period = PERIODS.get(tokens[next]?.word ?? '');
      if (period !== undefined) {
        found.push({ rank, period, at, to: next });
        return;
      }
      if (!BETWEEN.test(tokens[next]?.word ?? '')) return;
    }
  });
  return found;
}

/** The period a question asks by its rank (`le premier mois`), or undefined. */
export function askedOrdinal(question: string): AskedOrdinal | undefined {
  const tokens = tokenize(question);
  // `opening` is a rank only in an article's wording; a reader asking it means the opening.
  const [first] = rankedPeriods(tokens).filter(({ at }) => tokens[at]?.word !== 'opening');
  const from = tokens[first?.at ?? -1];
  const to = tokens[first?.to ?? -1];
  if (first === undefined || from === undefined || to === undefined) return undefined;
  return { typed: question.slice(from.start, to.end), rank: first.rank, period: first.period };
}

/** Periods in days, to set a first period against the first weeks or days that make it. */
const DAYS: ReadonlyMap<string, number> = new Map([
  ['day', 1],
  ['week', 7],
  ['month', 30],
  ['quarter', 91],
  ['year', 365],
]);
const FIRST = /^(?:first|premier|premiere|premiers|premieres)$/u;

/** The number a word is, in digits or in words (`quatre`), or undefined. */
const numberOf = (word: string): number | undefined => {
  const digits = /^\d+$/u.test(word) ? word : NUMBER_WORDS.get(word);
  return digits === undefined ? undefined : Number(digits);
};

/**
 * Whether a text gives the first period asked as so many of a shorter one: `the first four
 * weeks`, `les quatre premières semaines`, `its first 30 days` are the first month.
 */
function givesFirstAsMany(tokens: Token[], asked: AskedOrdinal): boolean {
  const wanted = DAYS.get(asked.period);
  if (asked.rank !== 1 || wanted === undefined) return false;
  return tokens.some(({ word }, at) => {
    if (!FIRST.test(word)) return false;
    const [count, unit] = [
      [tokens[at + 1], tokens[at + 2]],
      [tokens[at - 1], tokens[at + 1]],
    ].find(([number]) => numberOf(number?.word ?? '') !== undefined) ?? [undefined, undefined];
    const days = DAYS.get(PERIODS.get(unit?.word ?? '') ?? '');
    const many = numberOf(count?.word ?? '');
    return (
      days !== undefined && many !== undefined && Math.abs(days * many - wanted) <= wanted * 0.1
    );
  });
}

/** Whether a text ranks the period asked the same way. */
function ranksIt(text: string, asked: AskedOrdinal): boolean {
  const tokens = tokenize(text);
  return (
    rankedPeriods(tokens).some(
      ({ rank, period }) => rank === asked.rank && period === asked.period,
    ) || givesFirstAsMany(tokens, asked)
  );
}

/** The gaps with the ranked period added when neither the sentence nor its paragraph so far has it. */
export function withOrdinalGap(
  index: SearchIndex,
  gaps: Gaps,
  sentence: Sentence,
  asked: AskedOrdinal | undefined,
): Gaps {
  if (asked === undefined || gaps.missing.includes(asked.typed)) return gaps;
  const said = paragraphIds(index, sentence).some((id) => {
    const each = index.corpus.sentences[id];
    return each !== undefined && each.position <= sentence.position && ranksIt(each.text, asked);
  });
  if (said || ranksIt(sentence.text, asked)) return gaps;
  return { ...gaps, missing: [...gaps.missing, asked.typed] };
}
