// A sentence's value set against another (`£13.40 an hour, compared with £14.85 at Millbrook`),
// read as the two sides of a claim's comparison: which side is which, and which is more.
import { isRank } from '../../knowledge/figure-ordinals.ts';
import type { Figure, Sentence } from '../../knowledge/types.ts';
import { STOP_WORDS, tokenize } from '../normalize.ts';
import { parseQuery } from '../query.ts';
import type { SearchIndex } from '../search-index.ts';
import { groupIn } from './clause-rival.ts';
import type { Comparative } from './comparative.ts';
import { comparable, type Quantity, quantityOf } from './compare-figures.ts';
import { SET_AGAINST } from './compared-values.ts';
import { countsOpposable } from './figure-nouns.ts';

/** The sentence's two values, as the claim's first and second sides. */
export interface ComparedSides {
  first: Figure;
  second: Figure;
  /** Whether the sentence says what the claim says: the first side more, or less, as claimed. */
  holds: boolean;
}

/** Between a value and the one set against it: a clause's few words, no sentence break. */
const BETWEEN = /^[^.;!?]{0,60}$/u;

/**
 * Words of a time that tell a side from the other (`now`, `before`, `aujourd'hui`), folded, each
 * with its forms in either language. Years and names (capitalised past the claim's first word)
 * tell too.
 */
const TIME_WORDS: readonly (readonly string[])[] = [
  ['now', 'today', 'currently', 'maintenant', 'aujourd', 'actuellement', 'desormais'],
  ['before', 'previously', 'avant', 'auparavant'],
  ['after', 'since', 'apres', 'depuis'],
  ['ago', 'earlier', 'il y a', 'plus tot'],
];

/** Words of a side that speak of it and not of the comparison: `those`, `it did`, `ceux`. */
const SIDE_FILLERS: ReadonlySet<string> = new Set([
  'those',
  'that',
  'they',
  'it',
  'did',
  'does',
  'do',
  'has',
  'have',
  'had',
  'was',
  'were',
  'is',
  'are',
  'ceux',
  'celles',
  'celui',
  'celle',
]);

const currencyOf = (quantity: Quantity): string => quantity.detail.split('/')[0] ?? '';

/** The value right before a `contre`/`compared with`, and that one: the sentence's pair. */
function pairOf(index: SearchIndex, sentence: Sentence): [Figure, Figure] | undefined {
  const { text } = sentence;
  const figures = sentence.figures.filter((figure) => figure.kind !== 'date' && !isRank(figure));
  for (const [at, second] of figures.entries()) {
    const first = figures[at - 1];
    if (first === undefined) continue;
    const between = text.slice(first.start + first.text.length, second.start);
    if (!BETWEEN.test(between) || !SET_AGAINST.test(between)) continue;
    const [a, b] = [quantityOf(first), quantityOf(second)];
    // The value set against a rate may leave out its period: `£13.40 an hour, compared with
    // £14.85`.
    const currencies = a.kind === 'money' && b.kind === 'money' && currencyOf(a) === currencyOf(b);
    if (!comparable(a, b) && !currencies) return undefined;
    // Counts of two things named otherwise (`7 attaques`, `41 bêtes`) are no two sides.
    if (first.kind === 'count' && !countsOpposable(index, second, first)) return undefined;
    return [first, second];
  }
  return undefined;
}

/** A word or phrase of the claim, found or not among a side's words. */
type Mark = (words: Set<string>) => boolean;

/** The years and words of a time a side of the claim gives, each found in its forms. */
function timeMarks(side: string): Mark[] {
  const marks: Mark[] = [];
  for (const token of tokenize(side)) {
    if (/^\d{4}$/u.test(token.word)) marks.push((words) => words.has(token.word));
    const forms = TIME_WORDS.find((each) => each.includes(token.word));
    if (forms !== undefined)
      marks.push((words) => forms.some((form) => form.split(' ').every((word) => words.has(word))));
  }
  return marks;
}

/** The words of a piece of the sentence, folded. */
const wordsIn = (text: string): Set<string> => new Set(tokenize(text).map((token) => token.word));

/**
 * The sentence's pair of values read as the claim's two sides: the side the words after
 * `than` name is the second, the other the first; the first side's years, names and times must
 * not say otherwise. Undefined when the sentence sets no two values against each other or its
 * words do not tell which is which.
 */
export function comparedSides(
  index: SearchIndex,
  comparative: Comparative,
  sentence: Sentence,
): ComparedSides | undefined {
  const pair = pairOf(index, sentence);
  if (pair === undefined) return undefined;
  const [earlier, later] = pair;
  const { text } = sentence;
  const next = sentence.figures.find(
    (figure) => figure.kind !== 'date' && figure.start > later.start,
  );
  // The earlier value's side runs from the sentence's start to the word setting them against
  // each other; the later's to the next value.
  const earlierSide = wordsIn(text.slice(0, later.start));
  const laterSide = wordsIn(text.slice(later.start, next?.start ?? text.length));
  const secondMarks = [
    ...parseQuery(index, comparative.second)
      .filter((group) => !group.key.split(' ').every((word) => SIDE_FILLERS.has(word)))
      .map((group) => (words: Set<string>) => groupIn(index, group, words)),
    ...timeMarks(comparative.second),
  ];
  // The first side's words are mostly what is compared, said of both sides: only its names,
  // years and times tell its side.
  const names = tokenize(comparative.first)
    .filter(
      (token, at) =>
        at > 0 &&
        !STOP_WORDS.has(token.word) &&
        /^\p{Lu}/u.test(comparative.first[token.start] ?? ''),
    )
    .map((token) => token.word);
  const firstMarks = [
    ...parseQuery(index, names.join(' ')).map(
      (group) => (words: Set<string>) => groupIn(index, group, words),
    ),
    ...timeMarks(comparative.first),
  ];
  const onlyIn = (words: Set<string>, other: Set<string>) => (mark: Mark) =>
    mark(words) && !mark(other);
  const asWritten =
    secondMarks.filter(onlyIn(laterSide, earlierSide)).length +
    firstMarks.filter(onlyIn(earlierSide, laterSide)).length;
  const swapped =
    secondMarks.filter(onlyIn(earlierSide, laterSide)).length +
    firstMarks.filter(onlyIn(laterSide, earlierSide)).length;
  if (asWritten === swapped || Math.min(asWritten, swapped) > 0) return undefined;
  const [first, second] = asWritten > 0 ? [earlier, later] : [later, earlier];
  const [firstValue, secondValue] = [quantityOf(first).value, quantityOf(second).value];
  if (firstValue === secondValue) return undefined;
  return { first, second, holds: Math.sign(firstValue - secondValue) === comparative.direction };
}
