// A value is the one its own verb governs: `il coûte 96 000 € par an et rapporte moins de
// 20 000 €` brings in 20 000 €, not the claimed `rapporte environ 96 000 €`.
import type { Figure, Sentence } from '../../knowledge/types.ts';
import { STOP_WORDS, tokenize } from '../normalize.ts';
import type { Conflict } from './claim-types.ts';
import { nearValue } from './near-value.ts';
import { APPROXIMATION_WORDS } from './precision.ts';

/** How far after its verb a governed value may be written: a hedge (`moins de`), no clause. */
const GOVERNED_REACH = 12;
/** The shortest word read as a verb or noun of its own (`cost`, `paid`), not a particle. */
const MIN_WORD = 4;

/**
 * The conflict of a sentence that gives the claimed value and writes the word the claim writes
 * right before it (`rapporte`, `raised`) right before another value of the same kind.
 */
export function verbOfOtherFigure(
  claim: string,
  claimed: Figure[],
  sentence: Sentence,
): Conflict | undefined {
  const tokens = tokenize(sentence.text);
  for (const figure of claimed.filter((each) => each.kind !== 'date')) {
    const sameKind = sentence.figures.filter((given) => given.kind === figure.kind);
    if (!sameKind.some((given) => nearValue(given.value, figure.value))) continue;
    const verb = tokenize(claim.slice(0, figure.start))
      .filter((token) => !APPROXIMATION_WORDS.has(token.word))
      .at(-1);
    // A function word (`with`, `avec`, `from`) governs no value of its own: `with 300 members
    // in 2020, ends the year with 500` says both.
    if (
      verb === undefined ||
      verb.word.length < MIN_WORD ||
      /\d/u.test(verb.word) ||
      STOP_WORDS.has(verb.word)
    )
      continue;
    // Each time the sentence writes the verb, the value it governs: one at the claimed value says
    // the claim (`the fete raised £500 … and the raffle raised £300`).
    const governed = tokens
      .filter((each) => each.word === verb.word)
      .flatMap((token) =>
        sameKind
          .filter(
            (given) =>
              given.start >= token.end &&
              given.start - token.end <= GOVERNED_REACH &&
              // A comma or a stop between ends the word's clause: `coûte 1 850 € à la commune,
              // soit près de 26 000 €` gives the commune no second sum.
              !/[,;:.!?]/u.test(sentence.text.slice(token.end, given.start)),
          )
          .sort((a, b) => a.start - b.start)
          .slice(0, 1),
      );
    const [other] = governed;
    if (other === undefined) continue;
    if (governed.some((given) => nearValue(given.value, figure.value))) return undefined;
    return { claimed: figure.text, article: other.text, sentenceId: sentence.id };
  }
  return undefined;
}
