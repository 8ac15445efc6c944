// Sentences that may give a claimed quantity otherwise: the search ranks by the claim's rarest
// words (`réseau de chaleur`), and may miss the sentence that says the rest of it in its own
// words and gives another value (`Les travaux ont duré vingt-six mois` for `les travaux du réseau
// de chaleur ont duré 22 mois`).
import type { Figure, Sentence } from '../../knowledge/types.ts';
import type { QueryGroup } from '../query.ts';
import type { SearchIndex } from '../search-index.ts';
import { coverageOf, SAME_SUBJECT, sentenceCoverageOf } from './claim-coverage.ts';
import { quantityOf, sameValue } from './compare-figures.ts';
import { precisionOf } from './precision.ts';

/** Sums and times: their unit says what kind of thing they measure, as a share's or count's may not. */
const RIVAL_KINDS: ReadonlySet<string> = new Set(['money', 'duration']);

/** The share of the claim's words the sentence must say itself, its paragraph saying half. */
const OWN_SHARE = 1 / 3;

/**
 * The sentences, not yet read, that give a quantity of a claimed kind and unit (a duration in
 * months, a sum in euros) that the articles never give at the claimed value, and that say a third
 * of the claim's words beside its figures themselves, their paragraph half; the ones saying most
 * first. Whether they speak of the claim and give its value otherwise is for the reading to judge.
 */
export function rivalCandidates(
  index: SearchIndex,
  claim: string,
  topic: QueryGroup[],
  figures: Figure[],
  read: ReadonlySet<number>,
  limit: number,
): Sentence[] {
  // Two words at least: one shared word says nothing of the subject.
  if (topic.length < 2) return [];
  const given = index.corpus.sentences.flatMap((sentence) =>
    sentence.figures.map((figure) => quantityOf(figure)),
  );
  // Sums and times, whose unit says what kind of thing they measure (a share or a count may be of
  // anything), and that the articles give nowhere at the claimed value.
  const wanted = figures
    .filter((figure) => RIVAL_KINDS.has(figure.kind))
    .filter((figure) => {
      const quantity = quantityOf(figure);
      const precision = precisionOf(claim, figure);
      return !given.some((each) => sameValue(quantity, each, precision));
    })
    .map((figure) => quantityOf(figure));
  if (wanted.length === 0) return [];
  const found: { sentence: Sentence; share: number }[] = [];
  for (const sentence of index.corpus.sentences) {
    if (read.has(sentence.id)) continue;
    const gives = sentence.figures.some((figure) => {
      const given = quantityOf(figure);
      return wanted.some(
        (quantity) => quantity.kind === given.kind && quantity.detail === given.detail,
      );
    });
    if (!gives) continue;
    const share = sentenceCoverageOf(index, topic, sentence);
    if (share >= OWN_SHARE && coverageOf(index, topic, sentence) >= SAME_SUBJECT)
      found.push({ sentence, share });
  }
  return found
    .sort((a, b) => b.share - a.share || a.sentence.id - b.sentence.id)
    .slice(0, limit)
    .map(({ sentence }) => sentence);
}
