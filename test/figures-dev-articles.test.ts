import { describe, expect, it } from 'vitest';
import {
  describeMeasure,
  devFigureCases,
  type FigureCase,
  measureArticle,
  tuningFigureCases,
  validationFigureCases,
} from './measure-figures.ts';

/**
 * Figures as a reader lists them, measured on articles: the three development articles (copies
 * of shared/dev-articles, whose question files list every figure as written and the names
 * holding digits that are no figures, `dev-figure-units.json` giving each figure's kind and
 * unit), then the four tuning articles, the seed article and the second article, listed the same
 * way in `tuning-figures.json` and `tuning-figure-units.json`; then the validation articles,
 * their author's units compared as that author names them, at the level reached when they were
 * opened to tuning (every figure found).
 */
const check = async (
  { folder, list, expected, sameUnit }: FigureCase,
  found = 0.95,
  rightUnit = 0.85,
): Promise<void> => {
  const result = await measureArticle(folder, list, expected, sameUnit);
  console.info(describeMeasure(result));
  expect(result.found / result.figures).toBeGreaterThanOrEqual(found);
  expect(result.rightUnit / result.figures).toBeGreaterThanOrEqual(rightUnit);
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

describe('figures of the validation articles, measured', () => {
  it.each(named(validationFigureCases()))(
    '%s: all found, ≥ 94% with the author’s unit, no name',
    (_, entry) => check(entry, 1, 0.94),
  );
});
