import { isRank } from '../knowledge/figure-ordinals.ts';
import type { Figure, FigureKind } from '../knowledge/types.ts';
import { isScaleWord } from './match-word.ts';
import { fold, STOP_WORDS, stem, tokenize } from './normalize.ts';
import type { QueryGroup } from './query.ts';
import type { SearchIndex } from './search-index.ts';
import { ASKED_FIGURE_MIN_BONUS, WANTED_FIGURES } from './settings.ts';

/**
 * What kind of figure a question asks for, if any: `combien coûte` money, `how long` a duration,
 * `combien d’heures` hours, `quel âge` years. A sentence without one cannot answer it.
 */

/** How the question asks for a figure, and which kinds of figure may answer it. */
export interface AskedFigure {
  /** As typed: `how many`, `combien`, `pourcentage`. */
  typed: string;
  kinds: FigureKind[];
  /**
   * Only those kinds answer (`combien coûte`, `quel pourcentage`, `how long`), where `combien`
   * alone may be answered by any figure: `combien d’heures` by `12 heures`.
   */
  specific: boolean;
  /**
   * The unit of time asked for (`combien d’heures`, `how many days`): `hour`, `day`, `year`…
   * Always set, undefined when none, so that every answer has one object shape for V8.
   */
  unit: string | undefined;
  /**
   * The thing a count is asked of, folded (`how many homes`, `combien de marins`): a count of
   * turbines does not say how many homes. Undefined when none is typed or it is a unit of time, a
   * currency or a name.
   */
  counted: string | undefined;
  /**
   * The asking words that qualify the thing counted, folded: `paid` in `how many paid employees`,
   * `payés` in `combien d’employés payés`; a figure of `nine paid staff` counts them. Always set.
   */
  qualifiers: string[];
}

/**
 * What follows `how many`/`combien de` and is no thing counted: `combien de fois`, `d'euros`, and
 * the scale words (`combien de millions`, `isScaleWord`).
 */
const NOT_COUNTED: ReadonlySet<string> = new Set(
  (
    'fois times temps euros euro dollars dollar livres pounds pound argent money degres degrees ' +
    'pour cent percent'
  ).split(' '),
);

/** The phrases that ask for a count of something: `how many`, `combien`, `nombre de`. */
const COUNT_ASKING = /^(combien|how many|nombre|number)$/u;

/** How a question asks a person's age. */
const AGE = /^(quel age|how old|age|aged)$/u;

/** Units of time in both languages, by the unit they are: a question in hours wants hours. */
export const TIME_UNITS = new Map<string, string>([
  ...['heure', 'heures', 'hour', 'hours', 'h'].map((word) => [word, 'hour'] as const),
  ...['minute', 'minutes', 'min'].map((word) => [word, 'minute'] as const),
  ...['jour', 'jours', 'day', 'days', 'journees'].map((word) => [word, 'day'] as const),
  ...['semaine', 'semaines', 'week', 'weeks'].map((word) => [word, 'week'] as const),
  ...['mois', 'month', 'months'].map((word) => [word, 'month'] as const),
  ...['an', 'ans', 'annee', 'annees', 'year', 'years'].map((word) => [word, 'year'] as const),
]);

/** A share is a percentage or a ratio: `84 %`, `un tiers`. */
const withRatios = (kinds: FigureKind[]): FigureKind[] =>
  kinds.includes('percent') ? [...kinds, 'ratio'] : kinds;

/**
 * How the question asks for a figure (`how many`, `combien`, `pourcentage`), as typed, and the
 * kinds that answer it: those every asking phrase of the question agrees on (`how much … cost` is
 * money), else the longest phrase's (`combien de temps` is a duration, not a count).
 */
