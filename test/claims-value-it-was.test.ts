import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/knowledge/figures.ts';
import { withSharedChangeUnits } from '../src/search/claims/claim-changes.ts';

const unitsOf = (claim: string) =>
  withSharedChangeUnits(claim, extractFigures(claim))
    .filter((figure) => figure.kind !== 'date')
    .map((figure) => `${figure.value} ${figure.kind} ${figure.unit}`);

describe('a value set against an earlier one by `it was`, `c’était` takes its unit', () => {
  it('reads the bare number as the first value’s sum', () => {
    expect(unitsOf('a chalet costs 1850 euros now, it was 1400 in 2022')).toEqual([
      '1850 money EUR',
      '1400 money EUR',
    ]);
    expect(unitsOf('le chalet se loue 1850 euros, c’était 1400 en 2022')).toEqual([
      '1850 money EUR',
      '1400 money EUR',
    ]);
  });
});
