import { isRank } from '../knowledge/figure-ordinals.ts';
import type { Sentence } from '../knowledge/types.ts';
import { asksAmount, itemsOnly } from './amount-asked.ts';
import { type AskedFigure, asksAge, isInAskedUnit } from './asked-figure.ts';
import { asksMeasured, countsOtherwise } from './counted-otherwise.ts';
import { type CountedStems, countsAsked, countsOneOf } from './counted-thing.ts';
import { writesCode } from './country-forms.ts';
import {
  type BoundFigure,
  describeFigure,
  type SentenceSettings,
  type Setting,
  settingsOf,
} from './figure-context.ts';
import { holds as inPostings } from './group-values.ts';
import { fold, STOP_WORDS, type Token, tokenize } from './normalize.ts';
import { openingPlaceName, placeNamesIn } from './place-words.ts';
import type { SearchIndex } from './search-index.ts';
import { MAX_INSTEAD } from './settings.ts';
import { shareOfAsked, shareOfOther } from './share-of-asked.ts';
import { sharesOnly } from './shares-only.ts';
import { isYear, type SpecificTerm } from './specific-terms.ts';
import {
  exceptedWeekday,
  inMonthRange,
  inRelativeYear,
  inSeason,
  inWeekdays,
  labelledOtherwise,
  measuredOtherwise,
} from './term-forms.ts';
import { textTokens } from './text-tokens.ts';
import { asksLength, datesBack, spansYears } from './time-spans.ts';
import { weekdayOf } from './weekdays.ts';
import { articleGives, writtenOtherwise } from './written-otherwise.ts';
import { yearOfAnother } from './year-bound.ts';
import { yearOnOtherSide, yearSetBefore } from './year-sides.ts';

/** Read by `wordsNotIn` (refusal.ts) too, for a partial answer's lacking words. */
export { writtenOtherwise };

/**
 * Which of the question's specific terms a passage lacks, and what it gives instead: a quote
 * about 2022 does not answer a question about 2023. The passage is the sentence with its
 * paragraph, section heading and title.
 */

/** What a passage lacks of the question, and what it gives instead. */
export interface Gaps {
  missing: string[];
  instead: string[];
  /** How many of `missing` are qualifiers of the figure asked that its figures do not meet. */
  unmet?: number;
}

export const NO_GAPS: Gaps = { missing: [], instead: [] };

const wordsOf = (text: string): Set<string> => new Set(tokenize(text).map((token) => token.word));

/**
 * The folded words of the tokens `textTokens` keeps, made once per token list: `gapsOf` reads
 * each candidate and its heading, and the lists go when that cache lets them go.
 */
const wordSets = new WeakMap<Token[], Set<string>>();

/** A sentence's or heading's folded words, as `gapsOf` reads them. */
export function textWords(index: SearchIndex, text: string): Set<string> {
  const tokens = textTokens(index, text);
  let words = wordSets.get(tokens);
  if (words === undefined) {
    words = new Set(tokens.map((token) => token.word));
    wordSets.set(tokens, words);
  }
  return words;
}

const holds = (words: Set<string>, term: SpecificTerm): boolean =>
  term.alternatives.some(
    (slots) => slots.length > 0 && slots.every((slot) => [...slot].some((word) => words.has(word))),
  );

/** Which settings of a figure a term would be one of: a place's, or a period's. */
function settingKind(term: SpecificTerm): 'places' | 'periods' | undefined {
  if (term.kind === 'name') return term.place ? 'places' : undefined;
  // A day of the week is not of the same kind as a month: `the busiest Saturday in August`.
  if (term.kind === 'period' && weekdayOf(fold(term.typed)) !== undefined) return undefined;
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
    const opening = openingPlaceName(index, sentence.text);
    const named = placeNamesIn(index, sentence.text);
    return opening === undefined ? named : [opening, ...named];
  }
  // `6 mois` is another number of months than the `12 mois` asked, whatever the paragraph holds.
  if (term.kind === 'number') return measuredOtherwise(sentence, term);
  const dates = sentence.figures
    .filter((figure) => figure.kind === 'date' && /\d/u.test(figure.text))
    .map((figure) => figure.text);
  if (dates.length > 0) return dates;
  return term.kind === 'year' ? [...words].filter(isYear) : [];
}

/** The ids of the sentences of the sentence's paragraph, in order. */
export function paragraphIds(index: SearchIndex, sentence: Sentence): number[] {
  const document = index.corpus.documents[sentence.documentId];
  const section = document?.sections[sentence.sectionIndex];
  const paragraph = section?.paragraphs.find((entry) => entry.number === sentence.paragraph);
  return paragraph?.sentenceIds ?? [];
}

