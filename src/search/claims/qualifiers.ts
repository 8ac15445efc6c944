// A qualifier of the counted thing that the article gives otherwise: `22 à temps plein` is not
// `22 of them part-time`.
import type { Figure, Sentence } from '../../knowledge/types.ts';
import { fold } from '../normalize.ts';
import type { Conflict } from './claim-types.ts';

/**
 * Qualifiers that split one counted thing in two sides that exclude each other, in both
 * languages, folded: a job is full-time or part-time, permanent or temporary, paid or unpaid.
 */
const OPPOSED: [RegExp, RegExp][] = [
  [
    /\b(?:full[- ]?time|(?:a |en )?temps (?:plein|complet)|plein temps)\b/u,
    /\b(?:part[- ]?time|half[- ]?time|temps partiel|mi[- ]temps)\b/u,
  ],
  [
    /\b(?:permanent|permanents|permanentes?|cdi|en cdi)\b/u,
    /\b(?:temporary|temporaires?|seasonal|saisonnier(?:e|s|es)?|fixed[- ]term|cdd|en cdd)\b/u,
  ],
  [
    /\b(?:paid|salaried|salarie(?:e|s|es)?|remunere(?:e|s|es)?)\b/u,
    /\b(?:volunteers?|unpaid|benevoles?)\b/u,
  ],
];

/** How far after its figure a qualifier may come (`22 of them part-time`), within its clause. */
const QUALIFIER_REACH = 24;

/** The side of each opposed pair a figure is qualified by, read right after it; -1 for none. */
function sidesAfter(folded: string, figure: Figure): { sides: number[]; end: number } {
  const end = figure.start + figure.text.length;
  const after = folded.slice(end, end + QUALIFIER_REACH).split(/[,;:.()\d]/u)[0] ?? '';
  const matches = OPPOSED.map(([first, second]) => [first.exec(after), second.exec(after)]);
  const sides = matches.map(([a, b]) => {
    if (a !== null && b === null) return 0;
    if (b !== null && a === null) return 1;
    return -1;
  });
  const found = matches.flatMap((pair) =>
    pair.flatMap((match) => (match == null ? [] : [match.index + match[0].length])),
  );
  return { sides, end: end + Math.max(0, ...found) };
}

/**
 * The conflict of a sentence that gives a claimed count at its value with the other side of a
 * qualifier the claim gives it (`dont 22 à temps plein` against `22 of them part-time`), or
 * undefined.
 */
export function qualifierOtherwise(
  claim: string,
  claimed: Figure[],
  sentence: Sentence,
): Conflict | undefined {
  const [typed, given] = [fold(claim), fold(sentence.text)];
  if (typed.length !== claim.length || given.length !== sentence.text.length) return undefined;
  for (const figure of claimed) {
    if (figure.kind !== 'count') continue;
    const own = sidesAfter(typed, figure);
    if (own.sides.every((side) => side === -1)) continue;
    for (const other of sentence.figures) {
      if (other.kind !== 'count' || other.value !== figure.value) continue;
      const theirs = sidesAfter(given, other);
      const opposed = own.sides.some(
        (side, at) => side !== -1 && (theirs.sides[at] ?? -1) !== -1 && theirs.sides[at] !== side,
      );
      if (opposed)
        return {
          claimed: claim.slice(figure.start, own.end),
          article: sentence.text.slice(other.start, theirs.end),
          sentenceId: sentence.id,
        };
    }
  }
  return undefined;
}
