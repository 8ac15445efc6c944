// A sentence that says the claimed number itself, however its figure reads, sets no rival to it.
import { extractFigures } from '../../knowledge/figures.ts';
import type { Figure, Sentence } from '../../knowledge/types.ts';

/** What joins a span's two values: `de 7 h 15 à 19 h`, `from 150 to 520`, `10–12 €`. */
const SPAN_JOIN = /\s(?:à|a|to|and|et)\s|[–-](?=\s*\d)/giu;

/** The last value of a span figure (`de 7 h 15 à 19 h` → `19 h`), which its own value is not. */
function spanEnd(figure: Figure): Figure | undefined {
  const joins = [...figure.text.matchAll(SPAN_JOIN)];
  const last = joins[joins.length - 1];
  if (last === undefined) return undefined;
  const [end] = extractFigures(figure.text.slice(last.index + last[0].length));
  return end;
}

/**
 * What sets a value as the one before or beside the sentence's own (`up from $14.10`, `contre
 * 18 %`, `au lieu de 58`): said so, it is the value the claim's is not, a rival's other side.
 */
const BEFORE_VALUE =
  /(?:\b(?:from|against|than|instead of|versus|vs\.?|compared (?:with|to)|contre|au lieu de|que|de|d['’]|du|des))\s*$/iu;

/** Words a change's first value opens on, when `to`/`à` follows it: `from 150 to 520`. */
const FROM = /(?:\b(?:from|de|d['’]|du))\s*$/iu;
const TO = /^\s*(?:to|à|a|->|→)\s/iu;
/** Words that set a value against another, whatever follows: `contre 18 %`, `up from`. */
const AGAINST =
  /(?:\b(?:against|than|instead of|versus|vs\.?|compared (?:with|to)|contre|au lieu de|up from|down from))\s*$/iu;

/** Whether the claim gives its figure as the value before or beside another. */
function beforeValue(claim: string, claimed: Figure): boolean {
  const before = claim.slice(Math.max(0, claimed.start - 24), claimed.start);
  const after = claim.slice(claimed.start + claimed.text.length);
  return AGAINST.test(before) || (FROM.test(before) && TO.test(after));
}

const sameNumber = (a: number, b: number) =>
  Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1);

/**
 * Whether the sentence gives the claimed number in a figure the comparison could not set beside
 * the claim's: `1 € le repas` (a rate) for `pay 1 euro`, `Sixteen-year-old` (an age) for `16 yo`,
 * `19 in the 2023–24 season` (read as years) for `de 19 à 38`, the end of `de 7 h 15 à 19 h` for
 * `19:00`. The sentence then says the claim's value, and another of its figures (`4,10 €`,
 * `nine rounds`, `38`) is its neighbour, not a rival: what it says of the claim is unread, never
 * contradicted. Only where the reading differs in form, not in what is measured: `120 doctors` is
 * another thing than `120 nurses`, and `2 km` says nothing of `2 ans`.
 */
export function saysClaimedNumber(claim: string, claimed: Figure, holder: Sentence): boolean {
  // A claimed span (`de 13h a 19h`) is valued at its start: another span's end is no start.
  if (claimed.kind === 'date' || spanEnd(claimed) !== undefined) return false;
  const bare = claimed.kind === 'count' && claimed.unit === '';
  const base = (unit: string) => unit.split('/')[0] ?? '';
  const misread = (given: Figure) =>
    // A bare number read as an age, a duration or another kind: `Sixteen-year-old`, `19 in …`.
    (bare && given.kind !== 'count' && given.kind !== 'date') ||
    // The same sum, as a rate or not: `1 € le repas` for `1 euro`.
    (given.kind === claimed.kind &&
      given.unit !== claimed.unit &&
      base(given.unit) === base(claimed.unit) &&
      (given.unit.includes('/') || claimed.unit.includes('/')));
  // Unless the claim sets its value so too: `de 19 à 38` for `from 19 … to 38`.
  const claimedBefore = beforeValue(claim, claimed);
  return holder.figures.some((figure) => {
    const end = spanEnd(figure);
    return (
      (end !== undefined && end.kind === claimed.kind && sameNumber(end.value, claimed.value)) ||
      (sameNumber(figure.value, claimed.value) &&
        misread(figure) &&
        (claimedBefore ||
          !BEFORE_VALUE.test(holder.text.slice(Math.max(0, figure.start - 24), figure.start))))
    );
  });
}
