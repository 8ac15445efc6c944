import { isRank } from '../knowledge/figure-ordinals.ts';
import { extractFigures } from '../knowledge/figures.ts';
import type { Figure } from '../knowledge/types.ts';
import { lexiconEntry } from './dictionary-lookup.ts';
import { dropQuestionFrames, fold, stem, tokenize } from './normalize.ts';
import type { QueryGroup } from './query.ts';
import type { SearchIndex } from './search-index.ts';
import { unitKeyOf } from './unit-named.ts';

/**
 * A figure the reader types to have it checked (`est-ce vrai que la gagnante repart avec 8000
 * livres`, `is it true each plot grows 310 kg of veg`, `il a donné son sang 150 fois`): its number
 * and unit, written as the reader writes them, are held by a sentence giving the same value in the
 * same unit, however the article writes it (`£8,000`, `310 kilos`, `for the 150th time`) and in
 * either language. Such a figure is strong evidence of what the question is about: the words
 * writing it are no sign of another subject, and a sentence giving it holds them.
 */

/** A figure the question types, and the question's groups that write it (number, unit word). */
export interface TypedFigure {
  figure: Figure;
  groups: QueryGroup[];
}

/** Units of occasions: `150 fois`, `150 times` is what `the 150th time` counts. */
const OCCASIONS: ReadonlySet<string> = new Set(['fois', 'times', 'time']);
const OCCASION_TEXT = /\b(?:times?|fois)\b/u;

/** The last question read per groups: each passage's check asks again (`wordsNotIn`). */
const readFor = new WeakMap<QueryGroup[], { text: string; typed: TypedFigure[] }>();

/** The figures the question types in a unit (money, a unit or a thing counted), not dates. */
export function typedFigures(text: string, groups: QueryGroup[]): TypedFigure[] {
  const read = readFor.get(groups);
  if (read?.text === text) return read.typed;
  const typed = readTypedFigures(text, groups);
  readFor.set(groups, { text, typed });
  return typed;
}

/** The last question's figures and tokens: a question is read again with widened groups. */
let lastRead: { text: string; figures: Figure[]; tokens: ReturnType<typeof tokenize> } | undefined;

function readTypedFigures(text: string, groups: QueryGroup[]): TypedFigure[] {
  if (lastRead?.text !== text) {
    const figures = extractFigures(text).filter(
      (figure) => figure.kind !== 'date' && figure.unit !== '' && !isRank(figure),
    );
    lastRead = {
      text,
      figures,
      tokens: figures.length > 0 ? dropQuestionFrames(tokenize(text)) : [],
    };
  }
  const { figures, tokens } = lastRead;
  const typed: TypedFigure[] = [];
  for (const figure of figures) {
    const end = figure.start + figure.text.length;
    const at = tokens.findIndex(
      ({ start, word }) => start >= figure.start && start < end && /\d/u.test(word),
    );
    if (at < 0) continue;
    // The unit is the word right after the number, when the figure holds it (`8000 livres`).
    const next = tokens[at + 1];
    const last = next !== undefined && next.start < end ? at + 2 : at + 1;
    const written = groups.filter(({ from, to }) => from >= at && to <= last);
    if (written.length > 0) typed.push({ figure, groups: written });
  }
  return typed;
}

/** The unit without its period (`kg/year` → `kg`), folded. */
const baseUnit = (figure: Figure): string => fold(figure.unit.split('/')[0] ?? '');

/** A word naming pounds sterling and something else: books (`livres`), a weight (`pounds`). */
const POUND_WORD = /^(?:livres?|pounds?)$/u;

/**
 * The other reading of a typed `livres` or `pounds`, which only the article settles: `42 000
 * livres` typed may be books, `65 pounds` typed may be money.
 */
function otherPoundReading(typed: Figure): Figure | undefined {
  const [unit = '', period] = typed.unit.split('/');
  const tail = period === undefined ? '' : `/${period}`;
  if (typed.kind === 'money' && unit === 'GBP') {
    const word = /\b(livres?|pounds?)\b/iu.exec(typed.text)?.[1];
    return word === undefined ? undefined : { ...typed, kind: 'count', unit: `${word}${tail}` };
  }
  if (typed.kind === 'count' && POUND_WORD.test(fold(unit)))
    return { ...typed, kind: 'money', unit: `GBP${tail}` };
  return undefined;
}

/** Whether a figure of the articles gives the value and unit the reader typed. */
export function givesTyped(index: SearchIndex, typed: Figure, figure: Figure): boolean {
  if (givesAsTyped(index, typed, figure)) return true;
  const other = otherPoundReading(typed);
  return other !== undefined && givesAsTyped(index, other, figure);
}

function givesAsTyped(index: SearchIndex, typed: Figure, figure: Figure): boolean {
  if (figure.kind === 'date' || Math.abs(figure.value - typed.value) > 1e-9 * typed.value)
    return false;
  const unit = baseUnit(typed);
  if (typed.kind === 'money') return figure.kind === 'money' && baseUnit(figure) === unit;
  if (OCCASIONS.has(unit)) return isRank(figure) && OCCASION_TEXT.test(fold(figure.text));
  if (figure.kind === 'money' || isRank(figure)) return false;
  const [word = ''] = unit.split(/[^\p{L}\d]+/u);
  const [their = ''] = baseUnit(figure).split(/[^\p{L}\d]+/u);
  if (word === '' || their === '') return false;
  const key = unitKeyOf(word);
  if (key !== undefined) return key === unitKeyOf(their);
  // The thing counted, in the reader's word or the lexicon's translation of it.
  const stems = [word, ...(lexiconEntry(index, [word]) ?? []).flat()].map(stem);
  return stems.includes(stem(their));
}

/** Whether some sentence of the articles gives one of the figures the question types. */
export function typedFigureGiven(index: SearchIndex, typed: TypedFigure[]): boolean {
  return typed.some(({ figure }) =>
    index.corpus.sentences.some((sentence) =>
      sentence.figures.some((given) => givesTyped(index, figure, given)),
    ),
  );
}

/** The question's groups written by a typed figure that the sentence gives (`livres` of `£8,000`). */
export function groupsGivenIn(
  index: SearchIndex,
  typed: TypedFigure[],
  sentenceId: number,
): QueryGroup[] {
  const figures = index.corpus.sentences[sentenceId]?.figures ?? [];
  return typed.flatMap(({ figure, groups }) =>
    figures.some((given) => givesTyped(index, figure, given)) ? groups : [],
  );
}
