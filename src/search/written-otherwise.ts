import type { Figure, Sentence } from '../knowledge/types.ts';
import { spellsOut } from './acronyms.ts';
import { fold, type Token } from './normalize.ts';
import type { SearchIndex } from './search-index.ts';
import type { SpecificTerm } from './specific-terms.ts';

/**
 * How a sentence may write a term of the question otherwise than in its words: a number as one
 * of its figures, a code with or without its hyphen. Read for the specific terms a passage lacks
 * (passage-gaps.ts) and a partial answer's lacking words (refusal.ts).
 */

/**
 * The step a whole number typed round is rounded to, when it keeps two significant digits or more
 * (`340000` to the ten thousand, `1500` to the hundred); 0 for one not round (`342`) or with one
 * significant digit (`300`, a bound as much as a value).
 */
function roundedTo(digits: string): number {
  const round = /^[1-9]\d*?[1-9](0+)$/u.exec(digits);
  return round === null ? 0 : 10 ** (round[1] as string).length;
}

/**
 * The step a reader's guess is rounded to (`like 200000`, `genre 7000`): as `roundedTo`, and, for
 * a number of one significant digit, the place of that digit. Typed as a guess, it is no bound.
 */
function guessedTo(digits: string): number {
  const single = /^[1-9](0+)$/u.exec(digits);
  return single === null ? roundedTo(digits) : 10 ** (single[1] as string).length;
}

/** Words before a number that make it a reader's guess: `like 7000`, `genre 200`, `environ 50`. */
const GUESS_BEFORE: ReadonlySet<string> = new Set(
  'like about around roughly approximately approx environ genre approximativement'.split(' '),
);

/**
 * The words between the question's last comma and the number at `at` when that number closes the
 * question, folded: the check the reader ends it with (`how many members, more than 300?`, `how
 * many donors do they want, is it 2000?`); undefined when it closes none.
 */
function closingCheck(tokens: Token[], at: number, question: string | undefined) {
  const number = tokens[at];
  if (question === undefined || number === undefined || at !== tokens.length - 1) return undefined;
  const typedBefore = question.slice(0, number.start);
  const comma = typedBefore.lastIndexOf(',');
  if (comma < 0) return undefined;
  return fold(typedBefore.slice(comma + 1))
    .replace(/[^\p{L}\d]+/gu, ' ')
    .trim();
}

/** A value the reader checks: `…, is it 2000?`, `…, c’est 500 ?`. */
const GUESS_CHECK = /^(?:is it|was it|is that|c est|c etait|ca fait)$/u;
/** A bound the reader checks, by its side: `…, more than 300?`, `…, moins de 50 ?`. */
const OVER_CHECK = /^(?:more than|over|above|plus de|plus d)$/u;
const UNDER_CHECK = /^(?:less than|fewer than|under|below|moins de|moins d)$/u;

/**
 * Whether the number at `at` is typed as a guess (`was it like 7000`, `à peu près 200`), or as
 * the value of the reader's check closing the question (`…, is it 2000?`).
 */
export function typedAsGuess(tokens: Token[], at: number, question?: string): boolean {
  const before = tokens[at - 1]?.word ?? '';
  if (GUESS_BEFORE.has(before)) return true;
  if (before === 'pres' && tokens[at - 2]?.word === 'peu') return true;
  return GUESS_CHECK.test(closingCheck(tokens, at, question) ?? '');
}

/** The side of a bound the reader's closing check asks (`…, more than 300?`), if it asks one. */
export function typedAsBound(
  tokens: Token[],
  at: number,
  question: string,
): 'over' | 'under' | undefined {
  const check = closingCheck(tokens, at, question) ?? '';
  return OVER_CHECK.test(check) ? 'over' : UNDER_CHECK.test(check) ? 'under' : undefined;
}

/** Words saying what one of several does or has: `each lorry`, `chaque camion`. */
const EACH = /(^|[^\p{L}])(each|apiece|chaque|chacun|chacune)($|[^\p{L}])/u;

