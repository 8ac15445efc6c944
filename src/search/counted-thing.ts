import { ADJECTIVES_BEFORE_NOUNS } from '../knowledge/figure-grammar-words.ts';
import type { Figure, FigureKind } from '../knowledge/types.ts';
import type { AskedFigure } from './asked-figure.ts';
import { articleCountsItself } from './counted-itself.ts';
import { isScaleWord } from './match-word.ts';
import { fold, STOP_WORDS, stem, type Token, tokenize } from './normalize.ts';
import { isAnyPeople, isPersonNoun } from './people-counted.ts';
import type { QueryGroup } from './query.ts';
import type { SearchIndex } from './search-index.ts';

/**
 * The thing a count is asked of (`how many homes`, `combien de marins`), and whether a
 * sentence's figures count it: a count of turbines does not say how many homes.
 */

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

/** English plurals not ending in `s`, which may be the head of `how many … people`. */
const IRREGULAR_PLURALS: ReadonlySet<string> = new Set(
  'people children men women staff'.split(' '),
);

/** Words that join a thing counted to what qualifies it: `bacs à compost`, `pieces of linen`. */
export const COMPLEMENT_LINKS: ReadonlySet<string> = new Set(['a', 'de', 'd', 'of', 'en']);

/**
 * The thing a count is asked of, folded: the first word after an asking phrase
 * (`how many homes`) past the words another asking phrase qualifies it with (`how many paid
 * employees`); none when it is a stop word, a unit (`combien d’euros`), a number or a name
 * (`How many Americans`: a name is whom, not what, is counted). Its noun phrase's other words
 * qualify it: English puts the thing last (`how many solar panels` counts panels, the first
 * plural), both languages may follow it with a complement (`bacs à compost`, `pieces of linen`).
 */
