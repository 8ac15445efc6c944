import type { SearchIndex } from './search-index.ts';
import { FUZZY_MIN_LENGTH, WARM_UP_QUESTIONS } from './settings.ts';

/**
 * Questions made of the articles' own words, some misspelled, that `warmUp` asks so that the
 * first reader's question runs compiled code on allocated buffers: cold, a search over 100,000
 * sentences takes 10 to 20 times longer than warm. Answers do not depend on it.
 */
export function warmUpQuestions(index: SearchIndex): string[] {
  const words = index.words.filter((word) => word.length >= FUZZY_MIN_LENGTH && !/\d/u.test(word));
  if (words.length === 0) return [];
  const step = Math.max(1, Math.floor(words.length / (WARM_UP_QUESTIONS * 2)));
  const questions: string[] = [];
  for (let i = 0; i < WARM_UP_QUESTIONS; i++) {
    const first = words[(i * 2 * step) % words.length] ?? '';
    const second = words[((i * 2 + 1) * step) % words.length] ?? '';
    // Every other question drops a letter, to run the typo path too.
    const typed = i % 2 === 0 ? second : second.slice(0, 2) + second.slice(3);
    questions.push(`${first} ${typed} ?`);
  }
  return questions;
}
