import { describe, expect, it } from 'vitest';
import { articleIndex, checkIn } from './claim-checks.ts';

/** A frost in French: the lowest temperature of a cold night, written with its unit. */
const FROST = [
  'Nuit glaciale à Montbrison',
  '',
  'Dans la nuit du 3 au 4 janvier, le thermomètre est descendu à −7 °C place de la mairie. Les agents ont salé les routes dès 4 heures du matin.',
  '',
  'La mairie a ouvert un gymnase aux sans-abri.',
];

/** A bike-share scheme in English: members counted against last year's, rates per hour and day. */
const BIKES = [
  'Bike share grows in Dunford',
  '',
  'The Dunford bike share had 4,350 members in June, up from 1,900 a year earlier. Riders pay £2 an hour or £12 a day. A single ride went up by 15 cent in May to €2.10 for visitors from the ferry.',
  '',
  'The council plans ten new stations.',
];

describe('figures a claim writes in chat shapes (claims23)', () => {
  it('reads chat degrees, accentless or without a unit after the weather verb', async () => {
    const index = await articleIndex('gel.fr.txt', FROST);
    expect(checkIn(index, 'cette nuit la a montbrison il faisait -7 degres').verdict).toBe(
      'supported',
    );
    expect(checkIn(index, 'le 4 janvier a montbrison il a fait -7 sur la place').verdict).toBe(
      'supported',
    );
    expect(checkIn(index, 'a montbrison il faisait -12 degres cette nuit la')).toMatchObject({
      verdict: 'contradicted',
      conflicts: [['-12 degrés', '−7 °C']],
    });
  });

  it('takes `more than double` as a bound the claim’s own figures meet, and `1900 a year before` as a count', async () => {
    const index = await articleIndex('bikes.en.txt', BIKES);
    expect(
      checkIn(
        index,
        'bike share members: about 4.4k in june, more than double the 1900 a year before',
      ).verdict,
    ).toBe('supported');
    expect(
      checkIn(index, 'the bike share had 4350 members in june, up from 1900 a year earlier')
        .verdict,
    ).toBe('supported');
  });

  it('gives a rate its money when a second one follows without it, and reads `15c` by a price as cents', async () => {
    const index = await articleIndex('bikes.en.txt', BIKES);
    expect(checkIn(index, 'dunford bike share riders pay £2 an hour or 12 a day').verdict).toBe(
      'supported',
    );
    expect(checkIn(index, 'dunford bike share riders pay £2 an hour or 15 a day')).toMatchObject({
      verdict: 'contradicted',
    });
    expect(checkIn(index, 'a single bike ride now costs €2.10 after a 15c rise').verdict).toBe(
      'supported',
    );
  });
});