/**
 * The sentence's paragraph's words, less the places and periods the neighbours' own figures are
 * said of (`un tiers en 2022` next door does not make `310 bactéries` a 2022 figure). Only a
 * neighbour with figures (dates aside: `settingsOf` binds none to them) has its settings read.
 * `upTo`: only the sentences up to this one, those whose names it may refer back to.
 */
function paragraphWords(index: SearchIndex, sentence: Sentence, upTo = false): Set<string> {
  const words = new Set<string>();
  for (const id of paragraphIds(index, sentence)) {
    const neighbour = index.corpus.sentences[id];
    if (neighbour === undefined || (upTo && neighbour.position > sentence.position)) continue;
    const tokens = textTokens(index, neighbour.text);
    if (id === sentence.id || !neighbour.figures.some((figure) => figure.kind !== 'date')) {
      for (const token of tokens) words.add(token.word);
      continue;
    }
    const bound = settingsOf(index, neighbour).figures.flatMap((figure) =>
      [...figure.places, ...figure.periods].filter((setting) => setting.own),
    );
    for (const token of tokens) {
      const inSetting = bound.some(
        (setting) => token.start >= setting.start && token.end <= setting.end,
      );
      if (!inSetting) words.add(token.word);
    }
  }
  return words;
}

/**
 * Whether the sentence's paragraph may hold the term, by the index's postings alone: a word that
 * is no stop word is among a sentence's tokens only if the sentence is in its postings. When it
 * cannot, the paragraph is not read (`paragraphWords`), which for a candidate never looked at
 * before means tokenizing its neighbours.
 */
function paragraphMayHold(index: SearchIndex, sentence: Sentence, term: SpecificTerm): boolean {
  const ids = paragraphIds(index, sentence);
  const mayBeIn = (word: string): boolean => {
    if (STOP_WORDS.has(word)) return true;
    const id = index.wordIds.get(word);
    const postings = id === undefined ? undefined : index.postings[id];
    return postings !== undefined && ids.some((sentenceId) => inPostings(postings, sentenceId));
  };
  return term.alternatives.some(
    (slots) => slots.length > 0 && slots.every((slot) => [...slot].some(mayBeIn)),
  );
}

/**
 * The places named after a preposition in the sentence's paragraph up to the sentence (`à
 * Bangkok`), where what it tells happens: what comes before sets the scene; what follows may be
 * elsewhere (`Nager dans la Saône…`).
 */
function paragraphPlaces(index: SearchIndex, sentence: Sentence): Setting[] {
  const places: Setting[] = [];
  for (const id of paragraphIds(index, sentence)) {
    const neighbour = index.corpus.sentences[id];
    if (neighbour === undefined || neighbour.position > sentence.position) continue;
    places.push(...settingsOf(index, neighbour).places);
  }
  return places;
}

/** What one sentence is read against: its words, what frames it, its figures and its paragraph. */
interface Reading {
  index: SearchIndex;
  sentence: Sentence;
  terms: SpecificTerm[];
  own: Set<string>;
  framing: Set<string>;
  /** Read only when the question asks for a figure: nothing else looks at them. */
  settings: SentenceSettings | undefined;
  /** The figures that may answer what the question asks for; none when it asks for none. */
  answering: BoundFigure[];
  /** Read only when the sentence and its title lack a term. */
  paragraphWords: () => Set<string>;
  /** The words of the paragraph up to the sentence, read for a name (`gapOf`). */
  wordsUpTo: () => Set<string>;
  paragraphPlaces: () => Setting[];
}

/**
 * Whether the sentence lacks a term, and if so what it gives instead: `undefined` when it has it.
 *
 * - A term found only in a neighbouring sentence counts as lacking when the sentence itself gives
 *   another of its kind: `Mexique` next door does not make a sentence about the United States one
 *   about Mexico.
 * - When the question asks for a figure, the sentence's figures must be said of the question's
 *   places and periods, not only sit beside them: `84 % des 3 970 décès … au Canada` does not say
 *   how many Americans died, though the sentence names the United States and `juin 2023`.
 */
