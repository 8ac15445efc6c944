import Fuse, { type IFuseOptions } from 'fuse.js';
import type { FigureKind, Sentence, Topic } from '../knowledge/types.ts';
import type { Answer, Highlight, Passage } from './answer.ts';
import { LEXICON_WEIGHT } from './lexicon.ts';
import { dropQuestionFrames, NUMBER_WORDS, stem, stopTokensOf, tokenize } from './normalize.ts';
import { glossaryEntry, idfOf, lexiconEntry, type SearchIndex } from './search-index.ts';

/**
 * Ranks sentences by how much of the question they cover, each question word weighted by how rare
 * it is in the articles, and refuses when no sentence covers enough of it.
 */

/** Below this share of the question's weight, a sentence does not answer it. */
export const MIN_COVERAGE = 0.42;
/**
 * How much a question word the articles never use weighs, against the rarest word they do use: a
 * reader's own wording (`bosser`, `hosted`) should not sink a question that says enough otherwise.
 */
const UNKNOWN_WORD = 0.8;
/** How many question words count at most: a 6000-character paste is not 1000 questions. */
const MAX_QUERY_GROUPS = 32;
const DEFAULT_LIMIT = 3;
/** BM25's length normalization: long sentences match more words by chance. */
const K1 = 1.2;
const B = 0.5;
/** Weights of the ways a word can match, exact first. */
const EXACT = 1;
const SAME_STEM = 0.9;
const SYNONYM = 0.9;
const PREFIX = 0.8;
const FUZZY = 0.85;
/** A word of a section heading counts for the sentences under it, less than in them. */
const CONTEXT = 0.5;
/** Fuse.js scores about errors ÷ length: one typo in 5 letters, two in 8 and more. */
const FUZZY_MAX_SCORE = (length: number): number => (length >= 8 ? 0.3 : 0.2);
const FUZZY_MIN_LENGTH = 5;

/**
 * Question words that ask for a kind of figure, and how much a sentence holding one gains: a
 * percentage asked for is a strong hint, `quand` a weak one (the answer may be `ce printemps`).
 */
const WANTED_FIGURES: [RegExp, FigureKind[], number][] = [
  [/\b(pourcentage|percentage|pour cent|percent|proportion|taux|rate|share)\b/u, ['percent'], 0.3],
  [
    /\b(cout|coute|couter|coutent|prix|montant|cost|costs|price|spend|spent|budget)\b/u,
    ['money'],
    0.3,
  ],
  [
    /\b(combien|nombre|how many|how much|number|amount|chiffres?)\b/u,
    ['count', 'money', 'percent'],
    0.15,
  ],
  [/\b(combien de temps|how long|duree|longtemps)\b/u, ['duration'], 0.15],
  [/\b(quand|when|date|what year|quelle annee)\b/u, ['date'], 0.05],
];
/** Corpus words a question word may stand for, with how sure we are. */
type WordMatches = Map<number, number>;

/** One unit of meaning in the question: a word or glossary phrase, with the ways it is written. */
interface QueryGroup {
  key: string;
  /** Each alternative is a list of words that must all appear; its weight scales its matches. */
  alternatives: { words: WordMatches[]; weight: number }[];
  /** The question's tokens it was read from, stop words counted: `from` to `to` excluded. */
  from: number;
  to: number;
}

function keep(matches: WordMatches, wordId: number, weight: number): void {
  if ((matches.get(wordId) ?? 0) < weight) matches.set(wordId, weight);
}

const FUZZY_OPTIONS: IFuseOptions<string> = {
  includeScore: true,
  isCaseSensitive: true,
  // Words are compared whole, from their first letter: typos, not substrings.
  location: 0,
  distance: 8,
  threshold: 0.35,
  minMatchCharLength: 2,
};
/** Fuse.js splits longer patterns into chunks, which the bound below does not cover. */
const FUSE_MAX_PATTERN = 32;
/** How many times each UTF-16 unit occurs in the typed word, and how many a candidate shares. */
const typedCounts = new Int32Array(65_536);
const sharedCounts = new Int32Array(65_536);

