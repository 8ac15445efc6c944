import type { Sentence } from '../knowledge/types.ts';
import { fold, tokenize } from './normalize.ts';
import type { SpecificTerm } from './specific-terms.ts';
import { exceptsWeekday, givesWeekday, weekdayOf } from './weekdays.ts';

/**
 * How a passage gives a question's period or numbered thing in other words than the question's,
 * or names another in its place (passage-gaps.ts): a season by one of its months, a day of the
 * week in a range of days, `studio 2` where `studio 1` was asked.
 */

/** The months of each season, as the articles' (northern) readers live them. */
const SEASON_MONTHS = new Map<string, string[]>([
  ...['hiver', 'winter'].map(
    (season) => [season, 'decembre janvier fevrier december january february'.split(' ')] as const,
  ),
  ...['printemps', 'spring'].map(
    (season) => [season, 'mars avril mai march april may'.split(' ')] as const,
  ),
  ...['ete', 'summer'].map(
    (season) => [season, 'juin juillet aout june july august'.split(' ')] as const,
  ),
  ...['automne', 'autumn', 'fall'].map(
    (season) =>
      [season, 'septembre octobre novembre september october november'.split(' ')] as const,
  ),
]);

/** Whether a period term is a season one of the words' months falls in: `janvier` is winter. */
export function inSeason(words: Set<string>, term: SpecificTerm): boolean {
  if (term.kind !== 'period') return false;
  const months = SEASON_MONTHS.get(fold(term.typed));
  return months?.some((month) => words.has(month)) === true;
}

/** The months in the year's order, each by its folded French and English names. */
const MONTHS: string[][] = [
  ['janvier', 'january'],
  ['fevrier', 'february'],
  ['mars', 'march'],
  ['avril', 'april'],
  ['mai', 'may'],
  ['juin', 'june'],
  ['juillet', 'july'],
  ['aout', 'august'],
  ['septembre', 'september'],
  ['octobre', 'october'],
  ['novembre', 'november'],
  ['decembre', 'december'],
];
const monthIndex = (word: string): number => MONTHS.findIndex((names) => names.includes(word));

/** A range of months: `from April to September`, `between October and March`, `d’avril à juin`. */
const MONTH_RANGE =
  /\b(?:from|between|de|d|du|entre) (\p{L}+) (?:to|through|until|till|and|a|au|et) (\p{L}+)\b/gu;

/**
 * Whether a season typed is one a range of months the sentence gives runs through: `from April to
 * September` holds the summer, `between October and March` the winter (a range may run over the
 * new year).
 */
export function inMonthRange(text: string, term: SpecificTerm): boolean {
  if (term.kind !== 'period') return false;
  const months = SEASON_MONTHS.get(fold(term.typed))?.map(monthIndex);
  if (months === undefined) return false;
  const folded = tokenize(text)
    .map((token) => token.word)
    .join(' ');
  for (const [, from = '', to = ''] of folded.matchAll(MONTH_RANGE)) {
    const first = monthIndex(from);
    const last = monthIndex(to);
    if (first < 0 || last < 0) continue;
    const span = (last - first + 12) % 12;
    if (months.some((month) => (month - first + 12) % 12 <= span)) return true;
  }
  return false;
}

/** Whether a day of the week typed is one the sentence gives, as a range (`lundi au vendredi`). */
export function inWeekdays(text: string, term: SpecificTerm): boolean {
  const day = term.kind === 'period' ? weekdayOf(fold(term.typed)) : undefined;
  return day !== undefined && givesWeekday(text, day);
}

/** Whether a day of the week typed is one the sentence names as shut: `sauf le jeudi`. */
export function exceptedWeekday(text: string, term: SpecificTerm): boolean {
  const day = term.kind === 'period' ? weekdayOf(fold(term.typed)) : undefined;
  return day !== undefined && exceptsWeekday(text, day);
}

const labelPatterns = new Map<string, RegExp>();

