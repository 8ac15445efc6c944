import type { FigureKind } from '../knowledge/types.ts';
import { findCandidates, NO_RANK_PRUNING, SLACK } from './candidates.ts';
import type { HeldByFigure } from './figure-asking.ts';
import {
  clearCandidates,
  groupValueAt,
  lengthNorm,
  MAX_PRUNED_LIMIT,
  planGroup,
  scratchOf,
} from './group-values.ts';
import { tokenize } from './normalize.ts';
import type { QueryGroup } from './query.ts';
import type { SearchIndex } from './search-index.ts';
import {
  FIGURE_WORD_COMPANIONS,
  MAX_KEPT_IN_ORDER,
  MONEY_VERB_ASKED,
  WANTED_FIGURES,
} from './settings.ts';

/**
 * Ranking: how much of the question each sentence covers, each question word weighted by how
 * rare it is in the articles, and the order in which answering sentences come.
 *
 * What a sentence earns is defined group by group (`groupValueAt`, group-values.ts); how fast it
 * is found is the business of `findCandidates` (candidates.ts), which scores the rarest groups
 * first and leaves the sentences that can no longer answer or reach the first `limit` (MaxScore):
 * a common word is looked up for the few sentences the rare ones left, not walked through the
 * corpus. `rankSentences` sums the candidates left in the question's order and orders them.
 */

/**
 * The bonus each kind of figure earns a sentence, given what the question asks for. A count asked
 * of a thing named (`combien d’appartements`, `how many visitors`, `countsAThing`) is answered by
 * a count first: its asking phrase earns a share (`31 %`, `un sur trois`) or a sum nothing, so
 * that of two sentences holding the question's words alike, the one giving a count comes first.
 * A share asked in words of its own (`what share`) keeps its bonus.
 */
export function wantedFigures(text: string, countsAThing = false): Map<FigureKind, number> {
  const folded = tokenize(text)
    .map((token) => token.word)
    .join(' ');
  const bonuses = new Map<FigureKind, number>();
  for (const [pattern, kinds, bonus] of [...WANTED_FIGURES, MONEY_VERB_ASKED]) {
    if (!pattern.test(folded)) continue;
    const earning = countsAThing && kinds.includes('count') ? COUNT_ONLY : kinds;
    for (const kind of earning) bonuses.set(kind, Math.max(bonus, bonuses.get(kind) ?? 0));
  }
  return bonuses;
}

const COUNT_ONLY: FigureKind[] = ['count'];

const NO_HELD: HeldByFigure[] = [];

export interface Ranked {
  sentenceId: number;
  /** The weighted share of the question's words the sentence holds: it answers from 0.42. */
  coverage: number;
  /** What orders the answers: the share of the question's meaning, length and figure counted. */
  rank: number;
  /**
   * `rank` on the scale of a sentence of average length that holds all of the question's meaning
   * and the figure it asks for, at most 1: the score shown, in the order of the answers.
   */
  score: number;
}

/** Ranks the sentences (of `within`, when given) covering `minCoverage` of the question. */
export type Rank = (
  minCoverage: number,
  limit: number,
  byFigure?: boolean,
  within?: Set<number>,
) => Ranked[];

/** Ranked first, ties to the earlier sentence, so the order never depends on the engine's internals. */
export const byRank = (a: Ranked, b: Ranked): number =>
  b.rank - a.rank || a.sentenceId - b.sentenceId;

export interface RankOptions {
  /** Only these sentences may rank (a topic's). */
  within?: Set<number>;
  /** What the question's words unknown to the articles weigh (`unknownWeight` in refusal.ts). */
  unknownWeight?: number;
  /**
   * The question's words the articles never use that ask for a kind of figure: held, at their own
   * weight, by the sentences giving such a figure (figure-asking.ts).
   */
  heldByFigure?: HeldByFigure[];
  /** Sentences covering less of the question are left out. */
  minCoverage: number;
  /** How many of the best to return. */
  limit: number;
}