/**
 * The corpus words Fuse.js could score within `maxScore` of `word`, in their order; the others
 * are left out before Fuse.js sees them, so a look-up does not run its bitap over every word.
 *
 * Fuse.js's score for a word is at least errors ÷ pattern length (plus a distance penalty), where
 * errors are the edits that turn the pattern into a piece of the candidate; each letter of the
 * pattern the candidate lacks (counting repeats) costs at least one edit. So a candidate missing
 * more than `maxScore` of the pattern's letters cannot score within it, and Fuse.js's top five
 * within `maxScore`, in order, are the same over the filtered list as over the whole one.
 */
function typoCandidates(words: string[], word: string, maxScore: number): string[] {
  if (word.length > FUSE_MAX_PATTERN) return words;
  for (let i = 0; i < word.length; i++) {
    const unit = word.charCodeAt(i);
    typedCounts[unit] = (typedCounts[unit] ?? 0) + 1;
  }
  const candidates: string[] = [];
  for (const candidate of words) {
    let shared = 0;
    for (let i = 0; i < candidate.length; i++) {
      const unit = candidate.charCodeAt(i);
      const used = sharedCounts[unit] ?? 0;
      if (used < (typedCounts[unit] ?? 0)) {
        sharedCounts[unit] = used + 1;
        shared++;
      }
    }
    for (let i = 0; i < candidate.length; i++) sharedCounts[candidate.charCodeAt(i)] = 0;
    if ((word.length - shared) / word.length <= maxScore) candidates.push(candidate);
  }
  for (let i = 0; i < word.length; i++) typedCounts[word.charCodeAt(i)] = 0;
  return candidates;
}

/** How a question word was come by, which decides how loosely it may match. */
type WordOrigin =
  /** Typed by the reader and unknown to the glossary: it may be misspelled. */
  | 'typed'
  /** Typed by the reader and in the glossary: a real word, not a typo of another. */
  | 'typed-glossary'
  /** A glossary synonym: spelled right and meant exactly. */
  | 'synonym';

/**
 * The corpus words a folded question word may be: itself, same stem, a longer form; for words the
 * reader typed, a shorter form (`taiwanais` → `taiwan`); for words that may be misspelled, a typo.
 */
function matchWord(index: SearchIndex, word: string, origin: WordOrigin): WordMatches {
  const typed = origin !== 'synonym';
  const matches: WordMatches = new Map();
  const exact = index.wordIds.get(word);
  if (exact !== undefined) keep(matches, exact, EXACT);
  if (/\d/u.test(word)) return matches;
  if (word.length >= 4) {
    for (const id of index.byStem.get(stem(word)) ?? []) keep(matches, id, SAME_STEM);
  }
  if (word.length >= 5) {
    // Corpus words that extend the question word: `precurseur` → `precurseurs`.
    let low = 0;
    let high = index.sortedWords.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((index.sortedWords[middle] ?? '') < word) low = middle + 1;
      else high = middle;
    }
    for (let i = low; i < index.sortedWords.length && i < low + 50; i++) {
      const candidate = index.sortedWords[i] ?? '';
      if (!candidate.startsWith(word)) break;
      keep(matches, index.wordIds.get(candidate) ?? -1, PREFIX);
    }
    // Corpus words the question word extends: `taiwanais` → `taiwan`. Not for synonyms, where
    // `présidentielle` is not `président`.
    for (let length = word.length - 1; typed && length >= 5; length--) {
      const id = index.wordIds.get(word.slice(0, length));
      if (id !== undefined) keep(matches, id, PREFIX * (length / word.length));
    }
  }
  matches.delete(-1);
  if (matches.size > 0 || origin !== 'typed' || word.length < FUZZY_MIN_LENGTH) return matches;
  // A word the articles never use: most likely a typo.
  const maxScore = FUZZY_MAX_SCORE(word.length);
  for (let length = word.length - 2; length <= word.length + 2; length++) {
    const candidates = typoCandidates(index.wordsByLength.get(length) ?? [], word, maxScore);
    if (candidates.length === 0) continue;
    const fuse = new Fuse(candidates, FUZZY_OPTIONS);
    for (const result of fuse.search(word, { limit: 5 })) {
      const score = result.score ?? 1;
      if (score > maxScore) continue;
      const id = index.wordIds.get(result.item);
      if (id !== undefined) keep(matches, id, FUZZY * (1 - score));
    }
  }
  return matches;
}