export function askedFigure(question: string): AskedFigure | undefined {
  const tokens = tokenize(question);
  const folded = tokens.map((token) => token.word).join(' ');
  const asking: { typed: string; kinds: FigureKind[]; length: number; counts: boolean }[] = [];
  // Where a phrase asking a count of something names it: the token after `how many`/`combien de`.
  const counting: number[] = [];
  const covered = new Set<number>();
  for (const [pattern, kinds, bonus] of WANTED_FIGURES) {
    if (bonus < ASKED_FIGURE_MIN_BONUS) continue;
    const match = pattern.exec(folded);
    if (match === null) continue;
    // Back from the folded words to the question's own: count the spaces before and within.
    const first = folded.slice(0, match.index).split(' ').length - 1;
    const last = first + match[0].split(' ').length - 1;
    const from = tokens[first];
    const to = tokens[last];
    if (from === undefined || to === undefined) continue;
    const counts = COUNT_ASKING.test(match[0]);
    const typed = question.slice(from.start, to.end);
    asking.push({ typed, kinds, length: match[0].length, counts });
    for (let at = first; at <= last; at++) covered.add(at);
    // `combien d’heures`, `how many days`: a duration in that unit.
    let next = last + 1;
    if (['de', 'd', 'of'].includes(tokens[next]?.word ?? '')) next++;
    const unit = TIME_UNITS.get(tokens[next]?.word ?? '');
    const through = tokens[next];
    if (unit !== undefined && through !== undefined && /^(combien|how many)$/u.test(match[0])) {
      const withUnit = question.slice(from.start, through.end);
      return {
        typed: withUnit,
        kinds: ['duration'],
        specific: true,
        unit,
        counted: undefined,
        qualifiers: [],
      };
    }
    // An age is given in years: `quatre ans` may be one, `12 heures` is not.
    if (AGE.test(match[0]))
      return { typed, kinds, specific: true, unit: 'year', counted: undefined, qualifiers: [] };
    // `combien de marins`, not `combien touchent`: French names the thing after `de`.
    if (counts && (match[0] !== 'combien' || next > last + 1)) counting.push(next);
  }
  if (asking.length === 0) return undefined;
  const { counted, qualifiers } = countedThing(question, tokens, counting, covered);
  const [first] = asking as [(typeof asking)[number]];
  // A count of a thing named (`how many paid employees`, `combien de camions`) is a count or a
  // share of it, whatever else the question says of it: `paid` qualifies the employees counted,
  // and a sum of money counts no trucks.
  if (counted !== undefined) {
    return {
      typed: asking.find((each) => each.counts)?.typed ?? first.typed,
      kinds: withRatios(['count', 'percent']),
      specific: true,
      unit: undefined,
      counted,
      qualifiers,
    };
  }
  // Phrases that disagree: the one asking for a kind of measure (`combien de degrés` is a
  // temperature), else the longest (`combien de temps` is a duration).
  const measures = asking.filter((each) => !each.kinds.includes('count'));
  const longest = (measures.length > 0 ? measures : asking).reduce((best, each) =>
    each.length > best.length ? each : best,
  );
  const shared = first.kinds.filter((kind) => asking.every((each) => each.kinds.includes(kind)));
  const kinds = shared.length > 0 ? shared : longest.kinds;
  return {
    typed: first.typed,
    kinds: withRatios(kinds),
    specific: !kinds.includes('count'),
    unit: undefined,
    counted: undefined,
    qualifiers: [],
  };
}

/**
 * The thing a count is asked of, folded: the first word after an asking phrase
 * (`how many homes`) past the words another asking phrase qualifies it with (`how many paid
 * employees`); none when it is a stop word, a unit (`combien d’euros`), a number or a name
 * (`How many Americans`: a name is whom, not what, is counted).
 */
function countedThing(
  question: string,
  tokens: ReturnType<typeof tokenize>,
  counting: number[],
  covered: Set<number>,
): { counted: string | undefined; qualifiers: string[] } {
  for (const start of counting) {
    let next = start;
    while (covered.has(next)) next++;
    const thing = tokens[next];
    if (
      thing !== undefined &&
      !STOP_WORDS.has(thing.word) &&
      !NOT_COUNTED.has(thing.word) &&
      !isScaleWord(thing.word) &&
      !/\d/u.test(thing.word) &&
      question[thing.start] === question[thing.start]?.toLowerCase()
    ) {
      const qualifiers = tokens.slice(start, next).map((token) => token.word);
      const after = tokens[next + 1];
      if (after !== undefined && covered.has(next + 1)) qualifiers.push(after.word);
      return { counted: thing.word, qualifiers };
    }
  }
  return { counted: undefined, qualifiers: [] };
}

