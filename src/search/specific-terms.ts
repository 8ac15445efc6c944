import { ORDINAL_WORDS } from '../knowledge/figure-ordinals.ts';
import { UNIT_SYMBOLS } from '../knowledge/figure-unit-words.ts';
import { questionLanguage } from './chat-words.ts';
import { type CountryForms, countryForms } from './country-forms.ts';
import { glossaryEntry } from './dictionary-lookup.ts';
import { ARTICLES, afterPlacePreposition } from './figure-context.ts';
import { isDictionaryName } from './lexicon.ts';
import {
  dropQuestionFrames,
  fold,
  NUMBER_WORDS,
  STOP_WORDS,
  type Token,
  tokenize,
} from './normalize.ts';
import { isPlaceWord } from './place-words.ts';
import type { QueryGroup } from './query.ts';
import { isKnown, namesOnly } from './refusal.ts';
import type { SearchIndex } from './search-index.ts';
import { PERIOD_WORDS } from './settings.ts';
import { isSpelledWord } from './typos.ts';
import { weekdayOf } from './weekdays.ts';
import { typedAsBound, typedAsGuess, typedAsWhole } from './written-otherwise.ts';
import { sideAt, type YearSide } from './year-sides.ts';

/**
 * The question's specific terms (numbers, years, periods, names): what a passage must hold to
 * answer it (see passage-gaps.ts).
 */

type TermKind = 'year' | 'number' | 'period' | 'name';

export interface SpecificTerm {
  /** As the reader typed it. */
  typed: string;
  kind: TermKind;
  /** A name of a place: typed after `in`/`au`, or one the articles write after such a word. */
  place: boolean;
  /** Typed after `in`/`au`/`à`: where something is, not a party to it (`talks in Beijing`). */
  locative: boolean;
  /** Ways to write it: each a list of slots, each slot the folded words that fill it. */
  alternatives: Set<string>[][];
  /** The articles use it somewhere, or a way of writing it: a name they never use is elsewhere. */
  known: boolean;
  /**
   * The word a number is typed after as its label, folded (`studio` of `studio 1`, `ligne` of
   * `ligne 4`): `studio 2` is another studio. Undefined for any other term.
   */
  label: string | undefined;
  /**
   * The word typed right after a number as what it measures or counts, folded (`mois` of `un
   * comté de 12 mois`): a passage giving that word after another number (`6 mois`) speaks of
   * another one. Undefined for any other term.
   */
  unit: string | undefined;
  /**
   * The side of a year the question asks of, by the words before it: `before` for `avant 2019`,
   * `jusqu’en 2019`, `prior to 2019`; `after` for `depuis 2019`, `since 2019`. Undefined for any
   * other term.
   */
  side: YearSide | undefined;
  /**
   * A number typed as the whole a count is taken from (`combien sur les 6200 docs`, `out of the
   * 640`): what the reader read in the article, not what the answer must say again.
   */
  whole: boolean;
  /** A number typed as a reader's guess (`like 200000`): near the article's figure, it is given. */
  guess: boolean;
  /** A number the reader checks a figure against (`…, more than 300?`): by its side, it is met. */
  bound?: 'over' | 'under';
  /** The country a name stands for (`American`, `UK`), whose codes a passage may write (`US`). */
  country?: CountryForms;
}

export const isYear = (word: string): boolean => /^(1[89]|20)\d\d$/u.test(word);

/**
 * Ordinals from the third on, folded (`troisieme`, `3e`, `3eme`, `3rd`) → the ways to write
 * them: `la troisième tranche` is one tranche of several, as `la tranche 3` is. `Premier`,
 * `first` and `second` say no rank more than anything else (`premier ministre`, `30 seconds`).
 */
const ORDINALS = new Map<string, string[]>();
{
  const byValue = new Map<number, string[]>();
  for (const [word, value] of Object.entries(ORDINAL_WORDS)) {
    if (value < 3) continue;
    byValue.set(value, [...(byValue.get(value) ?? []), fold(word)]);
  }
  for (const [value, words] of byValue) {
    const forms = [...words, `${value}e`, `${value}eme`, `${value}th`, `${value}rd`];
    for (const form of forms) ORDINALS.set(form, forms);
  }
}

