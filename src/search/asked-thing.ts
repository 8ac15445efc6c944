import type { Sentence } from '../knowledge/types.ts';
import { askedFigure } from './asked-figure.ts';
import { dropQuestionFrames, tokenize } from './normalize.ts';
import type { Gaps } from './passage-gaps.ts';
import type { QueryGroup } from './query.ts';
import { isKnown } from './refusal.ts';
import { wantedFigures } from './scoring.ts';
import type { SearchIndex } from './search-index.ts';
import { FIGURE_WORDS, PERIOD_WORDS } from './settings.ts';

/**
 * The thing a question asks which of (`Which architect designed the pool?`, `quelle entreprise`),
 * when the articles never use the word nor a translation of it: a passage naming none cannot
 * say which one. Checked on the answers as ranked, as `asked-when.ts` is.
 */

/** Words asking which thing: `which architect`, `quelle entreprise`. */
const WHICH: ReadonlySet<string> = new Set(['which', 'quel', 'quelle', 'quels', 'quelles']);

/** Words asking which sort of thing, naming none: `what kind of chips`. */
const SORT_WORDS: ReadonlySet<string> = new Set(
  'kind kinds sort sorts type types genre genres sorte sortes'.split(' '),
);

/**
 * The thing asked as typed, or undefined: a single word right after the asking word, unknown to
 * the articles, naming no kind of figure (`what share`, `quel montant`) nor a period, in a
 * question asking no figure (`quel rendement`, `what interest rate` ask one in words of their
 * own, which the figure answers).
 */
export function askedThing(
  groups: QueryGroup[],
  question: string,
): { typed: string; question: string } | undefined {
  const tokens = dropQuestionFrames(tokenize(question));
  const group = groups.find(
    (candidate) =>
      candidate.to === candidate.from + 1 &&
      WHICH.has(tokens[candidate.from - 1]?.word ?? '') &&
      !isKnown(candidate),
  );
  const token = group === undefined ? undefined : tokens[group.from];
  if (group === undefined || token === undefined) return undefined;
  const { key } = group;
  if (FIGURE_WORDS.has(key) || PERIOD_WORDS.has(key) || SORT_WORDS.has(key) || /\d/u.test(key))
    return undefined;
  if (askedFigure(question) !== undefined || wantedFigures(question).size > 0) return undefined;
  return { typed: question.slice(token.start, token.end), question };
}

/**
 * The gaps with the thing asked added when the sentence names nothing the question does not but
 * dates (a name may be the thing's: `which officials` met by `Wang Yi`) and gives no figure that may be it
 * unnamed (a sum, a share, a count: `quelle compensation` met by `4 000 € chacun`).
 */
export function withThingGap(
  index: SearchIndex,
  gaps: Gaps,
  sentence: Sentence,
  asked: { typed: string; question: string } | undefined,
): Gaps {
  if (asked === undefined || gaps.missing.includes(asked.typed)) return gaps;
  if (sentence.figures.some(({ kind }) => MAY_BE_THE_THING.has(kind))) return gaps;
  const questionWords = new Set(tokenize(asked.question).map(({ word }) => word));
  // A date's month (`3 March`) names no thing.
  const inDate = (at: number) =>
    sentence.figures.some(
      ({ kind, start, text }) => kind === 'date' && at >= start && at < start + text.length,
    );
  const namesOther = tokenize(sentence.text).some(({ word, start }) => {
    if (inDate(start)) return false;
    const id = index.wordIds.get(word);
    return id !== undefined && index.names[id] === 1 && !questionWords.has(word);
  });
  return namesOther ? gaps : { ...gaps, missing: [...gaps.missing, asked.typed] };
}

const MAY_BE_THE_THING: ReadonlySet<string> = new Set(['money', 'percent', 'ratio', 'count']);
