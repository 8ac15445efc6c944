import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';
import { firstAnswer } from './helpers.ts';

/**
 * A count of people asked is not answered, unflagged, by a count of things: not when the reader
 * slips on the people's noun (`membrs`), nor when the article never names them.
 */

const canal = () =>
  articleIndex('morrow-canal.en.txt', [
    'Morrow canal reopens to boats',
    '',
    'In the first month, 42 boats went up the flight, against the 25 a month the Trust expected.',
    '',
    'A passage costs £20 for a narrowboat, and Trust members pay half.',
  ]);

describe('a count of people typed with a slip', () => {
  it('is not answered unflagged by a count of boats', async () => {
    const answer = firstAnswer(
      findPassages(await canal(), 'how many membrs has the trust got now'),
    );
    expect(answer.answered === false || answer.missing?.includes('membrs')).toBe(true);
  });
});

describe('a count of people asked', () => {
  it('is not answered unflagged by a share of them beside a person’s age', async () => {
    const index = await articleIndex('brackley-shop.en.txt', [
      'Brackley saves its village shop',
      '',
      'About 60% of the shareholders live in the village, and the youngest, Mia Holt, is 19.',
      '',
      'The village has about 900 residents, and the shop is the only one for six miles.',
    ]);
    const answer = firstAnswer(findPassages(index, 'Combien de personnes habitent le village ?'));
    expect(answer.sentence).toMatch(/^The village has about 900 residents/u);
  });
});

describe('how much, asked of no thing counted', () => {
  const theatre = () =>
    articleIndex('dunmore-theatre.en.txt', [
      'Dunmore theatre reopens',
      '',
      'About 1,900 tickets were sold to kids and their families in the first week of shows.',
      '',
      'Matinee tickets cost £8, and kids pay £5 at any show.',
    ]);

  it('is answered by a price, not by a count of items', async () => {
    const answer = firstAnswer(findPassages(await theatre(), 'how much r kids tickets'));
    expect(answer.sentence).toMatch(/^Matinee tickets cost £8/u);
    expect(answer.missing).toEqual([]);
  });

  it('flags a sentence counting items only', async () => {
    const { results } = findPassages(await theatre(), 'how much r kids tickets');
    const count = results.find(({ sentence }) => sentence.startsWith('About 1,900 tickets'));
    expect(count === undefined || count.missing.includes('how much')).toBe(true);
  });
});

describe('a quantity asked of a thing', () => {
  it('is answered by a measure of it before a count of lots', async () => {
    const index = await articleIndex('mornac-cepes.fr.txt', [
      'Le marché aux cèpes de Mornac ferme sa saison',
      '',
      'Cette saison, 42 lots ont été refusés, dont 9 contenaient des cèpes de Pologne vendus comme cèpes du Périgord.',
      '',
      'Le marché a fermé sa saison le samedi 15 novembre sur un bilan de 12 tonnes de cèpes vendus, contre 9 tonnes un an plus tôt.',
    ]);
    const answer = firstAnswer(
      findPassages(index, 'Quelle quantité de cèpes s’est vendue en tout cette saison ?'),
    );
    expect(answer.sentence).toMatch(/bilan de 12 tonnes de cèpes/u);
  });
});
