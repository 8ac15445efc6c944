// A claim comparing two sides with no figure of its own (`wool fetches a better price now than
// before 2020`), checked against a sentence on its subject that sets two values against each
// other (`0,45 € le kilo, contre 1,10 € avant 2020`).
import type { Figure, Sentence } from '../../knowledge/types.ts';
import { findPassages } from '../find-passages.ts';
import { parseQuery } from '../query.ts';
import type { SearchIndex } from '../search-index.ts';
import { coverageOf, SAME_SUBJECT } from './claim-coverage.ts';
import type { ClaimCheck } from './claim-types.ts';
import { comparativeOf } from './comparative.ts';
import { comparedSides } from './compared-sides.ts';

/** Passages looked at for the comparison, as for any claim. */
const CANDIDATES = 6;

/**
 * The verdict on a comparison of two sides from the first passage on the claim's subject whose
 * sentence gives both sides' values: supported when the side claimed more is more, contradicted
 * when it is less. Undefined for a claim that compares nothing, gives a figure to compare (the
 * figure rules read it), or that no such sentence answers.
 */
export function comparedCheck(
  index: SearchIndex,
  typed: string,
  claim: string,
  figures: Figure[],
): ClaimCheck | undefined {
  const comparative = comparativeOf(claim);
  if (comparative === undefined) return undefined;
  // A date, or how long ago the second side is (`than ten years ago`), is no figure to compare.
  const dating = (figure: Figure) =>
    figure.kind === 'date' ||
    (figure.kind === 'duration' && figure.start >= comparative.secondStart);
  if (!figures.every(dating)) return undefined;
  // What is compared, and of what: the comparison's own words (`better`, `than`) are no subject.
  const groups = parseQuery(index, `${comparative.first} ${comparative.second}`);
  const found = findPassages(index, claim, { limit: CANDIDATES, figureInstead: false }).results;
  for (const passage of found) {
    const sentence = index.corpus.sentences[passage.sentenceId] as Sentence;
    if (coverageOf(index, groups, sentence) < SAME_SUBJECT) continue;
    const sides = comparedSides(index, comparative, sentence);
    if (sides === undefined) continue;
    const conflict = {
      claimed: claim,
      article: `${sides.first.text} / ${sides.second.text}`,
      sentenceId: sentence.id,
    };
    return {
      text: typed,
      verdict: sides.holds ? 'supported' : 'contradicted',
      figures,
      results: [passage],
      conflicts: sides.holds ? [] : [conflict],
      claimedElsewhere: [],
    };
  }
  return undefined;
}
