import { extractFigures } from '../../knowledge/figures.ts';
import type { Figure } from '../../knowledge/types.ts';
import { clauseSpans } from '../figure-context.ts';
import { fold, tokenize } from '../normalize.ts';
import type { Conflict } from './claim-types.ts';

/**
 * Which way a text says a figure went: `shares rose 3.2%` is not `shares fell 3.2%`, though the
 * figure is the same. Only words that say a way and nothing else; a text that says both ways
 * (`rents rose while wages fell`) says none.
 */
export type Direction = 'up' | 'down';

const WAYS: [Direction, ReadonlySet<string>][] = [
  [
    'up',
    new Set(
      (
        'rise rises rose risen rising increase increased increases increasing grew grow grows ' +
        'grown climbed climb climbs gained gain gains jumped jump jumps soared surged up ' +
        'hausse augmente augmentent augmentation augmenter progresse progressent progression ' +
        'bondi bondit monte montent grimpe grimpent rebounded rebound rebounds accru accrue ' +
        'accroit accroissent envole envolent'
      ).split(' '),
    ),
  ],
  [
    'down',
    new Set(
      (
        'fall falls fell fallen falling decrease decreased decreases decreasing decline declined ' +
        'declines dropped drop drops shrank shrunk slumped plunged down fewer baisse baissent ' +
        'diminue diminuent diminution recule reculent recul chute chutent tombe tombent slipped ' +
        'slip slips dipped dip dips sank sink sinks tumbled tumble tumbles flechi flechit ' +
        'degringole regresse'
      ).split(' '),
    ),
  ],
];

/** Phrases that say a thing kept going one way: `de plus en plus`, `less and less`. */
const STEADY_WAYS: [Direction, RegExp][] = [
  ['up', /\b(?:de plus en plus|more and more|increasingly)\b/iu],
  ['down', /\b(?:de moins en moins|less and less|fewer and fewer)\b/iu],
];

/** The way a text says something went, with the word as written; undefined if none or both. */
export function directionOf(text: string): { way: Direction; word: string } | undefined {
  const found = new Map<Direction, string>();
  for (const [way, phrase] of STEADY_WAYS) {
    const match = phrase.exec(text);
    if (match !== null) found.set(way, match[0]);
  }
  const tokens = tokenize(text);
  for (const [at, token] of tokens.entries()) {
    // `fewer than 400 people` bounds a number: it says nothing went down.
    const bound = token.word === 'fewer' && tokens[at + 1]?.word === 'than';
    if (bound && /^\d/u.test(tokens[at + 2]?.word ?? '')) continue;
    for (const [way, words] of WAYS) {
      if (words.has(token.word) && !found.has(way)) {
        found.set(way, text.slice(token.start, token.end));
      }
    }
  }
  if (found.size !== 1) return undefined;
  const [[way, word]] = [...found] as [[Direction, string]];
  return { way, word };
}

