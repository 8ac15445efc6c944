import type { Sentence, Topic } from '../knowledge/types.ts';
import type { Answer } from './answer.ts';
import { answerForm } from './answer-form.ts';
import { asksAdvice } from './asked-advice.ts';
import { type AskedFigure, askedByKindWord, askedFigure, askedWeakly } from './asked-figure.ts';
import { qualifierGaps } from './asked-gaps.ts';
import { asksGeneralKnowledge } from './asked-general.ts';
import { askedLeader, relativeLeader } from './asked-leader.ts';
import { asksOpinion } from './asked-opinion.ts';
import { asksWorldRecord } from './asked-record.ts';
import { withOwnTimeFirst } from './asked-when.ts';
import { readChatWords } from './chat-words.ts';
import { countedStems } from './counted-thing.ts';
import { isCountryWord } from './countries.ts';
import { figureAsking, heldByFigure } from './figure-asking.ts';
import { answerByKindAsked, leaderGiving } from './figure-fallback.ts';
import { withNeighbourFirst } from './figure-neighbour.ts';
import { fillsGap, withGapFreeFirst } from './gap-free.ts';
import { withLeaderFirst, withLeaderRoles } from './leader-first.ts';
import { tellingLacks } from './partial-lacks.ts';
import { type Gapped, withFigureFirst, withGaps } from './passage-order.ts';
import { highlight, matchedWords, suggest, toPassage } from './passages.ts';
import { withCountedPeople } from './people-counted.ts';
import {
  parseQuery,
  type QueryGroup,
  withoutMarkup,
  withoutScaleMatches,
  withoutSharedMatches,
} from './query.ts';
import { withRealWordSlips } from './real-word-slips.ts';
import {
  asksBeyondNames,
  elsewhereThroughDictionary,
  leadingAlone,
  mostlyElsewhere,
  unknownWeight,
  wordsNotIn,
} from './refusal.ts';
import { type Ranked, rankSentences, wantedFigures } from './scoring.ts';
import type { SearchIndex } from './search-index.ts';
import {
  DEFAULT_LIMIT,
  FIGURE_WORDS,
  GAP_FREE_MIN_COVERAGE,
  LEADING_MIN_COVERAGE,
  MIN_COVERAGE,
  MISSING_CANDIDATES,
  WARM_UP_BUDGET_MS,
  WARM_UP_ROUNDS,
} from './settings.ts';
import { type SpecificTerm, specificTerms } from './specific-terms.ts';
import { textTokens } from './text-tokens.ts';
import { topicSentences } from './topics.ts';
import { prepareTypoLookUps } from './typos.ts';
import { warmUpQuestions } from './warm-up.ts';
import { withWorkWords } from './work-words.ts';

/**
 * The answer engine: reads the question (query.ts), refuses what only names things (refusal.ts),
 * ranks the sentences that cover enough of it (scoring.ts) and shapes them into passages
 * (passages.ts). Weights and thresholds are in settings.ts.
 */

export { toPassage } from './passages.ts';
export { MIN_COVERAGE } from './settings.ts';
export { topicSentences } from './topics.ts';

export interface SearchOptions {
  /** How many passages at most. */
  limit?: number;
  /** Only these sentences may answer (a topic's). */
  within?: Set<number>;
  /**
   * Whether a sentence giving the figure asked may be quoted before a best answer giving none
   * (figure-instead.ts; default true). A claim's candidates keep their own order: the claim
   * checker weighs every figure itself, and a figure put first there changes which it sets against.
   */
  figureInstead?: boolean;
}

/** The sentences that answer, and whether they answer only part of the question. */
interface Answering {
  ranked: Ranked[];
  partial: boolean;
  /** Found only by the kind of figure it gives (figure-fallback.ts): all it lacks is shown. */
  guess: boolean;
  /** The sentence to quote first in place of a best answer giving no figure of the kind asked. */
  instead: () => Ranked | undefined;
  /** The sentences covering GAP_FREE_MIN_COVERAGE of the question, best first (gap-free.ts). */
  below: () => Ranked[];
  /**
   * The figure the last fallback looked for (`when`, `what fee`, `how quickly`): the words asking
   * it are held by the figure its answer gives, as those of a figure asked outright are.
   */
  lookedFor?: AskedFigure;
}

