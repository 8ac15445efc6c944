import { definesTerm, definitionAsked, explainedAsked } from './asked-definition.ts';
import { asksHealth, speaksOfHealth } from './asked-health.ts';
import { asksLegality, speaksOfLaw } from './asked-legality.ts';
import type { SearchIndex } from './search-index.ts';

/**
 * The form a sentence must have to answer a question asking general knowledge of a term the
 * article may use: a definition of the term (asked-definition.ts), words of the law
 * (asked-legality.ts) or of health (asked-health.ts). Undefined when the question asks none: any sentence may answer.
 */
export function answerForm(
  index: SearchIndex,
  question: string,
  figureAsked: boolean,
): ((sentence: string) => boolean) | undefined {
  // A figure asked is no definition (`what is a ticket going to cost`).
  const term = figureAsked
    ? undefined
    : (definitionAsked(question) ??
      explainedAsked(question, (word) => index.names[index.wordIds.get(word) ?? -1] === 1));
  if (term !== undefined) return (sentence) => definesTerm(sentence, term);
  // A figure the law sets (`quelle part la loi impose`) is still the law's.
  if (asksLegality(question)) return speaksOfLaw;
  if (asksHealth(question)) return speaksOfHealth;
  return undefined;
}
