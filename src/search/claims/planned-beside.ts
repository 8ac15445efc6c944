// A value the article gives as planned (`The original budget had been €380,000`) beside the one it
// gives as it turned out (`The trial cost €450k`): a claim of the outcome at the planned value is
// the neighbour's to judge.
import type { Figure, Sentence } from '../../knowledge/types.ts';
import { fold } from '../normalize.ts';
import type { QueryGroup } from '../query.ts';
import type { SearchIndex } from '../search-index.ts';
import { SAME_SUBJECT, sentenceCoverageOf } from './claim-coverage.ts';
import type { Conflict } from './claim-types.ts';
import { comparable, quantityOf } from './compare-figures.ts';
import { nearValue } from './near-value.ts';
import { plannedBefore } from './planned-actual.ts';
import { neighbours } from './read-passage.ts';

/** Words by which a claim speaks of a plan itself, folded: then the planned value is its own. */
const CLAIMED_PLAN =
  /\b(?:budget\w*|plan(?:s|ned|ning)?|prevu\w*|original\w*|initial\w*|expected|due|forecast\w*|estimat\w*|prevision\w*)\b/u;

/**
 * The conflict of the paragraph's sentence that gives the claim's one quantity as it turned out,
 * where the supporting sentence gives the claimed value as planned or original, and the other
 * says half the claim's words, more than the supporting one: `the trial cost around €380k` is
 * not said by `The original budget had been €380,000` beside `The trial cost €450k`.
 */
export function actualBesidePlanned(
  index: SearchIndex,
  groups: QueryGroup[],
  claim: string,
  claimed: Figure[],
  sentence: Sentence,
): Conflict | undefined {
  const quantities = claimed.filter((figure) => figure.kind !== 'date');
  if (quantities.length !== 1) return undefined;
  const [figure] = quantities as [Figure];
  if (CLAIMED_PLAN.test(fold(claim))) return undefined;
  const quantity = quantityOf(figure);
  const given = sentence.figures.find(
    (each) => comparable(quantity, quantityOf(each)) && nearValue(each.value, figure.value),
  );
  if (given === undefined || !plannedBefore(sentence.text, given)) return undefined;
  const own = sentenceCoverageOf(index, groups, sentence);
  const best = neighbours(index, sentence)
    .filter((other) => other.id !== sentence.id)
    .map((other) => ({ other, share: sentenceCoverageOf(index, groups, other) }))
    .filter(({ share }) => share >= SAME_SUBJECT && share > own)
    .sort((a, b) => b.share - a.share)[0];
  if (best === undefined) return undefined;
  const rival = best.other.figures.find(
    (each) =>
      comparable(quantity, quantityOf(each)) &&
      !nearValue(each.value, figure.value) &&
      !plannedBefore(best.other.text, each),
  );
  return rival === undefined
    ? undefined
    : { claimed: figure.text, article: rival.text, sentenceId: best.other.id };
}
