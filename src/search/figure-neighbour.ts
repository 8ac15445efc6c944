import type { Sentence } from '../knowledge/types.ts';
import { type AskedFigure, asksAge, isInAskedUnit } from './asked-figure.ts';
import { type CountedStems, countsAsked } from './counted-thing.ts';
import { givesAskedFigure } from './figure-instead.ts';
import { paragraphIds, textWords } from './passage-gaps.ts';
import type { Gapped } from './passage-order.ts';
import type { Ranked } from './scoring.ts';
import type { SearchIndex } from './search-index.ts';

/**
 * A best answer naming what is asked about but giving no figure of the kind asked (`Le bâtiment
 * de 620 m² … a été construit en quatorze mois.` for `Quel est le prix total de la
 * construction ?`): an article names the thing once and gives its figures in the sentence right
 * before or after, which refers back to it (`Son coût total s’élève à 2,35 millions d’euros`) and
 * so holds few of the question's words. When no sentence giving the figure leads the others
 * (figure-instead.ts), the one sentence next to the best, in its paragraph, that gives a figure
 * of the kind (and unit) asked is quoted first: what the reader asked is the thing the best
 * answer names and the figure its neighbour gives. With both neighbours giving one, which is
 * meant is a guess, and the answers stay as they were.
 */

/**
 * Whether the sentence gives a figure of the first kind asked (a sum for `how much … paid`, not
 * the share that may also answer it), in the unit asked, and of the thing counted where one is.
 */
function givesOfThing(
  sentence: Sentence,
  asked: AskedFigure,
  counted: CountedStems | undefined,
  words: () => Set<string>,
): boolean {
  const [kind] = asked.kinds;
  const figures = sentence.figures.filter(
    (figure) => figure.kind === kind && isInAskedUnit(figure, asked, sentence.text),
  );
  if (figures.length === 0) return false;
  const thing = counted?.thing;
  return (
    thing === undefined ||
    countsAsked(figures, thing, words(), {
      generic: counted?.generic === true,
      people: counted?.people === true,
    })
  );
}

/**
 * Whether the question names the kind of figure it asks (a sum, a duration, a clock time, a
 * temperature, a measure, people counted): a bare count (`combien`) or an age is anyone's, and
 * the sentence next to the one naming the thing may give it of another.
 */
const namesKind = (asked: AskedFigure): boolean =>
  asked.specific &&
  !asksAge(asked) &&
  (!asked.kinds.includes('count') || asked.unit !== undefined || asked.counted !== undefined);

/**
 * The sentence right before or after `bestId` in its paragraph giving the figure asked, when it
 * is the only one of the two that does.
 */
function neighbourGiving(
  index: SearchIndex,
  bestId: number,
  asked: AskedFigure,
  counted: CountedStems | undefined,
): number | undefined {
  const best = index.corpus.sentences[bestId];
  if (best === undefined) return undefined;
  const ids = paragraphIds(index, best);
  const at = ids.indexOf(bestId);
  const giving = [ids[at - 1], ids[at + 1]].filter((id): id is number => {
    const sentence = id === undefined ? undefined : index.corpus.sentences[id];
    return (
      sentence !== undefined &&
      givesOfThing(sentence, asked, counted, () => textWords(index, sentence.text))
    );
  });
  return giving.length === 1 ? giving[0] : undefined;
}

/**
 * The answers, with the best's one neighbour giving the figure asked first when the best, once
 * the others had their turn (figure-instead.ts, gap-free.ts), still gives none: at the best's
 * score, shown with the question's words the sentence itself does not hold (`alone`), as it is
 * quoted for being next to the best, not for its own words.
 */
export function withNeighbourFirst(
  index: SearchIndex,
  answering: Gapped[],
  asked: AskedFigure | undefined,
  counted: CountedStems | undefined,
  {
    gapped,
    alone,
    limit,
  }: {
    gapped: (entry: Ranked) => Gapped;
    alone: (sentenceId: number) => string[];
    limit: number;
  },
): Gapped[] {
  const [best] = answering;
  if (asked === undefined || best === undefined || !namesKind(asked)) return answering;
  if (givesAskedFigure(index, best.sentenceId, asked)) return answering;
  const id = neighbourGiving(index, best.sentenceId, asked, counted);
  if (id === undefined) return answering;
  const found = gapped({ sentenceId: id, coverage: 0, rank: best.rank, score: best.score });
  const missing = [...found.gaps.missing];
  for (const typed of alone(id)) if (!missing.includes(typed)) missing.push(typed);
  const placed = {
    ...found,
    gaps: { ...found.gaps, missing },
    rank: best.rank,
    score: best.score,
  };
  const others = answering.filter(({ sentenceId }) => sentenceId !== id);
  return [placed, ...others].slice(0, Math.max(0, limit));
}
