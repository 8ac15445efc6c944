import { describe, expect, it } from 'vitest';
import {
  describeMeasure,
  devFigureCases,
  type FigureCase,
  measureArticle,
  tuningFigureCases,
} from './measure-figures.ts';

/**
 * Figures as a reader lists them, measured on articles: the three development articles (copies
 * of shared/dev-articles, whose question files list every figure as written and the names
 * holding digits that are no figures, `dev-figure-units.json` giving each figure's kind and
 * unit), then the four tuning articles, the seed article and the second article, listed the same
 * way in `tuning-figures.json` and `tuning-figure-units.json`.
 */
const check = async ({ folder, list, expected }: FigureCase): Promise<void> => {
  const result = await measureArticle(folder, list, expected);
  console.info(describeMeasure(result));
  expect(result.found / result.figures).toBeGreaterThanOrEqual(0.95);
  expect(result.rightUnit / result.figures).toBeGreaterThanOrEqual(0.85);
  expect(result.namesExtracted).toEqual([]);
};

const named = (cases: FigureCase[]): [string, FigureCase][] =>
  cases.map((entry) => [entry.list.article, entry]);

describe('figures of the development articles, measured', () => {
  it.each(named(devFigureCases()))(
    '%s: ≥ 95% found, ≥ 85% with the right unit, no name',
    (_, entry) => check(entry),
  );
});

describe('figures of the tuning, seed and second articles, measured', () => {
  it.each(named(tuningFigureCases()))(
    '%s: ≥ 95% found, ≥ 85% with the right unit, no name',
    (_, entry) => check(entry),
  );
});
