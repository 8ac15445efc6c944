import type { FigureKind } from '../knowledge/types.ts';
import type { WordMatches } from './match-word.ts';
import { tokenize } from './normalize.ts';
import type { QueryGroup } from './query.ts';
import { idfOf, type SearchIndex } from './search-index.ts';
import {
  B,
  CONTEXT,
  FIGURE_WORD_COMPANIONS,
  FIGURE_WORDS,
  K1,
  MAX_KEPT_IN_ORDER,
  WANTED_FIGURES,
} from './settings.ts';

/**
 * Scoring and ranking: how much of the question each sentence covers, each question word weighted
 * by how rare it is in the articles, and the order in which answering sentences come.
 *
 * What a sentence earns is defined group by group (`groupValueAt`); how fast it is found is the
 * business of `rankSentences`, which scores the rarest groups first and leaves the sentences that
 * can no longer answer or reach the first `limit` (MaxScore): a common word is looked up for the
 * few sentences the rare ones left, not walked through the corpus.
 */

/**
 * Per-sentence values of one stage of scoring, in an array as long as the corpus, with the list
 * of sentences it holds so that reading and clearing it costs what the search touched, not the
 * corpus size. Absent sentences hold 0; every value scoring stores is above 0.
 */
class SentenceValues {
  readonly values: Float64Array;
  readonly touched: Uint32Array;
  count = 0;

  constructor(size: number) {
    this.values = new Float64Array(size);
    this.touched = new Uint32Array(size);
  }

  /** Keeps the larger of the sentence's value and `value`. */
  max(sentenceId: number, value: number): void {
    const old = this.values[sentenceId] ?? 0;
    if (old < value) {
      if (old === 0) this.touched[this.count++] = sentenceId;
      this.values[sentenceId] = value;
    }
  }

  /** Adds `value` (above 0) to the sentence's value. */
  add(sentenceId: number, value: number): void {
    const old = this.values[sentenceId] ?? 0;
    if (old === 0) this.touched[this.count++] = sentenceId;
    this.values[sentenceId] = old + value;
  }

  clear(): void {
    for (let i = 0; i < this.count; i++) this.values[this.touched[i] ?? 0] = 0;
    this.count = 0;
  }
}

/** Scoring buffers of an index, made on its first search and reused by every later one. */
interface Scratch {
  /** A sentence's best match for the current question word. */
  word: SentenceValues;
  /** Summed over the words of the current alternative (a glossary phrase). */
  alternative: SentenceValues;
  /** Best over the alternatives of the current group. */
  group: SentenceValues;
  /**
   * The candidates: summed over the groups scored so far, in the order they were scored (a bound
   * to prune with; the answer's own sums are redone in the question's order).
   */
  total: SentenceValues;
  /** The same at the idf of each group's meaning, for ranking; cleared along `total`. */
  ranking: Float64Array;
  /** `direct[id] === stamp`: the sentence holds a question word itself, in this search. */
  direct: Uint32Array;
  stamp: number;
  /** `allowed[id] === allowedStamp`: the sentence may still answer (a topic's, a candidate). */
  allowed: Uint32Array;
  allowedStamp: number;
  /** `held[id] === heldStamp`: the sentence holds a word of the group being counted. */
  held: Uint32Array;
  heldStamp: number;
  /** The largest length normalization of any sentence: what a sentence not yet seen may get. */
  bestLengthNorm: number;
  /** The best lower bounds of rank, a min-heap, to find the `limit`-th. */
  heap: Float64Array;
}

const scratches = new WeakMap<SearchIndex, Scratch>();
export const NO_SENTENCES = new Uint32Array(0);

