import type { Sentence } from '../knowledge/types.ts';
import { dropQuestionFrames, NUMBER_WORDS, type Token, tokenize } from './normalize.ts';
import type { QueryGroup } from './query.ts';
import { namesOnly } from './refusal.ts';
import { glossaryEntry, type SearchIndex } from './search-index.ts';
import { ASKED_FIGURE_MIN_BONUS, MAX_INSTEAD, PERIOD_WORDS, WANTED_FIGURES } from './settings.ts';

/**
 * The question's specific terms (numbers, years, periods, names) and which of them a passage
 * lacks: a quote about 2022 does not answer a question about 2023, however many other words it
 * shares with it. The passage is the sentence with its paragraph, section heading and title.
 */

type TermKind = 'year' | 'number' | 'period' | 'name';

interface SpecificTerm {
  /** As the reader typed it. */
  typed: string;
  kind: TermKind;
  /** Ways to write it: each a list of slots, each slot the folded words that fill it. */
  alternatives: Set<string>[][];
}

/**
 * How the question asks for a figure (`how many`, `combien`, `pourcentage`), as typed: a sentence
 * holding no figure but dates cannot be its answer.
 */
export function askedFigure(question: string): string | undefined {
  const tokens = tokenize(question);
  const folded = tokens.map((token) => token.word).join(' ');
  for (const [pattern, , bonus] of WANTED_FIGURES) {
    if (bonus < ASKED_FIGURE_MIN_BONUS) continue;
    const match = pattern.exec(folded);
    if (match === null) continue;
    // Back from the folded words to the question's own: count the spaces before and within.
    const first = folded.slice(0, match.index).split(' ').length - 1;
    const last = first + match[0].split(' ').length - 1;
    const from = tokens[first];
    const to = tokens[last];
    if (from !== undefined && to !== undefined) return question.slice(from.start, to.end);
  }
  return undefined;
}

/** What a passage lacks of the question, and what it gives instead. */
export interface Gaps {
  missing: string[];
  instead: string[];
}

export const NO_GAPS: Gaps = { missing: [], instead: [] };

const isYear = (word: string): boolean => /^(1[89]|20)\d\d$/u.test(word);

/** Digits → the words they are spelled as: `4` is also `quatre` and `four`. */
const SPELLED = new Map<string, string[]>();
for (const [word, digits] of NUMBER_WORDS)
  SPELLED.set(digits, [...(SPELLED.get(digits) ?? []), word]);

/**
 * The ways a group may be written, each a list of slots of the folded words that fill it: what
 * the question's word matched, its spelled-out forms, and the glossary's translations of its
 * translations (`Americans` → `US` → `États-Unis`).
 */
function groupAlternatives(index: SearchIndex, group: QueryGroup): Set<string>[][] {
  const typedWords = group.key.split(' ');
  const alternatives = group.alternatives.map((alternative, at) =>
    alternative.words.map((matches, slot) => {
      const words = new Set<string>();
      if (at === 0 && typedWords[slot] !== undefined) words.add(typedWords[slot]);
      for (const wordId of matches.keys()) words.add(index.words[wordId] ?? '');
      return words;
    }),
  );
  for (const word of SPELLED.get(group.key) ?? []) alternatives.push([new Set([word])]);
  for (const synonym of glossaryEntry(index, typedWords) ?? []) {
    for (const further of index.synonyms.get(synonym.join(' ')) ?? []) {
      alternatives.push(further.map((word) => new Set([word])));
    }
  }
  return alternatives;
}

/**
 * Whether capitals in the question tell names: not when it is typed in capitals or Title Case,
 * where every word has one.
 */
function capitalsTellNames(question: string, tokens: Token[]): boolean {
  let capitalized = 0;
  for (const token of tokens) {
    const letter = question[token.start] ?? '';
    if (letter !== letter.toLowerCase()) capitalized++;
  }
  return capitalized * 2 < tokens.length;
}

