import type { Sentence } from '../knowledge/types.ts';
import { settingsOf } from './figure-context.ts';
import { tokenize } from './normalize.ts';
import type { SearchIndex } from './search-index.ts';
import type { SpecificTerm } from './specific-terms.ts';

/**
 * How a sentence gives a year a question asks a figure of. On which side: `avant 2019` asks of the
 * years before it, and `inchangé depuis 2019` tells only of the years after. And from where: its
 * own words, or a sentence before it in its paragraph opening with the year (`En 2022, …`).
 */

export type YearSide = 'before' | 'after';

/** Words before a year that say the side of it, folded: `avant`, `before`; `depuis`, `since`. */
const SIDE_WORDS = new Map<string, YearSide>([
  ...'avant before prior until jusqu up'.split(' ').map((word) => [word, 'before'] as const),
  ...'depuis since apres after des partir'.split(' ').map((word) => [word, 'after'] as const),
]);
/**
 * Small words between a side word and its year: `jusqu’en 2019`, `jusqu’à 2019`, `prior to 2019`,
 * `up to 2019`, `à partir de 2019`.
 */
const LINKS: ReadonlySet<string> = new Set(['en', 'a', 'to', 'de']);
/** Side words that say a side only with their small word: `up to 2019`, not `up 2019`. */
const LINKED_ONLY: ReadonlySet<string> = new Set(['prior', 'up', 'partir']);

/**
 * The side of the year at `at` (`words`, folded) that the words before it say, and where they
 * start; undefined if they say none.
 */
export function sideAt(
  words: readonly string[],
  at: number,
): { side: YearSide; from: number } | undefined {
  const before = words[at - 1];
  if (before === undefined) return undefined;
  const direct = LINKS.has(before) || LINKED_ONLY.has(before) ? undefined : SIDE_WORDS.get(before);
  if (direct !== undefined) return { side: direct, from: at - 1 };
  const linked = LINKS.has(before) ? SIDE_WORDS.get(words[at - 2] ?? '') : undefined;
  return linked === undefined ? undefined : { side: linked, from: at - 2 };
}

/**
 * Where a question asks of one side of a year and the sentence gives that year only on the other
 * (`depuis 2019` for `avant 2019`): the sentence's phrases, as written; none otherwise.
 */
export function yearOnOtherSide(text: string, term: SpecificTerm): string[] {
  if (term.kind !== 'year' || term.side === undefined) return [];
  const tokens = tokenize(text);
  const years = tokens.flatMap((token, at) => (token.word === term.typed ? [at] : []));
  if (years.length === 0) return [];
  const phrases: string[] = [];
  const words = tokens.map(({ word }) => word);
  for (const at of years) {
    const said = sideAt(words, at);
    const from = tokens[said?.from ?? -1];
    if (said === undefined || from === undefined || said.side === term.side) return [];
    phrases.push(text.slice(from.start, (tokens[at] as (typeof tokens)[number]).end));
  }
  return phrases;
}

/**
 * Whether a sentence before this one in its paragraph (`paragraph`, its ids) opens with the
 * year (`En 2022, …`), setting the scene for what follows. A figure asked of a year is said of it
 * by its own sentence or such an opening: a year a neighbour merely names (`la catastrophe de
 * 2022`) is that neighbour's matter, and `Le syndicat compte 142 adhérents` after it is no count
 * of 2022.
 */
export function yearSetBefore(
  index: SearchIndex,
  sentence: Sentence,
  term: SpecificTerm,
  paragraph: number[],
): boolean {
  return paragraph.some((id) => {
    const neighbour = index.corpus.sentences[id];
    return (
      neighbour !== undefined &&
      neighbour.position < sentence.position &&
      settingsOf(index, neighbour).scenePeriods.some(({ words }) =>
        term.alternatives.some(
          (slots) =>
            slots.length > 0 && slots.every((slot) => [...slot].some((word) => words.has(word))),
        ),
      )
    );
  });
}
