import type { Sentence } from '../knowledge/types.ts';
import { askedFigure } from './asked-figure.ts';
import { dropQuestionFrames, STOP_WORDS, type Token, tokenize } from './normalize.ts';
import type { Gaps } from './passage-gaps.ts';
import type { QueryGroup } from './query.ts';
import { wantedFigures } from './scoring.ts';
import type { SearchIndex } from './search-index.ts';
import { FIGURE_WORDS, PERIOD_WORDS } from './settings.ts';

/**
 * The thing a question asks which of (`Which architect designed the pool?`, `in which town`,
 * `quelle entreprise`): a passage that neither holds the word in some way of writing it nor names
 * anything the question does not cannot say which one. Checked on the answers as ranked, as
 * `asked-when.ts` is.
 */

/** The thing asked as typed, the question, and the articles' words it matched. */
interface AskedThing {
  typed: string;
  question: string;
  ids: Set<number>;
  /** The articles' words any word of the question matched (`heats` → `heated`). */
  matched: Set<number>;
}

/** Words asking which thing: `which architect`, `quelle entreprise`. */
const WHICH: ReadonlySet<string> = new Set(['which', 'quel', 'quelle', 'quels', 'quelles']);

/** Words asking which sort of thing, naming none: `what kind of chips`. */
const SORT_WORDS: ReadonlySet<string> = new Set(
  'kind kinds sort sorts type types genre genres sorte sortes'.split(' '),
);

/**
 * The thing asked, or undefined: a single word right after `which`/`quel` (not `what`, followed by
 * an adjective as often: `what new task force`), naming no kind of figure (`quelle part`, `quel
 * montant`), period or sort, in a question asking no figure (`quel rendement` asks one in words
 * of its own, which the figure answers).
 */
export function askedThing(groups: QueryGroup[], question: string): AskedThing | undefined {
  const tokens = dropQuestionFrames(tokenize(question));
  const group = groups.find(
    (candidate) =>
      candidate.to === candidate.from + 1 && WHICH.has(tokens[candidate.from - 1]?.word ?? ''),
  );
  const token = group === undefined ? undefined : tokens[group.from];
  if (group === undefined || token === undefined) return undefined;
  const { key } = group;
  if (FIGURE_WORDS.has(key) || PERIOD_WORDS.has(key) || SORT_WORDS.has(key) || /\d/u.test(key))
    return undefined;
  if (askedFigure(question) !== undefined || wantedFigures(question).size > 0) return undefined;
  const idsOf = (each: QueryGroup) =>
    each.alternatives.flatMap(({ words }) => words.flatMap((matches) => [...matches.keys()]));
  const ids = new Set(idsOf(group));
  const matched = new Set(groups.flatMap(idsOf));
  return { typed: question.slice(token.start, token.end), question, ids, matched };
}

/**
 * The gaps with the thing asked added when the sentence does not hold it, names nothing the
 * question does not but dates (a name may be the thing's: `which officials` met by `Wang Yi`)
 * and gives no figure that may be it unnamed (a sum, a share, a count: `quelle compensation` met
 * by `4 000 € chacun`).
 */
export function withThingGap(
  index: SearchIndex,
  gaps: Gaps,
  sentence: Sentence,
  asked: AskedThing | undefined,
): Gaps {
  if (asked === undefined || gaps.missing.includes(asked.typed)) return gaps;
  if (sentence.figures.some(({ kind }) => MAY_BE_THE_THING.has(kind))) return gaps;
  const words = tokenize(sentence.text);
  if (words.some(({ word }) => asked.ids.has(index.wordIds.get(word) ?? -1))) return gaps;
  const questionWords = new Set(tokenize(asked.question).map(({ word }) => word));
  if (saysThingAfter(index, words, asked, questionWords)) return gaps;
  const namesOther = tokenize(sentence.text).some(otherName(index, sentence, questionWords));
  return namesOther ? gaps : { ...gaps, missing: [...gaps.missing, asked.typed] };
}

/**
 * Whether a token of the sentence is a name the question does not say: a word the articles
 * always capitalize, outside a date (`3 March` names no thing).
 */
export function otherName(
  index: SearchIndex,
  sentence: Sentence,
  questionWords: ReadonlySet<string>,
): (token: Token) => boolean {
  const inDate = (at: number) =>
    sentence.figures.some(
      ({ kind, start, text }) => kind === 'date' && at >= start && at < start + text.length,
    );
  return ({ word, start }) => {
    if (inDate(start) || questionWords.has(word)) return false;
    const id = index.wordIds.get(word);
    return id !== undefined && index.names[id] === 1;
  };
}

/** Words that link a verb or a noun to what it is made of, runs on, is said in: `made of`, `en`. */
const THING_LINKS: ReadonlySet<string> = new Set(
  'of in with from on en au aux avec de du des d'.split(' '),
);
/** Words that may stand between the question's word and the link: `le toit est en ardoise`. */
const BETWEEN: ReadonlySet<string> = new Set(
  'is are was were be been est sont etait etaient sera a the an le la les l un une'.split(' '),
);

/**
 * Whether the sentence says a thing right after a word of the question and a link (`made of
 * slate`, `chauffée au bois`, `donnés en breton`, `le toit est en ardoise`): that thing may be
 * the one asked (`which material`, `quel combustible`, `quelle langue`), though the sentence
 * never says the word. Not after `by`/`par`: that names who did it (`designed by a local firm`),
 * which answers `which architect` only when a name (the rule above).
 */
function saysThingAfter(
  index: SearchIndex,
  words: { word: string }[],
  asked: AskedThing,
  questionWords: ReadonlySet<string>,
): boolean {
  const inQuestion = (word: string) =>
    questionWords.has(word) || asked.matched.has(index.wordIds.get(word) ?? -1);
  return words.some(({ word }, at) => {
    // `made` is a stop word, and the verb a thing is said after: only the links are left out.
    if (!inQuestion(word) || BETWEEN.has(word) || THING_LINKS.has(word)) return false;
    let next = at + 1;
    while (BETWEEN.has(words[next]?.word ?? '')) next++;
    if (!THING_LINKS.has(words[next]?.word ?? '')) return false;
    next++;
    while (BETWEEN.has(words[next]?.word ?? '')) next++;
    const thing = words[next]?.word;
    return (
      thing !== undefined && !STOP_WORDS.has(thing) && !inQuestion(thing) && !/\d/u.test(thing)
    );
  });
}

const MAY_BE_THE_THING: ReadonlySet<string> = new Set(['money', 'percent', 'ratio', 'count']);