function gapOf(reading: Reading, term: SpecificTerm): string[] | undefined {
  const { index, sentence, own, framing, settings, answering } = reading;
  const otherLabels = labelledOtherwise(sentence, term);
  if (otherLabels.length > 0) return otherLabels;
  // `inchangé depuis 2019` says nothing of before 2019.
  const otherSide = yearOnOtherSide(sentence.text, term);
  if (otherSide.length > 0) return otherSide;
  // A day the sentence names as shut (`sauf le jeudi`) is one it gives no hours for.
  if (exceptedWeekday(sentence.text, term)) return [];
  const said = settingKind(term);
  // `next year's catch limit … on 14 October 2025` gives 2026, whatever date its figures are set.
  const relative = inRelativeYear(sentence, term);
  // The answering figures said of another place or period than the term's.
  const elsewhere =
    said === undefined || relative
      ? []
      : answering.filter(
          (bound) =>
            bound[said].length > 0 &&
            !bound[said].some(
              (setting) =>
                holds(setting.words, term) ||
                inSeason(setting.words, term) ||
                inMonthRange(setting.text, term),
            ),
        );
  const saidElsewhere = elsewhere.length > 0 && elsewhere.length === answering.length;
  const described = (figures: BoundFigure[]) =>
    figures.map((bound) => describeFigure(sentence.text, bound));
  const ifElsewhere = saidElsewhere ? described(elsewhere) : undefined;
  // `412,000 passengers in 2024, up from 365,000 in 2023, but lost £3.4 million`: the year is
  // another figure's own, and the loss asked is said of none (year-bound.ts).
  if (yearOfAnother(term, answering, settings, sentence.text)) return described(answering);
  // A place typed as where something is must be the paragraph's, not only the title's country.
  const framed = holds(framing, term) && !term.locative;
  if (
    holds(own, term) ||
    inSeason(own, term) ||
    inMonthRange(sentence.text, term) ||
    inWeekdays(sentence.text, term) ||
    relative ||
    framed
  ) {
    // Named only in a clause about another matter, after the figures: `12 heures` … `dans le
    // prolongement des discussions entre Xi Jinping et Joe Biden en novembre 2023`.
    const aside =
      answering.length > 0 &&
      term.kind !== 'number' &&
      !framed &&
      settings !== undefined &&
      holds(settings.aside, term) &&
      !holds(settings.main, term);
    return aside ? described(answering) : ifElsewhere;
  }
  // `talks in Beijing`: the paragraph tells where its talks were, and it is elsewhere.
  const where = term.locative ? reading.paragraphPlaces() : [];
  if (term.locative && where.length > 0 && !where.some((setting) => holds(setting.words, term))) {
    return ifElsewhere ?? where.map(({ name }) => name);
  }
  if (holds(framing, term)) return ifElsewhere;
  const given = sameKind(index, sentence, term, own).filter(
    (text) => !reading.terms.some((other) => holds(wordsOf(text), other)),
  );
  if (
    given.length === 0 &&
    !saidElsewhere &&
    paragraphMayHold(index, sentence, term) &&
    // A name the paragraph gives only after the sentence is no one the sentence speaks of: a
    // sentence refers back to what it follows (`Tickets cost £12…` before `…one paid manager,
    // Priya Holloway` is not her pay).
    holds(term.kind === 'name' ? reading.wordsUpTo() : reading.paragraphWords(), term) &&
    (term.kind !== 'year' ||
      answering.length === 0 ||
      yearSetBefore(index, sentence, term, paragraphIds(index, sentence)))
  ) {
    return undefined;
  }
  return ifElsewhere ?? given;
}

/**
 * The specific terms a sentence's passage lacks, as typed, and what the sentence gives instead
 * (see `gapOf`). A sentence holding no figure of the kind asked for lacks the asking words.
 */
