import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { FIXTURES, foldSpaces } from './helpers.ts';
import { occurrences, span } from './measure-figures.ts';

/**
 * The figures of three articles nobody tuned the extractor for at first (copies of
 * shared/dev-articles): each question file lists every figure as written and the names holding
 * digits that are no figures; `dev-figure-units.json` gives the kind and unit a reader would
 * give each figure.
 */
const DEV_ARTICLES = join(FIXTURES, 'dev-articles');
const QUESTION_FILES = [
  'dev-chip-factory-questions.json',
  'dev-heatwave-hospitals-questions.json',
  'dev-river-cleanup-questions.json',
];
const EXPECTED: Record<string, Record<string, [string, string]>> = JSON.parse(
  readFileSync(join(FIXTURES, 'dev-figure-units.json'), 'utf8'),
);

interface QuestionFile {
  article: string;
  figures: string[];
  not_figures: string[];
}

interface Measure {
  figures: number;
  found: number;
  rightUnit: number;
  rightKind: number;
  missed: string[];
  wrongUnit: string[];
  notFiguresExtracted: string[];
}

async function measure(file: string): Promise<Measure> {
  const questions: QuestionFile = JSON.parse(readFileSync(join(DEV_ARTICLES, file), 'utf8'));
  const corpus = await loadKnowledge(DEV_ARTICLES);
  const document = corpus.documents.find((entry) => entry.file === questions.article);
  const sentences = corpus.sentences.filter((sentence) => sentence.documentId === document?.id);
  const expected = EXPECTED[file] ?? {};
  const result: Measure = {
    figures: questions.figures.length,
    found: 0,
    rightUnit: 0,
    rightKind: 0,
    missed: [],
    wrongUnit: [],
    notFiguresExtracted: [],
  };
  for (const phrase of questions.figures) {
    const places = occurrences(sentences, phrase);
    const covering = places.map(([sentence, at]) =>
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
    if (covering.every((figure) => figure?.unit === unit)) result.rightUnit++;
    else result.wrongUnit.push(`${phrase} → ${covering.map((figure) => figure?.unit).join(', ')}`);
    if (covering.every((figure) => figure?.kind === kind)) result.rightKind++;
  }
  for (const name of questions.not_figures) {
    for (const [sentence, at] of occurrences(sentences, name)) {
      const hit = sentence.figures.find(
        (figure) => figure.start < at + name.length && at < figure.start + figure.text.length,
      );
      if (hit) result.notFiguresExtracted.push(`${name} (as ${hit.text})`);
    }
  }
  return result;
}

const percent = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(1)}%`;

describe('figures of the development articles, measured', () => {
  it.each(QUESTION_FILES)('%s: ≥ 95% found, ≥ 85% with the right unit, no name', async (file) => {
    const result = await measure(file);
    console.info(
      `${file}: found ${result.found}/${result.figures} (${percent(result.found, result.figures)}), ` +
        `right unit ${result.rightUnit}/${result.figures} (${percent(result.rightUnit, result.figures)}), ` +
        `right kind ${result.rightKind}/${result.figures}, not_figures extracted ${result.notFiguresExtracted.length}` +
        (result.missed.length > 0 ? `\n  missed: ${result.missed.join(' | ')}` : '') +
        (result.wrongUnit.length > 0 ? `\n  wrong unit: ${result.wrongUnit.join(' | ')}` : '') +
        (result.notFiguresExtracted.length > 0
          ? `\n  names extracted: ${result.notFiguresExtracted.join(' | ')}`
          : ''),
    );
    expect(result.found / result.figures).toBeGreaterThanOrEqual(0.95);
    expect(result.rightUnit / result.figures).toBeGreaterThanOrEqual(0.85);
    expect(result.notFiguresExtracted).toEqual([]);
  });
});