/** Digits → the words they are spelled as: `4` is also `quatre` and `four`. */
const SPELLED = new Map<string, string[]>();
for (const [word, digits] of NUMBER_WORDS)
  SPELLED.set(digits, [...(SPELLED.get(digits) ?? []), word]);

/**
 * The ways a group may be written, each a list of slots of the folded words that fill it: what
 * the question's word matched, its spelled-out forms, and the glossary's translations of its
 * translations (`Americans` → `US` → `États-Unis`).
 */
function groupAlternatives(index: SearchIndex, group: QueryGroup): Set<string>[][] {
  const typedWords = group.key.split(' ');
  const alternatives = group.alternatives.map((alternative, at) =>
    alternative.words.map((matches, slot) => {
      const words = new Set<string>();
      if (at === 0 && typedWords[slot] !== undefined) words.add(typedWords[slot]);
      for (const wordId of matches.keys()) words.add(index.words[wordId] ?? '');
      return words;
    }),
  );
  for (const word of SPELLED.get(group.key) ?? []) alternatives.push([new Set([word])]);
  for (const word of ORDINALS.get(group.key) ?? []) alternatives.push([new Set([word])]);
  for (const synonym of glossaryEntry(index, typedWords) ?? []) {
    for (const further of index.synonyms.get(synonym.join(' ')) ?? []) {
      alternatives.push(further.map((word) => new Set([word])));
    }
  }
  return alternatives;
}

/** A word slot less the words the articles write in lower case: `chinois` is no place. */
const namesOnlyIn =
  (index: SearchIndex) =>
  (slot: Set<string>): Set<string> =>
    new Set(
      [...slot].filter((word) => {
        const id = index.wordIds.get(word);
        return id === undefined || index.names[id] === 1;
      }),
    );

/**
 * Whether capitals in the question tell names: not when it is typed in capitals or Title Case,
 * where every word has one.
 */
function capitalsTellNames(question: string, tokens: Token[]): boolean {
  let words = 0;
  let lowercase = 0;
  for (const token of tokens) {
    const letter = question[token.start] ?? '';
    if (letter.toLowerCase() === letter.toUpperCase()) continue;
    words++;
    if (letter === letter.toLowerCase()) lowercase++;
  }
  // `What did Jennifer May tell the BBC?` has names; `How Many Americans Died In 2023` may not.
  return lowercase * 3 >= words;
}

/**
 * The year two digits typed after a year and a dash or slash stand for (`24` of `2023-24`,
 * `2019/20`): the next one of the same century or a later one, else none.
 */
function spanEndYear(
  previous: SpecificTerm | undefined,
  between: string,
  digits: string,
): string | undefined {
  if (previous?.kind !== 'year' || !/^\s*[-–/]\s*$/u.test(between) || !/^\d\d$/u.test(digits))
    return undefined;
  const year = `${previous.typed.slice(0, 2)}${digits}`;
  return Number(year) > Number(previous.typed) ? year : undefined;
}

const startsWithCapital = (question: string): boolean => {
  const letter = question[question.search(/\p{L}/u)] ?? '';
  return letter !== letter.toLowerCase();
};

const isLowerCase = (typed: string): boolean =>
  typed === typed.toLowerCase() && typed !== typed.toUpperCase();

/**
 * A name as chat types it: in lower case (`a geneve`), or with its possessive's apostrophe left
 * out (`st patricks day`, `bidens plan`), when that is no word of its own (`roses`).
 */
const isNameTyped = (key: string): boolean =>
  isDictionaryName(key) ||
  (key.endsWith('s') && isDictionaryName(key.slice(0, -1)) && !isSpelledWord(key));

