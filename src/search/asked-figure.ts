import { isRank } from '../knowledge/figure-ordinals.ts';
import type { Figure, FigureKind } from '../knowledge/types.ts';
import { isScaleWord } from './match-word.ts';
import { fold, STOP_WORDS, stem, type Token, tokenize } from './normalize.ts';
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
  /** The thing counted as the reader typed it (`bacs`), what a passage counting none lacks. */
  countedTyped: string | undefined;
  /**
   * The asking words that qualify the thing counted, folded: `paid` in `how many paid employees`,
   * `payés` in `combien d’employés payés`; a figure of `nine paid staff` counts them. Always set.
   */
  qualifiers: string[];
  /**
   * The other words of the thing counted's noun phrase, folded: `compost` in `bacs à compost`,
   * `solar` in `how many solar panels`. A figure counting one of them (`64 composteurs`) counts
   * the thing; a sentence merely naming one does not name the thing. Always set.
   */
  describing: string[];
  /** The folded words of the phrases asking for the figure (`what`, `time`): the figure answers them. */
  asking: string[];
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

/** A figure asked in a unit (`combien d’heures`, `quel âge`, `quelle hauteur`): of no thing counted. */
const inUnit = (
  typed: string,
  kinds: FigureKind[],
  unit: string,
  asking: string[],
): AskedFigure => ({
  typed,
  kinds,
  specific: true,
  unit,
  counted: undefined,
  countedTyped: undefined,
  qualifiers: [],
  describing: [],
  asking,
});

/** A share is a percentage or a ratio: `84 %`, `un tiers`. */
const withRatios = (kinds: FigureKind[]): FigureKind[] =>
  kinds.includes('percent') ? [...kinds, 'ratio'] : kinds;

/**
 * The phrases of WANTED_FIGURES that ask for a figure, as the question's folded words match them,
 * with the first and last token each spans. A phrase within a longer one gives way to it:
 * `combien` in `combien de temps` asks for a duration, not a count of what follows `temps`.
 */
function askingPhrases(folded: string) {
  const found: { phrase: string; kinds: FigureKind[]; first: number; last: number }[] = [];
  for (const [pattern, kinds, bonus] of WANTED_FIGURES) {
    if (bonus < ASKED_FIGURE_MIN_BONUS) continue;
    const match = pattern.exec(folded);
    if (match === null) continue;
    // Back from the folded words to the question's own: count the spaces before and within.
    const first = folded.slice(0, match.index).split(' ').length - 1;
    found.push({ phrase: match[0], kinds, first, last: first + match[0].split(' ').length - 1 });
  }
  return found.filter(
    (each) =>
      !found.some(
        (other) =>
          other !== each &&
          other.first <= each.first &&
          other.last >= each.last &&
          other.last - other.first > each.last - each.first,
      ),
  );
}

/**
 * How the question asks for a figure (`how many`, `combien`, `pourcentage`), as typed, and the
 * kinds that answer it: those every asking phrase of the question agrees on (`how much … cost` is
 * money), else the longest phrase's (`combien de temps` is a duration, not a count).
 */
