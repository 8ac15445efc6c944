/**
 * How the figure extractor reads the text around a number: the spaces a typesetter puts there,
 * regex alternations of its word lists, and the word just before a number.
 */

/** Any space a French typesetter uses between a number and what follows, as a regex class. */
export const SPACE = '[ \\u00A0\\u202F\\u2009]';

const escapeRegExp = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
/** A regex alternation of words, longest first so that `quatorze` is not read as `quatre`. */
export const words = (list: Iterable<string>): string =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');

const SPACES = new Set([' ', '\u00A0', '\u202F', '\u2009']);
const WORD_CHAR = /[\p{L}\d°º.]/u;

/**
 * The word just before `index`, across spaces only (`Route 66`, `les deux`), with where it
 * starts; '' when punctuation or nothing comes first. Read by hand: a regex anchored at the end
 * of the text before would be tried at every offset of it, for every number of every sentence.
 */
export function wordBefore(text: string, index: number): { word: string; start: number } {
  let end = index;
  while (end > 0 && SPACES.has(text[end - 1] ?? '')) end--;
  if (end === index) return { word: '', start: index };
  let start = end;
  while (start > 0 && WORD_CHAR.test(text[start - 1] ?? '')) start--;
  // A trailing period belongs to abbreviations only (`no.`, `p.`), not to a sentence's end.
  return { word: text.slice(start, end), start };
}
