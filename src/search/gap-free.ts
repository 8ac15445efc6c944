import type { AskedFigure } from './asked-figure.ts';
import { tokenize } from './normalize.ts';
import type { Gapped } from './passage-order.ts';
import type { QueryGroup } from './query.ts';
import { holdsGroup } from './refusal.ts';
import type { Ranked } from './scoring.ts';
import type { SearchIndex } from './search-index.ts';
import { MIN_COVERAGE } from './settings.ts';

/**
 * A best answer lacking something the question names (a year, a place, the kind of figure asked,
 * the thing counted: passage-gaps.ts) ranks MISSING_PENALTY lower per term, but only against the
 * sentences covering MIN_COVERAGE of the question. The sentence that says it all often leaves the
 * rest to its paragraph (`In 2024 the boat will be taken out of service for three weeks` for
 * `How long will the Alder ferry be stopped for in 2024?`) and covers too little to be among
 * them: the wording of a question is the reader's, the terms it names are not. So, when the best
 * lacks a term, the sentences below that floor that rank above it as it stands are read too, best
 * first, and the first lacking none of its terms comes first: a partial answer, shown with the
 * question's words it does not hold.
 */

export function withGapFreeFirst(
  answering: Gapped[],
  below: () => Ranked[],
  gapped: (entry: Ranked) => Gapped,
  lacking: (sentenceId: number) => string[],
  fills: (sentenceId: number, lacking: string) => boolean,
  limit: number,
): Gapped[] {
  const [best] = answering;
  if (best === undefined || best.gaps.missing.length === 0) return answering;
  const shown = new Set(answering.map(({ sentenceId }) => sentenceId));
  for (const entry of below()) {
    // Best first: once one ranks no higher than the best as it stands, none later can.
    if (entry.rank <= best.rank) break;
    if (entry.coverage >= MIN_COVERAGE || shown.has(entry.sentenceId)) continue;
    // It must say itself what the best lacks, not leave it to its paragraph: the neighbour of the
    // sentence counting the nurses hired, counting beds, does not say how many nurses were hired.
    if (!best.gaps.missing.some((typed) => fills(entry.sentenceId, typed))) continue;
    const found = gapped(entry);
    if (found.gaps.missing.length > 0) continue;
    const placed = { ...found, gaps: { ...found.gaps, missing: lacking(entry.sentenceId) } };
    const others = answering.filter(({ sentenceId }) => sentenceId !== entry.sentenceId);
    return [placed, ...others].slice(0, Math.max(0, limit));
  }
  return answering;
}

/**
 * Whether the sentence itself says what a passage lacks, as typed: the figure asked (`how many`,
 * which a gap-free sentence gives), or one of the question's words the lacking term is made of.
 */
export function fillsGap(
  index: SearchIndex,
  groups: QueryGroup[],
  asked: AskedFigure | undefined,
  sentenceId: number,
  typed: string,
): boolean {
  if (typed === asked?.typed) return true;
  const words = new Set(tokenize(typed).map(({ word }) => word));
  return groups.some(
    (group) =>
      group.key.split(' ').some((word) => words.has(word)) && holdsGroup(index, group, sentenceId),
  );
}
