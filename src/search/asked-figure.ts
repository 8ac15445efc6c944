import { isRank } from '../knowledge/figure-ordinals.ts';
import type { Figure, FigureKind } from '../knowledge/types.ts';
import { givesAge, wordsOf } from './ages.ts';
import { askedMeasure, measuresAsked } from './asked-measure.ts';
import { type AskedQualifier, askedQualifiers } from './asked-qualifiers.ts';
import { COMPLEMENT_LINKS, countedThing } from './counted-thing.ts';
import { fold, type Token, tokenize } from './normalize.ts';
import { isPersonNoun } from './people-counted.ts';
import { ASKED_FIGURE_MIN_BONUS, FIGURE_WORDS, WANTED_FIGURES } from './settings.ts';
import { matchedSpan } from './token-span.ts';

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
   * The unit of time asked for (`combien d’heures`, `how many days`): `hour`, `day`, `year`…;
   * `age` for a person's age (ages.ts), a measure's dimension (`area`, asked-measure.ts).
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
  /**
   * What the question says of the figure besides its kind (`now`, `la plus basse`, `de l’heure`),
   * which a passage's figures must meet (asked-qualifiers.ts). Always set.
   */
  qualifying: AskedQualifier[];
  /**
   * For an age asked, the question's folded words naming whom (`chef` in `Quel âge a le chef ?`):
   * an age noun must say theirs (ages.ts). Always set, empty otherwise.
   */
  about: string[];
  /**
   * Whether a duration asked is how long something takes or lasts (`combien de temps faut-il`),
   * not how long ago or since when (`il y a combien d’années`, `depuis combien de temps`,
   * `how long has it been since`): a moment counted back answers only the latter. Always set.
   */
  lengthAsked: boolean;
}

/** The phrases that ask for a count of something: `how many`, `combien`, `nombre de`. */
/** `quelle quantité de truffes` asks how much of them, in a measure or a count. */
const COUNT_ASKING = /^(combien|how many|nombre|number|quantite|quantity)$/u;

/**
 * Words of a question asking how long ago or since when, folded (`ago`, `il y a`, `depuis`, `cela
 * fait`, `has been`), or how long a thing has existed: a length counted back from now answers it.
 */
const SINCE_ASKED =
  /\b(?:ago|il y a|depuis|cela fait|ca fait|since|has been|have been|exist|exists|existed|existe|existent|existait|existaient)\b/u;

/** How a question asks a person's age. */
const AGE = /^(quel age|how old|age|aged)$/u;
/** A word of those phrases that says an age is asked, not a length of time in years. */
const AGE_WORD = /^(age|aged|old)$/u;

/** Units of time in both languages, by the unit they are: a question in hours wants hours. */
export const TIME_UNITS = new Map<string, string>([
  ...['heure', 'heures', 'hour', 'hours', 'h'].map((word) => [word, 'hour'] as const),
  ...['minute', 'minutes', 'min'].map((word) => [word, 'minute'] as const),
  ...['jour', 'jours', 'day', 'days', 'journees'].map((word) => [word, 'day'] as const),
  ...['semaine', 'semaines', 'week', 'weeks'].map((word) => [word, 'week'] as const),
  ...['mois', 'month', 'months'].map((word) => [word, 'month'] as const),
  ...['an', 'ans', 'annee', 'annees', 'year', 'years'].map((word) => [word, 'year'] as const),
]);

/**
 * A figure asked in a unit (`combien d’heures`, `quel âge`, `quelle hauteur`), or of a kind alone
 * (`quand`): of no thing counted.
 */
