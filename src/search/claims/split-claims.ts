import { extractFigures } from '../../knowledge/figures.ts';
import { splitSentences } from '../../knowledge/segment.ts';
import { contentWords } from '../normalize.ts';

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

/**
 * Cuts one claim holding two facts at `and`/`et`/`but`/`mais`/`;` when each side states its own
 * figure and says something of it: `the work costs 30 million dollars and 85% of cranes are back`
 * is two claims; `640 passengers and 150 cars`, `began in June 2024 and took 23 months` or
 * `between May and September 2025` is one.
 */
function splitFacts(sentence: string): string[] {
  const parts = sentence.split(
    /\s*;\s*|,?\s+(?:and|but|while|whereas|et|mais|alors que|tandis que)\s+/iu,
  );
  if (
    parts.length < 2 ||
    !parts.every(
      (part) => extractFigures(part).length > 0 && wordsBesideFigures(part) >= MIN_FACT_WORDS,
    )
  )
    return [sentence];
  return parts;
}

/**
 * A statement asked back for agreement (`c'est en juillet 2026 non ?`, `…, right?`) is a claim:
 * the tag goes, the statement stays. A real question (`is it in July?`) is none.
 */
const TAG_QUESTION =
  /[,\s]+(?:non|hein|pas vrai|n['’]est-ce pas|ou pas|right|no|isn['’]?t it|aren['’]?t they|innit)\s*\?+\s*$/iu;

/** The claims of a message, in order: declarative sentences that say something checkable. */
export function splitClaims(message: string): string[] {
  const text = cleanMessage(message);
  const sentences = text === '' ? [] : splitSentences(text);
  return sentences
    .map((sentence) => sentence.replace(TAG_QUESTION, ''))
    .flatMap((sentence) => splitFacts(sentence))
    .map((sentence) => sentence.trim())
    .filter(
      (sentence) => !/\?\s*$/u.test(sentence) && contentWords(sentence).length >= MIN_CONTENT_WORDS,
    );
}
