import { isRank } from '../knowledge/figure-ordinals.ts';
import type { Sentence } from '../knowledge/types.ts';
import { type AskedFigure, isOfAskedKind } from './asked-figure.ts';
import { saysSuperlative } from './asked-qualifiers.ts';
import { countsOtherwise } from './counted-otherwise.ts';
import { type CountedStems, countedStems, countsAsked } from './counted-thing.ts';
import { countryForms, namesCountry } from './country-forms.ts';
import { headingHolds, heldBy, titleHolds } from './framing-holds.ts';
import { holds, NO_SENTENCES } from './group-values.ts';
import { dropQuestionFrames, tokenize } from './normalize.ts';
import { paragraphIds, textWords, writtenOtherwise } from './passage-gaps.ts';
import { countsOnlyKindOfPerson, isAnyPeople } from './people-counted.ts';
import { isMatched, type QueryGroup } from './query.ts';
import type { Ranked } from './scoring.ts';
import type { SearchIndex } from './search-index.ts';
import {
  ASKED_FIGURE_LEAD,
  ASKED_FIGURE_MIN_COVERAGE,
  FIGURE_WORDS,
  FIRST_UNKNOWN_WORD,
  LEAD,
  MIN_ASKING_LENGTH,
  MIN_LEADING_GROUPS,
  SAME_STEM,
  UNKNOWN_WORD,
} from './settings.ts';
import type { SpecificTerm } from './specific-terms.ts';
import { groupsGivenIn, typedFigureGiven, typedFigures } from './typed-figure.ts';
import { isSpelledWord } from './typos.ts';
import { namesFigureUnit } from './unit-named.ts';
import { givesWorkingWeek, workingWeekWords } from './weekdays.ts';
import { articleGives, typedAsBound, typedAsGuess, typedAsWhole } from './written-otherwise.ts';

/** The refusal rule beyond coverage: questions that only name what the articles speak of. */

/** Whether some way of writing the group matched words of the articles. */
export const isKnown = (group: QueryGroup): boolean => group.alternatives.some(isMatched);

/**
 * Whether every corpus word the reader's own words matched is a name (`Sullivan`, `Chine`), or,
 * when the articles do not use the reader's words, every word their synonyms matched
 * (`Taipei` → `Taïwan`).
 */
export function namesOnly(index: SearchIndex, group: QueryGroup): boolean {
  const matched = group.alternatives.filter(isMatched);
  const [typed] = group.alternatives;
  const used = typed !== undefined && matched.includes(typed) ? [typed] : matched;
  return (
    used.length > 0 &&
    used.every(({ words }) =>
      words.every((matches) => [...matches.keys()].every((wordId) => index.names[wordId] === 1)),
    )
  );
}

/**
 * `Quel âge a Jake Sullivan ?`: the question names things the articles speak of, and asks about
 * them with words they never use, at least one per thing named. The names alone make a quote look
 * relevant when it is not; `Blinken ira en Chine ?` names two things and still gets its answer.
 */
export function asksBeyondNames(index: SearchIndex, groups: QueryGroup[]): boolean {
  const known = groups.filter(isKnown);
  // A number typed right after a name is part of it, a model's or a line's (`ATR 72`, `Boeing
  // 737`, `Airbus A320`): `What's the cruising speed of an ATR 72?` names one thing.
  const nameOrItsNumber = (group: QueryGroup) =>
    namesOnly(index, group) ||
    (/^\d+$/u.test(group.key) &&
      known.some((name) => name.to === group.from && namesOnly(index, name)));
  if (known.length === 0 || !known.every(nameOrItsNumber)) return false;
  const asking = groups.filter(
    (group) =>
      !isKnown(group) && group.key.length >= MIN_ASKING_LENGTH && !/^\d+$/u.test(group.key),
  );
  // Names written next to each other are one thing: `Jennifer May`, `Wang Yi`.
  let things = 0;
  let previous: QueryGroup | undefined;
  for (const group of [...known].sort((a, b) => a.from - b.from)) {
    if (previous === undefined || previous.to !== group.from) things++;
    previous = group;
  }
  return asking.length >= things;
}

/**
 * `Quel temps fera-t-il demain à Paris ?` asked of an English article: it names a place or person
 * the articles never use, and the rest of it reaches them only through the dictionary's
 * translations (`temps` → `time`), none in the reader's own words. Where the question's own
 * words reach the articles (`hectares … Lussan`), a name they lack is a near miss, flagged.
 */