export function countedThing(
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
  // Written next to each other, with nothing but a space or an apostrophe between; in English a
  // hyphen too, which joins the words qualifying the thing (`night-time burglaries`).
  const joined = (at: number, hyphen = false): boolean => {
    const before = tokens[at - 1];
    const token = tokens[at];
    return (
      before !== undefined &&
      token !== undefined &&
      (hyphen ? /^[\s'’-]*$/u : /^[\s'’]*$/u).test(question.slice(before.end, token.start))
    );
  };
  for (const { at: start, english } of counting) {
    let next = start;
    while (covered.has(next) && !NOT_COUNTED.has(tokens[next]?.word ?? '')) next++;
    // `combien de degrés dehors` asks a temperature: no thing counted follows what is asked.
    if (!isContent(tokens[next])) continue;
    const qualifiers = tokens.slice(start, next).map((token) => token.word);
    let head = next;
    // `combien de nouveaux donneurs` counts donors: French puts a few adjectives before the noun.
    if (
      !english &&
      isAdjectiveBefore(tokens[next]) &&
      isContent(tokens[next + 1]) &&
      joined(next + 1)
    )
      head = next + 1;
    if (english) {
      let at = next;
      while (!isPlural(tokens[at]?.word ?? '') && isContent(tokens[at + 1]) && joined(at + 1, true))
        at++;
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

/** The French adjectives put before the noun they qualify, folded (`nouveaux`, `petites`). */
const FRENCH_ADJECTIVES_BEFORE: ReadonlySet<string> = new Set(
  [...ADJECTIVES_BEFORE_NOUNS].map(fold),
);
const isAdjectiveBefore = (token: Token | undefined): boolean =>
  token !== undefined && FRENCH_ADJECTIVES_BEFORE.has(token.word);

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
  /**
   * The articles' words the thing matched (`members` for a typed `membrs`, `volunteers` for
   * `bénévoles`), folded: whether they name people is read from them, not from a slip.
   */
  matched: string[];
  /** Whether the article (by document id) counts the thing in its own word (counted-itself.ts). */
  countedBy: (documentId: number) => boolean;
  /**
   * Whether the thing names people (`pedestrians`, `bénévoles`): a rate of `people` (`8,400
   * people a day`) may count it; it counts no bus lines.
   */
  people: boolean;
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
  const matched: string[] = [];
  const named = [counted, ...(asked?.qualifiers ?? [])];
  const doing = doingGroup(groups, counted);
  for (const group of groups) {
    const isThing = group.key === counted;
    const stems = named.includes(group.key)
      ? thing
      : asked?.describing.includes(group.key)
        ? describing
        : others;
    for (const { words } of group.alternatives)
      for (const matches of words)
        for (const wordId of matches.keys()) {
          const word = index.words[wordId] ?? '';
          // `how many people visited`: the people who visited are the `visiteurs` counted.
          if (group === doing && isPersonNoun(word)) describing.add(stem(word));
          else stems.add(stem(word));
          if (isThing) matched.push(fold(word));
        }
  }
  for (const word of asked?.describing ?? []) describing.add(stem(word));
  const generic = groups.some((group) => GENERIC_UNITS.has(group.key));
  // A thing the articles never name (`families` where they say `households`) may be the
  // reader's wording for what they count: no sentence's units can tell, though a count of
  // another thing the question names, or no count at all (`specific`), does not answer.
  const people = [counted, ...matched].some((word) => isAnyPeople(word) || isPersonNoun(word));
  if (thing.size === 0)
    return {
      thing: undefined,
      describing,
      others,
      generic,
      matched,
      countedBy: () => false,
      people,
    };
  thing.add(stem(counted));
  const countedBy = articleCountsItself(index, matched, (figure) => countsOneOf(figure, thing));
  return { thing, describing, others, generic, matched, countedBy, people };
}

/**
 * The word typed right after people in general asked (`how many people visited`, `combien de
 * personnes ont visité`), the verb they are the subject of: a kind of person its words name, in
 * another form (`visiteurs`, `visitors`), is the people asked. `how many people work at the
 * visitor centre` names the visitors elsewhere than after `people`: they are not the ones counted.
 */
function doingGroup(groups: QueryGroup[], counted: string): QueryGroup | undefined {
  if (!isAnyPeople(counted)) return undefined;
  const at = groups.findIndex((group) => group.key === counted);
  return at < 0 ? undefined : groups[at + 1];
}

/**
 * Whether a figure counts a thing of those stems by its unit: `four turbines`; a rate counts the
 * thing before its period (`items/week` counts items, not weeks).
 */
export function countsOneOf(figure: Figure, stems: Set<string>): boolean {
  return (
    figure.kind === 'count' &&
    tokenize(figure.unit.split('/')[0] ?? '').some(
      (token) => /\p{L}/u.test(token.word) && stems.has(stem(token.word)),
    )
  );
}

/**
 * Units that count people, who may be the deaths, voters or workers asked of: `70 000 personnes
 * sont décédées` tells the number of deaths. A rate of them (`8,400 people a day`, unit
 * `people/day`) is people passing, which answers a kind of person asked (`how many pedestrians …
 * each day`), not `how many bus lines` beside `the X52 carries 6,500 people a day`.
 */
const PEOPLE: ReadonlySet<string> = new Set(
  'personnes personne gens individus people persons person individuals'.split(' '),
);
/** Kinds of figure whose unit is no thing (`%`, `×`): the sentence's words tell what they are of. */
const SHARES: ReadonlySet<FigureKind> = new Set(['percent', 'ratio']);

/**
 * Whether one of the figures (of a kind asked, `isOfAskedKind`: no rank) counts the thing asked
 * (`6,000 homes` for `how many homes`; people, or a rate of them, for people asked), or is a share
 * or bare number in a sentence that names it: `four turbines` does not answer it.
 */
export function countsAsked(
  figures: Figure[],
  stems: Set<string>,
  sentenceWords: Set<string>,
  { generic, people }: Pick<CountedStems, 'generic' | 'people'>,
) {
  const named = (text: string) => tokenize(text).some((token) => stems.has(stem(token.word)));
  return figures.some(
    (figure) =>
      named(`${figure.unit} ${figure.text}`) ||
      PEOPLE.has(fold(figure.unit)) ||
      (people && PEOPLE.has(fold(figure.unit.split('/')[0] ?? ''))) ||
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
