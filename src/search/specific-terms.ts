import type { FigureKind, Sentence } from '../knowledge/types.ts';
import {
  afterPlacePreposition,
  type BoundFigure,
  describeFigure,
  isPlaceWord,
  placeNamesIn,
  type Setting,
  settingsOf,
} from './figure-settings.ts';
import { dropQuestionFrames, fold, NUMBER_WORDS, type Token, tokenize } from './normalize.ts';
import type { QueryGroup } from './query.ts';
import { namesOnly } from './refusal.ts';
import { glossaryEntry, type SearchIndex } from './search-index.ts';
import { ASKED_FIGURE_MIN_BONUS, MAX_INSTEAD, PERIOD_WORDS, WANTED_FIGURES } from './settings.ts';

/**
 * The question's specific terms (numbers, years, periods, names) and which of them a passage
 * lacks: a quote about 2022 does not answer a question about 2023, however many other words it
 * shares with it. The passage is the sentence with its paragraph, section heading and title.
 */

type TermKind = 'year' | 'number' | 'period' | 'name';

interface SpecificTerm {
  /** As the reader typed it. */
  typed: string;
  kind: TermKind;
  /** A name of a place: typed after `in`/`au`, or one the articles write after such a word. */
  place: boolean;
  /** Ways to write it: each a list of slots, each slot the folded words that fill it. */
  alternatives: Set<string>[][];
}

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
  /** The unit of time asked for (`combien d’heures`, `how many days`): `hour`, `day`, `year`… */
  unit?: string;
}

/** How a question asks a person's age. */
const AGE = /^(quel age|how old|age|aged)$/u;

/** Units of time in both languages, by the unit they are: a question in hours wants hours. */
const TIME_UNITS = new Map<string, string>([
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
  const asking: { typed: string; kinds: FigureKind[]; length: number }[] = [];
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
    asking.push({ typed: question.slice(from.start, to.end), kinds, length: match[0].length });
    // `combien d’heures`, `how many days`: a duration in that unit.
    let next = last + 1;
    if (['de', 'd', 'of'].includes(tokens[next]?.word ?? '')) next++;
    const unit = TIME_UNITS.get(tokens[next]?.word ?? '');
    const through = tokens[next];
    if (unit !== undefined && through !== undefined && /^(combien|how many)$/u.test(match[0])) {
      const typed = question.slice(from.start, through.end);
      return { typed, kinds: ['duration'], specific: true, unit };
    }
    // An age is given in years: `quatre ans` may be one, `12 heures` is not.
    if (AGE.test(match[0])) {
      return { typed: question.slice(from.start, to.end), kinds, specific: true, unit: 'year' };
    }
  }
  if (asking.length === 0) return undefined;
  const [first] = asking as [(typeof asking)[number]];
  const longest = asking.reduce((best, each) => (each.length > best.length ? each : best), first);
  const shared = first.kinds.filter((kind) => asking.every((each) => each.kinds.includes(kind)));
  const kinds = shared.length > 0 ? shared : longest.kinds;
  return { typed: first.typed, kinds: withRatios(kinds), specific: !kinds.includes('count') };
}

/** What a passage lacks of the question, and what it gives instead. */
export interface Gaps {
  missing: string[];
  instead: string[];
}

export const NO_GAPS: Gaps = { missing: [], instead: [] };

const isYear = (word: string): boolean => /^(1[89]|20)\d\d$/u.test(word);

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
  for (const synonym of glossaryEntry(index, typedWords) ?? []) {
    for (const further of index.synonyms.get(synonym.join(' ')) ?? []) {
      alternatives.push(further.map((word) => new Set([word])));
    }
  }
  return alternatives;
}

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
  const terms: SpecificTerm[] = [];
  let previous: { term: SpecificTerm; end: number } | undefined;
  for (const group of groups) {
    const first = tokens[group.from];
    const last = tokens[group.to - 1];
    if (first === undefined || last === undefined) continue;
    const typed = question.slice(first.start, last.end);
    let kind: TermKind | undefined;
    if (/^\d+$/u.test(group.key)) kind = isYear(group.key) ? 'year' : 'number';
    else if (PERIOD_WORDS.has(group.key)) kind = 'period';
    else if (namesOnly(index, group)) kind = 'name';
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
    // `Wang Yi` is one person, whom `M. Wang` names as well.
    if (kind === 'name' && previous?.term.kind === 'name' && /^\s+$/u.test(between)) {
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
    const place =
      kind === 'name' &&
      (afterPlacePreposition(all, all.indexOf(first)) ||
        alternatives.some((slots) =>
          [...(slots[0] ?? [])].some((word) => isPlaceWord(index, word)),
        ));
    const term = { typed, kind, place, alternatives };
    terms.push(term);
    previous = { term, end: last.end };
  }
  return terms;
}

const wordsOf = (text: string): Set<string> => new Set(tokenize(text).map((token) => token.word));

const holds = (words: Set<string>, term: SpecificTerm): boolean =>
  term.alternatives.some(
    (slots) => slots.length > 0 && slots.every((slot) => [...slot].some((word) => words.has(word))),
  );

/** Which settings of a figure a term would be one of: a place's, or a period's. */
function settingKind(term: SpecificTerm): 'places' | 'periods' | undefined {
  if (term.kind === 'name') return term.place ? 'places' : undefined;
  return term.kind === 'number' ? undefined : 'periods';
}

/**
 * What the sentence gives of the same kind as a term it lacks: places for a place, dates for a
 * period. Another person named does not make a sentence about someone else: `Les deux hommes`
 * next to `Wang Yi et Jake Sullivan` speaks of them.
 */
