import type { Sentence } from '../knowledge/types.ts';
import type { Highlight, Passage } from './answer.ts';
import { type Token, tokenize } from './normalize.ts';
import { type Gaps, NO_GAPS } from './passage-gaps.ts';
import type { QueryGroup } from './query.ts';
import type { SearchIndex } from './search-index.ts';

/** Turning ranked sentences into what front ends show: passages, highlights, suggestions. */

/**
 * The spans of `text` whose words the question matched, merged across spaces (`tokens`, the
 * text's tokens when already read).
 */
export function highlight(
  text: string,
  matched: Set<string>,
  tokens: Token[] = tokenize(text),
): Highlight[] {
  const spans: Highlight[] = [];
  for (const token of tokens) {
    if (!matched.has(token.word)) continue;
    const last = spans[spans.length - 1];
    if (last && /^[\s\u00A0\u202F]+$/u.test(text.slice(last.end, token.start)))
      last.end = token.end;
    else spans.push({ start: token.start, end: token.end });
  }
  return spans;
}

export function matchedWords(index: SearchIndex, groups: QueryGroup[]): Set<string> {
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
  gaps: Gaps = NO_GAPS,
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
    // Once each: the passage's terms, a partial answer's words and the thing asked are read for
    // what lacks each in turn, and two may find the same word.
    missing: [...new Set(gaps.missing)],
    instead: gaps.instead,
    sentenceId: sentence.id,
  };
}

/** Corpus words close to the question's unknown words, as the articles write them. */
export function suggest(index: SearchIndex, groups: QueryGroup[]): string[] {
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
