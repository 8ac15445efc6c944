import type { Token } from './normalize.ts';
import type { SearchIndex } from './search-index.ts';

/**
 * An English phrasal verb is often written as one noun: `walk out` → `walkout`, `shut down` →
 * `shutdown`, `lay off` → `layoffs`, `take over` → `takeover`. Its particle is a stop word and
 * falls out of the question, leaving `walk`, which the article never writes: `When did the
 * drivers walk out?` asked of `The walkout, which began on 3 November`. The verb reaches the noun
 * the articles hold, as it reaches its other derived words.
 */

const PARTICLES: ReadonlySet<string> = new Set('out off down up over back'.split(' '));

/** The article's noun written from the verb and the particle after it (`walkout`), if any. */
export function phrasalNoun(
  index: SearchIndex,
  word: string,
  next: Token | undefined,
): string | undefined {
  if (next === undefined || !PARTICLES.has(next.word)) return undefined;
  const noun = `${word}${next.word}`;
  return [noun, `${noun}s`].find((form) => index.wordIds.has(form));
}