const NO_INSTEAD = (): Ranked | undefined => undefined;
const NONE_BELOW = (): Ranked[] => [];

/**
 * The sentences covering MIN_COVERAGE of the question, best first; failing any, the one far
 * ahead of the rest (`leadingAlone`); failing it, the one giving the kind of figure asked for
 * (`givingAskedFigure`), a partial answer. Ranking at MIN_COVERAGE first keeps the usual
 * question's cost and its top sentences what they were; the looser passes run only when nothing
 * answers.
 */
function rankAnswering(
  index: SearchIndex,
  groups: QueryGroup[],
  text: string,
  asked: AskedFigure | undefined,
  options: {
    within: Set<number> | undefined;
    limit: number;
    terms: SpecificTerm[];
    widened: boolean;
  },
): Answering {
  const wanted = wantedFigures(text, asked?.counted !== undefined);
  // Words asking for a figure in words the articles never use (figure-asking.ts).
  const asking = figureAsking(index, groups, asked, text);
  const allUnknown = unknownWeight(index, groups);
  const unknown =
    asking.gives.length === 0
      ? allUnknown
      : unknownWeight(
          index,
          groups.filter((group) => !asking.groups.has(group)),
        );
  const held = heldByFigure(asking, allUnknown - unknown);
  const rank = (minCoverage: number, limit: number, byFigure = true, within = options.within) =>
    rankSentences(index, groups, wanted, {
      within,
      unknownWeight: byFigure ? unknown : allUnknown,
      heldByFigure: byFigure ? held : [],
      minCoverage,
      limit,
    });
  const topicalFor = (by: AskedFigure) =>
    groups.filter(({ key }) => !(by.asking.includes(key) && FIGURE_WORDS.has(key)));
  // The sentence giving the figure asked that leads the others giving it (figure-fallback.ts),
  // looked for only when the best answer gives none.
  const instead = () =>
    asked === undefined
      ? undefined
      : leaderGiving(index, groups, asked, {
          rank,
          topical: topicalFor(asked),
          within: options.within,
        });
  const below = () => rank(GAP_FREE_MIN_COVERAGE, options.limit, false);
  const covering = rank(MIN_COVERAGE, options.limit, false);
  if (covering.length > 0)
    return { ranked: covering, partial: false, guess: false, instead, below };
  // The best and the second, to see whether the best leads.
  const leading = leadingAlone(index, groups, rank(LEADING_MIN_COVERAGE, 2, false), text);
  if (leading.length > 0) return { ranked: leading, partial: false, guess: false, instead, below };
  // Covering the question once a figure holds its asking words, or leading alone then: the answer,
  // unless the sentence lacks more than one of the question's other words (one is wording, as
  // FIRST_UNKNOWN_WORD has it); then a partial answer, shown with what it lacks.
  if (held.length > 0) {
    let giving = rank(MIN_COVERAGE, options.limit);
    if (giving.length === 0)
      giving = leadingAlone(index, groups, rank(LEADING_MIN_COVERAGE, 2), text);
    const [best] = giving;
    if (best !== undefined) {
      const lacks = wordsNotIn(index, groups, text, best.sentenceId, asked);
      return {
        ranked: giving,
        partial: lacks.length > 1,
        guess: false,
        instead: NO_INSTEAD,
        below: NONE_BELOW,
      };
    }
  }
  // `quand`, `when`: too weak to rank by a date, enough to choose the one sentence giving one;
  // `quelle somme`, `what fee`: a figure asked by naming its kind.
  const fallback = asked ?? askedWeakly(text) ?? askedByKindWord(text);
  if (fallback === undefined)
    return { ranked: [], partial: false, guess: false, instead: NO_INSTEAD, below: NONE_BELOW };
  // The figure's sentence must hold one of the question's words besides the figure's kind word
  // asking for it: any sentence with a fee holds `fee`, and `What fee do plumbers charge?` is not
  // about it.
  const { ranked, guess } = answerByKindAsked(index, groups, fallback, {
    rank,
    topical: topicalFor(fallback),
    terms: options.terms,
    within: options.within,
    widened: options.widened,
  });
  return {
    ranked,
    partial: true,
    guess,
    instead: NO_INSTEAD,
    below: NONE_BELOW,
    lookedFor: fallback,
  };
}