/** A label followed by its number, built once per label (`matchAll` copies it, so it is shared). */
function labelPattern(label: string): RegExp {
  let pattern = labelPatterns.get(label);
  if (pattern === undefined) {
    pattern = new RegExp(`(?<![\\p{L}\\d])${label}[\\s-]?(\\d+)(?![\\p{L}\\d]|[,.]\\d)`, 'gu');
    if (labelPatterns.size >= 1000) labelPatterns.clear();
    labelPatterns.set(label, pattern);
  }
  return pattern;
}

/**
 * The labels the sentence gives its thing other than the number typed: `Le studio 2` for `studio
 * 1`. None when it gives the one typed too, or no number after the label.
 */
export function labelledOtherwise(sentence: Sentence, term: SpecificTerm): string[] {
  if (term.label === undefined) return [];
  const folded = fold(sentence.text);
  // A label is letters only (`labelOf`): a sentence without it has no match, and most lack it.
  if (!folded.includes(term.label)) return [];
  const typed = term.typed.replace(/\s/gu, '');
  const pattern = labelPattern(term.label);
  const numbers = [...folded.matchAll(pattern)].map((match) => match[1] ?? '');
  if (numbers.length === 0 || numbers.includes(typed)) return [];
  return numbers.map((number) => `${term.label} ${number}`);
}

const unitPatterns = new Map<string, RegExp>();

/** A number followed by a word, built once per word (`matchAll` copies it, so it is shared). */
function unitPattern(unit: string): RegExp {
  let pattern = unitPatterns.get(unit);
  if (pattern === undefined) {
    pattern = new RegExp(`(?<![\\p{L}\\d]|\\d[,.])(\\d+)[\\s-]?${unit}(?![\\p{L}\\d])`, 'gu');
    if (unitPatterns.size >= 1000) unitPatterns.clear();
    unitPatterns.set(unit, pattern);
  }
  return pattern;
}

/**
 * The numbers the sentence gives the word typed after the number asked, other than that number:
 * `6 mois` for `un comté de 12 mois`. None when it gives the one typed too, or the word after no
 * number.
 */
export function measuredOtherwise(sentence: Sentence, term: SpecificTerm): string[] {
  if (term.unit === undefined) return [];
  const folded = fold(sentence.text);
  if (!folded.includes(term.unit)) return [];
  const typed = term.typed.replace(/\s/gu, '');
  const numbers = [...folded.matchAll(unitPattern(term.unit))].map((match) => match[1] ?? '');
  if (numbers.length === 0 || numbers.includes(typed)) return [];
  return numbers.map((number) => `${number} ${term.unit}`);
}

/** Words for the year after, before, or the same as the one a sentence is dated in, folded. */
const RELATIVE_YEARS: readonly [RegExp, number][] = [
  [/\b(next year|the following year|l an prochain|l annee prochaine|l annee suivante)\b/u, 1],
  [
    /\b(last year|the previous year|l an dernier|l annee derniere|l an passe|l annee passee)\b/u,
    -1,
  ],
  [/\b(this year|cette annee)\b/u, 0],
];

/**
 * Whether a year typed is the one a sentence says by a word for a year relative to the date it
 * gives: `set next year's catch limit … on 14 October 2025` gives 2026, `l'an dernier` in a
 * sentence dated `mars 2024` gives 2023. Only when the sentence's dates of a day or month are all
 * of one year: with none, or several, what `next year` counts from is unknown.
 */
export function inRelativeYear(sentence: Sentence, term: SpecificTerm): boolean {
  if (term.kind !== 'year') return false;
  const years = new Set(
    sentence.figures
      // A day's date (`14 October 2025`, `mars 2024`) dates what the sentence tells; a year alone
      // may be what it is compared with (`Last year … up 7.5% on 2023`).
      .filter((figure) => figure.kind === 'date' && /\p{L}/u.test(figure.text))
      .flatMap((figure) => [...figure.text.matchAll(/(?<!\d)(?:19|20)\d\d(?!\d)/gu)])
      .map((match) => Number(match[0])),
  );
  const [dated] = years;
  if (years.size !== 1 || dated === undefined) return false;
  const folded = tokenize(sentence.text)
    .map((token) => token.word)
    .join(' ');
  const typed = Number(term.typed);
  return RELATIVE_YEARS.some(([words, step]) => dated + step === typed && words.test(folded));
}
