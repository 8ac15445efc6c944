import type { Sentence } from '../knowledge/types.ts';
import { fold } from './normalize.ts';
import type { SpecificTerm } from './specific-terms.ts';

/**
 * How a sentence may write a term of the question otherwise than in its words: a number as one
 * of its figures, a code with or without its hyphen. Read for the specific terms a passage lacks
 * (passage-gaps.ts) and a partial answer's lacking words (refusal.ts).
 */

/**
 * Whether the sentence writes the term in another form than its words: a number as one of its
 * figures' values (`450000` is `£450k`), a code of letters and digits with or without a hyphen or
 * space (`LT22` is `LT-22`).
 */
export function writtenOtherwise(
  sentence: Sentence,
  term: Pick<SpecificTerm, 'typed' | 'kind'>,
): boolean {
  const typed = fold(term.typed);
  if (term.kind === 'number') {
    const value = Number(typed.replace(/\s/gu, '').replace(',', '.'));
    return sentence.figures.some((figure) => figure.kind !== 'date' && figure.value === value);
  }
  const code = /^(\p{L}+)[\s-]?(\d+)$/u.exec(typed);
  if (term.kind !== 'name' || code === null) return false;
  return new RegExp(`(^|[^\\p{L}\\d])${code[1]}[\\s\\-‐‑]?${code[2]}($|[^\\p{L}\\d])`, 'u').test(
    fold(sentence.text),
  );
}
