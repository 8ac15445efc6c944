// A rival figure that counts the very thing the claim counts speaks of the claim's subject.
import { TIME_UNITS } from '../../knowledge/figure-unit-words.ts';
import type { Figure, Sentence } from '../../knowledge/types.ts';
import { fold } from '../normalize.ts';
import type { SearchIndex } from '../search-index.ts';
import type { Conflict } from './claim-types.ts';
import { countsOfOneThing, isAnyPeople, isMeasure, nounFormsMeet } from './figure-nouns.ts';

/** What a sum is per, folded: `EUR/tonne` → `tonne`; none for a period (`GBP/year`). */
function perThing(figure: Figure): string {
  const per = fold(figure.unit.split('/')[1] ?? '').trim();
  return Object.hasOwn(TIME_UNITS, per) ? '' : per;
}

/**
 * Whether the article's figure counts what the claimed one counts, by its noun (`2,300
 * dockworkers` for `23 000 dockers`), or is a sum per the same thing (`96 € par tonne` for `128
 * euros per tonne`): it says which thing it is of, whatever other words its sentence uses. A
 * measure (`500 metres`) tells no thing, nor do people in general (`140 people`): any group is.
 */
export function sameThingCounted(index: SearchIndex, claimed: Figure, article: Figure): boolean {
  if (claimed.kind === 'count' && article.kind === 'count') {
    const noun = fold(claimed.unit.split('/')[0] ?? '').trim();
    return !isMeasure(noun) && !isAnyPeople(noun) && countsOfOneThing(index, claimed, article);
  }
  if (claimed.kind !== article.kind || claimed.kind !== 'money') return false;
  const [claimedPer, articlePer] = [perThing(claimed), perThing(article)];
  return claimedPer !== '' && articlePer !== '' && nounFormsMeet(index, claimedPer, articlePer);
}

/**
 * Whether one of the conflicts is a figure of the passage's own sentence that counts the claimed
 * thing, and no other sentence of its article counts that thing: a claim worded otherwise (in the other language, or a chat's words) shares few words
 * with the sentence, but the sentence counts what it counts, and so speaks of it; as a sentence
 * giving `1,850 households a week` says a claim of that count.
 */
export function countsClaimedThingOtherwise(
  index: SearchIndex,
  figures: Figure[],
  sentence: Sentence,
  conflicts: Conflict[],
): boolean {
  const counts = (holder: Sentence, claimed: Figure) =>
    holder.figures.some((figure) => sameThingCounted(index, claimed, figure));
  return conflicts.some((conflict) => {
    if (conflict.sentenceId !== sentence.id) return false;
    const claimed = figures.find((figure) => figure.text === conflict.claimed);
    const given = sentence.figures.find((figure) => figure.text === conflict.article);
    if (claimed === undefined || given === undefined) return false;
    // The article's one count of the thing is its count; of several (`4,800 trees to plant`,
    // `300 felled`), the sentence's may be of another event, which its words would have to say.
    return (
      sameThingCounted(index, claimed, given) &&
      !index.corpus.sentences.some(
        (other) =>
          other.documentId === sentence.documentId &&
          other.id !== sentence.id &&
          counts(other, claimed),
      )
    );
  });
}