function wordAlternative(index: SearchIndex, words: string[], weight: number, origin: WordOrigin) {
  return { words: words.map((word) => matchWord(index, word, origin)), weight };
}

/** Turns a question into groups: glossary phrases first (longest), then single words. */
function parseQuery(index: SearchIndex, text: string): QueryGroup[] {
  const tokens = dropQuestionFrames(tokenize(text));
  const isStop = stopTokensOf(text);
  const groups = new Map<string, QueryGroup>();
  let i = 0;
  while (i < tokens.length && groups.size < MAX_QUERY_GROUPS) {
    let consumed = 0;
    for (let length = Math.min(index.longestPhrase, tokens.length - i); length >= 1; length--) {
      const window = tokens.slice(i, i + length);
      const meaningful = window.flatMap((token, at) => (isStop(token) ? [] : [at]));
      const phraseWords = meaningful.map((at) => window[at]?.word ?? '');
      if (phraseWords.length === 0) continue;
      const key = phraseWords.join(' ');
      const synonyms = glossaryEntry(index, phraseWords);
      const translations = lexiconEntry(index, phraseWords);
      if (synonyms === undefined && translations === undefined && length > 1) continue;
      consumed = length;
      if (groups.has(key)) break;
      const typed = synonyms === undefined ? 'typed' : 'typed-glossary';
      const alternatives = [wordAlternative(index, phraseWords, 1, typed)];
      for (const synonym of synonyms ?? []) {
        alternatives.push(wordAlternative(index, synonym, SYNONYM, 'synonym'));
      }
      for (const translation of translations ?? []) {
        alternatives.push(wordAlternative(index, translation, LEXICON_WEIGHT, 'synonym'));
      }
      const number = phraseWords.length === 1 ? NUMBER_WORDS.get(key) : undefined;
      if (number !== undefined) {
        alternatives.push(wordAlternative(index, [number], SYNONYM, 'synonym'));
      }
      // Where its meaningful words are, without the stop words the window took around them.
      const from = i + (meaningful[0] ?? 0);
      const to = i + (meaningful[meaningful.length - 1] ?? 0) + 1;
      groups.set(key, { key, alternatives, from, to });
      break;
    }
    i += Math.max(consumed, 1);
  }
  return mergeNames(index, [...groups.values()]);
}

/** The id of the word a group was typed as, when the articles hold it and it has no synonyms. */
function plainWordId(index: SearchIndex, group: QueryGroup): number | undefined {
  const [only, ...others] = group.alternatives;
  if (only === undefined || others.length > 0 || only.words.length !== 1) return undefined;
  return index.wordIds.get(group.key);
}

const samePostings = (a: Uint32Array | number[], b: Uint32Array | number[]): boolean =>
  a.length === b.length && a.every((sentenceId, i) => sentenceId === b[i]);

/**
 * Merges neighbouring names that the articles only ever write together (`Joe Biden`, `Xi
 * Jinping`) into one group: a name says one thing, and counting its two words twice would let
 * `Quel âge a Joe Biden ?` pass for a question the articles answer.
 */