/** The question's specific terms, in the order typed. */
export function specificTerms(
  index: SearchIndex,
  question: string,
  groups: QueryGroup[],
): SpecificTerm[] {
  const all = tokenize(question);
  const tokens = dropQuestionFrames(all);
  const firstStart = all[0]?.start ?? 0;
  const byCapitals = capitalsTellNames(question, all);
  // A reader who starts the question with a capital writes names with one: `la boulangerie` is
  // the bakery, though the article only names one (`Harte's Bakery`); chat in lower case is not
  // read so (`pool n go`).
  const capitalises = startsWithCapital(question);
  const terms: SpecificTerm[] = [];
  let previous: { term: SpecificTerm; end: number; known: boolean } | undefined;
  for (const group of groups) {
    const first = tokens[group.from];
    const last = tokens[group.to - 1];
    if (first === undefined || last === undefined) continue;
    const typed = question.slice(first.start, last.end);
    let kind: TermKind | undefined;
    if (/^\d+$/u.test(group.key)) kind = isYear(group.key) ? 'year' : 'number';
    // A number with a unit's symbol typed onto it (`30km`) is a number the answer must give.
    else if (UNIT_SYMBOLS.has(/^\d+(\p{L}+)$/u.exec(group.key)?.[1] ?? '')) kind = 'number';
    else if (ORDINALS.has(group.key)) kind = 'number';
    else if (PERIOD_WORDS.has(group.key) || weekdayOf(group.key) !== undefined) kind = 'period';
    else if (namesOnly(index, group) && !(capitalises && isLowerCase(typed))) kind = 'name';
    // A name the articles never use, typed in lower case as chat does (`a geneve`); not by a
    // reader who writes names with a capital (`une fois géré en interne`: `Géré` is a surname).
    else if (!isKnown(group) && isNameTyped(group.key) && !(capitalises && isLowerCase(typed)))
      kind = 'name';
    else if (byCapitals && first.start > firstStart) {
      const letter = question[first.start] ?? '';
      if (letter !== letter.toLowerCase()) kind = 'name';
    }
    if (kind === undefined) {
      previous = undefined;
      continue;
    }
    const alternatives = groupAlternatives(index, group);
    // `BBC` is not `CBC`: an acronym one letter off is another name, not a typo.
    if (kind === 'name' && /^\p{Lu}{2,5}$/u.test(typed) && alternatives[0] !== undefined) {
      alternatives[0] = alternatives[0].map(
        (slot) => new Set([...slot].filter((w) => w === group.key)),
      );
    }
    const between = previous === undefined ? '' : question.slice(previous.end, first.start);
    // `Wang Yi` is one person, whom `M. Wang` names as well; `Arizona State University` is not
    // `Arizona`: words the articles never use make another name of their own.
    const known = isKnown(group);
    if (
      kind === 'name' &&
      previous?.term.kind === 'name' &&
      previous.known === known &&
      /^\s+$/u.test(between)
    ) {
      previous.term.typed = question.slice(previous.end - previous.term.typed.length, last.end);
      previous.term.alternatives.push(...alternatives);
      previous.term.place ||= alternatives.some((slots) =>
        [...(slots[0] ?? [])].some((word) => isPlaceWord(index, word)),
      );
      previous.end = last.end;
      continue;
    }
    // `2.3` or `4,1` is one number typed in two groups of digits.
    if (kind === 'number' && previous?.term.kind === 'number' && /^[.,]$/u.test(between)) {
      previous.term.typed = question.slice(previous.end - previous.term.typed.length, last.end);
      for (const alternative of previous.term.alternatives)
        alternative.push(...(alternatives[0] ?? []));
      previous.end = last.end;
      continue;
    }
    // `2023-24` is the span `2023-2024`: its second year typed by its last two digits.
    const endYear = spanEndYear(previous?.term, between, group.key);
    if (endYear !== undefined) {
      kind = 'year';
      alternatives.push([new Set([endYear])]);
    }
    const locative = kind === 'name' && afterPlaceTyped(question, all, all.indexOf(first));
    const place =
      kind === 'name' &&
      (locative ||
        alternatives.some((slots) =>
          [...(slots[0] ?? [])].some((word) => isPlaceWord(index, word)),
        ));
    // Where something is, is named by a name: `in Beijing` is `à Beijing` or `en Chine`, never
    // `chinois`, which the glossary gives Beijing as well (`mer Rouge` keeps its common noun).
    const written = locative
      ? alternatives.map((slots) => (slots.length === 1 ? slots.map(namesOnlyIn(index)) : slots))
      : alternatives;
    const term = {
      typed,
      kind,
      place,
      locative,
      alternatives: written,
      known,
      label: kind === 'number' ? labelOf(all, all.indexOf(first)) : undefined,
      unit: kind === 'number' ? unitOf(all, all.indexOf(last)) : undefined,
      side:
        kind === 'year'
          ? sideAt(
              all.map(({ word }) => word),
              all.indexOf(first),
            )?.side
          : undefined,
      whole: kind === 'number' && typedAsWhole(all, all.indexOf(first)),
      guess:
        (kind === 'number' || kind === 'year') && typedAsGuess(all, all.indexOf(first), question),
      bound:
        kind === 'number' || kind === 'year'
          ? typedAsBound(all, all.indexOf(first), question)
          : undefined,
    };
    terms.push(term);
    previous = { term, end: last.end, known };
  }
  for (const term of terms) if (term.kind === 'name') withCountryForms(term);
  return terms;
}

