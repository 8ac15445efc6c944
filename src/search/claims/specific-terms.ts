// The specific terms of a claim a supporting passage must say too: the days it names, the group
// it counts, each figure it writes.
import { extractFigures } from '../../knowledge/figures.ts';
import type { Figure, Sentence } from '../../knowledge/types.ts';
import { fold, tokenize } from '../normalize.ts';
import type { SearchIndex } from '../search-index.ts';
import { givesWeekday } from '../weekdays.ts';
import { nearValue } from './near-value.ts';
import { paragraphOf } from './passage-words.ts';

/** Words for every day, which any passage on a daily thing may leave unsaid (`daily listeners`). */
const EVERY_DAY =
  /\b(?:tous les jours|chaque jour|every day|daily|7 jours sur 7|sept jours sur sept|seven days a week|7 days a week)\b/gu;

const DAYS = [0, 1, 2, 3, 4, 5, 6];

/**
 * Groups of people a claim may say a figure is of, each in both languages, folded: `adults` is
 * not `children`, whatever the figure.
 */
const GROUPS: ReadonlySet<string>[] = [
  'adult adults adulte adultes',
  'child children kid kids enfant enfants',
  'man men homme hommes',
  'woman women femme femmes',
].map((words) => new Set(words.split(' ')));

const CHILDREN = GROUPS[1] as ReadonlySet<string>;
/**
 * An age bound below adulthood names children too, for a claim that gives its own bound: `Kids
 * under 16 get in for £7` by `£7 for under-16s` (`les moins de 12 ans`); `Kids pay £12` is not
 * said by `£12 for adults and £7 for under-16s`. A number with a unit is no age: `moins de 5
 * euros`, `under 5 minutes`.
 */
const CHILD_AGE_BOUND =
  /(?:^|[^\p{L}\d])(?:under|moins de)[\s-](?:[1-9]|1[0-8])(?:s|[\s-]?(?:ans|years?|yrs?)|(?![.,]?\d|\s*(?:[€£$%°]|(?:euros?|pounds?|dollars?|pence|cents?|centimes?|p|k|m|bn|millions?|milliards?|billions?|thousand|mille|minutes?|mins?|min|seconds?|secondes?|secs?|s|hours?|hrs?|heures?|h|days?|jours?|weeks?|semaines?|months?|mois|km|kilometres?|kilometers?|miles?|metres?|meters?|kg|kilos?|grams?|grammes?|g|tonnes?|tons?|litres?|liters?|l|degrees?|degres|percent|pour cent|points?|per cent)(?![\p{L}'’]))))(?![\p{L}\d])/u;

/**
 * The kinds of a figure the claim writes that its reading may miss and a passage must give: an
 * hour, a sum, a share. A bare number is often a name's (`Fab 7`, `les Trois Collines`), a ratio
 * the claim's own sum (`twice the 18%`).
 */
const TOLD_APART: ReadonlySet<string> = new Set(['time', 'money', 'percent']);

/** What joins a range's two ends: `and`, `to`, `à`, a dash. */
const RANGE_JOINER = /\s(?:and|to|et|à|a|au)\s|[-–]/giu;

/** The days of the week a text names (`on weekends`, `le samedi`), every-day words aside. */
export const daysOf = (text: string): number[] => {
  const folded = tokenize(text)
    .map((token) => token.word)
    .join(' ')
    .replace(EVERY_DAY, ' ');
  return DAYS.filter((day) => givesWeekday(folded, day));
};

/**
 * Whether the passage (a sentence's paragraph and its article's title) leaves unsaid a specific
 * term of the claim: a day of the week (`at weekends` against `on weekdays`), a group of people
 * (`adults`), or a figure the claim writes beside those its reading took (`8am-8pm` gives 8 p.m.
 * too).
 */
export function termsUnsaid(
  index: SearchIndex,
  claim: string,
  figures: Figure[],
  sentence: Sentence,
): boolean {
  const paragraph = paragraphOf(index, sentence);
  const title = index.corpus.documents[sentence.documentId]?.title ?? '';
  const text = [...paragraph.map((sentence) => sentence.text), title].join(' ');
  const days = daysOf(claim);
  if (days.length > 0 && days.length < DAYS.length && !days.every((day) => givesWeekday(text, day)))
    return true;
  const words = new Set(tokenize(text).map((token) => token.word));
  const claimWords = tokenize(claim).map((token) => token.word);
  for (const group of GROUPS) {
    if (claimWords.some((word) => group.has(word)) && ![...group].some((word) => words.has(word)))
      if (
        group !== CHILDREN ||
        !CHILD_AGE_BOUND.test(fold(claim)) ||
        !CHILD_AGE_BOUND.test(fold(text))
      )
        return true;
  }
  let rest = claim;
  // Every figure the claim's reading takes, a fact's and its other facts' alike, is set aside.
  for (const figure of [...figures, ...extractFigures(claim)])
    rest = `${rest.slice(0, figure.start)}${' '.repeat(figure.text.length)}${rest.slice(figure.start + figure.text.length)}`;
  // A range's figure is valued at its start: its ends are read apart (`between 7 a.m. and 7 p.m.`).
  const given = [
    ...paragraph.flatMap((sentence) => sentence.figures),
    ...extractFigures(text.replace(RANGE_JOINER, ' , ')),
  ];
  return extractFigures(rest).some(
    (extra) =>
      TOLD_APART.has(extra.kind) &&
      !given.some((each) => each.kind === extra.kind && nearValue(each.value, extra.value)),
  );
}