function mergeNames(index: SearchIndex, groups: QueryGroup[]): QueryGroup[] {
  const merged: QueryGroup[] = [];
  let previousId: number | undefined;
  for (const group of groups) {
    const id = plainWordId(index, group);
    const previous = merged[merged.length - 1];
    const together =
      id !== undefined &&
      previousId !== undefined &&
      previous !== undefined &&
      previous.to === group.from &&
      index.names[id] === 1 &&
      index.names[previousId] === 1 &&
      samePostings(index.postings[id] ?? [], index.postings[previousId] ?? []);
    if (
      together &&
      previous?.alternatives[0] !== undefined &&
      group.alternatives[0] !== undefined
    ) {
      previous.key = `${previous.key} ${group.key}`;
      previous.to = group.to;
      previous.alternatives[0].words.push(...group.alternatives[0].words);
      // Further words may still join the name (`Antony John Blinken`).
    } else {
      merged.push(group);
      previousId = id;
    }
  }
  return merged;
}

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
  return scratch;
}

/**
 * Adds to `scratch.total`, for each sentence a group touches, the best weighted idf it earns
 * there, marks the sentences that hold a group word themselves, and returns the group's weight
 * (its best alternative's weighted idf, the denominator of coverage). Each alternative's words are
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
  // A word the articles never use still counts in the question: it is what makes it off-topic.
  return weight > 0 ? weight : index.unknownIdf * UNKNOWN_WORD;
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
function wantedFigures(text: string): Map<FigureKind, number> {
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

interface Ranked {
  sentenceId: number;
  coverage: number;
  rank: number;
}

function lengthNorm(index: SearchIndex, sentenceId: number): number {
  const length = index.sentenceLength[sentenceId] ?? index.averageLength;
  return (K1 + 1) / (1 + K1 * (1 - B + (B * length) / index.averageLength));
}

/** Ranked first, ties to the earlier sentence, so the order never depends on the engine's internals. */
const byRank = (a: Ranked, b: Ranked): number => b.rank - a.rank || a.sentenceId - b.sentenceId;
/** Up to this many results are kept in order as they come; more are sorted at the end. */
const MAX_KEPT_IN_ORDER = 100;

interface RankOptions {
  /** Only these sentences may rank (a topic's). */
  within?: Set<number>;
  /** Sentences covering less of the question are left out. */
  minCoverage: number;
  /** How many of the best to return. */
  limit: number;
}

