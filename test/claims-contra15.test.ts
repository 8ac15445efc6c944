import { describe, expect, it } from 'vitest';
import { articleIndex, checkIn } from './claim-checks.ts';

/** A dairy the article opens on, then speaks of as `the dairy` and `It` without naming it. */
const DAIRY = [
  'Upland dairy expands as milk prices recover',
  '',
  'Brenmoor Creamery, the farmer-owned dairy in Coldwell, will build a new cheese cellar next spring, its chairman said on Friday. The firm buys milk from 140 farms.',
  '',
  'Money matters',
  '',
  'Milk now costs the dairy 41 cents a litre, against 33 cents a litre in 2022. It lost £220,000 in 2023 and expects a profit of about £90,000 in 2025.',
  '',
  'Its rival Halvey Foods, in Marsden, employs 310 people.',
  '',
  'Cheese now sells at £9 a kilo, up from £7 when the old cellar flooded in March 2019.',
];

describe('the article’s own subject, named in its opening (contra15)', () => {
  it('contradicts a claim on the subject by a later sentence that does not name it again', async () => {
    const index = await articleIndex('dairy.en.txt', DAIRY);
    expect(checkIn(index, 'Brenmoor Creamery lost about £400k in 2023')).toMatchObject({
      verdict: 'contradicted',
      conflicts: [['about £400k', '£220,000']],
    });
    expect(checkIn(index, 'Milk costs Brenmoor Creamery about 50 cents a litre now')).toMatchObject(
      { verdict: 'contradicted' },
    );
  });

  it('dates the subject’s event by a later sentence that names nobody else', async () => {
    const index = await articleIndex('dairy.en.txt', DAIRY);
    expect(checkIn(index, 'The old Brenmoor Creamery cellar flooded in March 2017.')).toMatchObject(
      {
        verdict: 'contradicted',
        quoted:
          'Cheese now sells at £9 a kilo, up from £7 when the old cellar flooded in March 2019.',
      },
    );
  });

  it('does not contradict through a sentence that names another body, nor support without the name', async () => {
    const index = await articleIndex('dairy.en.txt', DAIRY);
    // The staff counted is the rival's: the article says nothing of the creamery's.
    expect(checkIn(index, 'Brenmoor Creamery employs about 450 people').verdict).toBe('not-found');
    // A claim on a body the article never names stays unfound.
    expect(checkIn(index, 'In 2023 Dunmore Dairies lost about £400k').verdict).toBe('not-found');
  });
});
