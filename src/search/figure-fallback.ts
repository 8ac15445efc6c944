import type { AskedFigure } from './asked-figure.ts';
import { countedStems } from './counted-thing.ts';
import { figureLeader, givesAskedFigure, sentencesGiving } from './figure-instead.ts';
import { answerByParagraph } from './paragraph-fallback.ts';
import type { QueryGroup } from './query.ts';
import { givingAskedFigure } from './refusal.ts';
import type { Rank, Ranked } from './scoring.ts';
import type { SearchIndex } from './search-index.ts';
import {
  ASKED_FIGURE_LEAD,
  ASKED_FIGURE_MIN_COVERAGE,
  ASKED_FIGURE_RIVALS,
  LEAD,
} from './settings.ts';
import type { SpecificTerm } from './specific-terms.ts';

/**
 * The last fallback, when no sentence covers the question nor leads alone: the kind of figure
 * asked is itself evidence. A reader asked `how far` reads only the distances, `how cold` the
 * temperatures, `à quelle heure` the clock times: only the sentences giving such a figure (in
 * the unit asked) are ranked, so that one matching the question's other words better but giving
 * none does not hide the one that gives it (`How far away is the lab?` of `… le laboratoire,
 * installé à 140 km`). The answer is partial, shown with what it lacks.
 */

export interface ByKindAsked {
  ranked: Ranked[];
  /**
   * Whether the answer covers less than ASKED_FIGURE_MIN_COVERAGE of the question: too little to
   * tell the reader's wording from another subject, so every word it lacks is shown.
   */
  guess: boolean;
}

const NONE: ByKindAsked = { ranked: [], guess: false };

/**
 * The sentence giving the figure asked that leads the others giving it (`givingAskedFigure`).
 * When the question's best match gives no such figure, the one that does must lead the others
 * giving it as a sentence leading alone does (LEAD), and the question may name nothing the
 * articles never name (`Combien de lunes compte Jupiter ?`: the figure is of something else).
 */
export function answerByKindAsked(
  index: SearchIndex,
  groups: QueryGroup[],
  asked: AskedFigure,
  {
    rank,
    topical,
    terms,
    within,
    widened,
  }: {
    rank: Rank;
    topical: QueryGroup[];
    terms: SpecificTerm[];
    within: Set<number> | undefined;
    widened: boolean;
  },
): ByKindAsked {
  const counted = countedStems(index, groups, asked);
  // A claim's candidates (`widened` false): the claim checker weighs every figure itself, and a
  // sentence giving a sum is not what a claim of a sum speaks of for giving one.
  if (!widened) {
    const ranked = rank(ASKED_FIGURE_MIN_COVERAGE, ASKED_FIGURE_RIVALS);
    return {
      ranked: givingAskedFigure(index, groups, ranked, asked, counted, topical),
      guess: false,
    };
  }
  const [best] = rank(ASKED_FIGURE_MIN_COVERAGE, 1);
  const bestGives = best !== undefined && givesAskedFigure(index, best.sentenceId, asked);
  if (!bestGives && terms.some((term) => term.kind === 'name' && !term.known)) return NONE;
  // Any share of the question: the kind of figure is the evidence, and `givingAskedFigure`
  // weighs the rest (a word of the question held, the article topical, the lead on rivals).
  const givingIds = sentencesGiving(index, asked, within);
  const giving = givingAskedFigure(
    index,
    groups,
    rank(0, ASKED_FIGURE_RIVALS, true, givingIds),
    asked,
    counted,
    topical,
    bestGives ? ASKED_FIGURE_LEAD : LEAD,
  );
  const [answer] = giving;
  if (answer === undefined) {
    // No sentence giving the figure holds the question's words: maybe its paragraph does.
    const byParagraph = answerByParagraph(index, groups, asked, {
      rank,
      within,
      giving: givingIds,
    });
    return byParagraph === undefined ? NONE : { ranked: [byParagraph], guess: true };
  }
  return { ranked: giving, guess: answer.coverage < ASKED_FIGURE_MIN_COVERAGE };
}

/**
 * The sentence to quote first in place of a best answer giving no figure of the kind asked
 * (figure-instead.ts): of those giving it, at any share of the question, the one leading the
 * others. One covering less than ASKED_FIGURE_MIN_COVERAGE is a guess: all it lacks is shown.
 */
export function leaderGiving(
  index: SearchIndex,
  groups: QueryGroup[],
  asked: AskedFigure,
  { rank, topical, within }: { rank: Rank; topical: QueryGroup[]; within: Set<number> | undefined },
): Ranked | undefined {
  const giving = rank(0, ASKED_FIGURE_RIVALS, true, sentencesGiving(index, asked, within));
  const counted = countedStems(index, groups, asked);
  return figureLeader(index, giving, asked, groups, counted, topical);
}
