// A value the article dates otherwise: `spent £85,000 on the roof in 2019` does not say the
// claimed `£85k … in 2021`, though the next sentence dates a survey 2021.
import type { Figure, Sentence } from '../../knowledge/types.ts';
import type { Conflict } from './claim-types.ts';
import { nearValue } from './near-value.ts';

/** What sets a year against the one a sentence speaks of: `qu’en`, `than in`, `compared with`. */
const COMPARED_YEAR_BEFORE =
  /(?<![\p{L}])(?:qu['’]en|que[ \u00A0]en|than(?:[ \u00A0]in)?|compared[ \u00A0](?:with|to)(?:[ \u00A0]in)?|par[ \u00A0]rapport[ \u00A0]à)[ \u00A0]*$/iu;

/**
 * The conflict of a sentence that gives every claimed quantity at its value and dates it by
 * another year than the claim's, giving the claim's year nowhere itself.
 */
export function datedOtherwise(claimed: Figure[], sentence: Sentence): Conflict | undefined {
  const years = claimed.filter((figure) => figure.kind === 'date' && figure.value > 0);
  const quantities = claimed.filter((figure) => figure.kind !== 'date');
  if (years.length !== 1 || quantities.length === 0) return undefined;
  const [year] = years as [Figure];
  const held = quantities.every((figure) =>
    sentence.figures.some(
      (given) => given.kind === figure.kind && nearValue(given.value, figure.value),
    ),
  );
  if (!held) return undefined;
  // `41 € de plus qu’en 2024`, `more than in 2019`: a year set against is not the one the
  // sentence's values are of.
  const dates = sentence.figures.filter(
    (given) =>
      given.kind === 'date' &&
      given.value > 0 &&
      !COMPARED_YEAR_BEFORE.test(sentence.text.slice(Math.max(0, given.start - 24), given.start)),
  );
  if (dates.length === 0) return undefined;
  if (dates.some((given) => Math.trunc(given.value) === Math.trunc(year.value))) return undefined;
  const other = dates[0] as Figure;
  return { claimed: year.text, article: other.text, sentenceId: sentence.id };
}