function sameKind(index: SearchIndex, sentence: Sentence, term: SpecificTerm, words: Set<string>) {
  if (term.kind === 'name') {
    if (!term.place) return [];
    return placeNamesIn(index, sentence.text);
  }
  if (term.kind === 'number') return [];
  const dates = sentence.figures
    .filter((figure) => figure.kind === 'date' && /\d/u.test(figure.text))
    .map((figure) => figure.text);
  if (dates.length > 0) return dates;
  return term.kind === 'year' ? [...words].filter(isYear) : [];
}

/**
 * The words of the sentences beside this one in its paragraph, less the places and periods their
 * own figures are said of: `un tiers en 2022` next door does not make `310 bactéries` a 2022 figure.
 */
function wordsAround(index: SearchIndex, sentence: Sentence): Set<string> {
  const document = index.corpus.documents[sentence.documentId];
  const section = document?.sections[sentence.sectionIndex];
  const paragraph = section?.paragraphs.find((entry) => entry.number === sentence.paragraph);
  const words = new Set<string>();
  for (const id of paragraph?.sentenceIds ?? []) {
    const neighbour = index.corpus.sentences[id];
    if (neighbour === undefined) continue;
    const bound: Setting[] = settingsOf(index, neighbour).figures.flatMap((figure) =>
      [...figure.places, ...figure.periods].filter((setting) => setting.own),
    );
    for (const token of tokenize(neighbour.text)) {
      const inSetting = bound.some(
        (setting) => token.start >= setting.start && token.end <= setting.end,
      );
      if (id === sentence.id || !inSetting) words.add(token.word);
    }
  }
  return words;
}

/**
 * The specific terms a sentence's passage lacks, as typed, and what the sentence gives instead.
 *
 * - A term found only in a neighbouring sentence counts as lacking when the sentence itself gives
 *   another of its kind: `Mexique` next door does not make a sentence about the United States one
 *   about Mexico.
 * - When the question asks for a figure, the sentence's figures must be said of the question's
 *   places and periods, not only sit beside them: `84 % des 3 970 décès … au Canada` does not say
 *   how many Americans died, though the sentence names the United States and `juin 2023`.
 * - A sentence holding no figure of the kind asked for lacks the asking words themselves.
 */
export function gapsOf(
  index: SearchIndex,
  terms: SpecificTerm[],
  sentence: Sentence,
  asked?: AskedFigure,
): Gaps {
  const settings = settingsOf(index, sentence);
  const { figures } = settings;
  const ofKind = figures.filter(
    ({ figure }) =>
      asked?.kinds.includes(figure.kind) &&
      (asked.unit === undefined || TIME_UNITS.get(fold(figure.unit)) === asked.unit),
  );
  const answering: BoundFigure[] = asked === undefined ? [] : ofKind.length > 0 ? ofKind : figures;
  // A date asked for (`born`) is not bound to anything: the sentence gives one or does not.
  const givesDate =
    asked?.kinds.includes('date') === true && sentence.figures.some(({ kind }) => kind === 'date');
  const lacksAsked =
    asked !== undefined &&
    !givesDate &&
    (figures.length === 0 || (asked.specific && ofKind.length === 0));
  if (terms.length === 0 && !lacksAsked) return NO_GAPS;
  const own = wordsOf(sentence.text);
  const document = index.corpus.documents[sentence.documentId];
  const section = document?.sections[sentence.sectionIndex];
  const framing = wordsOf(`${document?.title ?? ''} ${section?.heading ?? ''}`);
  let around: Set<string> | undefined;
  const missing: string[] = [];
  const instead: string[] = [];
  const give = (texts: string[]) => {
    for (const text of texts) if (!instead.includes(text)) instead.push(text);
  };
  for (const term of terms) {
    const said = settingKind(term);
    // The answering figures said of another place or period than the term's.
    const elsewhere =
      said === undefined
        ? []
        : answering.filter(
            (bound) =>
              bound[said].length > 0 && !bound[said].some((setting) => holds(setting.words, term)),
          );
    const saidElsewhere = elsewhere.length > 0 && elsewhere.length === answering.length;
    const describedElsewhere = elsewhere.map((bound) => describeFigure(sentence.text, bound));
    // Named only in a clause about another matter, after the figures: `12 heures` … `dans le
    // prolongement des discussions entre Xi Jinping et Joe Biden en novembre 2023`.
    const aside =
      answering.length > 0 &&
      term.kind !== 'number' &&
      holds(settings.aside, term) &&
      !holds(settings.main, term);
    if (holds(own, term) || holds(framing, term)) {
      if (aside && !holds(framing, term)) {
        missing.push(term.typed);
        give(answering.map((bound) => describeFigure(sentence.text, bound)));
      } else if (saidElsewhere) {
        missing.push(term.typed);
        give(describedElsewhere);
      }
      continue;
    }
    around ??= wordsAround(index, sentence);
    const given = sameKind(index, sentence, term, own).filter(
      (text) => !terms.some((other) => holds(wordsOf(text), other)),
    );
    if (holds(around, term) && given.length === 0 && !saidElsewhere) continue;
    missing.push(term.typed);
    give(describedElsewhere.length > 0 ? describedElsewhere : given);
  }
  if (lacksAsked && asked !== undefined) missing.push(asked.typed);
  return missing.length === 0 ? NO_GAPS : { missing, instead: instead.slice(0, MAX_INSTEAD) };
}