/** The best sentences for a question, best first. */
export function rankSentences(
  index: SearchIndex,
  groups: QueryGroup[],
  wanted: Map<FigureKind, number>,
  options: RankOptions,
): Ranked[] {
  const scratch = scratchOf(index);
  const { direct, stamp } = scratch;
  const planned = groups.map((group) => planGroup(index, group, scratch));
  let totalWeight = 0;
  let meaning = 0;
  for (const { weight, toRank } of planned) {
    if (weight > 0) {
      totalWeight += weight;
      meaning += weight * toRank;
    }
  }
  // A word asking for a figure counts as a word the articles know, its meaning its weight.
  const heldByFigure = options.heldByFigure ?? NO_HELD;
  let figureHeldWeight = 0;
  for (const { weight } of heldByFigure) {
    totalWeight += weight;
    meaning += weight;
    figureHeldWeight += weight;
  }
  const knownWeight = totalWeight;
  // The words the articles never use still count in the question (see refusal.ts).
  totalWeight += options.unknownWeight ?? 0;
  // A figure may hold a word naming its kind (FIGURE_WORDS): the bounds then count it held.
  let otherKnown = 0;
  for (const group of planned) {
    if (group.kinds.length > 0) figureHeldWeight += group.weight;
    else if (group.weight > 0) otherKnown++;
  }
  let bestBonus = 0;
  for (const bonus of wanted.values()) bestBonus = Math.max(bestBonus, bonus);
  // Unknown words take the same share of the ideal as of the question's weight.
  const ideal = knownWeight > 0 ? (meaning * totalWeight * (1 + bestBonus)) / knownWeight : 0;
  const { limit, minCoverage, within } = options;

  // The sum of group values a sentence needs, less the slack; and the least sure to be enough.
  const threshold = minCoverage * totalWeight;
  const margin = Number.isFinite(threshold) ? Math.abs(threshold) * SLACK : 0;
  const candidates = findCandidates(index, planned, scratch, {
    within,
    needed: threshold - figureHeldWeight - margin,
    sure: threshold + margin,
    kept:
      figureHeldWeight === 0 && Number.isInteger(limit) && limit >= 0 && limit <= MAX_PRUNED_LIMIT
        ? limit
        : NO_RANK_PRUNING,
    bestBonus,
  });

  const inOrder = Number.isInteger(limit) && limit >= 0 && limit <= MAX_KEPT_IN_ORDER;
  const ranked: Ranked[] = [];
  for (const sentenceId of candidates) {
    // A sentence must say something of the question itself, not only sit under the right heading.
    if (direct[sentenceId] !== stamp) continue;
    // Summed in the question's order, as the answer has always been.
    let sum = 0;
    let rankSum = 0;
    let others = 0;
    for (const group of planned) {
      if (group.weight === 0) continue;
      const value = groupValueAt(index, group, sentenceId, scratch);
      if (value > 0 && group.kinds.length === 0) others++;
      sum += value;
      rankSum += value * group.toRank;
    }
    // A figure of the kind a word names holds that word (`price` in `sold at 9.6p a unit`), for a
    // sentence holding two of the question's other words (all, when fewer): one of them and a
    // figure is a stray match.
    if (
      figureHeldWeight > 0 &&
      others > 0 &&
      others >= Math.min(FIGURE_WORD_COMPANIONS, otherKnown)
    ) {
      const figures = index.corpus.sentences[sentenceId]?.figures ?? [];
      for (const group of planned) {
        if (group.weight === 0 || !figures.some(({ kind }) => group.kinds.includes(kind))) continue;
        const added = Math.max(0, group.weight - groupValueAt(index, group, sentenceId, scratch));
        sum += added;
        rankSum += added * group.toRank;
      }
      const text = index.corpus.sentences[sentenceId]?.text ?? '';
      for (const { weight, gives } of heldByFigure) {
        if (!figures.some((figure) => gives(figure, text))) continue;
        sum += weight;
        rankSum += weight;
      }
    }
    const coverage = totalWeight > 0 ? sum / totalWeight : 0;
    if (coverage < minCoverage) continue;
    const worst = ranked[ranked.length - 1];
    let bonus = 0;
    if (wanted.size > 0) {
      for (const figure of index.corpus.sentences[sentenceId]?.figures ?? []) {
        bonus = Math.max(bonus, wanted.get(figure.kind) ?? 0);
      }
    }
    const rank = rankSum * lengthNorm(index, sentenceId) * (1 + bonus);
    const entry = { sentenceId, coverage, rank, score: ideal > 0 ? Math.min(1, rank / ideal) : 0 };
    if (!inOrder) {
      ranked.push(entry);
    } else if (ranked.length < limit || (worst !== undefined && byRank(entry, worst) < 0)) {
      // Insert in order, dropping the worst when full.
      let at = ranked.length;
      while (at > 0 && byRank(entry, ranked[at - 1] as Ranked) < 0) at--;
      ranked.splice(at, 0, entry);
      if (ranked.length > limit) ranked.pop();
    }
  }
  clearCandidates(scratch);
  return inOrder ? ranked : ranked.sort(byRank).slice(0, limit);
}
