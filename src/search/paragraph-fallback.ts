import type { Sentence } from '../knowledge/types.ts';
import { type AskedFigure, asksAge } from './asked-figure.ts';
import { paragraphIds } from './passage-gaps.ts';
import { countsPersons, isAnyPeople } from './people-counted.ts';
import type { QueryGroup } from './query.ts';
import { holdsGroup } from './refusal.ts';
import type { Rank, Ranked } from './scoring.ts';
import type { SearchIndex } from './search-index.ts';
import { FIGURE_WORDS, MIN_LEADING_GROUPS } from './settings.ts';

/**
 * The last fallback's last resort: the sentence giving the figure asked holds none of the
 * question's words, its paragraph does. An article names the thing once and gives its figure in
 * the next sentence (`Le grand troupeau … a quitté Lauzerac. … sous une chaleur qui a atteint
 * 31 °C`), so a question naming the thing (`How hot did it get while the flock was walking up?`)
 * reaches the figure only through its paragraph. Read only for a figure of a kind the question
 * names (a temperature, a clock time, a sum, a unit, people counted), never a bare count nor an
 * age, and only where the article gives it in one sentence: with two, which is meant is a guess.
 */

/**
 * The sentences that may give the figure asked: for `how many people`, those counting persons;
 * else `giving` (the caller's `sentencesGiving`), for a figure of a kind the question names.
 */
function* candidates(
  index: SearchIndex,
  asked: AskedFigure,
  giving: Set<number>,
  within: Set<number> | undefined,
): Generator<Sentence> {
  if (asked.counted !== undefined && isAnyPeople(asked.counted)) {
    for (const sentence of index.corpus.sentences)
      if ((within === undefined || within.has(sentence.id)) && sentence.figures.some(countsPersons))
        yield sentence;
    return;
  }
  // An age is a person's: the one next to the sentence naming someone may be anyone's.
  if (
    asked.counted !== undefined ||
    (asked.kinds.includes('count') && asked.unit === undefined) ||
    asksAge(asked) ||
    !asked.specific
  )
    return;
  for (const id of giving) {
    const sentence = index.corpus.sentences[id];
    if (sentence !== undefined) yield sentence;
  }
}

/** Whether the figure given holds the group: the words asking it (`how hot`), `people` counted. */
const answered = (group: QueryGroup, asked: AskedFigure): boolean =>
  asked.asking.includes(group.key) ||
  FIGURE_WORDS.has(group.key) ||
  (group.key === asked.counted && isAnyPeople(group.key));

/**
 * The one sentence of the articles (of `within`) giving the figure asked, when its paragraph
 * holds MIN_LEADING_GROUPS of the question's words, the figure holding those asking it, and one
 * at least besides them (one word is a stray match). Ranked as the paragraph's best sentence, its
 * coverage its own: the answer is a guess, all it lacks shown.
 */
export function answerByParagraph(
  index: SearchIndex,
  groups: QueryGroup[],
  asked: AskedFigure,
  { rank, within, giving }: { rank: Rank; within: Set<number> | undefined; giving: Set<number> },
): Ranked | undefined {
  let only: Sentence | undefined;
  for (const sentence of candidates(index, asked, giving, within)) {
    if (only !== undefined) return undefined;
    only = sentence;
  }
  if (only === undefined) return undefined;
  const ids = paragraphIds(index, only);
  const holding = groups.filter((group) => ids.some((id) => holdsGroup(index, group, id)));
  const named = holding.filter((group) => !answered(group, asked));
  const asking = groups.filter((group) => answered(group, asked) && !holding.includes(group));
  if (named.length === 0 || named.length + asking.length < MIN_LEADING_GROUPS) return undefined;
  const ranked = rank(0, ids.length, true, new Set(ids));
  const [best] = ranked;
  const own = ranked.find((entry) => entry.sentenceId === only.id);
  return {
    sentenceId: only.id,
    coverage: own?.coverage ?? 0,
    rank: best?.rank ?? 0,
    score: best?.score ?? 0,
  };
}
