import { extractFigures } from '../../knowledge/figures.ts';
import { splitSentences } from '../../knowledge/segment.ts';
import { contentWords } from '../normalize.ts';
import { plainClaim } from './claim-chat.ts';

/** A long message is cut into at most this many claims: a reply must stay readable. */
export const MAX_CLAIMS = 4;
/** Fewer content words than this say nothing checkable (`lol`, `wow, really?`). */
const MIN_CONTENT_WORDS = 2;

/**
 * A chat message as plain text: mentions, channels, custom emoji, links and markdown marks are
 * not what the claim says.
 */
export function cleanMessage(text: string): string {
  return text
    .replace(/<a?:\w{1,32}:\d{1,20}>/gu, ' ')
    .replace(/<(?:@[!&]?|#)\d{1,20}>/gu, ' ')
    .replace(/<\/[\w -]{1,32}:\d{1,20}>/gu, ' ')
    .replace(/<t:-?\d{1,13}(?::[tTdDfFR])?>/gu, ' ')
    .replace(/@(?:everyone|here)\b/gu, ' ')
    .replace(/\[([^\]]{0,200})\]\(\s*<?https?:\/\/[^)\s]*>?\s*\)/gu, '$1')
    .replace(/<?https?:\/\/\S+>?/gu, ' ')
    .replace(/^\s{0,3}(?:>{1,3}|#{1,3}|-#|[-*+]|\d+\.)\s+/gmu, '')
    .replace(/(\*\*|__|~~|\|\||`{1,3}|\*|_)/gu, ' ')
    .replace(/[\u200B-\u200F\u202A-\u202E\u2066-\u2069]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
}

/** Fewer content words than this beside its figures, a side of `and` is no fact of its own. */
const MIN_FACT_WORDS = 2;

/** Content words of a part that are not inside one of its figures. */
function wordsBesideFigures(part: string): number {
  let rest = part;
  for (const figure of extractFigures(part).sort((a, b) => b.start - a.start)) {
    rest = `${rest.slice(0, figure.start)} ${rest.slice(figure.start + figure.text.length)}`;
  }
  return contentWords(rest).filter((word) => !/^\d/u.test(word)).length;
}

/** Whether a part of a sentence tells a fact of its own: a figure, and words that say of what. */
export const isFact = (part: string): boolean => {
  // As the claim is checked: `la moitie` is the figure `la moitié`.
  const plain = plainClaim(part);
  return extractFigures(plain).length > 0 && wordsBesideFigures(plain) >= MIN_FACT_WORDS;
};

/**
 * Cuts a sentence at its separators (kept in `pieces` at odd places) into facts: a piece that
 * tells no fact of its own (`so wang yi` before `and sullivan sat down … for 12 hours`, `les
 * intérimaires` after `pour la clim et`) stays with the piece before it.
 */
function joinFacts(pieces: string[]): string[] {
  const facts: string[] = [];
  let current = pieces[0] ?? '';
  for (let at = 1; at + 1 < pieces.length; at += 2) {
    const next = pieces[at + 1] ?? '';
    if (isFact(current) && isFact(next)) {
      facts.push(current);
      current = next;
    } else current = `${current}${pieces[at]}${next}`;
  }
  return [...facts, current];
}

/**
 * Cuts one claim holding two facts at `and`/`et`/`but`/`mais`/`;` when each side states its own
 * figure and says something of it: `the work costs 30 million dollars and 85% of cranes are back`
 * is two claims; `640 passengers and 150 cars`, `began in June 2024 and took 23 months` or
 * `between May and September 2025` is one, as is a range of figures (`between 2 and 6 degrees`,
 * `entre 8 et 10 mégawatts`).
 */
function splitFacts(sentence: string): string[] {
  return joinFacts(
    sentence.split(
      /(\s*;\s*|(?<!\b(?:between|entre)\s+[\d.,]+(?:\s*[\p{L}°%€£$]+)?),?\s+(?:and|but|while|whereas|et|mais|alors que|tandis que)\s+)/iu,
    ),
  );
}

/**
 * A comma opens a fact of its own when what follows it has its subject: a determiner, a pronoun,
 * a name (`, helene castagnac a perdu la moitié`) or a figure of something (`, 2h40 de
 * traversée`), not of what came before (`, 84% of it paid by…`). `, vs a third in 2022`, `, 22 % sous la moyenne` or `, in 2022` go on the fact
 * before it.
 */
const CLAUSE_START =
  /^(?:(?:le|la|les|l['’]|un|une|son|sa|ses|leur|leurs|ce|cette|ces|chaque|il|elle|ils|elles|on|the|its|their|his|her|each|every|this|these|he|she|they|it|we)\s*(?<=['’]|\s)|\p{Lu}|[$€£]?\d\S*(?:\s+\p{L}{1,12})?\s+(?:de|d['’]|of)\s(?!(?:it|them|which|those|these|ceux|celles|cela|ça|eux|elles|lui|leur)(?!\p{L})))/u;

function splitClauses(sentence: string, isName: (word: string) => boolean): string[] {
  const pieces = sentence.split(/(,\s+)/u);
  for (let at = 2; at < pieces.length; at += 2) {
    const piece = pieces[at] ?? '';
    const first = piece.split(/\s/u)[0] ?? '';
    // A piece that does not open a clause is glued on by making its separator no cut.
    if (!CLAUSE_START.test(piece) && !isName(first)) pieces[at - 1] = `\u0000${pieces[at - 1]}`;
  }
  const joined: string[] = [];
  for (let at = 0; at < pieces.length; at += 2) {
    const separator = pieces[at - 1];
    if (separator?.startsWith('\u0000')) {
      joined[joined.length - 1] += `${separator.slice(1)}${pieces[at]}`;
    } else joined.push(...(separator === undefined ? [] : [separator]), pieces[at] ?? '');
  }
  return joinFacts(joined);
}

/**
 * A statement asked back for agreement (`c'est en juillet 2026 non ?`, `…, right?`) is a claim:
 * the tag goes, the statement stays. A real question (`is it in July?`) is none.
 */
const TAG_QUESTION =
  /[,\s]+(?:non|hein|pas vrai|n['’]est-ce pas|ou pas|right|no|isn['’]?t it|aren['’]?t they|innit)\s*\?+\s*$/iu;

/** The claims of a message, in order: declarative sentences that say something checkable. */
export function splitClaims(
  message: string,
  isName: (word: string) => boolean = () => false,
): string[] {
  const text = cleanMessage(message);
  const sentences = text === '' ? [] : splitSentences(text);
  return sentences
    .map((sentence) => sentence.replace(TAG_QUESTION, ''))
    .flatMap((sentence) => splitClauses(sentence, isName))
    .flatMap((sentence) => splitFacts(sentence))
    .map((sentence) => sentence.trim())
    .filter(
      (sentence) => !/\?\s*$/u.test(sentence) && contentWords(sentence).length >= MIN_CONTENT_WORDS,
    );
}