function scratchOf(index: SearchIndex): Scratch {
  let scratch = scratches.get(index);
  if (scratch === undefined) {
    const size = index.corpus.sentences.length;
    let shortest = Number.POSITIVE_INFINITY;
    for (const length of index.sentenceLength) shortest = Math.min(shortest, length);
    scratch = {
      word: new SentenceValues(size),
      alternative: new SentenceValues(size),
      group: new SentenceValues(size),
      total: new SentenceValues(size),
      ranking: new Float64Array(size),
      direct: new Uint32Array(size),
      stamp: 0,
      allowed: new Uint32Array(size),
      allowedStamp: 0,
      held: new Uint32Array(size),
      heldStamp: 0,
      bestLengthNorm: normOfLength(index, size === 0 ? 0 : shortest),
      heap: new Float64Array(MAX_PRUNED_LIMIT),
    };
    scratches.set(index, scratch);
  }
  // Clean whatever a search that threw half-way left behind.
  clearCandidates(scratch);
  for (const values of [scratch.word, scratch.alternative, scratch.group]) values.clear();
  scratch.stamp = nextStamp(scratch.direct, scratch.stamp);
  return scratch;
}

function clearCandidates({ total, ranking }: Scratch): void {
  for (let i = 0; i < total.count; i++) ranking[total.touched[i] ?? 0] = 0;
  total.clear();
}

/** The next stamp of a stamped array, clearing it when stamps run out. */
function nextStamp(marks: Uint32Array, stamp: number): number {
  if (stamp < 0xffff_ffff) return stamp + 1;
  marks.fill(0);
  return 1;
}

/** One question word, ready to score: the corpus words it matches and what each earns a sentence. */
interface PlannedWord {
  wordIds: number[];
  /** Earned by a sentence holding the corpus word. */
  values: number[];
  /** Earned by a sentence under a heading holding it. */
  contextValues: number[];
}

interface PlannedGroup {
  alternatives: { words: PlannedWord[]; share: number; oneWord: boolean }[];
  /** The most a sentence can earn of it: its best alternative's weighted idf, 0 when unknown. */
  weight: number;
  /** Turns what a sentence earns of the group into its share of the group's meaning. */
  toRank: number;
  /** The kinds of figure the group's word names (`cost`: money), which a figure of them holds. */
  kinds: readonly FigureKind[];
}

/**
 * The values a group gives (see `groupValueAt`), and its weight: its best alternative's weighted
 * idf, the denominator of coverage, 0 when the articles do not know it.
 *
 * Ranking counts the group at the idf of what it means: of the sentences holding any of its
 * words, synonyms and forms together. `talks` is as common as discussions, entretiens and discuté
 * are together, however rare `pourparlers` alone may be: coverage counts the words, ranking the
 * meaning.
 */
function planGroup(index: SearchIndex, group: QueryGroup, scratch: Scratch): PlannedGroup {
  const alternatives: PlannedGroup['alternatives'] = [];
  const heldWords = new Set<number>();
  let weight = 0;
  for (const { words, weight: alternativeShare } of group.alternatives) {
    const share = alternativeShare / words.length;
    const planned: PlannedWord[] = [];
    let alternativeWeight = 0;
    for (const matches of words) {
      const idf = wordIdf(index, matches);
      const word: PlannedWord = { wordIds: [], values: [], contextValues: [] };
      let wordWeight = 0;
      for (const [wordId, matchWeight] of matches) {
        const value = matchWeight * idf;
        wordWeight = Math.max(wordWeight, value);
        word.wordIds.push(wordId);
        word.values.push(value);
        word.contextValues.push(value * CONTEXT);
        heldWords.add(wordId);
      }
      alternativeWeight += wordWeight * share;
      planned.push(word);
    }
    weight = Math.max(weight, alternativeWeight);
    alternatives.push({ words: planned, share, oneWord: words.length === 1 });
  }
  const held = heldCount(index, [...heldWords], scratch);
  const toRank = weight > 0 ? idfOf(index.corpus.sentences.length, held) / weight : 0;
  return { alternatives, weight, toRank, kinds: FIGURE_WORDS.get(group.key) ?? NO_KINDS };
}

const NO_KINDS: readonly FigureKind[] = [];

