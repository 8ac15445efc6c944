import type { Sentence } from '../knowledge/types.ts';
import { type AskedFigure, asksAge } from './asked-figure.ts';
import { givesAskedFigure } from './figure-instead.ts';
import { paragraphIds } from './passage-gaps.ts';
import { countsPersons, isAnyPeople } from './people-counted.ts';
import type { QueryGroup } from './query.ts';
import { holdsGroup } from './refusal.ts';
import type { Ranked } from './scoring.ts';
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

/** Ranks the sentences (of `within`, when given) covering `minCoverage` of the question. */
type Rank = (
  minCoverage: number,
  limit: number,
  byFigure?: boolean,
  within?: Set<number>,
) => Ranked[];

/** Whether the sentence gives the figure asked: for `how many people`, a count of persons. */
function gives(index: SearchIndex, sentence: Sentence, asked: AskedFigure): boolean {
  if (asked.counted !== undefined && isAnyPeople(asked.counted))
    return sentence.figures.some(countsPersons);
  // An age is a person's: the one next to the sentence naming someone may be anyone's.
  if (
    asked.counted !== undefined ||
    (asked.kinds.includes('count') && asked.unit === undefined) ||
    asksAge(asked)
  )
    return false;
  return asked.specific && givesAskedFigure(index, sentence.id, asked);
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
  { rank, within }: { rank: Rank; within: Set<number> | undefined },
): Ranked | undefined {
  let only: Sentence | undefined;
  for (const sentence of index.corpus.sentences) {
    if (within !== undefined && !within.has(sentence.id)) continue;
    if (!gives(index, sentence, asked)) continue;
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