/**
 * Whether the sentence writes the term in another form than its words: a number as one of its
 * figures' values (`450000` is `£450k`), one as what `each` of several does, or one a reader
 * rounded (`genre 340000 tonnes` is `342 000 tonnes`) or guessed (`like 7000` is `£6,870`), a code of letters and digits with or
 * without a hyphen or space (`LT22` is `LT-22`).
 */
export function writtenOtherwise(
  sentence: Sentence,
  term: Pick<SpecificTerm, 'typed' | 'kind'> & { guess?: boolean; bound?: 'over' | 'under' },
): boolean {
  const typed = fold(term.typed);
  // A year typed as a guess (`is it 2000?`) is a number the reader guesses: `2,000 donors`.
  const checked = term.guess === true || term.bound !== undefined;
  if (term.kind === 'number' || (term.kind === 'year' && checked)) {
    // A unit typed onto the number (`20km`) is the figure's unit, not part of its value; the
    // figure must be in it (`5G masts` is no `5 masts`).
    const compact = typed.replace(/\s/gu, '').replace(',', '.');
    const unit = /^\d+(\p{L}+)$/u.exec(compact)?.[1];
    const digits = unit === undefined ? compact : compact.slice(0, -unit.length);
    const value = Number(digits);
    const inUnit = (figure: Figure) =>
      unit === undefined ||
      fold(figure.unit).split('/')[0] === unit ||
      new RegExp(`\\d\\s*${unit}(?!\\p{L})`, 'u').test(fold(figure.text));
    // `can 1 lorry fix` asks what `each lorry` does.
    if (value === 1 && EACH.test(fold(sentence.text))) return true;
    const within = (term.guess === true ? guessedTo(digits) : roundedTo(digits)) / 2;
    // `more than 300?` is met by a figure above it, within the step of its leading digit.
    const step = guessedTo(digits);
    const meets = (figure: Figure) =>
      term.bound === 'over'
        ? figure.value > value && figure.value < value + step
        : term.bound === 'under'
          ? figure.value < value && figure.value > value - step
          : figure.value === value || Math.abs(figure.value - value) < within;
    return sentence.figures.some(
      (figure) => figure.kind !== 'date' && inUnit(figure) && meets(figure),
    );
  }
  // `UV` written out as `ultraviolets` (acronyms.ts).
  if (term.kind === 'name' && spellsOut(sentence.text, term.typed)) return true;
  const code = /^(\p{L}+)[\s-]?(\d+)$/u.exec(typed);
  if (term.kind !== 'name' || code === null) return false;
  return new RegExp(`(^|[^\\p{L}\\d])${code[1]}[\\s\\-‐‑]?${code[2]}($|[^\\p{L}\\d])`, 'u').test(
    fold(sentence.text),
  );
}

/**
 * Whether the sentence's article gives the number a reader typed as a whole (`combien sur les 6200
 * docs`): the reader took it from the article, and a passage answering the part need not say it
 * again (`2 350 feuillets`).
 */
export function articleGives(
  index: SearchIndex,
  sentence: Sentence,
  term: Pick<SpecificTerm, 'typed' | 'kind'>,
): boolean {
  return index.corpus.sentences.some(
    (other) => other.documentId === sentence.documentId && writtenOtherwise(other, term),
  );
}

/** Words a whole follows: `sur les 6200`, `parmi les 40`, `out of the 640`, `out of 640`. */
const WHOLE_BEFORE = /(^| )(sur|parmi|out of)( (les|ces|des|the|its|their))?$/u;

/** Units of time: `sur les 3 jours` is a period, not a whole. */
const TIME_WORDS =
  /^(jours?|nuits?|semaines?|mois|ans?|annees?|heures?|minutes?|days?|nights?|weeks?|months?|years?|hours?|minutes?)$/u;

/** Whether the number at `at` is typed as the whole a part is counted of (`sur les 6200 docs`). */
export function typedAsWhole(tokens: Token[], at: number): boolean {
  const before = tokens
    .slice(Math.max(0, at - 3), at)
    .map(({ word }) => word)
    .join(' ');
  return WHOLE_BEFORE.test(before) && !TIME_WORDS.test(tokens[at + 1]?.word ?? '');
}