export function elsewhereThroughDictionary(groups: QueryGroup[], terms: SpecificTerm[]): boolean {
  if (!terms.some((term) => term.kind === 'name' && !term.known)) return false;
  return groups.every((group) =>
    group.alternatives.every((alternative) => alternative.translated || !isMatched(alternative)),
  );
}

/**
 * What the question's words that the articles never use weigh against its coverage: they are what
 * makes a question off-topic. The first counts less, so one word of the reader's own does not sink
 * a question. Where the question's other words are reached through the dictionary (a question in
 * the other language), a word it could not translate is a gap of the dictionary as much as a sign
 * of another subject: it weighs as the dictionary's translations do.
 */
export function unknownWeight(index: SearchIndex, groups: QueryGroup[]): number {
  let unknown = 0;
  let known = 0;
  let shares = 0;
  for (const group of groups) {
    // Only the dictionary's gaps are excused: the reader's words and the glossary's count whole.
    let share = 0;
    for (const alternative of group.alternatives) {
      if (isMatched(alternative))
        share = Math.max(share, alternative.translated ? alternative.weight : 1);
    }
    if (share > 0) {
      known++;
      shares += share;
    } else unknown++;
  }
  if (unknown === 0) return 0;
  const share = known > 0 ? shares / known : 1;
  return index.unknownIdf * share * (FIRST_UNKNOWN_WORD + UNKNOWN_WORD * (unknown - 1));
}

/**
 * When no sentence covers MIN_COVERAGE of the question: of the two best ranked down to
 * LEADING_MIN_COVERAGE, the best alone when it leads the other by LEAD and holds
 * MIN_LEADING_GROUPS of the question's words (one stray word leads by chance), those writing a
 * figure the reader typed counted when it gives the figure (`8000 livres` for `£8,000`). A
 * paraphrase matches few words, but in one sentence.
 */
export function leadingAlone(
  index: SearchIndex,
  groups: QueryGroup[],
  ranked: Ranked[],
  text = '',
): Ranked[] {
  const [best, second] = ranked;
  if (best === undefined) return [];
  const typed = /\d/u.test(text) ? typedFigures(text, groups) : [];
  const held = new Set(groupsGivenIn(index, typed, best.sentenceId));
  for (const group of groups) if (holdsGroup(index, group, best.sentenceId)) held.add(group);
  if (held.size < MIN_LEADING_GROUPS) return [];
  return second === undefined || best.rank >= LEAD * second.rank ? [best] : [];
}

/**
 * When no sentence covers enough of a question asking for a kind of figure, nor leads alone: the
 * best, if it gives a figure of that kind, holds one of the question's words at least, its
 * article one of `topical` (not the kind word: any article with a fee holds `fee`), and ranks
 * ASKED_FIGURE_LEAD above the next sentence giving such a figure. `How long was the depot shut for
 * the repairs?` asked of `The depot closed for six weeks` holds one word of four, in the one
 * sentence giving a duration; sentences naming the depot without a duration are no rivals, as
 * they cannot answer, nor are those whose counts are of another thing than the one asked
 * (`40,000 books` for `how many volunteers`). The answer is partial: `wordsNotIn` says what it
 * lacks, and front ends show it next to the quote.
 */
export function givingAskedFigure(
  index: SearchIndex,
  groups: QueryGroup[],
  ranked: Ranked[],
  asked: AskedFigure | undefined,
  counted: CountedStems | undefined,
  topical: QueryGroup[] = groups,
  lead = ASKED_FIGURE_LEAD,
): Ranked[] {
  const [best] = ranked;
  if (asked === undefined || best === undefined) return [];
  const ofKind = (sentenceId: number) =>
    (index.corpus.sentences[sentenceId]?.figures ?? []).filter((figure) =>
      isOfAskedKind(figure, asked),
    );
  if (ofKind(best.sentenceId).length === 0) return [];
  const thing = counted?.thing;
  // Rivals cover as much of the question as the floor asks, or as the best when it covers less.
  const floor = Math.min(ASKED_FIGURE_MIN_COVERAGE, best.coverage);
  const giving = ranked.filter(({ sentenceId, coverage }) => {
    if (coverage < floor) return false;
    const figures = ofKind(sentenceId);
    const text = index.corpus.sentences[sentenceId]?.text ?? '';
    return (
      figures.length > 0 &&
      (sentenceId === best.sentenceId ||
        thing === undefined ||
        countsAsked(figures, thing, textWords(index, text), {
          generic: counted?.generic === true,
          people: counted?.people === true,
        }))
    );
  });
  if (groupsIn(index, groups, best.sentenceId) === 0) return [];
  if (!topical.some((group) => documentHolds(index, group, best.sentenceId))) return [];
  const second = giving[1];
  return second === undefined || best.rank >= lead * second.rank ? [best] : [];
}

