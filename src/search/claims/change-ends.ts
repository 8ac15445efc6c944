// Where a change starts and where it ends: `from €4.65 to €4.10` is not `de 4,10 € à 4,65 €`.
import type { Figure, Sentence } from '../../knowledge/types.ts';
import { fold } from '../normalize.ts';
import type { Conflict } from './claim-types.ts';

/** Words that open a change's first value: `from`, `de`, `du`, `d'`, folded. */
const FROM = /(?:^|[\s(])(?:from|de|du|d')\s*$/u;
/** What joins its two values: `to`, `à`, an arrow. */
const TO = /^\s*(?:to|a|->|→)\s*$/u;

interface Change {
  from: Figure;
  to: Figure;
  text: string;
}

/** The changes a text gives, `from A to B`, each its two figures in the order written. */
function changesOf(text: string, figures: Figure[]): Change[] {
  const folded = fold(text).replace(/’/gu, "'");
  if (folded.length !== text.length) return [];
  const sorted = [...figures].sort((a, b) => a.start - b.start);
  return sorted.flatMap((from, at) => {
    const to = sorted[at + 1];
    if (to === undefined) return [];
    const between = folded.slice(from.start + from.text.length, to.start);
    const opening = folded.slice(Math.max(0, from.start - 8), from.start).match(FROM);
    if (!TO.test(between) || opening === null) return [];
    const start = from.start - opening[0].trimStart().length;
    return [{ from, to, text: text.slice(start, to.start + to.text.length) }];
  });
}

const near = (a: number, b: number) =>
  Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * 0.005;

/**
 * The conflict of a sentence that gives the claim's change the other way round: the claim's first
 * value is the sentence's last and its last the sentence's first (`will fall from €4.65 to €4.10`
 * against `passera de 4,10 € à 4,65 €`). Undefined when either gives no change, or the same one.
 */
export function changeReversed(
  claim: string,
  claimed: Figure[],
  sentence: Sentence,
): Conflict | undefined {
  const given = changesOf(sentence.text, sentence.figures);
  for (const change of changesOf(claim, claimed)) {
    if (near(change.from.value, change.to.value)) continue;
    const back = given.find(
      (other) => near(other.from.value, change.to.value) && near(other.to.value, change.from.value),
    );
    if (back !== undefined)
      return { claimed: change.text, article: back.text, sentenceId: sentence.id };
  }
  return undefined;
}