/** The question's specific terms, in the order typed. */
export function specificTerms(
  index: SearchIndex,
  question: string,
  groups: QueryGroup[],
): SpecificTerm[] {
  const all = tokenize(question);
  const tokens = dropQuestionFrames(all);
  const firstStart = all[0]?.start ?? 0;
  const byCapitals = capitalsTellNames(question, all);
  const terms: SpecificTerm[] = [];
  let previous: { term: SpecificTerm; end: number } | undefined;
  for (const group of groups) {
    const first = tokens[group.from];
    const last = tokens[group.to - 1];
    if (first === undefined || last === undefined) continue;
    const typed = question.slice(first.start, last.end);
    let kind: TermKind | undefined;
    if (/^\d+$/u.test(group.key)) kind = isYear(group.key) ? 'year' : 'number';
    else if (PERIOD_WORDS.has(group.key)) kind = 'period';
    else if (namesOnly(index, group)) kind = 'name';
    else if (byCapitals && first.start > firstStart) {
      const letter = question[first.start] ?? '';
      if (letter !== letter.toLowerCase()) kind = 'name';
    }
    if (kind === undefined) {
      previous = undefined;
      continue;
    }
    const alternatives = groupAlternatives(index, group);
    const between = previous === undefined ? '' : question.slice(previous.end, first.start);
    // `Wang Yi` is one person, whom `M. Wang` names as well.
    if (kind === 'name' && previous?.term.kind === 'name' && /^\s+$/u.test(between)) {
      previous.term.typed = question.slice(previous.end - previous.term.typed.length, last.end);
      previous.term.alternatives.push(...alternatives);
      previous.end = last.end;
      continue;
    }
    // `2.3` or `4,1` is one number typed in two groups of digits.
    if (kind === 'number' && previous?.term.kind === 'number' && /^[.,]$/u.test(between)) {
      previous.term.typed = question.slice(previous.end - previous.term.typed.length, last.end);
      for (const alternative of previous.term.alternatives)
        alternative.push(...(alternatives[0] ?? []));
      previous.end = last.end;
      continue;
    }
    const term = { typed, kind, alternatives };
    terms.push(term);
    previous = { term, end: last.end };
  }
  return terms;
}

const wordsOf = (text: string): Set<string> => new Set(tokenize(text).map((token) => token.word));

const holds = (words: Set<string>, term: SpecificTerm): boolean =>
  term.alternatives.some(
    (slots) => slots.length > 0 && slots.every((slot) => [...slot].some((word) => words.has(word))),
  );

/** What joins the words of one name: `Sable Flats`, `États-Unis`. */
const NAME_JOINT = /^[\s\u00A0\u202F'’-]$/u;

/** The names a sentence gives (`États-Unis`, `Sable Flats`), as written, in order. */
function namesIn(index: SearchIndex, sentence: Sentence): string[] {
  const names: string[] = [];
  let run: { start: number; end: number } | undefined;
  const close = () => {
    if (run !== undefined) names.push(sentence.text.slice(run.start, run.end));
    run = undefined;
  };
  for (const [at, token] of tokenize(sentence.text).entries()) {
    const id = index.wordIds.get(token.word);
    const letter = sentence.text[token.start] ?? '';
    const isName =
      at > 0 && id !== undefined && index.names[id] === 1 && letter !== letter.toLowerCase();
    if (!isName) close();
    else if (run !== undefined && NAME_JOINT.test(sentence.text.slice(run.end, token.start))) {
      run.end = token.end;
    } else {
      close();
      run = { start: token.start, end: token.end };
    }
  }
  close();
  return names;
}

/** What the sentence gives of the same kind as a term it lacks. */
function sameKind(index: SearchIndex, sentence: Sentence, kind: TermKind, words: Set<string>) {
  if (kind === 'name') return namesIn(index, sentence);
  if (kind === 'number') return [];
  const dates = sentence.figures
    .filter((figure) => figure.kind === 'date' && /\d/u.test(figure.text))
    .map((figure) => figure.text);
  if (dates.length > 0) return dates;
  return kind === 'year' ? [...words].filter(isYear) : [];
}

/**
 * The specific terms a sentence's passage lacks, as typed, and what the sentence gives instead. A
 * term found only in a neighbouring sentence counts as lacking when the sentence itself gives
 * another of its kind: `Mexique` next door does not make a sentence about the United States one
 * about Mexico.
 */
export function gapsOf(
  index: SearchIndex,
  terms: SpecificTerm[],
  sentence: Sentence,
  asked?: string,
): Gaps {
  const figureless =
    asked !== undefined && sentence.figures.every((figure) => figure.kind === 'date');
  if (terms.length === 0 && !figureless) return NO_GAPS;
  const own = wordsOf(sentence.text);
  const document = index.corpus.documents[sentence.documentId];
  const section = document?.sections[sentence.sectionIndex];
  const paragraph = section?.paragraphs.find((entry) => entry.number === sentence.paragraph);
  const framing = wordsOf(`${document?.title ?? ''} ${section?.heading ?? ''}`);
  let around: Set<string> | undefined;
  const missing: string[] = [];
  const instead: string[] = [];
  for (const term of terms) {
    if (holds(own, term) || holds(framing, term)) continue;
    around ??= wordsOf(
      (paragraph?.sentenceIds ?? []).map((id) => index.corpus.sentences[id]?.text ?? '').join(' '),
    );
    const given = sameKind(index, sentence, term.kind, own).filter(
      (text) => !terms.some((other) => holds(wordsOf(text), other)),
    );
    if (holds(around, term) && given.length === 0) continue;
    missing.push(term.typed);
    for (const text of given) if (!instead.includes(text)) instead.push(text);
  }
  if (figureless && asked !== undefined) missing.push(asked);
  return missing.length === 0 ? NO_GAPS : { missing, instead: instead.slice(0, MAX_INSTEAD) };
}
