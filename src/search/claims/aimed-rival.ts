// A value the article gives only as hoped for, expected or depending on something is not what
// has been: a claim that states a fact is not contradicted by it (`says that depends on a
// £250,000 grant` is silent on what was given last year).
import type { Sentence } from '../../knowledge/types.ts';
import { fold } from '../normalize.ts';
import { AIM, aimed } from './aimed-value.ts';
import type { Conflict } from './claim-types.ts';
import { speaksOfFuture } from './tense.ts';

/** Words that put what follows as expected or conditional, folded, beside those of an aim. */
const EXPECTED =
  /\b(?:expected to|expects? to|expecting to|depends? on|depending on|subject to|conditional on|depend de|dependent de|dependra de|sous reserve d)\b/u;

/**
 * Whether the conflict's article figure is given only as an aim or an expectation while the claim
 * states a fact (no aim, nothing to come): the article is silent on the fact.
 */
export function aimedRival(
  claim: string,
  conflict: Conflict,
  sentence: Sentence | undefined,
): boolean {
  if (sentence === undefined) return false;
  const folded = fold(claim);
  if (AIM.test(folded) || EXPECTED.test(folded) || speaksOfFuture(claim)) return false;
  const given = sentence.figures.find((figure) => figure.text === conflict.article);
  return given !== undefined && (aimed(sentence, given) || aimed(sentence, given, EXPECTED));
}