/** What a sentence's counts must be of to answer a count of a thing asked. */
export interface CountedStems {
  /**
   * The stems the thing counted may be written with: the articles' words it matched, translations
   * included (`marins` → `sailors`), and its own. Undefined when the articles never name it.
   */
  thing: Set<string> | undefined;
  /**
   * The stems of the question's other words, which a count is of when the thing is never named:
   * `four turbines` counts no houses in `how many houses can the turbines supply`.
   */
  others: Set<string>;
}

/**
 * The stems a figure's thing counted may be written with, when the question asks a count of
 * something (`how many homes`), and those of the question's other words. Undefined when no thing
 * counted is asked.
 */
export function countedStems(
  index: SearchIndex,
  groups: QueryGroup[],
  asked: AskedFigure | undefined,
): CountedStems | undefined {
  const counted = asked?.counted;
  if (counted === undefined) return undefined;
  const thing = new Set<string>();
  const others = new Set<string>();
  const named = [counted, ...(asked?.qualifiers ?? [])];
  for (const group of groups) {
    const stems = named.includes(group.key) ? thing : others;
    for (const { words } of group.alternatives)
      for (const matches of words)
        for (const wordId of matches.keys()) stems.add(stem(index.words[wordId] ?? ''));
  }
  // A thing the articles never name (`families` where they say `households`) may be the
  // reader's wording for what they count: no sentence's units can tell, though a count of
  // another thing the question names, or no count at all (`specific`), does not answer.
  if (thing.size === 0) return { thing: undefined, others };
  thing.add(stem(counted));
  return { thing, others };
}

/** Whether a figure counts a thing of those stems by its unit: `four turbines`. */
export function countsOneOf(figure: Figure, stems: Set<string>): boolean {
  return (
    figure.kind === 'count' &&
    tokenize(figure.unit).some((token) => /\p{L}/u.test(token.word) && stems.has(stem(token.word)))
  );
}

/**
 * Units that count people, who may be the deaths, voters or workers asked of: `70 000 personnes
 * sont décédées` tells the number of deaths.
 */
const PEOPLE: ReadonlySet<string> = new Set(
  'personnes personne gens individus people persons person individuals'.split(' '),
);

/**
 * Whether a figure is of a kind the question asks for: a rank (`the first time`, `its 100,000th
 * passenger`) is read as a count, but counts nothing a reader asks `how many` of.
 */
export const isOfAskedKind = (figure: Figure, asked: AskedFigure): boolean =>
  asked.kinds.includes(figure.kind) && !isRank(figure);

/** Kinds of figure whose unit is no thing (`%`, `×`): the sentence's words tell what they are of. */
const SHARES: ReadonlySet<FigureKind> = new Set(['percent', 'ratio']);

/**
 * Whether one of the figures (of a kind asked, `isOfAskedKind`: no rank) counts the thing asked
 * (`6,000 homes` for `how many homes`), or is a share or bare number in a sentence that names it:
 * `four turbines` does not answer it.
 */
export function countsAsked(figures: Figure[], stems: Set<string>, sentenceWords: Set<string>) {
  const named = (text: string) => tokenize(text).some((token) => stems.has(stem(token.word)));
  return figures.some(
    (figure) =>
      named(`${figure.unit} ${figure.text}`) ||
      PEOPLE.has(fold(figure.unit)) ||
      ((SHARES.has(figure.kind) || !/\p{L}/u.test(figure.unit)) &&
        [...sentenceWords].some((word) => stems.has(stem(word)))),
  );
}