/** Finds the sentences that answer a free question. */
export function findPassages(
  index: SearchIndex,
  question: string,
  options: SearchOptions = {},
): Answer {
  const started = performance.now();
  const text = readChatWords(index, withoutMarkup(question));
  const asked = askedFigure(text);
  // `how many people` also reads the articles' counts of a kind of person (`donateurs`).
  const parsed = withoutSharedMatches(withoutScaleMatches(index, parseQuery(index, text)));
  let groups = withCountedPeople(index, withWorkWords(index, parsed, asked), asked);
  const leader = asked === undefined ? askedLeader(index, groups, text) : undefined;
  groups = withLeaderRoles(groups, leader ?? relativeLeader(index, groups, text));
  const limit = options.limit ?? DEFAULT_LIMIT;
  const terms = specificTerms(index, text, groups);
  const ranking = {
    terms,
    // The figure asked looked for beyond the best matches (figure-fallback.ts), not for a claim.
    widened: options.figureInstead !== false,
    within: options.within,
    limit: terms.length > 0 || asked !== undefined ? limit + MISSING_CANDIDATES : limit,
  };
  let candidates: Answering = {
    ranked: [],
    partial: false,
    guess: false,
    instead: NO_INSTEAD,
    below: NONE_BELOW,
  };
  if (
    // Advice asked (`how do I…`, `la recette de…`) is no news, nor the bot's own opinion (`selon
    // toi`, `is it worth going`), nor general knowledge (`how does a tunnel washer work`); not
    // for a claim's subject.
    !(
      options.figureInstead !== false &&
      (asksAdvice(text) || asksOpinion(text) || asksGeneralKnowledge(text))
    ) &&
    !asksBeyondNames(index, groups) &&
    // `the youngest champion ever`, asked of an article never saying `ever` (asked-record.ts).
    !(options.figureInstead !== false && asksWorldRecord(text, groups)) &&
    !elsewhereThroughDictionary(groups, terms) &&
    // Not for a claim's subject (`figureInstead` false): the claim checker says what it lacks.
    !(
      options.figureInstead !== false &&
      asked === undefined &&
      askedWeakly(text) === undefined &&
      askedByKindWord(text) === undefined &&
      mostlyElsewhere(index, groups, text)
    )
  ) {
    candidates = rankAnswering(index, groups, text, asked, ranking);
    // A typed word the best answer lacks may be a slip on a commoner word (real-word-slips.ts).
    const widened = withRealWordSlips(index, groups, candidates.ranked[0]?.sentenceId);
    if (widened !== undefined) {
      groups = widened;
      candidates = rankAnswering(index, groups, text, asked, ranking);
    }
  }
  // `what is a spillway crest`, `is it legal to…`: only a sentence defining the term or speaking
  // of the law answers (answer-form.ts); not for a claim's subject.
  const form =
    options.figureInstead !== false ? answerForm(index, text, asked !== undefined) : undefined;
  if (form !== undefined) {
    const ranked = candidates.ranked.filter(({ sentenceId }) =>
      form((index.corpus.sentences[sentenceId] as Sentence).text),
    );
    candidates = { ...candidates, ranked, instead: NO_INSTEAD, below: NONE_BELOW };
  }
  const counted = countedStems(index, groups, asked);
  const askedFor = asked ?? candidates.lookedFor;
  const lacksOf = (sentenceId: number) =>
    tellingLacks(groups, text, wordsNotIn(index, groups, text, sentenceId, askedFor));
  const allLacks = (sentenceId: number) => wordsNotIn(index, groups, text, sentenceId, askedFor);
  const lacking = candidates.guess ? allLacks : candidates.partial ? lacksOf : undefined;
  const gapped = (entry: Ranked) => withGaps(index, [entry], terms, asked, counted, 1)[0] as Gapped;
  const gapFree = withGapFreeFirst(
    withFigureFirst(
      index,
      withGaps(index, candidates.ranked, terms, asked, counted, limit, lacking),
      options.figureInstead === false ? NO_INSTEAD : candidates.instead,
      { terms, asked, counted, limit },
      lacksOf,
      allLacks,
    ),
    options.figureInstead === false ? NONE_BELOW : candidates.below,
    gapped,
    lacksOf,
    (sentenceId, typed) => fillsGap(index, groups, asked, sentenceId, typed),
    limit,
  );
  // Still no figure of the kind asked first: the best's neighbour giving it (figure-neighbour.ts);
  // not for a claim's subject, nor an answer found otherwise than by the question's words.
  const answering = withNeighbourFirst(
    index,
    gapFree,
    options.figureInstead === false || candidates.instead === NO_INSTEAD ? undefined : asked,
    counted,
    {
      gapped,
      alone: (sentenceId) => wordsNotIn(index, groups, text, sentenceId, askedFor, true),
      limit,
    },
  );
  const matched = matchedWords(index, groups);
  // Each qualifier the question asks adds what a passage lacks of it (asked-gaps.ts).
  const { when, steps } = qualifierGaps(index, text, groups, asked, terms, leader);
  // `qui préside…`, `who runs…`: the sentence naming the leader first (leader-first.ts).
  const ordered = withOwnTimeFirst(
    withLeaderFirst(index, answering, groups, leader, gapped),
    when,
    steps,
  );
  const results = ordered.map(({ sentence, score, gaps }) =>
    toPassage(
      index,
      sentence,
      score,
      highlight(sentence.text, matched, textTokens(index, sentence.text)),
      gaps,
    ),
  );
  return {
    query: question,
    answered: results.length > 0,
    took_ms: Math.round((performance.now() - started) * 1000) / 1000,
    results,
    suggestions: results.length > 0 ? [] : suggest(index, groups),
  };
}

