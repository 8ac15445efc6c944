import type { Sentence } from '../knowledge/types.ts';
import { askedFigure } from './asked-figure.ts';
import { EXTREME_SAID, isSuperlative, otherEndOnly } from './asked-qualifiers.ts';
import { tokenize } from './normalize.ts';
import type { Gaps } from './passage-gaps.ts';
import { matchedSpan } from './token-span.ts';

/**
 * An extreme asked of a thing, no figure (`which is the chain's most profitable venue?`, `quel est
 * le plus ancien moulin ?`, `what is the busiest route`): a passage about the thing that ranks
 * nothing (no superlative, no `most`, `le plus`, record) does not say which is the extreme. Figure
 * questions have their extreme read by asked-qualifiers.ts. Checked on the answers as ranked, it
 * reorders nothing.
 */

/**
 * An extreme asked, on the question's folded words; not a French bound on a number (`pour les
 * moins de 12 ans`, `les plus de 65 ans`), which names an age or a size, not a superlative.
 */
const EXTREME_ASKED =
  /\b(?:(?:the|its|their|s) (?:most|least) \p{L}+|(?:le|la|les|l) (?:plus|moins) (?!(?:de|d) \d)\p{L}+)\b/u;
/** Words before an English superlative that make it the extreme of a thing: `the oldest`. */
const SUPERLATIVE_BEFORE: ReadonlySet<string> = new Set(['the', 'its', 'their', 's']);

/** Words putting a thing first, which say the extreme: `les premières touchées`, `the top`. */
const FIRST_WORDS: ReadonlySet<string> = new Set(
  'first top leading main chief premier premiere premiers premieres principal principale principaux principales'.split(
    ' ',
  ),
);

/** Articles before a word putting the thing first: `les premières`; not `its first winter`. */
const THE: ReadonlySet<string> = new Set(['the', 'le', 'la', 'les', 'l']);

/** The extreme asked, as typed, in a question asking no figure; undefined otherwise. */
export function askedExtreme(question: string): string | undefined {
  if (askedFigure(question) !== undefined) return undefined;
  const tokens = tokenize(question);
  const words = tokens.map(({ word }) => word);
  // `the chain’s most profitable`: the possessive's apostrophe leaves no `s` word.
  const possessive = /['’]s? (?:most|least)\b/iu.test(question);
  const span =
    matchedSpan(EXTREME_ASKED, words.join(' ')) ??
    (possessive ? matchedSpan(/\b\p{L}+ (?:most|least) \p{L}+\b/u, words.join(' ')) : undefined);
  if (span !== undefined) {
    const from = tokens[span.first + 1];
    const to = tokens[span.last];
    if (from !== undefined && to !== undefined) return question.slice(from.start, to.end);
  }
  const at = words.findIndex(
    (word, i) => isSuperlative(word) && SUPERLATIVE_BEFORE.has(words[i - 1] ?? ''),
  );
  const token = tokens[at];
  return token === undefined ? undefined : question.slice(token.start, token.end);
}

/** The gaps with the extreme asked added when the sentence ranks nothing, or only the other end. */
export function withExtremeGap(gaps: Gaps, sentence: Sentence, extreme: string | undefined): Gaps {
  if (extreme === undefined || gaps.missing.includes(extreme)) return gaps;
  const folded = tokenize(sentence.text)
    .map(({ word }) => word)
    .join(' ');
  const asked = tokenize(extreme)
    .map(({ word }) => word)
    .join(' ');
  const words = folded.split(' ');
  const ranks =
    EXTREME_SAID.test(folded) ||
    words.some(
      (word, at) => isSuperlative(word) || (FIRST_WORDS.has(word) && THE.has(words[at - 1] ?? '')),
    );
  if (ranks && !otherEndOnly(asked, folded)) return gaps;
  return { ...gaps, missing: [...gaps.missing, extreme] };
}
