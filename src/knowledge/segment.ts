/**
 * Sentence segmentation for French and English news text.
 *
 * `Intl.Segmenter('fr')` alone cuts `M. Sullivan` in three and splits inside `« … »`, so we scan
 * for sentence ends ourselves: a `.`, `!`, `?` or `…` followed by space and a capital, unless the
 * word before is an abbreviation or an initial, or we are inside guillemets or brackets.
 */

/** Words that end with a period without ending a sentence (compared without the period). */
const ABBREVIATIONS = new Set(
  [
    // French
    'M',
    'MM',
    'Mme',
    'Mmes',
    'Mlle',
    'Mlles',
    'Me',
    'Mgr',
    'Dr',
    'Pr',
    'St',
    'Ste',
    'Sts',
    'Cie',
    'av',
    'apr',
    'J.-C',
    'cf',
    'etc',
    'env',
    'p',
    'pp',
    'vol',
    'art',
    'chap',
    'fig',
    'no',
    'n°',
    'min',
    'max',
    'hab',
    'boul',
    'bd',
    // English
    'Mr',
    'Mrs',
    'Ms',
    'Prof',
    'Sr',
    'Jr',
    'Gen',
    'Gov',
    'Sen',
    'Rep',
    'Lt',
    'Col',
    'Capt',
    'Sgt',
    'Inc',
    'Ltd',
    'Corp',
    'Co',
    'vs',
    'e.g',
    'i.e',
    'approx',
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Sept',
    'Oct',
    'Nov',
    'Dec',
    'U.S',
    'U.K',
    'U.N',
    'E.-U',
    'É.-U',
  ].map((word) => word.toLowerCase()),
);

const OPENERS: Record<string, string> = { '«': '»', '“': '”', '[': ']', '(': ')' };
const CLOSERS = new Set(Object.values(OPENERS));
const TERMINATORS = new Set(['.', '!', '?', '…']);
/** Characters that may follow a terminator and still belong to the sentence. */
const TRAILERS = new Set(['»', '”', '"', "'", '’', ')', ']', '.', '!', '?', '…']);
const SPACE = /[\s\u00A0\u202F\u2009]/u;
/** A sentence may start with a capital, a digit or an opening quote. */
const SENTENCE_START = /[\p{Lu}\p{N}«“"'(¿¡]/u;

/** The word (letters, dots, hyphens) that ends right before `end` in `text`. */
function wordBefore(text: string, end: number): string {
  let start = end;
  while (start > 0 && /[\p{L}.\-°]/u.test(text[start - 1] ?? '')) start--;
  return text.slice(start, end);
}

function isAbbreviation(word: string): boolean {
  const bare = word.replace(/^[.-]+/, '');
  if (bare === '') return false;
  // A single capital letter is an initial: `J. Biden`, `Antony J. Blinken`.
  if (/^\p{Lu}$/u.test(bare)) return true;
  // Dotted acronyms such as `U.S` or `J.-C`.
  if (/^(\p{L}\.-?)+\p{L}$/u.test(bare)) return true;
  return ABBREVIATIONS.has(bare.toLowerCase());
}

function count(text: string, char: string): number {
  let found = 0;
  for (let at = text.indexOf(char); at !== -1; at = text.indexOf(char, at + 1)) found++;
  return found;
}

/** The characters the scan below acts on: quotes, brackets and terminators. */
const ACTED_ON = new RegExp(
  `[${[...Object.keys(OPENERS), ...CLOSERS, ...TERMINATORS]
    .map((char) => `\\u{${(char.codePointAt(0) ?? 0).toString(16)}}`)
    .join('')}]`,
  'gu',
);

/** Splits a paragraph into sentences, each returned verbatim (trimmed). */
export function splitSentences(paragraph: string): string[] {
  const sentences: string[] = [];
  const expected: string[] = [];
  // An unbalanced quote or bracket (a typo in the article) must not glue the rest together.
  const tracked = new Set(
    Object.entries(OPENERS)
      .filter(([open, close]) => count(paragraph, open) === count(paragraph, close))
      .map(([open]) => open),
  );
  let start = 0;
  let i = 0;
  while (i < paragraph.length) {
    // Jump to the next quote, bracket or terminator: other characters change nothing.
    ACTED_ON.lastIndex = i;
    const acted = ACTED_ON.exec(paragraph);
    if (acted === null) break;
    i = acted.index;
    const char = paragraph[i] ?? '';
    const opener = tracked.has(char) ? OPENERS[char] : undefined;
    if (opener !== undefined) {
      expected.push(opener);
    } else if (CLOSERS.has(char) && expected[expected.length - 1] === char) {
      expected.pop();
    }
    if (!TERMINATORS.has(char) || expected.length > 0) {
      i++;
      continue;
    }
    // Include closing quotes and repeated punctuation (`?!`, `...`, `. »`).
    let end = i + 1;
    while (end < paragraph.length) {
      const next = paragraph[end] ?? '';
      if (TRAILERS.has(next)) {
        end++;
      } else if (SPACE.test(next) && paragraph[end + 1] === '»') {
        end += 2; // French spacing before a closing guillemet: `… fin. »`
      } else {
        break;
      }
    }
    let next = end;
    while (next < paragraph.length && SPACE.test(paragraph[next] ?? '')) next++;
    const atEnd = next >= paragraph.length;
    const spaced = next > end;
    const startsSentence = SENTENCE_START.test(paragraph[next] ?? '');
    const abbreviation = char === '.' && isAbbreviation(wordBefore(paragraph, i));
    if (atEnd || (spaced && startsSentence && !abbreviation)) {
      const sentence = paragraph.slice(start, end).trim();
      if (sentence !== '') sentences.push(sentence);
      start = next;
    }
    i = end;
  }
  const rest = paragraph.slice(start).trim();
  if (rest !== '') sentences.push(rest);
  return sentences;
}

/**
 * Longest sentence kept whole. Past it (a paragraph with no punctuation, a pasted table), a
 * "sentence" is cut into pieces of at most this length at spaces: one 5 MB run would otherwise
 * be scored whole by every question that touches one of its words.
 */
export const MAX_SENTENCE_LENGTH = 1000;

/** `sentence`, or its pieces of at most `max` characters cut at the last space before the limit. */
export function boundedPieces(sentence: string, max = MAX_SENTENCE_LENGTH): string[] {
  if (sentence.length <= max) return [sentence];
  const pieces: string[] = [];
  let start = 0;
  while (sentence.length - start > max) {
    let cut = sentence.lastIndexOf(' ', start + max);
    if (cut <= start + max / 2) cut = start + max; // a very long word: cut inside it
    const piece = sentence.slice(start, cut).trim();
    if (piece !== '') pieces.push(piece);
    start = cut;
  }
  const rest = sentence.slice(start).trim();
  if (rest !== '') pieces.push(rest);
  return pieces;
}
