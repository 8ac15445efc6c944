import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFINITE, FUNCTION_WORDS } from '../src/knowledge/figure-grammar-words.ts';
import { extractFigures } from '../src/knowledge/figures.ts';
import { loadKnowledge } from '../src/knowledge/load.ts';
import type { Figure, Sentence } from '../src/knowledge/types.ts';
import { exactUnit, sameUnit, type UnitMatch } from './figure-judge.ts';
import { FIXTURES, foldSpaces } from './helpers.ts';

export { sameUnit, type UnitMatch };

/** How figure lists written by hand (`1 250 infirmières`, `$4.1 million`) are found in a corpus. */

/**
 * A preposition that sets a date in time, which a reader may list with it: `by 2040`, `dès 2028`,
 * `du 14 au 15 février`, `pour 2024`, `la fréquentation de 2015`, `plus qu’en 2024`.
 */
const DATE_PREPOSITION_BEFORE =
  /(?<![\p{L}])(?:in|on|by|from|for|of|since|until|till|en|qu['’]en|dès|depuis|d['’]ici|jusqu['’]en|à partir de|du|au|pour|de)[ \u00A0\u202F]+$/iu;
/**
 * A preposition that sets a duration, which a reader may list with it: `sur un an`, `in two
 * years`; French `il y a` dates by it, as `ago` after it does (`il y a dix ans`).
 */
const DURATION_PREPOSITION_BEFORE =
  /(?<![\p{L}])(?:in|over|for|within|during|en|sur|pendant|durant|il[ \u00A0\u202F]+y[ \u00A0\u202F]+a)[ \u00A0\u202F]+$/iu;
/** A duration that dates by its distance, which a reader may list whole: `un an plus tôt`, `two years ago`. */
const DURATION_AGO_AFTER =
  /^[ \u00A0\u202F]+(?:plus[ \u00A0\u202F]+tôt|plus[ \u00A0\u202F]+tard|auparavant|earlier|later|ago|before)(?![\p{L}])/u;
/** A definite article, which a reader may list with a figure: `le 3 mars`, `l’hiver 2019`, `the summer of 2020`. */
const ARTICLE_BEFORE = /(?<![\p{L}])(?:the|les?|la|l['’])[ \u00A0\u202F]*$/iu;

/**
 * What sets a figure against another, which a reader may list with it: `contre huit`, `down from
 * two`, `compared with 12`.
 */
const COMPARED_BEFORE =
  /(?<![\p{L}])(?:contre|against|versus|(?:compared|down|up)[ \u00A0\u202F]+(?:with|to|from))[ \u00A0\u202F]+$/iu;

/**
 * A plural word right after a count's plural noun, which a reader lists with the noun it
 * qualifies: `410 salariés permanents`, `30 bornes supplémentaires` (the unit is the noun).
 */
const AGREEING_WORD_AFTER = /^[ \u00A0\u202F]+(\p{Ll}{3,}[sx])(?![\p{L}\d'’-])/u;

/**
 * A bare noun after `de` that completes a count's noun, which a reader lists with the noun it
 * names the kind of: `11 tailleurs de pierre`, `50 places de parking` (the unit is the noun).
 */
const COMPLEMENT_AFTER =
  /^[ \u00A0\u202F]+(?:de[ \u00A0\u202F]+|d['’])(\p{Ll}{3,})(?![\p{L}\d'’-])/u;

/**
 * The start of the clause a count is the subject of, which a reader lists with a count whose noun
 * the sentence gave before it: `85 who will transfer`, `et deux ont définitivement`.
 */
const SUBJECT_OF_AFTER =
  /^[ \u00A0\u202F]+(?:who|qui|ont|sont|have|were|are|will)(?:[ \u00A0\u202F]+[\p{L}’'-]+){0,2}/iu;

const RATE_AFTER = /^[ \u00A0\u202F]+(?:a|an|per|par|each|every|chaque)[ \u00A0\u202F]+\p{L}+/u;

/** Every place `phrase` stands in a sentence as a whole (not inside a longer number or word). */
export function occurrences(sentences: Sentence[], phrase: string): [Sentence, number][] {
  const places: [Sentence, number][] = [];
  for (const sentence of sentences) {
    for (
      let at = sentence.text.indexOf(phrase);
      at >= 0;
      at = sentence.text.indexOf(phrase, at + 1)
    ) {
      const before = sentence.text[at - 1] ?? ' ';
      const after = sentence.text[at + phrase.length] ?? ' ';
      if (!/[\p{L}\d]/u.test(before) && !/[\p{L}\d]/u.test(after)) places.push([sentence, at]);
    }
  }
  return places;
}

/** Where `word` first stands as a whole word in `text`, or -1. */
function wholeWordAt(text: string, word: string): number {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (
      !/[\p{L}\d]/u.test(text[at - 1] ?? ' ') &&
      !/[\p{L}\d]/u.test(text[at + word.length] ?? ' ')
    )
      return at;
  }
  return -1;
}

/**
 * The stretch of its sentence a figure accounts for: its text, the words of its unit when they
 * follow within a few words (`1 250` counting `infirmières`, `1.2 million` `gallons a day`), a
 * definite article before it, for a date the preposition that sets it in time (`from 2028`), for
 * a duration the one that sets it (`sur un an`) and the words that date by it (`un an plus tôt`),
 * and what sets it against another (`contre huit`); for a count, a plural word agreeing with its
 * noun right after it (`410 salariés permanents`) and a bare noun after `de` completing it
 * (`tailleurs de pierre`), which qualify the noun a reader counts; for a count whose noun was
 * given before it, the start of the clause it is the subject of (`85 who will transfer`).
 */
export function span(sentence: string, figure: Figure): [number, number] {
  const textEnd = figure.start + figure.text.length;
  let end = textEnd;
  const after = sentence.slice(textEnd, textEnd + 40).toLowerCase();
  for (const word of figure.unit.toLowerCase().split(/[/ ]/u)) {
    // A whole word of the unit, not a letter inside another (`h` in `hours`, `°c` in `17 °c`).
    const at = /^\p{L}/u.test(word) ? wholeWordAt(after, word) : -1;
    if (at >= 0 && at <= 30) end = Math.max(end, textEnd + at + word.length);
  }
  const unitWords = figure.unit.split(' ');
  const lastWord = unitWords[unitWords.length - 1] ?? '';
  if (figure.kind === 'count' && end > textEnd && /[sx]$/u.test(lastWord)) {
    const agreeing = AGREEING_WORD_AFTER.exec(sentence.slice(end));
    if (agreeing !== null && !FUNCTION_WORDS.has((agreeing[1] ?? '').toLowerCase()))
      end += agreeing[0].length;
    const complement = COMPLEMENT_AFTER.exec(sentence.slice(end));
    const noun = (complement?.[1] ?? '').toLowerCase();
    if (complement !== null && !FUNCTION_WORDS.has(noun) && !DEFINITE.has(noun))
      end += complement[0].length;
  }
  if (figure.kind === 'count' && end === textEnd && figure.unit !== '')
    end += SUBJECT_OF_AFTER.exec(sentence.slice(end))?.[0].length ?? 0;
  // A rate's period may be written in the article's language: `deux arrêts par jour` → `/day`.
  if (figure.unit.includes('/')) {
    const period = RATE_AFTER.exec(sentence.slice(end));
    if (period !== null) end += period[0].length;
  }
  if (figure.kind === 'duration')
    end += DURATION_AGO_AFTER.exec(sentence.slice(end))?.[0].length ?? 0;
  let start = figure.start;
  start -= ARTICLE_BEFORE.exec(sentence.slice(0, start))?.[0].length ?? 0;
  const preposition =
    figure.kind === 'date'
      ? DATE_PREPOSITION_BEFORE
      : figure.kind === 'duration'
        ? DURATION_PREPOSITION_BEFORE
        : null;
  start -= preposition?.exec(sentence.slice(0, start))?.[0].length ?? 0;
  start -= COMPARED_BEFORE.exec(sentence.slice(0, start))?.[0].length ?? 0;
  return [start, end];
}

/** One sentence as the corpus holds it, with its figures: a one-sentence article to measure. */
export const sentenceOf = (text: string): Sentence => ({
  id: 0,
  text,
  documentId: 0,
  sectionIndex: 0,
  paragraph: 1,
  position: 0,
  figures: extractFigures(text),
});

/** An article's figures as a reader lists them, verbatim, and its names holding numbers. */
export interface FigureList {
  article: string;
  figures: string[];
  not_figures: string[];
}

/** For each listed figure (spaces folded): the kind and unit a reader gives it. */
export type ExpectedUnits = Record<string, [string, string]>;

export interface FigureMeasure {
  article: string;
  figures: number;
  found: number;
  rightUnit: number;
  rightKind: number;
  missed: string[];
  wrongUnit: string[];
  namesExtracted: string[];
}

/**
 * Found: every place the phrase stands is covered by one extracted figure. Right unit (and kind):
 * every covering figure has the unit (and kind) the reader gave. A place inside a longer listed
 * phrase (`2025` in `8 au 9 avril 2025`) is that phrase's, and is not counted twice, unless the
 * phrase has no place of its own.
 */
export function measureFigures(
  sentences: Sentence[],
  list: FigureList,
  expected: ExpectedUnits,
  sameUnit: UnitMatch = exactUnit,
): FigureMeasure {
  const result: FigureMeasure = {
    article: list.article,
    figures: list.figures.length,
    found: 0,
    rightUnit: 0,
    rightKind: 0,
    missed: [],
    wrongUnit: [],
    namesExtracted: [],
  };
  const longer = (phrase: string): [Sentence, number, number][] =>
    list.figures
      .filter((other) => other.length > phrase.length && other.includes(phrase))
      .flatMap((other) =>
        occurrences(sentences, other).map(([sentence, at]): [Sentence, number, number] => [
          sentence,
          at,
          at + other.length,
        ]),
      );
  for (const phrase of list.figures) {
    const owned = longer(phrase);
    const all = occurrences(sentences, phrase);
    const own = all.filter(
      ([sentence, at]) =>
        !owned.some(
          ([other, from, to]) => other === sentence && from <= at && at + phrase.length <= to,
        ),
    );
    // A phrase listed besides the longer ones that hold each of its places (`2026` besides
    // `printemps 2026` and `6 juin 2026`) is judged at those places.
    const places = own.length > 0 ? own : all;
    // A figure whose own text holds the phrase is the one a reader means, before one whose unit
    // words merely reach over it (`from 41% in 2019 to 47% last year`: `47%`, not `2019 … year`);
    // so is one whose text lies within the phrase its span holds (`de 13 minutes en 2019 à 16
    // minutes`: `en 2019` is 2019's, not the 13 minutes' reaching to the next `minutes`).
    const spans = (sentence: Sentence, figure: Figure, at: number): boolean => {
      const [from, to] = span(sentence.text, figure);
      return from <= at && at + phrase.length <= to;
    };
    const covering = places.map(
      ([sentence, at]) =>
        sentence.figures.find(
          (figure) => figure.start <= at && at + phrase.length <= figure.start + figure.text.length,
        ) ??
        sentence.figures.find(
          (figure) =>
            at <= figure.start &&
            figure.start + figure.text.length <= at + phrase.length &&
            spans(sentence, figure, at),
        ) ??
        sentence.figures.find((figure) => {
          const [from, to] = span(sentence.text, figure);
          return from <= at && at + phrase.length <= to;
        }),
    );
    if (places.length === 0 || covering.some((figure) => figure === undefined)) {
      result.missed.push(phrase);
      continue;
    }
    result.found++;
    const [kind, unit] = expected[foldSpaces(phrase)] ?? ['', ''];
    if (
      covering.every((figure) => figure !== undefined && sameUnit(figure.unit, figure.kind, unit))
    )
      result.rightUnit++;
    else result.wrongUnit.push(`${phrase} → ${covering.map((figure) => figure?.unit).join(', ')}`);
    if (covering.every((figure) => figure?.kind === kind)) result.rightKind++;
  }
  for (const name of list.not_figures) {
    for (const [sentence, at] of occurrences(sentences, name)) {
      const hit = sentence.figures.find(
        (figure) => figure.start < at + name.length && at < figure.start + figure.text.length,
      );
      if (hit) result.namesExtracted.push(`${name} (as ${hit.text})`);
    }
  }
  return result;
}

/** Measures one article of a knowledge folder, loaded alone as the bot would load it. */
export async function measureArticle(
  folder: string,
  list: FigureList,
  expected: ExpectedUnits,
  sameUnit?: UnitMatch,
): Promise<FigureMeasure> {
  const corpus = await loadKnowledge(folder);
  const document = corpus.documents.find((entry) => entry.file === list.article);
  if (document === undefined) throw new Error(`${list.article} is not in ${folder}`);
  const sentences = corpus.sentences.filter((sentence) => sentence.documentId === document.id);
  return measureFigures(sentences, list, expected, sameUnit);
}

const percent = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(1)}%`;

/** One line per article, then what was missed, given the wrong unit, or taken for a figure. */
export function describeMeasure(result: FigureMeasure): string {
  const { figures } = result;
  return (
    `${result.article}: found ${result.found}/${figures} (${percent(result.found, figures)}), ` +
    `right unit ${result.rightUnit}/${figures} (${percent(result.rightUnit, figures)}), ` +
    `right kind ${result.rightKind}/${figures}, names as figures ${result.namesExtracted.length}` +
    (result.missed.length > 0 ? `\n  missed: ${result.missed.join(' | ')}` : '') +
    (result.wrongUnit.length > 0 ? `\n  wrong unit: ${result.wrongUnit.join(' | ')}` : '') +
    (result.namesExtracted.length > 0
      ? `\n  names as figures: ${result.namesExtracted.join(' | ')}`
      : '')
  );
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** An article to measure: its knowledge folder, its figure list and the units a reader gives. */
export interface FigureCase {
  folder: string;
  list: FigureList;
  expected: ExpectedUnits;
  /** How units are compared: exactly for our own lists. */
  sameUnit?: UnitMatch;
}

/**
 * The three development articles (figures listed in their question files, units in
 * `dev-figure-units.json`), whose extractor was tuned on them.
 */
export function devFigureCases(): FigureCase[] {
  const units: Record<string, ExpectedUnits> = readJson(join(FIXTURES, 'dev-figure-units.json'));
  const folder = join(FIXTURES, 'dev-articles');
  return [
    'dev-chip-factory-questions.json',
    'dev-heatwave-hospitals-questions.json',
    'dev-river-cleanup-questions.json',
  ].map((file) => ({
    folder,
    list: readJson<FigureList>(join(folder, file)),
    expected: units[file] ?? {},
  }));
}

/**
 * The four tuning articles, the seed article and the second article, their figures listed by a
 * reader in `tuning-figures.json` and `tuning-figure-units.json`.
 */
export function tuningFigureCases(): FigureCase[] {
  const lists = readJson<{ articles: (FigureList & { folder: string })[] }>(
    join(FIXTURES, 'tuning-figures.json'),
  );
  const units: Record<string, ExpectedUnits> = readJson(join(FIXTURES, 'tuning-figure-units.json'));
  return lists.articles.map(({ folder, ...list }) => ({
    folder: join(ROOT, folder),
    list,
    expected: units[list.article] ?? {},
  }));
}

/**
 * The validation articles' figures (`test/fixtures/validation-figures.json`, by their own author:
 * each article's figures with their kind and unit, and its names holding digits).
 */
export function validationFigureCases(): FigureCase[] {
  return authorFigureCases('validation-figures.json', 'validation-articles');
}

/**
 * Two articles first written to check that rules made for the validation articles generalize
 * (`figure-check-figures.json`); opened to tuning since 2026-11-30, so no longer a check of it.
 */
export function freshCheckFigureCases(): FigureCase[] {
  return authorFigureCases('figure-check-figures.json', 'figure-check-articles');
}

/**
 * The `set`-th validation set's figures (`validation<set>-figures.json`, by its own author), from
 * the second on. Whether a set was tuned on is said once, in the bench's title for it.
 */
export function validationSetFigureCases(set: number): FigureCase[] {
  return authorFigureCases(`validation${set}-figures.json`, `validation${set}-articles`);
}

/** Figures listed by an author in the validation shape: per article, [kind, unit] and names. */
function authorFigureCases(listFile: string, articles: string): FigureCase[] {
  const byArticle = readJson<Record<string, { figures: ExpectedUnits; not_figures: string[] }>>(
    join(FIXTURES, listFile),
  );
  return Object.entries(byArticle).map(([article, { figures, not_figures }]) => ({
    folder: join(FIXTURES, articles),
    list: { article, figures: Object.keys(figures), not_figures },
    expected: Object.fromEntries(
      Object.entries(figures).map(([phrase, unit]) => [foldSpaces(phrase), unit]),
    ),
    sameUnit,
  }));
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