/**
 * Answers a topic command: with a question, the question within the topic's sentences; without,
 * the topic's sentences that hold the most of its keywords.
 */
export function findTopicPassages(
  index: SearchIndex,
  topic: Topic,
  question?: string,
  options: SearchOptions = {},
): Answer {
  const within = topicSentences(index, topic);
  if (question !== undefined && question.trim() !== '') {
    return findPassages(index, question, { ...options, within });
  }
  const started = performance.now();
  const query = topic.keywords.join(' ');
  const groups = topic.keywords.flatMap((keyword) => parseQuery(index, keyword));
  const ranked = rankSentences(index, groups, new Map(), {
    within,
    minCoverage: Number.NEGATIVE_INFINITY,
    limit: options.limit ?? DEFAULT_LIMIT,
  });
  const best = ranked[0]?.rank ?? 1;
  const matched = matchedWords(index, groups);
  const results = ranked.map((entry) => {
    const sentence = index.corpus.sentences[entry.sentenceId] as Sentence;
    const highlights = highlight(sentence.text, matched, textTokens(index, sentence.text));
    return toPassage(index, sentence, entry.rank / best, highlights);
  });
  return {
    query: topic.label.en === topic.label.fr ? topic.label.en : query,
    answered: results.length > 0,
    took_ms: Math.round((performance.now() - started) * 1000) / 1000,
    results,
    suggestions: [],
  };
}

/**
 * Builds what typo look-ups and place words read, then asks questions made from the articles' own
 * sentences, as readers type them (`warmUpQuestions`), for up to WARM_UP_BUDGET_MS, so that the
 * first readers' questions run optimised code. Answers do not depend on it.
 *
 * When the questions are through before the budget is, they are asked again, up to
 * WARM_UP_ROUNDS times: a repeat finds its words already matched, costs a fraction of the first
 * asking, and brings the large per-question functions (`parseQuery`, `planGroup`) to V8's
 * optimising compiler, which 600 questions left compiling them during the first readers'
 * questions.
 */
export function warmUp(index: SearchIndex): void {
  prepareTypoLookUps(index);
  // Country names are read from Node's CLDR data on first use (tens of ms): not out of the budget.
  isCountryWord('');
  const started = performance.now();
  const questions = warmUpQuestions(index);
  for (let round = 0; round < WARM_UP_ROUNDS; round++) {
    for (const question of questions) {
      findPassages(index, question);
      if (performance.now() - started > WARM_UP_BUDGET_MS) return;
    }
  }
}
