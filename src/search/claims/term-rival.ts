// The figure of another thing: a claimed value the supporting sentence gives is said of the
// thing it names, not of a thing the claim names that another sentence gives its own value.
import type { Figure, Sentence } from '../../knowledge/types.ts';
import { tokenize } from '../normalize.ts';
import type { QueryGroup } from '../query.ts';
import type { SearchIndex } from '../search-index.ts';
import { groupHeld, sentenceCoverageOf } from './claim-coverage.ts';
import type { Conflict } from './claim-types.ts';
import { nearValue } from './near-value.ts';

/** Where the sentence writes a word of the group: the offsets of its tokens that match one. */
function offsetsOf(index: SearchIndex, group: QueryGroup, sentence: Sentence): number[] {
  const matching = new Set(
    group.alternatives.flatMap((alternative) =>
      alternative.words.flatMap((matches) => [...matches.keys()]),
    ),
  );
  return tokenize(sentence.text)
    .filter((token) => matching.has(index.wordIds.get(token.word) as number))
    .map((token) => token.start);
}

const wordIdsOf = (index: SearchIndex, sentence: Sentence) =>
  new Set(tokenize(sentence.text).map((token) => index.wordIds.get(token.word)));

/** How far after the thing's word its own figure may be written: a clause, not a paragraph. */
const OWN_FIGURE_REACH = 60;

/**
 * The conflict of the article's sentence that names the claim's subject, which the supporting
 * sentence does not and the article's only sentence naming it, with its own value of the claimed kind and unit written after it, and says
 * as much of the claim: `La région a donné 240 000 €` is not said by `L'expertise chiffrait la
 * toiture à 240 000 €` when `La région a apporté 150 000 €`.
 */
export function rivalOfClaimTerms(
  index: SearchIndex,
  groups: QueryGroup[],
  claimed: Figure[],
  sentence: Sentence,
): Conflict | undefined {
  const quantities = claimed.filter((figure) => figure.kind !== 'date');
  if (quantities.length !== 1) return undefined;
  const [quantity] = quantities as [Figure];
  // A rank (`its 500th graduate`) is no amount another thing could own (`the first time`).
  if (quantity.unit === 'rank') return undefined;
  // The claim's subject: its first word beside its names and figures, in either language.
  const subject = [...groups].sort((a, b) => a.from - b.from)[0];
  if (subject === undefined || groupHeld(subject, wordIdsOf(index, sentence))) return undefined;
  // The article must say the thing once, there with its own figure: a word it uses throughout
  // (`the chain`, `les volontaires`) names no one thing of its own figure.
  const naming = index.corpus.sentences.filter(
    (other) =>
      other.documentId === sentence.documentId && groupHeld(subject, wordIdsOf(index, other)),
  );
  if (naming.length !== 1) return undefined;
  const other = naming[0] as Sentence;
  const sameKind = other.figures.filter(
    (given) => given.kind === quantity.kind && given.unit === quantity.unit,
  );
  if (sameKind.length === 0 || sameKind.some((given) => nearValue(given.value, quantity.value)))
    return undefined;
  if (sentenceCoverageOf(index, groups, other) < sentenceCoverageOf(index, groups, sentence))
    return undefined;
  for (const at of offsetsOf(index, subject, other)) {
    const rival = sameKind.find(
      (given) => given.start > at && given.start - at <= OWN_FIGURE_REACH,
    );
    if (rival !== undefined)
      return { claimed: quantity.text, article: rival.text, sentenceId: other.id };
  }
  return undefined;
}