export function askedFigure(question: string): AskedFigure | undefined {
  const tokens = tokenize(question);
  const folded = tokens.map((token) => token.word).join(' ');
  const asking: {
    typed: string;
    kinds: FigureKind[];
    length: number;
    counts: boolean;
    first: number;
    last: number;
  }[] = [];
  // Where a phrase asking a count of something names it: the token after `how many`/`combien de`.
  const counting: { at: number; english: boolean }[] = [];
  const covered = new Set<number>();
  const phrases = askingPhrases(folded);
  const askingWords = phrases.flatMap(({ first, last }) =>
    tokens.slice(first, last + 1).map((token) => token.word),
  );
  for (const { phrase, kinds, first, last } of phrases) {
    const from = tokens[first];
    const to = tokens[last];
    if (from === undefined || to === undefined) continue;
    const counts = COUNT_ASKING.test(phrase);
    const typed = question.slice(from.start, to.end);
    asking.push({ typed, kinds, length: phrase.length, counts, first, last });
    for (let at = first; at <= last; at++) covered.add(at);
    // `combien d’heures`, `how many days`: a duration in that unit.
    let next = last + 1;
    if (['de', 'd', 'of'].includes(tokens[next]?.word ?? '')) next++;
    const unit = TIME_UNITS.get(tokens[next]?.word ?? '');
    const through = tokens[next];
    if (unit !== undefined && through !== undefined && /^(combien|how many)$/u.test(phrase)) {
      const withUnit = question.slice(from.start, through.end);
      return inUnit(withUnit, ['duration'], unit, askingWords);
    }
    // An age is given in years: `quatre ans` may be one, `12 heures` is not.
    if (AGE.test(phrase)) return inUnit(typed, kinds, 'year', askingWords);
    // `combien de marins`, not `combien touchent`: French names the thing after `de`.
    if (counts && (phrase !== 'combien' || next > last + 1))
      counting.push({ at: next, english: /^(how many|number)$/u.test(phrase) });
  }
  // A measure asked (`quelle hauteur`, `how far`): only a figure in its units answers, whatever
  // `how much`/`combien` says besides (`combien mesure`).
  const measure = askedMeasure(question, tokens, folded);
  if (measure !== undefined && asking.every((each) => each.counts || each.typed === '')) {
    return { ...measure, asking: [...askingWords, ...measure.asking] };
  }
  if (asking.length === 0) return undefined;
  const { counted, typed, qualifiers, describing } = countedThing(
    question,
    tokens,
    counting,
    covered,
  );
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
      countedTyped: typed,
      qualifiers,
      describing,
      asking: askingWords,
    };
  }
  // Phrases that disagree: the one asking for a kind of measure (`combien de degrés` is a
  // temperature), else the longest (`combien de temps` is a duration).
  // One named right after `how much`/`combien de` is what it asks (`how much money did the share
  // offer raise` asks a sum, `share` names the offer).
  const measures = asking.filter((each) => !each.kinds.includes('count'));
  const named = measures.filter((each) =>
    asking.some(
      (general) =>
        general.kinds.includes('count') &&
        (each.first === general.last + 1 ||
          (each.first === general.last + 2 &&
            COMPLEMENT_LINKS.has(tokens[general.last + 1]?.word ?? ''))),
    ),
  );
  const longest = (named.length > 0 ? named : measures.length > 0 ? measures : asking).reduce(
    (best, each) => (each.length > best.length ? each : best),
  );
  const shared = first.kinds.filter((kind) => asking.every((each) => each.kinds.includes(kind)));
  const kinds = shared.length > 0 ? shared : longest.kinds;
  return {
    // What a passage lacks is said with the phrase that decided the kind: `money`, not `share`.
    typed: shared.length > 0 ? first.typed : longest.typed,
    kinds: withRatios(kinds),
    specific: !kinds.includes('count'),
    unit: undefined,
    counted: undefined,
    countedTyped: undefined,
    qualifiers: [],
    describing: [],
    asking: askingWords,
  };
}

/**
 * The units of length, area and mass a figure may be written in, folded, by the dimension they
 * measure: a height is in metres, never in turbines.
 */
export const MEASURE_UNITS = new Map<string, string>([
  ...(
    'm km cm mm metre metres meter meters kilometre kilometres kilometer kilometers ' +
    'centimetres centimeters millimetres millimeters mile miles ft foot feet yard yards inch inches mi'
  )
    .split(' ')
    .map((word) => [word, 'length'] as const),
  ...'ha hectare hectares acre acres m2 m² km2 km² square sq'
    .split(' ')
    .map((word) => [word, 'area'] as const),
  ...'kg g t tonne tonnes ton tons kilo kilos kilogramme kilogrammes kilogram kilograms lb lbs'
    .split(' ')
    .map((word) => [word, 'mass'] as const),
]);

/**
 * How a question asks a measure, by its dimension: `quelle hauteur`, `how tall`, `quelle
 * superficie`, `how heavy`. Not `à hauteur de` (up to a sum), `grande surface` (a supermarket),
 * `poids lourds` (lorries), nor words a reader also says of rates and progress: `how high is
 * unemployment`, `how far has the work progressed` (`how far` asks a distance only with a word of
 * going: `from`, `away`, `travel`), `what area will the route serve`, the `length` of a contract.
 */
