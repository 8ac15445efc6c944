import type { FigureKind } from '../knowledge/types.ts';
import type { WordMatches } from './match-word.ts';
import { tokenize } from './normalize.ts';
import type { QueryGroup } from './query.ts';
import { idfOf, type SearchIndex } from './search-index.ts';
import { B, CONTEXT, K1, MAX_KEPT_IN_ORDER, WANTED_FIGURES } from './settings.ts';

/**
 * Scoring and ranking: how much of the question each sentence covers, each question word weighted
 * by how rare it is in the articles, and the order in which answering sentences come.
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
  /** Summed over the question's groups. */
  total: SentenceValues;
  /** `direct[id] === stamp`: the sentence holds a question word itself, in this search. */
  direct: Uint32Array;
  stamp: number;
  /** Summed over the question's groups, at the idf of each group's meaning, for ranking. */
  ranking: SentenceValues;
  /** The most `ranking` can hold: each group's share at the idf of its meaning, summed. */
  meaning: number;
  /** `held[id] === heldStamp`: the sentence holds a word of the group being scored. */
  held: Uint32Array;
  heldStamp: number;
}

const scratches = new WeakMap<SearchIndex, Scratch>();
const NO_SENTENCES = new Uint32Array(0);

function scratchOf(index: SearchIndex): Scratch {
  let scratch = scratches.get(index);
  if (scratch === undefined) {
    const size = index.corpus.sentences.length;
    scratch = {
      word: new SentenceValues(size),
      alternative: new SentenceValues(size),
      group: new SentenceValues(size),
      total: new SentenceValues(size),
      direct: new Uint32Array(size),
      stamp: 0,
      ranking: new SentenceValues(size),
      meaning: 0,
      held: new Uint32Array(size),
      heldStamp: 0,
    };
    scratches.set(index, scratch);
  }
  // Clean whatever a search that threw half-way left behind.
  const { word, alternative, group, total, ranking } = scratch;
  for (const values of [word, alternative, group, total, ranking]) {
    values.clear();
  }
  if (scratch.stamp === 0xffff_ffff) {
    scratch.direct.fill(0);
    scratch.stamp = 0;
  }
  scratch.stamp++;
  scratch.meaning = 0;
  return scratch;
}

/**
 * Adds to `scratch.total`, for each sentence a group touches, the best weighted idf it earns
 * there, marks the sentences that hold a group word themselves, and returns the group's weight
 * (its best alternative's weighted idf, the denominator of coverage; 0 when the articles do not
 * know it). Each alternative's words are
 * summed, the alternatives' sums kept at their best.
 *
 * `scratch.ranking` gets the same share of the group at the idf of what the group means: of the
 * sentences holding any of its words, synonyms and forms together. `talks` is as common as
 * discussions, entretiens and discuté are together, however rare `pourparlers` alone may be:
 * coverage counts the words, ranking the meaning.
 */
function scoreGroup(
  index: SearchIndex,
  group: QueryGroup,
  scratch: Scratch,
  within: Set<number> | undefined,
): number {
  const { word, alternative, total, ranking, direct, stamp, held } = scratch;
  const groupValues = scratch.group;
  if (scratch.heldStamp === 0xffff_ffff) {
    held.fill(0);
    scratch.heldStamp = 0;
  }
  const heldStamp = ++scratch.heldStamp;
  let heldCount = 0;
  let weight = 0;
  for (const { words, weight: alternativeShare } of group.alternatives) {
    const share = alternativeShare / words.length;
    // An alternative of one word skips the stage that would only copy its values.
    const oneWord = words.length === 1;
    let alternativeWeight = 0;
    for (const matches of words) {
      const idf = wordIdf(index, matches);
      let wordWeight = 0;
      // Within one word, a sentence earns its best match only.
      for (const [wordId, matchWeight] of matches) {
        const value = matchWeight * idf;
        wordWeight = Math.max(wordWeight, value);
        const contextValue = value * CONTEXT;
        for (const sentenceId of index.contextPostings[wordId] ?? NO_SENTENCES) {
          word.max(sentenceId, contextValue);
        }
        for (const sentenceId of index.postings[wordId] ?? NO_SENTENCES) {
          direct[sentenceId] = stamp;
          if (held[sentenceId] !== heldStamp) {
            held[sentenceId] = heldStamp;
            heldCount++;
          }
          word.max(sentenceId, value);
        }
      }
      alternativeWeight += wordWeight * share;
      for (let i = 0; i < word.count; i++) {
        const sentenceId = word.touched[i] ?? 0;
        const value = (word.values[sentenceId] ?? 0) * share;
        word.values[sentenceId] = 0;
        if (oneWord) groupValues.max(sentenceId, value);
        else if (value > 0) alternative.add(sentenceId, value);
      }
      word.count = 0;
    }
    weight = Math.max(weight, alternativeWeight);
    if (!oneWord) {
      for (let i = 0; i < alternative.count; i++) {
        const sentenceId = alternative.touched[i] ?? 0;
        groupValues.max(sentenceId, alternative.values[sentenceId] ?? 0);
        alternative.values[sentenceId] = 0;
      }
      alternative.count = 0;
    }
  }
  const toRank = weight > 0 ? idfOf(index.corpus.sentences.length, heldCount) / weight : 0;
  for (let i = 0; i < groupValues.count; i++) {
    const sentenceId = groupValues.touched[i] ?? 0;
    const value = groupValues.values[sentenceId] ?? 0;
    if (within === undefined || within.has(sentenceId)) {
      total.add(sentenceId, value);
      ranking.add(sentenceId, value * toRank);
    }
    groupValues.values[sentenceId] = 0;
  }
  groupValues.count = 0;
  if (weight > 0) scratch.meaning += weight * toRank;
  return weight;
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

function lengthNorm(index: SearchIndex, sentenceId: number): number {
  const length = index.sentenceLength[sentenceId] ?? index.averageLength;
  return (K1 + 1) / (1 + K1 * (1 - B + (B * length) / index.averageLength));
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

/** The best sentences for a question, best first. */
export function rankSentences(
  index: SearchIndex,
  groups: QueryGroup[],
  wanted: Map<FigureKind, number>,
  options: RankOptions,
): Ranked[] {
  const scratch = scratchOf(index);
  const { total, direct, stamp } = scratch;
  let totalWeight = 0;
  for (const group of groups) {
    const weight = scoreGroup(index, group, scratch, options.within);
    if (weight > 0) totalWeight += weight;
  }
  const knownWeight = totalWeight;
  // The words the articles never use still count in the question (see refusal.ts).
  totalWeight += options.unknownWeight ?? 0;
  let bestBonus = 0;
  for (const bonus of wanted.values()) bestBonus = Math.max(bestBonus, bonus);
  // Unknown words take the same share of the ideal as of the question's weight.
  const ideal =
    knownWeight > 0 ? (scratch.meaning * totalWeight * (1 + bestBonus)) / knownWeight : 0;
  const { limit, minCoverage } = options;
  const inOrder = Number.isInteger(limit) && limit >= 0 && limit <= MAX_KEPT_IN_ORDER;
  const ranked: Ranked[] = [];
  for (let i = 0; i < total.count; i++) {
    const sentenceId = total.touched[i] ?? 0;
    // A sentence must say something of the question itself, not only sit under the right heading.
    if (direct[sentenceId] !== stamp) continue;
    const sum = total.values[sentenceId] ?? 0;
    const rankSum = scratch.ranking.values[sentenceId] ?? 0;
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
  total.clear();
  scratch.ranking.clear();
  return inOrder ? ranked : ranked.sort(byRank).slice(0, limit);
}