export function gapsOf(
  index: SearchIndex,
  terms: SpecificTerm[],
  sentence: Sentence,
  asked?: AskedFigure,
  counted?: CountedStems,
): Gaps {
  // Reading a sentence's settings is the costly part of a first look at it, and only a question
  // asking for a figure needs them (`answering` is empty otherwise).
  const settings = asked === undefined ? undefined : settingsOf(index, sentence);
  const figures = settings?.figures ?? [];
  const ofKind = figures.filter(
    ({ figure }) =>
      asked !== undefined &&
      isInAskedUnit(figure, asked, sentence.text) &&
      !(asksAge(asked) && spansYears(sentence.text, figure)) &&
      !(asksLength(asked) && datesBack(sentence.text, figure)) &&
      !shareOfAsked(figure, sentence.text, asked) &&
      !shareOfOther(figure, sentence.text, sentence.figures, asked),
  );
  // A date asked for (`born`) is not bound to anything: the sentence gives one or does not.
  const givesDate =
    asked?.kinds.includes('date') === true && sentence.figures.some(({ kind }) => kind === 'date');
  // A rank (`the first time`) is no figure a question asks for (`isOfAskedKind`).
  // `How much` is not answered by a count of items (amount-asked.ts).
  const lacksKind =
    asked !== undefined &&
    !givesDate &&
    (figures.every(({ figure }) => isRank(figure)) ||
      ofKind.length === 0 ||
      (asksAmount(asked) && itemsOnly(ofKind.map(({ figure }) => figure))));
  // Figures of the kind asked, but of another thing than the one counted: the thing lacks.
  const lacksCounted =
    !lacksKind &&
    counted !== undefined &&
    asked !== undefined &&
    (sharesOnly(asked, ofKind, counted.thing !== undefined, sentence.text) ||
      (counted.thing !== undefined &&
        asksMeasured(asked) &&
        itemsOnly(
          ofKind.map(({ figure }) => figure),
          counted.thing,
        )) ||
      (!ofKind.some(({ figure }) => countsOneOf(figure, counted.describing)) &&
        ((counted.thing !== undefined &&
          !countsAsked(
            ofKind.map(({ figure }) => figure),
            counted.thing,
            textWords(index, sentence.text),
            counted,
          ) &&
          !ofKind.some(({ figure }) =>
            countsOtherwise(figure, asked, counted, {
              words: textWords(index, sentence.text),
              figures: sentence.figures,
              documentId: sentence.documentId,
            }),
          )) ||
          (counted.thing === undefined &&
            ofKind.length > 0 &&
            ofKind.every(({ figure }) => countsOneOf(figure, counted.others))))));
  const lacksAsked = lacksKind || lacksCounted;
  // A figure of the kind asked, but not now, not the highest, not per hour: the qualifier lacks.
  // Of those, the ones counting the thing asked (`212 drivers` for `how many drivers`), when any:
  // theirs is the place a count is said of, not the `11 miles` beside them.
  const counting =
    counted?.thing === undefined
      ? []
      : ofKind.filter(({ figure }) => countsOneOf(figure, counted.thing as Set<string>));
  const answering = counting.length > 0 ? counting : ofKind.length > 0 ? ofKind : figures;
  const unmet =
    asked === undefined || lacksAsked || asked.qualifying.length === 0
      ? []
      : asked.qualifying.filter(
          (qualifier) =>
            !qualifier.met(
              textTokens(index, sentence.text)
                .map((token) => token.word)
                .join(' '),
              answering,
              sentence.text,
            ),
        );
  if (terms.length === 0 && !lacksAsked && unmet.length === 0) return NO_GAPS;
  const document = index.corpus.documents[sentence.documentId];
  const section = document?.sections[sentence.sectionIndex];
  let words: Set<string> | undefined;
  let places: Setting[] | undefined;
  const reading: Reading = {
    index,
    sentence,
    terms,
    own: textWords(index, sentence.text),
    framing: textWords(index, `${document?.title ?? ''} ${section?.heading ?? ''}`),
    settings,
    answering: asked === undefined ? [] : answering,
    paragraphWords: () => {
      words ??= paragraphWords(index, sentence);
      return words;
    },
    wordsUpTo: () => paragraphWords(index, sentence, true),
    paragraphPlaces: () => {
      places ??= paragraphPlaces(index, sentence);
      return places;
    },
  };
  const missing: string[] = [];
  const instead: string[] = [];
  for (const term of terms) {
    if (writtenOtherwise(sentence, term)) continue;
    if (term.country !== undefined && writesCode(sentence.text, term.country)) continue;
    if (term.whole && articleGives(index, sentence, term)) continue;
    const gives = gapOf(reading, term);
    if (gives === undefined) continue;
    missing.push(term.typed);
    for (const text of gives) if (!instead.includes(text)) instead.push(text);
  }
  // A reader learns what lacks from the thing counted (`bacs`), not from `combien`.
  if (lacksAsked && asked !== undefined)
    missing.push((lacksCounted ? asked.countedTyped : undefined) ?? asked.typed);
  // Not twice: a partial answer may already lack its words (`lowest` of `the lowest`).
  let qualifiers = 0;
  for (const { typed } of unmet)
    if (!missing.some((word) => typed.includes(word))) {
      missing.push(typed);
      qualifiers++;
    }
  return missing.length === 0
    ? NO_GAPS
    : { missing, instead: instead.slice(0, MAX_INSTEAD), unmet: qualifiers };
}