const MEASURE_ASKING: [RegExp, string][] = [
  [
    /\b(quelle( est| sont| etait| sera)?( la| l)? (hauteur|longueur|distance|profondeur|altitude)|(?<!a )(hauteur|profondeur|altitude) (de|des|du|d)|how tall|how far(?=.* (from|away|travel|travels|travelled|traveled|drive|walk|go|move|moved|moves)\b)|what( is| was| are| were| will be)?( the)? (height|distance))\b/u,
    'length',
  ],
  [
    /\b(quelle( est| sont| etait)?( la)? (superficie|surface)|superficie|how many (hectares|acres))\b/u,
    'area',
  ],
  [/\b(quel poids|how heavy|what weight|combien pesent|combien pese|weigh)\b/u, 'mass'],
];

const DIMENSION_NOUNS: ReadonlySet<string> = new Set(
  'hauteur longueur distance profondeur altitude superficie surface poids height length depth area weight'.split(
    ' ',
  ),
);

/** The measure a question asks for (MEASURE_ASKING), as an asked figure in units of its dimension. */
function askedMeasure(question: string, tokens: Token[], folded: string): AskedFigure | undefined {
  for (const [pattern, unit] of MEASURE_ASKING) {
    const match = pattern.exec(folded);
    if (match === null) continue;
    const first = folded.slice(0, match.index).split(' ').length - 1;
    const last = first + match[0].split(' ').length - 1;
    const from = tokens[first];
    const to = tokens[last];
    if (from === undefined || to === undefined) continue;
    // What a passage lacks is said with the noun of the dimension (`hauteur`), where one is typed.
    const noun = tokens.slice(first, last + 1).find((token) => DIMENSION_NOUNS.has(token.word));
    const typed =
      noun === undefined
        ? question.slice(from.start, to.end)
        : question.slice(noun.start, noun.end);
    const asking = tokens.slice(first, last + 1).map((token) => token.word);
    return inUnit(typed, ['count'], unit, asking);
  }
  return undefined;
}

/** English plurals not ending in `s`, which may be the head of `how many … people`. */
const IRREGULAR_PLURALS: ReadonlySet<string> = new Set(
  'people children men women staff'.split(' '),
);

/** Words that join a thing counted to what qualifies it: `bacs à compost`, `pieces of linen`. */
const COMPLEMENT_LINKS: ReadonlySet<string> = new Set(['a', 'de', 'd', 'of', 'en']);

/**
 * The thing a count is asked of, folded: the first word after an asking phrase
 * (`how many homes`) past the words another asking phrase qualifies it with (`how many paid
 * employees`); none when it is a stop word, a unit (`combien d’euros`), a number or a name
 * (`How many Americans`: a name is whom, not what, is counted). Its noun phrase's other words
 * qualify it: English puts the thing last (`how many solar panels` counts panels, the first
 * plural), both languages may follow it with a complement (`bacs à compost`, `pieces of linen`).
 */
