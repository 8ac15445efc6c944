import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';
import { firstAnswer as first } from './helpers.ts';

/**
 * A right answer shown with a wrong gap: a term listed as lacking though the passage holds it in
 * another form, or though it was never a specific term the passage must hold.
 */

const bakery = () =>
  articleIndex('bakery-kelmore.en.txt', [
    'Kelmore bakery chain opens a night shift as flour costs rise',
    '',
    "Dunne's Bakery, the family-run chain founded in Kelmore in 1990, will open a second plant in 2026. The firm runs 19 shops and sells about 30,000 loaves a week.",
    '',
    'Costs and prices',
    '',
    'Flour now costs the company €480 a tonne, against €350 a tonne in the spring of 2022. Energy bills reached €300k last year. A sourdough loaf went up by 30 cent in March to €4.20.',
  ]);

const allotments = () =>
  articleIndex('allotments-greyford.en.txt', [
    'Greyford allotments count the cost of frost',
    '',
    'Plot holders at Greyford lost most of their winter leeks.',
    'During the winter of 2023-2024, the thermometer fell to -9C on the site, against -4C the winter before.',
    'The association now has 85 members.',
  ]);

describe('the thing the title names is what each sentence of the article is about', () => {
  it('answers la boulangerie with the company of a bakery article, nothing flagged', async () => {
    const index = await bakery();
    const answer = first(
      findPassages(index, 'Combien la boulangerie paie-t-elle la farine aujourd’hui ?'),
    );
    expect(answer.sentence).toContain('€480 a tonne');
    expect(answer.missing).toEqual([]);
  });

  it('still lists the title’s thing when another word lacks too', async () => {
    const index = await bakery();
    const answer = first(
      findPassages(index, 'Combien la boulangerie paie-t-elle le sucre aujourd’hui ?'),
    );
    expect(answer.answered && answer.missing?.length === 0).toBe(false);
  });
});

describe('a year span typed short (2023-24) is the passage’s full span (2023-2024)', () => {
  it('answers the winter of 2023-24 with nothing flagged', async () => {
    const index = await allotments();
    const answer = first(
      findPassages(index, 'How cold did it get at the allotments in the winter of 2023-24?'),
    );
    expect(answer.sentence).toContain('-9C');
    expect(answer.missing).toEqual([]);
  });

  it('still flags a span the passage does not give', async () => {
    const index = await allotments();
    const answer = first(
      findPassages(index, 'How cold did it get at the allotments in the winter of 2021-22?'),
    );
    expect(answer.missing?.length).toBeGreaterThan(0);
  });
});

describe('a word typed in lower case in a question that opens with a capital is no name', () => {
  const bakers = () =>
    articleIndex('bakers-greyford.en.txt', [
      'Night shift for Greyford bakers',
      '',
      'Harte Bakery, founded in Greyford in 1987, runs 27 shops.',
      '',
      'Flour now costs the firm €520 a tonne, against €390 a tonne in 2022.',
      '',
      'Night-shift bakers are paid €16.20 an hour.',
    ]);

  it('answers the bakery, though the article writes Bakery only in a name', async () => {
    const answer = first(findPassages(await bakers(), 'How much does flour cost the bakery now?'));
    expect(answer.sentence).toContain('€520 a tonne');
    expect(answer.missing).toEqual([]);
  });

  it('still lists a name typed with capitals that the passage lacks', async () => {
    const answer = first(
      findPassages(await bakers(), 'How much does flour cost Kelso Bakery now?'),
    );
    expect(answer.missing).toContain('Kelso');
  });
});

describe('one of several typed as 1 is what each of them does', () => {
  const potholes = () =>
    articleIndex('potholes-marlow.en.txt', [
      'Marlow speeds up pothole repairs',
      '',
      'Crews now use three jet-patcher lorries, each able to fix up to 120 potholes per shift.',
      '',
      'The council spent £1.1 million on road repairs last year.',
    ]);

  it('answers 1 lorry with each lorry, nothing flagged', async () => {
    const answer = first(
      findPassages(await potholes(), 'how many potholes can 1 lorry fix per shift'),
    );
    expect(answer.sentence).toContain('120 potholes');
    expect(answer.missing).toEqual([]);
  });

  it('still flags 2 lorries', async () => {
    const answer = first(
      findPassages(await potholes(), 'how many potholes can 2 lorries fix per shift'),
    );
    expect(answer.missing?.length).toBeGreaterThan(0);
  });
});

describe('a lacking word is listed once', () => {
  it('lists matchs once where the passage lacks it', async () => {
    const index = await articleIndex('patinoire-verzy.fr.txt', [
      'La patinoire de Verzy rouvre après travaux',
      '',
      'La patinoire de Verzy a rouvert samedi après dix mois de travaux.',
      '',
      'La glace est désormais maintenue à −5 °C pour le hockey et à −3 °C pour le patinage artistique, contre −7 °C auparavant pour toutes les disciplines.',
      '',
      'Le club de hockey jouera ses matchs le samedi soir.',
    ]);
    const answer = first(
      findPassages(index, 'À quelle température garde-t-on la glace pour les matchs de hockey ?'),
    );
    expect(answer.sentence).toContain('−5 °C pour le hockey');
    expect(answer.missing).toEqual(['matchs']);
  });
});

describe('en semaine is what a range from Monday to Friday gives', () => {
  const pool = () =>
    articleIndex('piscine-ferlac.fr.txt', [
      'La piscine de Ferlac rouvre',
      '',
      'La piscine a rouvert lundi après un an de travaux.',
      '',
      'La piscine ouvre du lundi au vendredi de 7 h 30 à 21 h, et le samedi jusqu’à 19 h.',
      '',
      'L’entrée coûte 4 euros, et les écoles viennent trois fois par semaine.',
    ]);

  it('answers en semaine with du lundi au vendredi, nothing flagged', async () => {
    const answer = first(findPassages(await pool(), 'c koi les horaires de la piscine en semaine'));
    expect(answer.sentence).toContain('du lundi au vendredi');
    expect(answer.missing).toEqual([]);
  });

  it('still flags a Sunday the passage does not give', async () => {
    const answer = first(
      findPassages(await pool(), 'c koi les horaires de la piscine le dimanche'),
    );
    expect(answer.missing).toContain('dimanche');
  });
});
