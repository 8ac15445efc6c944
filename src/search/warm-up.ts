import type { Sentence } from '../knowledge/types.ts';
import type { SearchIndex } from './search-index.ts';
import { WARM_UP_QUESTIONS } from './settings.ts';

/**
 * Questions made from the articles' own sentences, as readers type them (two to five of a
 * sentence's words, some misspelled, unaccented, capitalised, with a word the articles never use,
 * with its figures), that `warmUp` asks so that the first readers' questions run optimised code.
 *
 * The optimising compiler works from what the code has seen: warmed on a hundred two-word
 * questions, it was still compiling (and throwing away code compiled for too narrow a diet) during
 * the first few hundred real questions, which made them 5 to 20 times slower than warm ones.
 * Answers do not depend on it.
 */
export function warmUpQuestions(index: SearchIndex): string[] {
  const sentences = index.corpus.sentences;
  if (sentences.length === 0) return [];
  const step = Math.max(1, Math.floor(sentences.length / WARM_UP_QUESTIONS));
  const questions: string[] = [];
  for (let i = 0; i < WARM_UP_QUESTIONS; i++) {
    const words = wordsOf(sentences[(i * step) % sentences.length]);
    if (words.length === 0) continue;
    const count = Math.min(words.length, 2 + (i % 4));
    const from = (i * 7) % Math.max(1, words.length - count + 1);
    const picked = words.slice(from, from + count);
    const at = i % picked.length;
    picked[at] = misspelled(picked[at] ?? '', i);
    questions.push(`${picked.join(' ')}${i % 3 === 0 ? ' ?' : ''}`);
  }
  return questions;
}

const wordsOf = (sentence: Sentence | undefined): string[] =>
  (sentence?.text ?? '').split(/[\s,.;:!?()«»"]+/u).filter((word) => word.length >= 2);

/** The word as a reader may type it: a slip, no accents, a capital, or a word the articles lack. */
function misspelled(word: string, i: number): string {
  const at = 1 + (i % Math.max(1, word.length - 2));
  switch (i % 6) {
    case 0:
      return word.slice(0, at) + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + (word[at + 1] ?? '') + (word[at] ?? '') + word.slice(at + 2);
    case 2:
      return word.normalize('NFD').replace(/\p{M}/gu, '');
    case 3:
      return word.charAt(0).toUpperCase() + word.slice(1);
    case 4:
      return [...word].reverse().join('');
    default:
      return word;
  }
}
