import type { Sentence } from '../knowledge/types.ts';
import type { AskedFigure } from './asked-figure.ts';
import type { CountedStems } from './counted-thing.ts';
import { givesAskedFigure } from './figure-instead.ts';
import { type Gaps, gapsOf } from './passage-gaps.ts';
import { byRank, type Ranked } from './scoring.ts';
import type { SearchIndex } from './search-index.ts';
import { ASKED_FIGURE_MIN_COVERAGE, MISSING_PENALTY, UNMET_QUALIFIER_PENALTY } from './settings.ts';
import type { SpecificTerm } from './specific-terms.ts';

/**
 * The order of the answers once their gaps are read (passage-gaps.ts): a passage lacking a term
 * the question names ranks lower, one whose figures miss a qualifier the question asks of the
 * figure (`now`, `on a normal day`) lower still, and a sentence giving the figure asked may come
 * before a best answer giving none (figure-instead.ts).
 */

/** An answer with its sentence and what its passage lacks. */
export type Gapped = Ranked & { sentence: Sentence; gaps: Gaps };

/**
 * The first `limit` candidates once a passage lacking a term the question names (a year, a place)
 * yields to one that has them. Candidates come best first and a gap only lowers a rank, so once
 * `limit` passages rank above the next candidate as it stands, no later one can reach them: the
 * gaps of the rest (reading their paragraphs, the costly part) are not looked for.
 */
export function withGaps(
  index: SearchIndex,
  candidates: Ranked[],
  terms: SpecificTerm[],
  asked: AskedFigure | undefined,
  counted: CountedStems | undefined,
  limit: number,
  lacking?: (sentenceId: number) => string[],
) {
  const kept: (Ranked & { sentence: Sentence; gaps: Gaps })[] = [];
  for (const entry of candidates) {
    const last = kept[limit - 1];
    if (limit <= 0 || (last !== undefined && byRank(last, entry) < 0)) break;
    const sentence = index.corpus.sentences[entry.sentenceId] as Sentence;
    const found = gapsOf(index, terms, sentence, asked, counted);
    // A partial answer lacks the question's words it does not hold, besides its specific terms.
    // Not twice (`lowest` is already lacking as part of `the lowest`), nor a word of a qualifier
    // the passage meets: `par an` gives the `année` of `chaque année`.
    const qualifiers =
      asked?.qualifying.filter(({ byDefault }) => !byDefault).map(({ typed }) => typed) ?? [];
    const lacks = lacking?.(entry.sentenceId).filter(
      (word) =>
        ![...found.missing, ...qualifiers].some((typed) => ` ${typed} `.includes(` ${word} `)),
    );
    const gaps = lacks?.length ? { ...found, missing: [...found.missing, ...lacks] } : found;
    const penalty =
      MISSING_PENALTY ** gaps.missing.length * UNMET_QUALIFIER_PENALTY ** (gaps.unmet ?? 0);
    kept.push({
      ...entry,
      sentence,
      gaps,
      rank: entry.rank * penalty,
      score: entry.score * penalty,
    });
    kept.sort(byRank);
  }
  return kept.slice(0, Math.max(0, limit));
}

/**
 * The answers, with the sentence giving the figure asked first when the best gives none and one
 * leads the others giving it (figure-instead.ts): a partial answer, shown with what it lacks, at
 * the score of the answer it comes before.
 */
export function withFigureFirst(
  index: SearchIndex,
  answering: Gapped[],
  instead: () => Ranked | undefined,
  {
    terms,
    asked,
    counted,
    limit,
  }: {
    terms: SpecificTerm[];
    asked: AskedFigure | undefined;
    counted: CountedStems | undefined;
    limit: number;
  },
  lacking: (sentenceId: number) => string[],
  guessLacks: (sentenceId: number) => string[],
): Gapped[] {
  const [best] = answering;
  if (asked === undefined || best === undefined) return answering;
  if (givesAskedFigure(index, best.sentenceId, asked)) return answering;
  const leader = instead();
  if (leader === undefined) return answering;
  const guessing = leader.coverage < ASKED_FIGURE_MIN_COVERAGE ? guessLacks : lacking;
  const [first] = withGaps(index, [leader], terms, asked, counted, 1, guessing);
  if (first === undefined) return answering;
  const others = answering.filter(({ sentenceId }) => sentenceId !== first.sentenceId);
  const placed = {
    ...first,
    rank: Math.max(first.rank, best.rank),
    score: Math.max(first.score, best.score),
  };
  return [placed, ...others].slice(0, Math.max(0, limit));
}
