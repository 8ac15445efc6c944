// Where a change starts and where it ends: `from €4.65 to €4.10` is not `de 4,10 € à 4,65 €`.
import type { Figure, Sentence } from '../../knowledge/types.ts';
import { fold } from '../normalize.ts';
import type { Conflict } from './claim-types.ts';

/** Words that open a change's first value: `from`, `de`, `du`, `d'`, folded. */
const FROM = /(?:^|[\s(])(?:from|de|du|d')\s*$/u;
/** What joins its two values: `to`, `à`, an arrow. */
const TO = /^\s*(?:to|a|->|→)\s*$/u;

/** What may open a date that dates a change's first value: ` en `, ` in `, `(`, folded. */
const DATE_OPENING = /^\s*(?:en|in|\()?\s*$/u;

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
    // `de 22 minutes en 2024 à 31 minutes`: the first value's date is no end of the change.
    const to = sorted.slice(at + 1).find((next) => next.kind !== 'date' || from.kind === 'date');
    if (to === undefined) return [];
    let between = folded.slice(from.start + from.text.length, to.start);
    for (const date of sorted.filter((date) => date.kind === 'date' && from.kind !== 'date')) {
      if (date.start < from.start + from.text.length || date.start >= to.start) continue;
      const dateAt = date.start - (from.start + from.text.length);
      const dateBefore = folded.slice(from.start + from.text.length, date.start);
      if (!DATE_OPENING.test(dateBefore)) return [];
      between =
        between.slice(0, dateAt - dateBefore.length) + between.slice(dateAt + date.text.length);
    }
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

/** Words that give the value a new one replaces: `5 h 45 au lieu de 6 h 30`, folded. */
const REPLACED = /(?:au lieu d[e']|a la place d[e']|instead of|rather than|in place of)\s*$/u;
/**
 * Words by which a claim itself gives a value as the one replaced or gone by: then the article's
 * replaced value is the claim's.
 */
const FORMER =
  /\b(?:au lieu d[e']|a la place d[e']|instead of|rather than|in place of|used to|previously|formerly|until now|auparavant|jusqu'ici|jusqu'a present|avant|before|ancien(?:ne)?s?|old)\b/u;
/** Words right before a claimed value that give it as the first of two: `from 6h30`, `contre`. */
const FIRST_OF_TWO = /(?:^|[\s(])(?:from|de|du|d'|contre|against|vs\.?)\s*$/u;

/**
 * The figure that replaces the claimed value where the sentence gives that value as the one
 * replaced: `commencera à 5 h 45 au lieu de 6 h 30` says production no longer starts at 6 h 30.
 * Undefined when the sentence gives it otherwise, or the claim too gives it as the former value
 * (`instead of 6h30`, `used to start at 6h30`) or gives the new one too.
 */
export function replacedBy(
  claim: string,
  claimed: Figure[],
  figure: Figure,
  given: Figure,
  sentence: Sentence,
): Figure | undefined {
  const folded = fold(sentence.text).replace(/’/gu, "'");
  if (folded.length !== sentence.text.length) return undefined;
  if (!REPLACED.test(folded.slice(Math.max(0, given.start - 20), given.start))) return undefined;
  const replacing = sentence.figures
    .filter((figure) => figure.start + figure.text.length <= given.start)
    .filter((figure) => figure.kind === given.kind)
    .at(-1);
  if (replacing === undefined) return undefined;
  const typed = fold(claim).replace(/’/gu, "'");
  if (FORMER.test(typed)) return undefined;
  if (FIRST_OF_TWO.test(typed.slice(Math.max(0, figure.start - 10), figure.start)))
    return undefined;
  if (claimed.some((figure) => near(figure.value, replacing.value))) return undefined;
  return replacing;
}
