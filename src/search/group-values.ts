import type { FigureKind } from '../knowledge/types.ts';
import type { WordMatches } from './match-word.ts';
import type { QueryGroup } from './query.ts';
import { idfOf, type SearchIndex } from './search-index.ts';
import { B, CONTEXT, FIGURE_WORDS, K1 } from './settings.ts';

/**
 * What a sentence earns of each of the question's groups (`groupValueAt`, or `walkGroup` for
 * every sentence a group's postings hold), each question word weighted by how rare it is in the
 * articles and each sentence by its length, and the buffers of an index they are summed in.
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
export interface Scratch {
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

/** Above this many results, pruning by rank keeps them all (the heap would cost more). */
export const MAX_PRUNED_LIMIT = 1000;

/** The index's scoring buffers, cleaned of whatever an earlier search left. */
export function scratchOf(index: SearchIndex): Scratch {
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

export function clearCandidates({ total, ranking }: Scratch): void {
  for (let i = 0; i < total.count; i++) ranking[total.touched[i] ?? 0] = 0;
  total.clear();
}

/** The next stamp of a stamped array, clearing it when stamps run out. */
export function nextStamp(marks: Uint32Array, stamp: number): number {
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

export interface PlannedGroup {
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
export function planGroup(index: SearchIndex, group: QueryGroup, scratch: Scratch): PlannedGroup {
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
export function groupValueAt(
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
export function walkGroup(
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
export function costsOf(index: SearchIndex, group: PlannedGroup): { walk: number; lookUp: number } {
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

function normOfLength(index: SearchIndex, length: number): number {
  return (K1 + 1) / (1 + K1 * (1 - B + (B * length) / index.averageLength));
}

export function lengthNorm(index: SearchIndex, sentenceId: number): number {
  return normOfLength(index, index.sentenceLength[sentenceId] ?? index.averageLength);
}