const inUnit = (
  typed: string,
  kinds: FigureKind[],
  unit: string | undefined,
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
  qualifying: [],
  about: [],
  lengthAsked: false,
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
    const span = matchedSpan(pattern, folded);
    if (span === undefined) continue;
    found.push({ phrase: span.text, kinds, first: span.first, last: span.last });
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
 * Whether the word at `at`, which asks a sum (`salaries`), is people counted after `combien de`
 * or `how many`: French `salariés` folds to English `salaries`, and `combien de salariés` asks
 * how many employees, not their pay.
 */
function namesPeopleCounted(tokens: Token[], at: number, kinds: FigureKind[]): boolean {
  if (kinds.length !== 1 || kinds[0] !== 'money') return false;
  const word = tokens[at]?.word ?? '';
  if (!isPersonNoun(word)) return false;
  const link = ['de', 'd', 'of'].includes(tokens[at - 1]?.word ?? '') ? 1 : 0;
  const before = tokens[at - 1 - link]?.word ?? '';
  const two = `${tokens[at - 2 - link]?.word ?? ''} ${before}`;
  return COUNT_ASKING.test(before) || COUNT_ASKING.test(two);
}

/**
 * How the question asks for a figure (`how many`, `combien`, `pourcentage`), as typed, and the
 * kinds that answer it: those every asking phrase of the question agrees on (`how much … cost` is
 * money), else the longest phrase's (`combien de temps` is a duration, not a count).
 */
export function askedFigure(question: string): AskedFigure | undefined {
  const asked = askedKind(question);
  if (asked === undefined) return undefined;
  asked.qualifying = askedQualifiers(question);
  if (asksAge(asked)) {
    const asking = new Set(asked.asking);
    const words = tokenize(question).map((token) => token.word);
    asked.about = wordsOf(words.filter((word) => !asking.has(word)).join(' '));
  }
  asked.lengthAsked = asked.kinds[0] === 'duration' && !SINCE_ASKED.test(fold(question));
  return asked;
}

/** The kind of figure asked and how (`askedFigure`), its qualifiers aside. */
function askedKind(question: string): AskedFigure | undefined {
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
  const phrases = askingPhrases(folded).filter(
    ({ kinds, first, last }) => !(first === last && namesPeopleCounted(tokens, first, kinds)),
  );
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
    // `combien d’heures`, `how many days`, `le nombre de jours`: a duration in that unit.
    let next = last + 1;
    if (['de', 'd', 'of'].includes(tokens[next]?.word ?? '')) next++;
    const unit = TIME_UNITS.get(tokens[next]?.word ?? '');
    const through = tokens[next];
    const linked = next > last + 1;
    if (
      unit !== undefined &&
      through !== undefined &&
      (/^(combien|how many)$/u.test(phrase) || (/^(nombre|number)$/u.test(phrase) && linked))
    ) {
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
  // One the reader names the answer in (`How long is the route, in distance?`) says what any
  // asking phrase asks.
  if (
    measure !== undefined &&
    (measure.named || asking.every((each) => each.counts || each.typed === ''))
  ) {
    return inUnit(measure.typed, ['count'], measure.unit, [...askingWords, ...measure.asking]);
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
      qualifying: [],
      about: [],
      lengthAsked: false,
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
    qualifying: [],
    about: [],
    lengthAsked: false,
  };
}

/**
 * The figure a question asks for too weakly to rank by it (WANTED_FIGURES below
 * ASKED_FIGURE_MIN_BONUS: `quand`, `when`), which may still choose the last fallback's answer
 * (`givingAskedFigure`): `When will the works start?` asked of the one sentence dating them. Its
 * answer is partial, what it lacks shown; `quand` also says `whenever`, so it asks no more.
 */
export function askedWeakly(question: string): AskedFigure | undefined {
  const tokens = tokenize(question);
  const folded = tokens.map((token) => token.word).join(' ');
  for (const [pattern, kinds, bonus] of WANTED_FIGURES) {
    if (bonus >= ASKED_FIGURE_MIN_BONUS) continue;
    const span = matchedSpan(pattern, folded);
    const from = tokens[span?.first ?? -1];
    const to = tokens[span?.last ?? -1];
    if (span === undefined || from === undefined || to === undefined) continue;
    const asking = tokens.slice(span.first, span.last + 1).map((token) => token.word);
    return inUnit(question.slice(from.start, to.end), kinds, undefined, asking);
  }
  return undefined;
}

/** Words asking which one: `quelle somme`, `what fee` ask for a figure of that word's kind. */
const WHICH = new Set(['quel', 'quelle', 'quels', 'quelles', 'what', 'which']);

/**
 * The figure a question asks for by naming its kind after `quel`/`what` (FIGURE_WORDS: `quelle
 * somme`, `what fee`), which the asking phrases leave out as they also name a thing (`the fee
 * went up`). Like `askedWeakly`, it only chooses the last fallback's answer, a partial one.
 */
export function askedByKindWord(question: string): AskedFigure | undefined {
  const tokens = tokenize(question);
  for (let at = 1; at < tokens.length; at++) {
    const which = tokens[at - 1] as Token;
    const named = tokens[at] as Token;
    const kinds = FIGURE_WORDS.get(named.word);
    if (kinds === undefined || !WHICH.has(which.word)) continue;
    const typed = question.slice(which.start, named.end);
    return inUnit(typed, withRatios([...kinds]), undefined, [which.word, named.word]);
  }
  return undefined;
}

/**
 * Whether a figure is of a kind the question asks for: a rank (`the first time`, `its 100,000th
 * passenger`) is read as a count, but counts nothing a reader asks `how many` of.
 */
export const isOfAskedKind = (figure: Figure, asked: AskedFigure): boolean =>
  asked.kinds.includes(figure.kind) && !isRank(figure);

/** Whether the question asks a person's age (`quel âge`, `how old`), in years. */
export const asksAge = (asked: AskedFigure): boolean =>
  asked.unit === 'year' && asked.asking.some((word) => AGE_WORD.test(word));

/**
 * A unit's first word, folded: `years old` is in years, `hours/day` in hours; a unit said square
 * (`mètres carrés`) is an area, whatever its first word.
 */
export const unitWord = (unit: string): string => {
  const words = fold(unit).split(/[\s/]/u);
  return words.some((word) => word === 'carres' || word === 'carre') ? 'm2' : (words[0] ?? '');
};

/**
 * Whether a figure of a kind the question asks for is in the unit it asks (`quelle superficie` in
 * m² or hectares), when it asks one; an age asked (`quel âge`) is one written as an age in the
 * sentence's text (ages.ts), not any number of years.
 */
export function isInAskedUnit(figure: Figure, asked: AskedFigure, text: string): boolean {
  if (!isOfAskedKind(figure, asked)) return false;
  if (asked.unit === undefined) return true;
  if (asksAge(asked)) return givesAge(figure, text, asked.about);
  const unit = unitWord(figure.unit);
  const time = TIME_UNITS.get(unit);
  if (time !== undefined) return time === asked.unit;
  const after = tokenize(text.slice(figure.start + figure.text.length))
    .slice(0, 2)
    .map((token) => token.word);
  return measuresAsked(unit, asked.unit, after);
}
