import { NUMBER_WORDS } from '../knowledge/figure-number-words.ts';
import { type AskedFigure, isInAskedUnit } from './asked-figure.ts';
import type { CountedStems } from './counted-thing.ts';
import type { QueryGroup } from './query.ts';
import { givingAskedFigure, holdsGroup } from './refusal.ts';
import type { Ranked } from './scoring.ts';
import type { SearchIndex } from './search-index.ts';

/**
 * A question asking for a kind of figure (`Combien ont coûté les travaux pour rendre la Saône
 * baignable ?`) whose best answer gives none of that kind: it names what is asked about (often
 * the article's opening sentence) but cannot say the figure, and would be quoted flagged. The
 * sentence that gives the figure (`Le chantier aura coûté 212 millions d’euros`) often words the
 * thing otherwise, or leaves it to its paragraph or heading, and so ranks lower or covers too
 * little to answer. When one such sentence leads the others giving that kind of figure
 * (`givingAskedFigure`, the fallback for a question nothing covers), it is quoted first, as a
 * partial answer: what it lacks is shown. Without a clear leader the answers stay as they were.
 */

/** Whether the sentence gives a figure of the kind (and unit) the question asks for. */
export function givesAskedFigure(
  index: SearchIndex,
  sentenceId: number,
  asked: AskedFigure,
): boolean {
  const sentence = index.corpus.sentences[sentenceId];
  return (sentence?.figures ?? []).some((figure) =>
    isInAskedUnit(figure, asked, sentence?.text ?? ''),
  );
}

/**
 * The sentences (of `within`, when given) that give a figure of the kind and unit the question
 * asks for: the only ones that can answer it, as a reader looking for `how far` reads only the
 * distances. Read for the last fallback alone, when nothing covers the question.
 */
export function sentencesGiving(
  index: SearchIndex,
  asked: AskedFigure,
  within: Set<number> | undefined,
): Set<number> {
  const giving = new Set<number>();
  for (const { id } of index.corpus.sentences) {
    if ((within === undefined || within.has(id)) && givesAskedFigure(index, id, asked))
      giving.add(id);
  }
  return giving;
}

/**
 * Of `rivals` (the sentences covering ASKED_FIGURE_MIN_COVERAGE of the question, best first), the
 * one giving the figure asked that leads the others giving it; undefined when none leads.
 */
export function figureLeader(
  index: SearchIndex,
  rivals: Ranked[],
  asked: AskedFigure,
  groups: QueryGroup[],
  counted: CountedStems | undefined,
  topical: QueryGroup[],
): Ranked | undefined {
  const giving = rivals.filter(({ sentenceId }) => givesAskedFigure(index, sentenceId, asked));
  const [leader] = givingAskedFigure(index, groups, giving, asked, counted, topical);
  // The leader must say something of the question's matter itself: a number the question names
  // (`les trois salariés`) met in a sum of something else (`pendant trois ans`) is a stray match.
  const said = groups.filter(({ key }) => !isNumber(key));
  if (leader === undefined || !said.some((group) => holdsGroup(index, group, leader.sentenceId)))
    return undefined;
  return leader;
}

const isNumber = (key: string): boolean => /^\d/u.test(key) || key in NUMBER_WORDS;
