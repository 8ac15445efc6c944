import type { FigureKind, Sentence, Topic } from '../knowledge/types.ts';
import type { Answer, Highlight, Passage } from './answer.ts';
import { NUMBER_WORDS, STOP_WORDS, stem, tokenize } from './normalize.ts';
import type { SearchIndex } from './search-index.ts';

/**
 * Ranks sentences by how much of the question they cover, each question word weighted by how rare
 * it is in the articles, and refuses when no sentence covers enough of it.
 */

/** Below this share of the question's weight, a sentence does not answer it. */
export const MIN_COVERAGE = 0.42;
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
}

function keep(matches: WordMatches, wordId: number, weight: number): void {
  if ((matches.get(wordId) ?? 0) < weight) matches.set(wordId, weight);
}

/**
 * The corpus words a folded question word may be: itself, same stem, a prefix, or, for words the
 * reader typed (not glossary synonyms, which are spelled right), a typo of it.
 */
function matchWord(index: SearchIndex, word: string, typed: boolean): WordMatches {
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
    // Corpus words the question word extends: `taiwanais` → `taiwan`.
    for (let length = word.length - 1; length >= 5; length--) {
      const id = index.wordIds.get(word.slice(0, length));
      if (id !== undefined) keep(matches, id, PREFIX * (length / word.length));
    }
  }
  matches.delete(-1);
  if (matches.size > 0 || !typed || word.length < FUZZY_MIN_LENGTH) return matches;
  // A word the articles never use: most likely a typo.
  for (let length = word.length - 2; length <= word.length + 2; length++) {
    const fuse = index.fuzzyByLength.get(length);
    if (fuse === undefined) continue;
    for (const result of fuse.search(word, { limit: 5 })) {
      const score = result.score ?? 1;
      if (score > FUZZY_MAX_SCORE(word.length)) continue;
      const id = index.wordIds.get(result.item);
      if (id !== undefined) keep(matches, id, FUZZY * (1 - score));
    }
  }
  return matches;
}

function wordAlternative(index: SearchIndex, words: string[], weight: number) {
  return { words: words.map((word) => matchWord(index, word, weight === 1)), weight };
}

/** Turns a question into groups: glossary phrases first (longest), then single words. */
function parseQuery(index: SearchIndex, text: string): QueryGroup[] {
  const words = tokenize(text).map((token) => token.word);
  const groups = new Map<string, QueryGroup>();
  let i = 0;
  while (i < words.length && groups.size < MAX_QUERY_GROUPS) {
    let consumed = 0;
    for (let length = Math.min(index.longestPhrase, words.length - i); length >= 1; length--) {
      const phraseWords = words.slice(i, i + length).filter((word) => !STOP_WORDS.has(word));
      if (phraseWords.length === 0) continue;
      const key = phraseWords.join(' ');
      const synonyms = index.synonyms.get(key);
      if (synonyms === undefined && length > 1) continue;
      consumed = length;
      if (groups.has(key)) break;
      const alternatives = [wordAlternative(index, phraseWords, 1)];
      for (const synonym of synonyms ?? []) {
        alternatives.push(wordAlternative(index, synonym, SYNONYM));
      }
      const number = phraseWords.length === 1 ? NUMBER_WORDS.get(key) : undefined;
      if (number !== undefined) alternatives.push(wordAlternative(index, [number], SYNONYM));
      groups.set(key, { key, alternatives });
      break;
    }
    i += Math.max(consumed, 1);
  }
  return [...groups.values()];
}

/** For each sentence a group touches, the best weighted idf it earns there. */
function scoreGroup(
  index: SearchIndex,
  group: QueryGroup,
): { bySentence: Map<number, number>; direct: Set<number>; weight: number } {
  const bySentence = new Map<number, number>();
  // Sentences that hold the word themselves, not only under a heading that does.
  const direct = new Set<number>();
  let weight = 0;
  for (const alternative of group.alternatives) {
    const share = alternative.weight / alternative.words.length;
    const perSentence = new Map<number, number>();
    let alternativeWeight = 0;
    for (const matches of alternative.words) {
      // Within one word, a sentence earns its best match only.
      const best = new Map<number, number>();
      let wordWeight = 0;
      for (const [wordId, matchWeight] of matches) {
        const value = matchWeight * (index.idf[wordId] ?? 0);
        wordWeight = Math.max(wordWeight, value);
        for (const sentenceId of index.contextPostings[wordId] ?? []) {
          if ((best.get(sentenceId) ?? 0) < value * CONTEXT) best.set(sentenceId, value * CONTEXT);
        }
        for (const sentenceId of index.postings[wordId] ?? []) {
          direct.add(sentenceId);
          if ((best.get(sentenceId) ?? 0) < value) best.set(sentenceId, value);
        }
      }
      alternativeWeight += wordWeight * share;
      for (const [sentenceId, value] of best) {
        perSentence.set(sentenceId, (perSentence.get(sentenceId) ?? 0) + value * share);
      }
    }
    weight = Math.max(weight, alternativeWeight);
    for (const [sentenceId, value] of perSentence) {
      if ((bySentence.get(sentenceId) ?? 0) < value) bySentence.set(sentenceId, value);
    }
  }
  // A word the articles never use still counts in the question: it is what makes it off-topic.
  return { bySentence, direct, weight: weight > 0 ? weight : index.unknownIdf };
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

function rankSentences(
  index: SearchIndex,
  groups: QueryGroup[],
  wanted: Map<FigureKind, number>,
  within?: Set<number>,
): Ranked[] {
  const totals = new Map<number, number>();
  const direct = new Set<number>();
  let totalWeight = 0;
  for (const group of groups) {
    const scored = scoreGroup(index, group);
    const { bySentence, weight } = scored;
    for (const sentenceId of scored.direct) direct.add(sentenceId);
    totalWeight += weight;
    for (const [sentenceId, value] of bySentence) {
      if (within && !within.has(sentenceId)) continue;
      totals.set(sentenceId, (totals.get(sentenceId) ?? 0) + value);
    }
  }
  const ranked: Ranked[] = [];
  for (const [sentenceId, total] of totals) {
    // A sentence must say something of the question itself, not only sit under the right heading.
    if (!direct.has(sentenceId)) continue;
    const sentence = index.corpus.sentences[sentenceId];
    const bonus = Math.max(
      0,
      ...(sentence?.figures ?? []).map((figure) => wanted.get(figure.kind) ?? 0),
    );
    ranked.push({
      sentenceId,
      coverage: totalWeight > 0 ? total / totalWeight : 0,
      rank: total * lengthNorm(index, sentenceId) * (1 + bonus),
    });
  }
  // Ties go to the earlier sentence, so the order never depends on the engine's internals.
  return ranked.sort((a, b) => b.rank - a.rank || a.sentenceId - b.sentenceId);
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
  const ranked = rankSentences(index, groups, wantedFigures(question), options.within);
  const answering = ranked.filter((entry) => entry.coverage >= MIN_COVERAGE);
  const matched = matchedWords(index, groups);
  const results = answering.slice(0, options.limit ?? DEFAULT_LIMIT).map((entry) => {
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
  const ranked = rankSentences(index, groups, new Map(), within);
  const best = ranked[0]?.rank ?? 1;
  const matched = matchedWords(index, groups);
  const results = ranked.slice(0, options.limit ?? DEFAULT_LIMIT).map((entry) => {
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
