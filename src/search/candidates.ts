import {
  costsOf,
  groupValueAt,
  lengthNorm,
  NO_SENTENCES,
  nextStamp,
  type PlannedGroup,
  type Scratch,
  walkGroup,
} from './group-values.ts';
import type { SearchIndex } from './search-index.ts';

/**
 * The candidate walk of ranking: which sentences may be among the answers, found rarest group
 * first and pruned by what they can still cover and rank (MaxScore).
 */

/**
 * Pruning compares bounds summed in another order than the answer's own sums: it leaves a
 * sentence out only when it falls short by more than this share, far above rounding errors.
 */
export const SLACK = 1e-9;

/** `Pruning.kept` when too many results are asked for to prune by rank. */
export const NO_RANK_PRUNING = -1;

export interface Pruning {
  within: Set<number> | undefined;
  /** Below this sum of group values, a sentence does not cover enough of the question. */
  needed: number;
  /** From this sum on, it surely does. */
  sure: number;
  /**
   * How many results are asked for, when few enough to prune by rank; NO_RANK_PRUNING otherwise
   * (a number either way, so V8 keeps one shape for this object).
   */
  kept: number;
  bestBonus: number;
}

/**
 * The sentences that may be among the answers: every sentence that covers enough of the question
 * and may rank among the first `kept`, and possibly a few more.
 *
 * Groups are scored rarest first. While a sentence none of the groups scored so far holds could
 * still answer with the rest, a group's postings are walked and its sentences become candidates;
 * after that, the rest are only looked up for the candidates, and candidates that can no longer
 * cover enough (their sum so far plus the most the rest can add) or outrank the `kept`-th sure
 * answer are dropped.
 */
export function findCandidates(
  index: SearchIndex,
  planned: PlannedGroup[],
  scratch: Scratch,
  pruning: Pruning,
): Uint32Array {
  const { total, ranking } = scratch;
  const order = planned
    .map((group, at) => ({ group, at }))
    .filter(({ group }) => group.weight > 0)
    .sort((a, b) => b.group.weight - a.group.weight || a.at - b.at)
    .map(({ group }) => group);
  // What the groups from each position on may add at most.
  const restWeight = new Float64Array(order.length + 1);
  const restMeaning = new Float64Array(order.length + 1);
  for (let at = order.length - 1; at >= 0; at--) {
    const { weight, toRank } = order[at] as PlannedGroup;
    restWeight[at] = (restWeight[at + 1] ?? 0) + weight;
    restMeaning[at] = (restMeaning[at + 1] ?? 0) + weight * toRank;
  }
  const { needed, kept, bestBonus } = pruning;
  if (order.length === 0 || (restWeight[0] ?? 0) * (1 + SLACK) < needed || kept === 0) {
    return NO_SENTENCES;
  }
  const mostRank = (sum: number, norm: number): number =>
    sum * (1 + SLACK) * norm * (1 + bestBonus);
  let allowed = false;
  if (pruning.within !== undefined) {
    scratch.allowedStamp = nextStamp(scratch.allowed, scratch.allowedStamp);
    for (const sentenceId of pruning.within) scratch.allowed[sentenceId] = scratch.allowedStamp;
    allowed = true;
  }
  let least = Number.NEGATIVE_INFINITY;
  let at = 0;
  // Walk the rarest groups while a sentence they do not hold could still answer.
  for (; at < order.length; at++) {
    const rest = restWeight[at] ?? 0;
    const newcomer = mostRank(restMeaning[at] ?? 0, scratch.bestLengthNorm);
    if (at > 0 && (rest * (1 + SLACK) < needed || newcomer < least)) break;
    const group = order[at] as PlannedGroup;
    const values = walkGroup(index, group, scratch, allowed);
    for (let i = 0; i < values.count; i++) {
      const sentenceId = values.touched[i] ?? 0;
      const value = values.values[sentenceId] ?? 0;
      values.values[sentenceId] = 0;
      total.add(sentenceId, value);
      ranking[sentenceId] = (ranking[sentenceId] ?? 0) + value * group.toRank;
    }
    values.count = 0;
    least = leastKeptRank(index, scratch, pruning);
  }
  // Look the others up for the candidates that may still make it.
  for (; at <= order.length; at++) {
    const restSum = restWeight[at] ?? 0;
    const restRank = restMeaning[at] ?? 0;
    let count = 0;
    for (let i = 0; i < total.count; i++) {
      const sentenceId = total.touched[i] ?? 0;
      const sum = total.values[sentenceId] ?? 0;
      const most = mostRank((ranking[sentenceId] ?? 0) + restRank, lengthNorm(index, sentenceId));
      if ((sum + restSum) * (1 + SLACK) < needed || most < least) {
        total.values[sentenceId] = 0;
        ranking[sentenceId] = 0;
      } else {
        total.touched[count++] = sentenceId;
      }
    }
    total.count = count;
    const group = order[at];
    if (group === undefined) break;
    const costs = costsOf(index, group);
    if (costs.lookUp * count < costs.walk) {
      for (let i = 0; i < count; i++) {
        const sentenceId = total.touched[i] ?? 0;
        const value = groupValueAt(index, group, sentenceId, scratch);
        if (value === 0) continue;
        total.values[sentenceId] = (total.values[sentenceId] ?? 0) + value;
        ranking[sentenceId] = (ranking[sentenceId] ?? 0) + value * group.toRank;
      }
    } else {
      scratch.allowedStamp = nextStamp(scratch.allowed, scratch.allowedStamp);
      for (let i = 0; i < count; i++) scratch.allowed[total.touched[i] ?? 0] = scratch.allowedStamp;
      const values = walkGroup(index, group, scratch, true);
      for (let i = 0; i < values.count; i++) {
        const sentenceId = values.touched[i] ?? 0;
        const value = values.values[sentenceId] ?? 0;
        values.values[sentenceId] = 0;
        total.values[sentenceId] = (total.values[sentenceId] ?? 0) + value;
        ranking[sentenceId] = (ranking[sentenceId] ?? 0) + value * group.toRank;
      }
      values.count = 0;
    }
    least = leastKeptRank(index, scratch, pruning);
  }
  return total.touched.subarray(0, total.count);
}