/** Comparatives that say which way a thing went against an earlier time (`less … than in 2024`). */
const COMPARATIVES = new Map<string, Direction>([
  ...'more higher bigger larger greater warmer hotter plus'
    .split(' ')
    .map((word) => [word, 'up'] as const),
  ...'less fewer lower smaller cheaper cooler colder moins'
    .split(' ')
    .map((word) => [word, 'down'] as const),
]);
/** The earlier time a comparison is made with: a year, a month or season of one, last year, before. */
const EARLIER =
  /^(?:(?:in|en|qu'?en|que|qu)\s+)?(?:(?:[a-z]+\s+)?\d{4}\b|last year|the year before|l'an dernier|l'annee derniere|l'an passe|avant)/u;
/** An earlier value an article names after its `than`: a year within the clause. */
const EARLIER_NAMED = /^(?:[^.;!?]|\.(?=\d)){0,40}?\b(?:1[89]|20)\d\d\b/u;
/** Comparatives of amount: with a number right after `than`, a bound (`more than 300`). */
const AMOUNT_COMPARATIVES: ReadonlySet<string> = new Set('more less fewer plus moins'.split(' '));
/** A number right after `than`, no year (`300`, `about 2,000`): what an amount's bound is set at. */
const BOUND_NUMBER = /^(?:(?:about|around|some|nearly|almost|roughly)\s+)?\d(?!\d{3}(?![\d,.]))/u;
/** How many words may stand between a comparative and its `than`. */
const COMPARISON_REACH = 6;

/**
 * The way a claim says something went by comparing it with an earlier time: `spent less on road
 * closures this year than in 2024`, `moins de visiteurs qu'en 2023`; not a bound (`more than 400`).
 */
export function comparisonOf(
  text: string,
  earlier: RegExp = EARLIER,
): { way: Direction; word: string } | undefined {
  const tokens = tokenize(text);
  for (const [position, token] of tokens.entries()) {
    const way = COMPARATIVES.get(token.word);
    if (way === undefined) continue;
    const than = tokens
      .slice(position + 1, position + 1 + COMPARISON_REACH)
      .find((next) => next.word === 'than' || next.word === 'que' || next.word === 'qu');
    if (than === undefined) continue;
    // `qu’en 2023`: the elided `que` leaves its apostrophe before the earlier time.
    const after = fold(text.slice(than.end).replace(/’/gu, "'")).trim().replace(/^'\s*/u, '');
    // `More than 300 households joined in 2024` bounds a count, whatever year follows.
    if (AMOUNT_COMPARATIVES.has(token.word) && BOUND_NUMBER.test(after)) continue;
    if (earlier.test(after)) return { way, word: text.slice(token.start, token.end) };
  }
  return undefined;
}

/**
 * How a sentence says the way a claim gives: the same, the other (with the words, as a conflict),
 * or not at all (no way, or both); undefined when the claim gives none.
 */
export function wayAgainst(
  claim: string,
  sentence: { id: number; text: string },
  comparisonOnly = false,
): { same: boolean; conflict?: Conflict } | undefined {
  const claimed = comparisonOnly
    ? comparisonOf(claim)
    : (directionOf(claim) ?? comparisonOf(claim));
  if (claimed === undefined) return undefined;
  // An article sets a value against an earlier one it names itself: `half a degree cooler than
  // the 11.9°C measured in June 2023`.
  const given = directionOf(sentence.text) ?? comparisonOf(sentence.text, EARLIER_NAMED);
  if (given === undefined || given.way === claimed.way) return { same: given !== undefined };
  return {
    same: false,
    conflict: { claimed: claimed.word, article: given.word, sentenceId: sentence.id },
  };
}

/** Words that say a sum was won or lost: `a £3.4 million profit` is no `loss of £3.4 million`. */
const RESULTS: [Direction, ReadonlySet<string>][] = [
  [
    'up',
    new Set('profit profits surplus surpluses excedent excedents benefice benefices'.split(' ')),
  ],
  [
    'down',
    new Set(
      (
        'loss losses lost lose loses losing deficit deficits perte pertes perdu perdus perd ' +
        'perdent deficitaire'
      ).split(' '),
    ),
  ],
];
/** How many words on each side of a sum may say it was won or lost. */
const RESULT_REACH = 3;

/**
 * Whether a sum of money is one won or one lost, by a word right beside it, as the text puts the
 * two together (`lost £3.4 million`); undefined if no such word is beside it, or both.
 */
export function resultOf(
  text: string,
  figure: Figure,
): { way: Direction; said: string } | undefined {
  if (figure.kind !== 'money') return undefined;
  return wayBeside(text, figure, RESULTS, RESULT_REACH, RESULT_REACH);
}

/**
 * The way one of `table`'s words says, among the `reachBefore` words before the figure and the
 * `reachAfter` after it, quoted from the word to the figure; undefined if none or both ways.
 */
function wayBeside(
  text: string,
  figure: Figure,
  table: [Direction, ReadonlySet<string>][],
  reachBefore: number,
  reachAfter: number,
): { way: Direction; said: string } | undefined {
  const tokens = tokenize(text);
  const end = figure.start + figure.text.length;
  const before = tokens.filter((token) => token.end <= figure.start).slice(-reachBefore);
  const after = tokens.filter((token) => token.start >= end).slice(0, reachAfter);
  const found = new Map<Direction, string>();
  for (const token of [...before, ...after]) {
    for (const [way, words] of table) {
      if (!words.has(token.word) || found.has(way)) continue;
      found.set(way, text.slice(Math.min(token.start, figure.start), Math.max(token.end, end)));
    }
  }
  if (found.size !== 1) return undefined;
  const [[way, said]] = [...found] as [[Direction, string]];
  return { way, said };
}

/**
 * Words beside a figure that set it above or below what it is measured against (`12 points below
 * forecast`, `a dépassé les prévisions de 12 points`), folded; `over` and `under` also bound a
 * figure (`over 400 leaks`), so they are not among them.
 */
const SIDES: [Direction, ReadonlySet<string>][] = [
  [
    'up',
    new Set(
      (
        'above exceed exceeds exceeded exceeding surpassed outperformed beat beating ' +
        'depasse depassent depasser depassant dessus surpasse surpassent'
      ).split(' '),
    ),
  ],
  ['down', new Set('below short deca dessous undershot inferieur inferieure'.split(' '))],
];
/** How many words before a figure may set its side (`a dépassé les prévisions de 12`). */
const SIDE_BEFORE = 4;
/** And after it (`12 percentage points below`). */
const SIDE_AFTER = 3;

/** Which side of what it is measured against a text sets a figure, by a word right beside it. */
function sideOf(text: string, figure: Figure): { way: Direction; said: string } | undefined {
  return wayBeside(text, figure, SIDES, SIDE_BEFORE, SIDE_AFTER);
}

/** How many words right after a figure's own may say its way by a comparative (`2 points higher`). */
const COMPARED_AFTER = 2;

/**
 * The way a comparative in a figure or right after it says (`2.1 percentage points higher than a
 * year earlier`, `8 centimes de moins`): the figure is a difference, gone that way. Not one
 * before it, which bounds the figure (`more than 400`, `plus de 400`).
 */
function comparedAt(text: string, figure: Figure): { way: Direction; said: string } | undefined {
  const end = figure.start + figure.text.length;
  const tokens = tokenize(text);
  const inside = tokens.filter((token) => token.start > figure.start && token.end <= end);
  // `9 points de plus qu'en 2023`: the `de` before the comparative counts for no word.
  const after = tokens
    .filter((token) => token.start >= end && token.word !== 'de' && token.word !== 'd')
    .slice(0, COMPARED_AFTER);
  const ways = new Map<Direction, string>();
  for (const token of [...inside, ...after]) {
    const way = COMPARATIVES.get(token.word);
    if (way !== undefined && !ways.has(way))
      ways.set(way, text.slice(figure.start, Math.max(token.end, end)));
  }
  if (ways.size !== 1) return undefined;
  const [[way, said]] = [...ways] as [[Direction, string]];
  return { way, said };
}

/**
 * Verbs that give a figure as won or lost, right before it: `a pris 6 points`, `gained three
 * points`, `lost 2,000 residents`. Not of money, where `gagner` is to earn (resultOf reads sums).
 */
const GAINS: [Direction, ReadonlySet<string>][] = [
  ['up', new Set('pris prend prennent gagne gagnent gained gains gain picked'.split(' '))],
  ['down', new Set('perdu perd perdent lost lose loses shed cede cedent'.split(' '))],
];
/** How many words before a figure may say it was won or lost (`a gagné plus de 6 points`). */
const GAIN_BEFORE = 3;

function gainedAt(text: string, figure: Figure): { way: Direction; said: string } | undefined {
  // Nor of time: `a pris trois jours` is how long something took.
  if (['money', 'date', 'duration'].includes(figure.kind)) return undefined;
  return wayBeside(text, figure, GAINS, GAIN_BEFORE, 0);
}

/**
 * The part of a text whose words of a way may speak of the figure: all but the clauses that give
 * another figure of their own, whose way words are theirs. In `flew 412,000 passengers, up from
 * 365,000 in 2023, but lost £3.4 million`, the `up` is the passengers', not the loss's; in
 * `Donations fell by 12%, while food prices rose by 8%`, the 12% fell. A date dates the change
 * its sentence gives, wherever the way is said (`passée de 12 % en 2022 à 19 %, soit une hausse`).
 */
function reachOf(text: string, figure: Figure): string {
  if (figure.kind === 'date') return text;
  const clauses = clauseSpans(text);
  const figured = extractFigures(text).filter((other) => other.kind !== 'date');
  const own = (clause: (typeof clauses)[number]) =>
    figure.start >= clause.start && figure.start < clause.end;
  return clauses
    .filter(
      (clause) =>
        own(clause) ||
        !figured.some((other) => other.start >= clause.start && other.start < clause.end),
    )
    .map((clause) => text.slice(clause.start, clause.end))
    .join(' , ');
}

/** Which way a text says a figure went, with the words as they would be quoted. */
type FigureWay = (text: string, figure: Figure) => { way: Direction; said: string } | undefined;

/**
 * The readings of a figure's way to compare, claim against article: where it went (`fell 3.2%`),
 * whether a sum was won or lost (`lost £3.4 million`), and on which side of what it is measured
 * against it stands (`12 points below forecast`).
 */
export const FIGURE_WAYS: FigureWay[] = [
  (text, figure) => {
    const went = directionOf(reachOf(text, figure));
    if (went === undefined) return gainedAt(text, figure) ?? comparedAt(text, figure);
    return { way: went.way, said: `${went.word} ${figure.text}` };
  },
  resultOf,
  sideOf,
];

/** A comparative set against something right after a figure, folded: `25p more than`. */
const DIFFERENCE_AFTER =
  /^\s*(?:(?:de|d')\s*)?(?:more|less|fewer|higher|lower|cheaper|dearer|plus|moins)\s+(?:than|que|qu')/u;

/**
 * Whether a figure is a difference from another value (`25p more than at the chain's other
 * venues`, `2 € de plus qu'en 2024`), no level of its own.
 */
export function isDifference(text: string, figure: Figure): boolean {
  const end = comparativeStart(figure);
  return DIFFERENCE_AFTER.test(fold(text.slice(end, end + 24)).replace(/’/gu, "'"));
}

/** A comparative the figure's own text ends with, since figures quote it (`une heure de plus`). */
const QUOTED_COMPARATIVE = /\s(?:(?:de|d')\s*)?(?:more|less|fewer|extra|plus|moins)$/u;

/** Where the words after a figure's value start: before a comparative its text quotes. */
function comparativeStart(figure: Figure): number {
  const quoted = QUOTED_COMPARATIVE.exec(fold(figure.text).replace(/’/gu, "'"));
  return figure.start + (quoted === null ? figure.text.length : quoted.index);
}

/** A comparative right after a claimed figure, its `than` left out: `50 centimes de plus`, `50p more`. */
const DIFFERENCE_SAID =
  /^\s*(?:(?:de|d')\s*)?(?:more|less|fewer|extra|plus|moins|supplementaires?)(?![a-z])/u;

/** Whether a claim gives a figure as a difference, its other value unsaid (`prend 50 centimes de plus`). */
export function saysDifference(claim: string, figure: Figure): boolean {
  const end = comparativeStart(figure);
  return DIFFERENCE_SAID.test(fold(claim.slice(end, end + 24)).replace(/’/gu, "'"));
}
