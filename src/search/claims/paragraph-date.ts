// A claimed date is said of what its own sentence dates, not of what another sentence of the
// paragraph says the claim of at another date.
import type { Figure, Sentence } from '../../knowledge/types.ts';
import type { QueryGroup } from '../query.ts';
import type { SearchIndex } from '../search-index.ts';
import { SAME_SUBJECT, sentenceCoverageOf } from './claim-coverage.ts';
import type { Conflict } from './claim-types.ts';
import { paragraphOf } from './passage-words.ts';

/**
 * The date another sentence of the paragraph gives where it says more of a claim that gives only
 * dates than the sentence holding the claimed date: `les premières clés seront remises en mars
 * 2025` is not said by `les travaux doivent commencer au printemps 2025` when the paragraph's
 * `les premières clés devraient être remises le samedi 7 mars 2026` says it, in another year.
 */
export function dateOfParagraph(
  index: SearchIndex,
  groups: QueryGroup[],
  claimed: Figure[],
  sentence: Sentence,
): Conflict | undefined {
  if (claimed.length === 0 || claimed.some((figure) => figure.kind !== 'date')) return undefined;
  if (groups.length < 2) return undefined;
  const own = sentenceCoverageOf(index, groups, sentence);
  for (const other of paragraphOf(index, sentence)) {
    if (other === sentence) continue;
    const said = sentenceCoverageOf(index, groups, other);
    if (said < SAME_SUBJECT || said <= own) continue;
    for (const figure of claimed) {
      const year = Math.trunc(figure.value);
      if (other.figures.some((given) => given.kind === 'date' && Math.trunc(given.value) === year))
        continue;
      const rival = other.figures.find((given) => given.kind === 'date');
      if (rival !== undefined)
        return { claimed: figure.text, article: rival.text, sentenceId: other.id };
    }
  }
  return undefined;
}