function countedThing(
  question: string,
  tokens: ReturnType<typeof tokenize>,
  counting: { at: number; english: boolean }[],
  covered: Set<number>,
): {
  counted: string | undefined;
  typed: string | undefined;
  qualifiers: string[];
  describing: string[];
} {
  const isContent = (token: Token | undefined): token is Token =>
    token !== undefined &&
    !STOP_WORDS.has(token.word) &&
    !NOT_COUNTED.has(token.word) &&
    !isScaleWord(token.word) &&
    !/\d/u.test(token.word) &&
    question[token.start] === question[token.start]?.toLowerCase();
  // Written next to each other, with nothing but a space or an apostrophe between.
  const joined = (at: number): boolean => {
    const before = tokens[at - 1];
    const token = tokens[at];
    return (
      before !== undefined &&
      token !== undefined &&
      /^[\s'’]*$/u.test(question.slice(before.end, token.start))
    );
  };
  for (const { at: start, english } of counting) {
    let next = start;
    while (covered.has(next)) next++;
    if (!isContent(tokens[next])) continue;
    const qualifiers = tokens.slice(start, next).map((token) => token.word);
    let head = next;
    if (english) {
      let at = next;
      while (!isPlural(tokens[at]?.word ?? '') && isContent(tokens[at + 1]) && joined(at + 1)) at++;
      if (isPlural(tokens[at]?.word ?? '')) head = at;
    }
    const describing: string[] = [];
    for (let at = next; at < head; at++) describing.push((tokens[at] as Token).word);
    const after = tokens[head + 1];
    if (after !== undefined && covered.has(head + 1)) qualifiers.push(after.word);
    const complement = tokens[head + 2];
    if (
      after !== undefined &&
      COMPLEMENT_LINKS.has(after.word) &&
      joined(head + 1) &&
      isContent(complement) &&
      joined(head + 2)
    )
      describing.push(complement.word);
    const thing = tokens[head] as Token;
    const typed = question.slice(thing.start, thing.end);
    return { counted: thing.word, typed, qualifiers, describing };
  }
  return { counted: undefined, typed: undefined, qualifiers: [], describing: [] };
}

/** Whether an English word reads as a plural, the thing a `how many` counts. */
const isPlural = (word: string): boolean =>
  IRREGULAR_PLURALS.has(word) || (word.length > 3 && word.endsWith('s') && !word.endsWith('ss'));

/** What a sentence's counts must be of to answer a count of a thing asked. */
export interface CountedStems {
  /**
   * The stems the thing counted may be written with: the articles' words it matched, translations
   * included (`marins` → `sailors`), and its own. Undefined when the articles never name it.
   */
  thing: Set<string> | undefined;
  /**
   * The stems of the words describing it (`compost` in `bacs à compost`): a figure of them
   * (`64 composteurs`) counts the thing.
   */
  describing: Set<string>;
  /**
   * The stems of the question's other words, which a count is of when the thing is never named:
   * `four turbines` counts no houses in `how many houses can the turbines supply`.
   */
  others: Set<string>;
  /**
   * Whether the question names a kind of thing only (`sheets, gowns and other pieces`): a count
   * of `items` in a sentence naming the thing counted counts it.
   */
  generic: boolean;
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
  const describing = new Set<string>();
  const others = new Set<string>();
  const named = [counted, ...(asked?.qualifiers ?? [])];
  for (const group of groups) {
    const stems = named.includes(group.key)
      ? thing
      : asked?.describing.includes(group.key)
        ? describing
        : others;
    for (const { words } of group.alternatives)
      for (const matches of words)
        for (const wordId of matches.keys()) stems.add(stem(index.words[wordId] ?? ''));
  }
  for (const word of asked?.describing ?? []) describing.add(stem(word));
  const generic = groups.some((group) => GENERIC_UNITS.has(group.key));
  // A thing the articles never name (`families` where they say `households`) may be the
  // reader's wording for what they count: no sentence's units can tell, though a count of
  // another thing the question names, or no count at all (`specific`), does not answer.
  if (thing.size === 0) return { thing: undefined, describing, others, generic };
  thing.add(stem(counted));
  return { thing, describing, others, generic };
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
export function countsAsked(
  figures: Figure[],
  stems: Set<string>,
  sentenceWords: Set<string>,
  generic: boolean,
) {
  const named = (text: string) => tokenize(text).some((token) => stems.has(stem(token.word)));
  return figures.some(
    (figure) =>
      named(`${figure.unit} ${figure.text}`) ||
      PEOPLE.has(fold(figure.unit)) ||
      ((SHARES.has(figure.kind) ||
        !/\p{L}/u.test(figure.unit) ||
        (generic && GENERIC_UNITS.has(tokenize(figure.unit)[0]?.word ?? ''))) &&
        [...sentenceWords].some((word) => stems.has(stem(word)))),
  );
}

/**
 * Units that count whatever the sentence says they are (`95,000 items of linen … from bed
 * sheets`): like a bare number, they count the thing asked when the sentence names it and the
 * question asks of such a kind of thing (`and other pieces`). `beds` is no `items`.
 */
const GENERIC_UNITS: ReadonlySet<string> = new Set(
  (
    'items item pieces piece units unit articles objects things elements unites objets ' +
    'exemplaires'
  ).split(' '),
);
