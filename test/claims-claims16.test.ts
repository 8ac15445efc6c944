import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/knowledge/figures.ts';
import { articleIndex, checkIn } from './claim-checks.ts';

/** A small article of my own: a cooperative named in the opening paragraph only. */
const CIDER = [
  'A cider press doubles its output',
  '',
  'Pressmore, the cooperative cider press of the Lisdowne valley, opened a second pressing shed on 4 September 2024.',
  '',
  'Membership reached 1,240 growers at the end of June, up from 830 a year earlier.',
  'The new shed was paid for with a £420,000 grant from the Brannock Trust, spread over four years.',
  'Pickers are paid €13.60 an hour, against €12.10 last season.',
  '',
  'Tours cost £9 for adults and £4 for under-12s.',
];

describe('a claim naming the article’s implicit subject, and figures a chat writes loosely (claims16)', () => {
  it('supports a claim naming the body the article’s opening paragraph is about', async () => {
    const cider = await articleIndex('cider.en.txt', CIDER);
    const members = checkIn(cider, 'Pressmore had 1240 members at the end of June, up from 830');
    expect(members.verdict).toBe('supported');
    expect(members.quoted).toContain('Membership reached 1,240');
    // The figure given otherwise still contradicts.
    expect(checkIn(cider, 'Pressmore had 1500 members at the end of June').verdict).not.toBe(
      'supported',
    );
  }, 60_000);

  it('reads `spread over 3 years` as the span, not as more than 3 years', async () => {
    const cider = await articleIndex('cider.en.txt', CIDER);
    const grant = checkIn(cider, 'the Brannock Trust gave £420k spread over 3 years');
    expect(grant.verdict).toBe('contradicted');
    expect(grant.quoted).toContain('spread over four years');
  });

  it('reads `an hour` after a number as English, no French year', () => {
    const [wage] = extractFigures('pickers only get 13.60 an hour');
    expect(wage?.kind).not.toBe('duration');
    expect(wage?.unit).toBe('/hour');
    expect(extractFigures('il a attendu 1 an de plus')[0]?.kind).toBe('duration');
  });

  it('reads an age bound below adulthood as children (`£4 for under-12s`)', async () => {
    const cider = await articleIndex('cider.en.txt', CIDER);
    expect(checkIn(cider, 'Kids under 12 pay £4 for the tour').verdict).toBe('supported');
    expect(checkIn(cider, 'Kids pay £9 for the tour').verdict).not.toBe('supported');
    expect(checkIn(cider, 'Kids under 12 pay £9 for the tour').verdict).not.toBe('supported');
  });

  it('does not support a choice a neighbour sets aside (`rather than from the sports budget`)', async () => {
    const roof = await articleIndex('roof.en.txt', [
      'The library roof overruns',
      '',
      'The library roof repair is now expected to cost around £80k more than planned.',
      'The mayor said the extra cost would be paid from the town reserves rather than from the sports budget.',
    ]);
    const sports = checkIn(
      roof,
      'The extra £80k for the library roof will come from the sports budget',
    );
    expect(sports.verdict).toBe('contradicted');
    expect(sports.quoted).toContain('rather than from the sports budget');
    expect(
      checkIn(roof, 'The extra £80k for the library roof will come from the town reserves').verdict,
    ).not.toBe('contradicted');
  });
});