/**
 * A country's other names and its demonyms as ways to write a name that stands for it: `American`
 * is `US`, `États-Unis`, `américaine`. Where something is (`in China`) is said by a name, not by
 * a demonym (`chinois`), as `namesOnlyIn` has it.
 */
function withCountryForms(term: SpecificTerm): void {
  const forms = countryForms(term.typed);
  if (forms === undefined) return;
  term.country = forms;
  term.place = true;
  for (const words of forms.names) term.alternatives.push(words.map((word) => new Set([word])));
  if (term.locative) return;
  for (const demonym of forms.demonyms) term.alternatives.push([new Set([demonym])]);
}

/**
 * Whether the token at `at` follows a place preposition as typed: English `a` is the article
 * (`took a Kestrel flight`), though French `à` folds to it and chat types it without its accent
 * (`a geneve`), which a French question's words tell.
 */
function afterPlaceTyped(question: string, tokens: Token[], at: number): boolean {
  if (!afterPlacePreposition(tokens, at)) return false;
  let before = at - 1;
  while (ARTICLES.has(tokens[before]?.word ?? '')) before--;
  const preposition = tokens[before];
  if (preposition === undefined || preposition.word !== 'a') return true;
  const typed = question.slice(preposition.start, preposition.end);
  return typed !== 'a' && typed !== 'A' ? true : questionLanguage(question) === 'fr';
}

/**
 * The word a number at `at` labels, folded: a word of letters right before it that is no stop
 * word nor a number (`studio 1`, `Unit 4`, `galerie 9`), unless a unit follows the number
 * (`studio 1 mètre`): then it is a measure, not a label.
 */
function labelOf(tokens: Token[], at: number): string | undefined {
  const before = tokens[at - 1];
  if (before === undefined || !/^\p{L}{3,}$/u.test(before.word)) return undefined;
  if (STOP_WORDS.has(before.word) || NUMBER_WORDS.has(before.word)) return undefined;
  const after = tokens[at + 1];
  return after !== undefined && /^\p{L}/u.test(after.word) && !STOP_WORDS.has(after.word)
    ? undefined
    : before.word;
}

/** The word of letters right after a number at `at`, folded, unless a stop word or a number. */
function unitOf(tokens: Token[], at: number): string | undefined {
  const after = tokens[at + 1];
  if (after === undefined || !/^\p{L}{2,}$/u.test(after.word)) return undefined;
  return STOP_WORDS.has(after.word) || NUMBER_WORDS.has(after.word) ? undefined : after.word;
}
