// What kind a counted figure is, once the whole sentence is read: a change of a percentage.
import type { Figure } from './types.ts';

/** `points` counted beside a percentage: a change of it (`38 % du public, 4 points de plus`). */
const POINTS = /^points?$/iu;

/**
 * Reads a counted figure's kind again from its sentence's other figures: `hausse de 7 points`
 * beside `12 %` is a change of a percentage (kind `percent`, unit `points`, as `7 percentage
 * points` is). Points alone (`on 7 points`, a score) stay a count.
 */
export function rereadKinds(figures: Figure[]): void {
  const percentage = figures.some((figure) => figure.kind === 'percent' && figure.unit === '%');
  if (!percentage) return;
  for (const figure of figures) {
    if (figure.kind === 'count' && POINTS.test(figure.unit)) {
      figure.kind = 'percent';
      figure.unit = 'points';
    }
  }
}