/**
 * The `kept`-th best rank among the candidates sure to answer, at least: no candidate ranking
 * below it can be among the results. Minus infinity while fewer are sure.
 */
function leastKeptRank(index: SearchIndex, scratch: Scratch, pruning: Pruning): number {
  const { kept, sure } = pruning;
  if (kept === NO_RANK_PRUNING || kept === 0) return Number.NEGATIVE_INFINITY;
  const { total, ranking, direct, stamp, heap } = scratch;
  let size = 0;
  for (let i = 0; i < total.count; i++) {
    const sentenceId = total.touched[i] ?? 0;
    if (direct[sentenceId] !== stamp || (total.values[sentenceId] ?? 0) < sure) continue;
    const least = (ranking[sentenceId] ?? 0) * (1 - SLACK) * lengthNorm(index, sentenceId);
    if (size < kept) {
      // Sift up.
      let child = size++;
      while (child > 0) {
        const parent = (child - 1) >> 1;
        if ((heap[parent] ?? 0) <= least) break;
        heap[child] = heap[parent] ?? 0;
        child = parent;
      }
      heap[child] = least;
    } else if (least > (heap[0] ?? 0)) {
      // Replace the smallest and sift down.
      let parent = 0;
      for (;;) {
        let child = 2 * parent + 1;
        if (child >= size) break;
        if (child + 1 < size && (heap[child + 1] ?? 0) < (heap[child] ?? 0)) child++;
        if ((heap[child] ?? 0) >= least) break;
        heap[parent] = heap[child] ?? 0;
        parent = child;
      }
      heap[parent] = least;
    }
  }
  return size < kept ? Number.NEGATIVE_INFINITY : (heap[0] ?? 0);
}
