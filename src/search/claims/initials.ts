// A name a claim gives by its initials, spelled out in a passage: `NHS`, `the National Health
// Service`; `la CAF`, `la caisse d'allocations familiales`.
import { fold } from '../normalize.ts';

/** Small words a name's initials skip: `United States of America` is `USA`. */
const LINKS = new Set(['of', 'the', 'and', 'de', 'du', 'des', 'la', 'le', 'et', 'd', 'l']);

/**
 * A word of a name French writes in lower case (`la caisse d'allocations familiales`, `l'agence
 * régionale de santé`): a long word, so that three short words of a sentence never spell it.
 */
const LOWER_NAME_WORD = /^\p{Ll}{4,}$/u;

/** The initials a run of words spells from `start`, as many as `length` at most. */
function initialsFrom(words: string[], start: number, length: number, lower: boolean): string[] {
  const spelled: string[] = [];
  let initials = '';
  for (const word of words.slice(start)) {
    if (initials !== '' && LINKS.has(word.toLowerCase())) continue;
    const capital = /^\p{Lu}\p{Ll}/u.test(word);
    if (!(capital || (lower && LOWER_NAME_WORD.test(word)))) break;
    initials += fold(word.charAt(0));
    spelled.push(initials);
    if (initials.length >= length) break;
  }
  return spelled;
}

/**
 * Whether a text spells out a name the claim gives by its initials: `NY` in `in New York`, `NHS`
 * in `the National Health Service`. Only capitals typed as such (2–4 of them) are initials. A
 * name of three or four initials may be spelled in lower case, as French writes its bodies
 * (`CAF`, `la caisse d'allocations familiales`).
 */
export function spelledOut(term: { text: string }, text: string): boolean {
  if (!/^\p{Lu}{2,4}$/u.test(term.text)) return false;
  const initials = term.text.toLowerCase();
  const lower = initials.length >= 3;
  const words = text.split(/[^\p{L}]+/u).filter((word) => word !== '');
  return words.some((_word, start) =>
    initialsFrom(words, start, initials.length, lower).includes(initials),
  );
}