/** How many sentences hold any of the words: the union of their postings. */
function heldCount(index: SearchIndex, wordIds: number[], scratch: Scratch): number {
  let longest: Uint32Array = NO_SENTENCES;
  let others = 0;
  for (const wordId of wordIds) {
    const list = index.postings[wordId] ?? NO_SENTENCES;
    others += Math.min(list.length, longest.length);
    if (list.length > longest.length) longest = list;
  }
  if (others === 0) return longest.length;
  const { held } = scratch;
  scratch.heldStamp = nextStamp(held, scratch.heldStamp);
  const stamp = scratch.heldStamp;
  // The shorter lists are looked up in the longest, unless they are long too.
  const lookUp = others * Math.log2(longest.length + 1) < longest.length;
  let count = lookUp ? longest.length : 0;
  for (const wordId of wordIds) {
    const list = index.postings[wordId] ?? NO_SENTENCES;
    if (lookUp && list === longest) continue;
    for (const sentenceId of list) {
      if (held[sentenceId] === stamp) continue;
      held[sentenceId] = stamp;
      if (!lookUp || !holds(longest, sentenceId)) count++;
    }
  }
  return count;
}

/** Whether an ascending list holds the sentence. */
export function holds(list: Uint32Array, sentenceId: number): boolean {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((list[middle] ?? 0) < sentenceId) low = middle + 1;
    else high = middle;
  }
  return list[low] === sentenceId;
}

/**
 * What a sentence earns of a group: within each question word, its best match (a word of a
 * heading above it counts CONTEXT of one in it); each alternative's words summed, at its share;
 * the best alternative. Marks the sentence as holding a question word itself when it does.
 */
function groupValueAt(
  index: SearchIndex,
  group: PlannedGroup,
  sentenceId: number,
  scratch: Scratch,
): number {
  let groupValue = 0;
  for (const { words, share, oneWord } of group.alternatives) {
    let alternativeValue = 0;
    for (const { wordIds, values, contextValues } of words) {
      let wordValue = 0;
      for (let i = 0; i < wordIds.length; i++) {
        const wordId = wordIds[i] ?? 0;
        if (holds(index.postings[wordId] ?? NO_SENTENCES, sentenceId)) {
          scratch.direct[sentenceId] = scratch.stamp;
          wordValue = Math.max(wordValue, values[i] ?? 0);
        } else if (holds(index.contextPostings[wordId] ?? NO_SENTENCES, sentenceId)) {
          wordValue = Math.max(wordValue, contextValues[i] ?? 0);
        }
      }
      const value = wordValue * share;
      if (oneWord) groupValue = Math.max(groupValue, value);
      else if (value > 0) alternativeValue += value;
    }
    if (!oneWord) groupValue = Math.max(groupValue, alternativeValue);
  }
  return groupValue;
}

/**
 * The same values as `groupValueAt`, for every sentence the group's postings hold (those
 * `allowed` only, when given), into `scratch.group`: walking the lists costs their length, looking
 * each sentence up costs the number of sentences.
 */
function walkGroup(
  index: SearchIndex,
  group: PlannedGroup,
  scratch: Scratch,
  allowed: boolean,
): SentenceValues {
  const { word, alternative, direct, stamp } = scratch;
  const marks = scratch.allowed;
  const mark = scratch.allowedStamp;
  const groupValues = scratch.group;
  for (const { words, share, oneWord } of group.alternatives) {
    for (const { wordIds, values, contextValues } of words) {
      for (let i = 0; i < wordIds.length; i++) {
        const wordId = wordIds[i] ?? 0;
        const value = values[i] ?? 0;
        const contextValue = contextValues[i] ?? 0;
        for (const sentenceId of index.contextPostings[wordId] ?? NO_SENTENCES) {
          if (allowed && marks[sentenceId] !== mark) continue;
          word.max(sentenceId, contextValue);
        }
        for (const sentenceId of index.postings[wordId] ?? NO_SENTENCES) {
          if (allowed && marks[sentenceId] !== mark) continue;
          direct[sentenceId] = stamp;
          word.max(sentenceId, value);
        }
      }
      for (let i = 0; i < word.count; i++) {
        const sentenceId = word.touched[i] ?? 0;
        const value = (word.values[sentenceId] ?? 0) * share;
        word.values[sentenceId] = 0;
        if (oneWord) groupValues.max(sentenceId, value);
        else if (value > 0) alternative.add(sentenceId, value);
      }
      word.count = 0;
    }
    if (!oneWord) {
      for (let i = 0; i < alternative.count; i++) {
        const sentenceId = alternative.touched[i] ?? 0;
        groupValues.max(sentenceId, alternative.values[sentenceId] ?? 0);
        alternative.values[sentenceId] = 0;
      }
      alternative.count = 0;
    }
  }
  return groupValues;
}