/**
 * The question's words, as the reader typed them, that the sentence's passage (the sentence, its
 * paragraph and its section's heading) holds in no way. The figure the sentence gives holds the
 * words asking for it (`what time`, `quelle part`), those naming its kind (FIGURE_WORDS: `share`
 * for `71%`) and a number of its value (`450000` for `£450k`). The thing the article's title
 * names is what each of its sentences is about (`the company` of `Ballykeel bakery chain…` is the
 * bakery): when it is the one word lacking, and no name, nothing lacks; with other words lacking,
 * the sentence may be about something else of the article, and all are listed. `alone`: those the
 * sentence itself holds in no way, for one quoted only for being next to the best answer
 * (figure-neighbour.ts).
 */
export function wordsNotIn(
  index: SearchIndex,
  groups: QueryGroup[],
  question: string,
  sentenceId: number,
  asked: AskedFigure | undefined,
  alone = false,
): string[] {
  const tokens = dropQuestionFrames(tokenize(question));
  const sentence = index.corpus.sentences[sentenceId];
  const given = new Set(
    (sentence?.figures ?? []).filter((figure) => !isRank(figure)).map(({ kind }) => kind),
  );
  // The passage is the sentence with its paragraph (passage-gaps.ts); `alone`, the sentence only.
  const neighbours = sentence === undefined || alone ? [] : paragraphIds(index, sentence);
  // `en semaine` is what `du lundi au vendredi` gives.
  const week = workingWeekWords(question);
  const givesWeek = week.size > 0 && sentence !== undefined && givesWorkingWeek(sentence.text);
  // `livres` typed with `8000`, held by `£8,000` (typed-figure.ts).
  const typedGiven = /\d/u.test(question)
    ? groupsGivenIn(index, typedFigures(question, groups), sentenceId)
    : [];
  const countedOtherwise = (held: Sentence): boolean => {
    const stems = countedStems(index, groups, asked);
    if (asked === undefined || stems === undefined) return false;
    const words = textWords(index, held.text);
    return held.figures.some(
      (figure) =>
        isOfAskedKind(figure, asked) &&
        countsOtherwise(figure, asked, stems, {
          words,
          figures: held.figures,
          documentId: held.documentId,
        }),
    );
  };
  const lacking = groups.flatMap((group) => {
    const first = tokens[group.from];
    const last = tokens[group.to - 1];
    if (first === undefined || last === undefined || holdsGroup(index, group, sentenceId))
      return [];
    if (FIGURE_WORDS.get(group.key)?.some((kind) => given.has(kind))) return [];
    if (typedGiven.includes(group)) return [];
    // `combien de kilomètres` of `1 240 km`: the figure gives the unit (unit-named.ts).
    if (sentence !== undefined && namesFigureUnit(group.key, sentence.figures)) return [];
    if (asked?.asking.includes(group.key) && asked.kinds.some((kind) => given.has(kind))) return [];
    // `how many people` held by a count of a kind of person (`3 400 spectateurs`), the only
    // kind its article counts.
    if (
      asked?.counted === group.key &&
      isAnyPeople(group.key) &&
      sentence !== undefined &&
      countsOnlyKindOfPerson(index, sentence)
    )
      return [];
    // The thing counted, counted in other words (`160 bénévoles` for `volunteers`).
    if (asked?.counted === group.key && sentence !== undefined && countedOtherwise(sentence))
      return [];
    if (neighbours.some((id) => holdsGroup(index, group, id))) return [];
    if (!alone && headingHolds(index, group, sentenceId)) return [];
    if (givesWeek && group.key.split(' ').every((word) => week.has(word))) return [];
    const typed = question.slice(first.start, last.end);
    // `American` asked of `a US foundation` (country-forms.ts).
    const country = countryForms(typed);
    if (country !== undefined && sentence !== undefined) {
      const texts = [sentence, ...neighbours.map((id) => index.corpus.sentences[id])];
      if (
        namesCountry(
          texts.flatMap((held) => (held === undefined ? [] : [held.text])),
          country,
        )
      )
        return [];
    }
    // `youngest` asked of `Le plus jeune apprenti`.
    if (sentence !== undefined && saysSuperlative(group.key, sentence.text)) return [];
    // A number with its unit typed onto it (`20km`) is a number.
    const kind = /^\d+\p{L}*$/u.test(group.key) ? 'number' : 'name';
    const guess = kind === 'number' && typedAsGuess(tokens, group.from, question);
    const bound = kind === 'number' ? typedAsBound(tokens, group.from, question) : undefined;
    if (sentence !== undefined && writtenOtherwise(sentence, { typed, kind, guess, bound }))
      return [];
    // `sur les 6200 docs`: a whole the reader read in the article (specific-terms.ts).
    if (
      kind === 'number' &&
      sentence !== undefined &&
      typedAsWhole(tokens, group.from) &&
      articleGives(index, sentence, { typed, kind })
    )
      return [];
    return [{ typed, group }];
  });
  const [only] = lacking;
  if (
    !alone &&
    lacking.length === 1 &&
    only !== undefined &&
    only.typed === only.typed.toLowerCase() &&
    titleHolds(index, only.group, sentenceId)
  )
    return [];
  return lacking.map(({ typed }) => typed);
}