/** The best sentences for a question, best first. */
function rankSentences(
  index: SearchIndex,
  groups: QueryGroup[],
  wanted: Map<FigureKind, number>,
  options: RankOptions,
): Ranked[] {
  const scratch = scratchOf(index);
  const { total, direct, stamp } = scratch;
  let totalWeight = 0;
  for (const group of groups) totalWeight += scoreGroup(index, group, scratch, options.within);
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
    const entry = {
      sentenceId,
      coverage,
      rank: rankSum * lengthNorm(index, sentenceId) * (1 + bonus),
    };
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

/** The spans of `text` whose words the question matched, merged across spaces. */
function highlight(text: string, matched: Set<string>): Highlight[] {
  const spans: Highlight[] = [];
  for (const token of tokenize(text)) {
    if (!matched.has(token.word)) continue;
    const last = spans[spans.length - 1];
    if (last && /^[\s\u00A0\u202F]+$/u.test(text.slice(last.end, token.start)))
      last.end = token.end;
    else spans.push({ start: token.start, end: token.end });
  }
  return spans;
}

function matchedWords(index: SearchIndex, groups: QueryGroup[]): Set<string> {
  const words = new Set<string>();
  for (const group of groups) {
    for (const alternative of group.alternatives) {
      for (const matches of alternative.words) {
        for (const wordId of matches.keys()) words.add(index.words[wordId] ?? '');
      }
    }
  }
  return words;
}

/** A sentence as front ends show it: verbatim, with its neighbours and where it comes from. */
export function toPassage(
  index: SearchIndex,
  sentence: Sentence,
  score: number,
  highlights: Highlight[],
): Passage {
  const { corpus } = index;
  const document = corpus.documents[sentence.documentId];
  const section = document?.sections[sentence.sectionIndex];
  const paragraph = section?.paragraphs.find((entry) => entry.number === sentence.paragraph);
  const ids = paragraph?.sentenceIds ?? [sentence.id];
  const position = ids.indexOf(sentence.id);
  const neighbours = ids.slice(Math.max(0, position - 1), position + 2);
  return {
    sentence: sentence.text,
    passage: neighbours.map((id) => corpus.sentences[id]?.text ?? '').join(' '),
    document: document?.title ?? '',
    file: document?.file ?? '',
    section: section?.heading ?? null,
    paragraph: sentence.paragraph,
    score: Math.round(score * 1000) / 1000,
    figures: sentence.figures,
    highlights,
    sentenceId: sentence.id,
  };
}

/** Corpus words close to the question's unknown words, as the articles write them. */
function suggest(index: SearchIndex, groups: QueryGroup[]): string[] {
  const suggestions: string[] = [];
  for (const group of groups) {
    for (const alternative of group.alternatives) {
      for (const matches of alternative.words) {
        const best = [...matches].sort((a, b) => b[1] - a[1])[0];
        const word = best ? index.surface[best[0]] : undefined;
        if (word && !suggestions.includes(word)) suggestions.push(word);
      }
    }
  }
  return suggestions.slice(0, 5);
}

export interface SearchOptions {
  /** How many passages at most. */
  limit?: number;
  /** Only these sentences may answer (a topic's). */
  within?: Set<number>;
}

/** Finds the sentences that answer a free question. */
export function findPassages(
  index: SearchIndex,
  question: string,
  options: SearchOptions = {},
): Answer {
  const started = performance.now();
  const groups = parseQuery(index, question);
  const answering = asksBeyondNames(index, groups)
    ? []
    : rankSentences(index, groups, wantedFigures(question), {
        within: options.within,
        minCoverage: MIN_COVERAGE,
        limit: options.limit ?? DEFAULT_LIMIT,
      });
  const matched = matchedWords(index, groups);
  const results = answering.map((entry) => {
    const sentence = index.corpus.sentences[entry.sentenceId] as Sentence;
    return toPassage(index, sentence, entry.coverage, highlight(sentence.text, matched));
  });
  return {
    query: question,
    answered: results.length > 0,
    took_ms: Math.round((performance.now() - started) * 1000) / 1000,
    results,
    suggestions: results.length > 0 ? [] : suggest(index, groups),
  };
}

/** Whether every word of an alternative matched some word of the articles. */
const isMatched = ({ words }: QueryGroup['alternatives'][number]): boolean =>
  words.every((matches) => matches.size > 0);
const isKnown = (group: QueryGroup): boolean => group.alternatives.some(isMatched);

/**
 * Whether every corpus word the reader's own words matched is a name (`Sullivan`, `Chine`), or,
 * when the articles do not use the reader's words, every word their synonyms matched
 * (`Taipei` → `Taïwan`).
 */
function namesOnly(index: SearchIndex, group: QueryGroup): boolean {
  const matched = group.alternatives.filter(isMatched);
  const [typed] = group.alternatives;
  const used = typed !== undefined && matched.includes(typed) ? [typed] : matched;
  return (
    used.length > 0 &&
    used.every(({ words }) =>
      words.every((matches) => [...matches.keys()].every((wordId) => index.names[wordId] === 1)),
    )
  );
}

/** Words this short that the articles never use are more often slips (`vu`, `ok`) than meaning. */
const MIN_ASKING_LENGTH = 3;

/**
 * `Quel âge a Jake Sullivan ?`: the question names things the articles speak of, and asks about
 * them with words they never use, at least one per thing named. The names alone make a quote look
 * relevant when it is not; `Blinken ira en Chine ?` names two things and still gets its answer.
 */
function asksBeyondNames(index: SearchIndex, groups: QueryGroup[]): boolean {
  const known = groups.filter(isKnown);
  if (known.length === 0 || !known.every((group) => namesOnly(index, group))) return false;
  const asking = groups.filter(
    (group) =>
      !isKnown(group) && group.key.length >= MIN_ASKING_LENGTH && !/^\d+$/u.test(group.key),
  );
  // Names written next to each other are one thing: `Jennifer May`, `Wang Yi`.
  let things = 0;
  let previous: QueryGroup | undefined;
  for (const group of [...known].sort((a, b) => a.from - b.from)) {
    if (previous === undefined || previous.to !== group.from) things++;
    previous = group;
  }
  return asking.length >= things;
}

/** The sentences that speak of a topic: those that hold any of its keywords. */
export function topicSentences(index: SearchIndex, topic: Topic): Set<number> {
  const sentences = new Set<number>();
  for (const keyword of topic.keywords) {
    for (const group of parseQuery(index, keyword)) {
      for (const alternative of group.alternatives) {
        const [first, ...rest] = alternative.words.map((matches) => {
          const ids = new Set<number>();
          for (const [wordId, weight] of matches) {
            // Topics list words on purpose: only close matches count, not guesses at typos.
            if (weight < PREFIX * 0.9) continue;
            for (const sentenceId of index.postings[wordId] ?? []) ids.add(sentenceId);
          }
          return ids;
        });
        for (const id of first ?? []) {
          if (rest.every((ids) => ids.has(id))) sentences.add(id);
        }
      }
    }
  }
  return sentences;
}

/**
 * Answers a topic command: with a question, the question within the topic's sentences; without,
 * the topic's sentences that hold the most of its keywords.
 */
export function findTopicPassages(
  index: SearchIndex,
  topic: Topic,
  question?: string,
  options: SearchOptions = {},
): Answer {
  const within = topicSentences(index, topic);
  if (question !== undefined && question.trim() !== '') {
    return findPassages(index, question, { ...options, within });
  }
  const started = performance.now();
  const query = topic.keywords.join(' ');
  const groups = topic.keywords.flatMap((keyword) => parseQuery(index, keyword));
  const ranked = rankSentences(index, groups, new Map(), {
    within,
    minCoverage: Number.NEGATIVE_INFINITY,
    limit: options.limit ?? DEFAULT_LIMIT,
  });
  const best = ranked[0]?.rank ?? 1;
  const matched = matchedWords(index, groups);
  const results = ranked.map((entry) => {
    const sentence = index.corpus.sentences[entry.sentenceId] as Sentence;
    return toPassage(index, sentence, entry.rank / best, highlight(sentence.text, matched));
  });
  return {
    query: topic.label.en === topic.label.fr ? topic.label.en : query,
    answered: results.length > 0,
    took_ms: Math.round((performance.now() - started) * 1000) / 1000,
    results,
    suggestions: [],
  };
}

/** How many questions `warmUp` asks. */
const WARM_UP_QUESTIONS = 100;

/**
 * Asks a few questions made of the articles' own words, some misspelled, so that the first
 * reader's question runs compiled code on allocated buffers: cold, a search over 100,000
 * sentences takes 10 to 20 times longer than warm. Answers do not depend on it.
 */
export function warmUp(index: SearchIndex): void {
  const words = index.words.filter((word) => word.length >= FUZZY_MIN_LENGTH && !/\d/u.test(word));
  if (words.length === 0) return;
  const step = Math.max(1, Math.floor(words.length / (WARM_UP_QUESTIONS * 2)));
  for (let i = 0; i < WARM_UP_QUESTIONS; i++) {
    const first = words[(i * 2 * step) % words.length] ?? '';
    const second = words[((i * 2 + 1) * step) % words.length] ?? '';
    // Every other question drops a letter, to run the typo path too.
    const typed = i % 2 === 0 ? second : second.slice(0, 2) + second.slice(3);
    findPassages(index, `${first} ${typed} ?`);
  }
}