/** What walking a group's postings costs, and what looking up one sentence in them costs. */
function costsOf(index: SearchIndex, group: PlannedGroup): { walk: number; lookUp: number } {
  let walk = 0;
  let lookUp = 0;
  for (const { words } of group.alternatives) {
    for (const { wordIds } of words) {
      for (const wordId of wordIds) {
        const direct = index.postings[wordId]?.length ?? 0;
        const context = index.contextPostings[wordId]?.length ?? 0;
        walk += direct + context;
        lookUp += Math.log2(direct + 1) + Math.log2(context + 1) + 2;
      }
    }
  }
  return { walk, lookUp };
}

/**
 * How rare a question word is: the idf of its closest match, the word itself when the articles
 * use it. Its other forms share that idf, or a rare longer form (`ponchauloqu`) would earn a
 * sentence more than the word the reader typed.
 */
function wordIdf(index: SearchIndex, matches: WordMatches): number {
  let closest = 0;
  let idf = 0;
  for (const [wordId, matchWeight] of matches) {
    if (matchWeight > closest) {
      closest = matchWeight;
      idf = index.idf[wordId] ?? 0;
    }
  }
  return idf;
}

/** The bonus each kind of figure earns a sentence, given what the question asks for. */
export function wantedFigures(text: string): Map<FigureKind, number> {
  const folded = tokenize(text)
    .map((token) => token.word)
    .join(' ');
  const bonuses = new Map<FigureKind, number>();
  for (const [pattern, kinds, bonus] of WANTED_FIGURES) {
    if (!pattern.test(folded)) continue;
    for (const kind of kinds) bonuses.set(kind, Math.max(bonus, bonuses.get(kind) ?? 0));
  }
  return bonuses;
}

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

function normOfLength(index: SearchIndex, length: number): number {
  return (K1 + 1) / (1 + K1 * (1 - B + (B * length) / index.averageLength));
}

function lengthNorm(index: SearchIndex, sentenceId: number): number {
  return normOfLength(index, index.sentenceLength[sentenceId] ?? index.averageLength);
}

/** Ranked first, ties to the earlier sentence, so the order never depends on the engine's internals. */
export const byRank = (a: Ranked, b: Ranked): number =>
  b.rank - a.rank || a.sentenceId - b.sentenceId;

export interface RankOptions {
  /** Only these sentences may rank (a topic's). */
  within?: Set<number>;
  /** What the question's words unknown to the articles weigh (`unknownWeight` in refusal.ts). */
  unknownWeight?: number;
  /** Sentences covering less of the question are left out. */
  minCoverage: number;
  /** How many of the best to return. */
  limit: number;
}

/**
 * Pruning compares bounds summed in another order than the answer's own sums: it leaves a
 * sentence out only when it falls short by more than this share, far above rounding errors.
 */
const SLACK = 1e-9;
/** Above this many results, pruning by rank keeps them all (the heap would cost more). */
const MAX_PRUNED_LIMIT = 1000;

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
  const knownWeight = totalWeight;
  // The words the articles never use still count in the question (see refusal.ts).
  totalWeight += options.unknownWeight ?? 0;
  // A figure may hold a word naming its kind (FIGURE_WORDS): the bounds then count it held.
  let figureHeldWeight = 0;
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

/** `Pruning.kept` when too many results are asked for to prune by rank. */
const NO_RANK_PRUNING = -1;

interface Pruning {
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
function findCandidates(
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