/** Whether the sentence holds the group in some way of writing it. */
export const holdsGroup = (index: SearchIndex, group: QueryGroup, sentenceId: number): boolean =>
  heldBy(group, (wordId) => holds(index.postings[wordId] ?? NO_SENTENCES, sentenceId));

/** Whether the sentence's article holds the group in some way: its title, headings or any sentence. */
function documentHolds(index: SearchIndex, group: QueryGroup, sentenceId: number): boolean {
  const documentId = index.corpus.sentences[sentenceId]?.documentId;
  const title = new Set(
    tokenize(index.corpus.documents[documentId ?? -1]?.title ?? '').map(({ word }) => word),
  );
  if (group.key.split(' ').every((word) => title.has(word))) return true;
  return index.corpus.sentences.some(
    (sentence) =>
      sentence.documentId === documentId &&
      (holdsGroup(index, group, sentence.id) ||
        group.alternatives.some(({ words }) =>
          words.every((matches) =>
            [...matches.keys()].some((wordId) =>
              holds(index.contextPostings[wordId] ?? NO_SENTENCES, sentence.id),
            ),
          ),
        )),
  );
}

/** How many of the question's groups the sentence holds in some way. */
function groupsIn(index: SearchIndex, groups: QueryGroup[], sentenceId: number): number {
  return groups.filter((group) => holdsGroup(index, group, sentenceId)).length;
}

/**
 * Whether the group matched the articles' words themselves or their stems (`salt`, `stockpiled`),
 * not only through a longer or shorter word (`router` → `route`), a cognate or a typo.
 */
function firmlyKnown(group: QueryGroup): boolean {
  return group.alternatives.some(
    ({ words }) =>
      words.length > 0 &&
      words.every((matches) => [...matches.values()].some((weight) => weight >= SAME_STEM)),
  );
}

/**
 * `Who composed The Four Seasons?` asked of an article on gritting: one word of the question
 * (`four`) is the articles', the others, real words, never appear in them, or only as another
 * word's near spelling (`reset` → `reste`, `router` → `route`). A question asking no figure with
 * one such word at most and two or more real words the articles do not use is about something
 * else: a sentence holding that one word is a stray match, not an answer. A misspelled word
 * (`temprature`) is the reader's slip, not another subject, and a question reaching the articles
 * through the dictionary (in the other language) meets its gaps: neither counts. Nor does a
 * question typing a figure the articles give (`… repart avec 8000 livres`, typed-figure.ts).
 */
export function mostlyElsewhere(index: SearchIndex, groups: QueryGroup[], text: string): boolean {
  const translatedOnly = groups.some(
    (group) =>
      isKnown(group) &&
      group.alternatives.every((alternative) => alternative.translated || !isMatched(alternative)),
  );
  if (translatedOnly) return false;
  const spelled = groups.filter(
    (group) =>
      group.key.length >= MIN_ASKING_LENGTH &&
      !/\d/u.test(group.key) &&
      group.key.split(' ').every(isSpelledWord),
  );
  const firm = groups.filter(firmlyKnown);
  const loose = spelled.filter((group) => !firmlyKnown(group));
  return (
    firm.length <= 1 && loose.length >= 2 && !typedFigureGiven(index, typedFigures(text, groups))
  );
}
