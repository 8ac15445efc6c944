// A vote tally a claim gives (`backed the plan 9-2`, `par cinq voix contre deux`) is said by a
// sentence that gives its two sides in order, in digits or in words (`by nine votes to two`,
// `voted five to two`), though the figure reader reads no tally there.
import { NUMBER_WORDS, ONE_WORDS } from '../../knowledge/figure-number-words.ts';
import type { Figure } from '../../knowledge/types.ts';
import { fold } from '../normalize.ts';

/** A side of a tally: a number of one to three digits, or a number word. */
const SIDE = String.raw`(\d{1,3}|[a-z]+)`;
/** A tally as a claim types it: `9-2`, `cinq voix contre deux`, `nine votes to two`. */
const CLAIMED = new RegExp(
  String.raw`(?<![\d\p{L}])${SIDE}(?:\s*[-–]\s*|\s+(?:voix|votes?)\s+(?:contre|to|against)\s+)${SIDE}(?![\d\p{L}])`,
  'gu',
);
/** A tally as an article writes it: those, and `17 to 6`, `voted five to two`, `par 23 contre 4`. */
const GIVEN = new RegExp(
  String.raw`(?<![\d\p{L}])${SIDE}(?:\s*[-–]\s*|\s+(?:(?:voix|votes?)\s+)?(?:contre|to|against)\s+)${SIDE}(?![\d\p{L}])`,
  'gu',
);

const sideValue = (side: string): number | undefined => {
  if (/^\d+$/u.test(side)) return Number(side);
  if (ONE_WORDS.includes(side)) return 1;
  return NUMBER_WORDS[side];
};

interface Tally {
  sides: [number, number];
  start: number;
  end: number;
}

function talliesIn(text: string, pattern: RegExp): Tally[] {
  const folded = fold(text);
  return [...folded.matchAll(pattern)].flatMap((match) => {
    const [a, b] = [sideValue(match[1] ?? ''), sideValue(match[2] ?? '')];
    // A tally's winning side is the larger: `9-2`, not a range `2-9` nor a date `2023-24`.
    if (a === undefined || b === undefined || a <= b) return [];
    return [
      { sides: [a, b] as [number, number], start: match.index, end: match.index + match[0].length },
    ];
  });
}

/**
 * Whether the claim's figures are a vote tally alone and the sentence gives its two
 * sides in order: then the sentence holds the claimed figures, whatever the figure reader made
 * of either text.
 */
export function tallySaid(claim: string, figures: Figure[], sentence: string): boolean {
  if (
    !/\b(?:vot\w*|voix|backed|approv\w*|approuv\w*|adopt\w*|rejet\w*|reject\w*|passed)\b/u.test(
      fold(claim),
    )
  )
    return false;
  const claimed = talliesIn(claim, CLAIMED);
  if (claimed.length !== 1) return false;
  const [tally] = claimed as [Tally];
  const inTally = (figure: Figure) =>
    figure.start < tally.end && figure.start + figure.text.length > tally.start;
  if (!figures.every(inTally)) return false;
  if (!figures.some(inTally)) return false;
  return talliesIn(sentence, GIVEN).some(
    (given) => given.sides[0] === tally.sides[0] && given.sides[1] === tally.sides[1],
  );
}
