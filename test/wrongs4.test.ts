import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';

/** Small articles of my own, each giving a figure of one thing beside another it is not of. */
const FERRY = [
  'The Inchmore ferry returns for the summer',
  '',
  'The Inchmore ferry will sail twice a day from 1 May, the island trust said.',
  'A return crossing costs £14 per adult, and bicycles travel free.',
  'A new pier, due to open next spring, will let the boat berth at low tide.',
];

const CAVES = [
  'Les grottes de Bélessac rouvrent',
  '',
  'Les grottes de Bélessac rouvriront le 2 avril après un an de travaux.',
  'La visite, qui dure une heure, coûte 11 € par adulte.',
];

const BALLOT = [
  'Bus drivers back strike action in Colbury',
  '',
  'Bus drivers in Colbury have voted for strike action over pay, the union said on Monday.',
  'The union said the 81% turnout was 14 percentage points higher than in its pay ballot of 2022.',
  'Talks with the operator are due to resume next week.',
];

describe('a year said only in a comparison after the figures (wrongs4)', () => {
  it('flags the year of the ballot the turnout is compared with', async () => {
    const ballot = await articleIndex('ballot-colbury.en.txt', BALLOT);
    const then = findPassages(ballot, 'What was the turnout in the pay ballot of 2022?');
    expect(then.results[0]?.missing).toContain('2022');
    const now = findPassages(ballot, 'What was the turnout in the strike ballot?');
    expect(now.results[0]?.sentence).toContain('81% turnout');
  });
});

const SHELTER = [
  'Un nouveau refuge au col de Sarrat',
  '',
  'Le refuge du col de Sarrat a ouvert en juin, tenu par un gardien payé 1 900 € par mois.',
  'Il compte 24 couchettes et une salle hors sac.',
];

describe('a cost asked once, of a sentence giving a sum per month (wrongs4)', () => {
  it('flags what the refuge cost when the sentence gives a monthly wage', async () => {
    const shelter = await articleIndex('refuge-sarrat.fr.txt', SHELTER);
    const cost = findPassages(shelter, 'Combien a coûté le refuge du col de Sarrat ?');
    expect(cost.results[0]?.missing).toContain('a coûté');
    // A sum per month asked is met by one.
    const wage = findPassages(shelter, 'Combien est payé le gardien du refuge par mois ?');
    expect(wage.results[0]?.sentence).toContain('1 900 € par mois');
    expect(wage.results[0]?.missing).toEqual([]);
  });
});

const MARKET = [
  'Le marché aux fleurs de Lormes',
  '',
  'Le marché aux fleurs de Lormes se tient chaque dimanche sur la place du Foirail.',
  'La commune prélève un droit de place de 8 € par exposant, inchangé depuis 2018.',
];

describe('a year asked on one side, given on the other (wrongs4)', () => {
  it('flags `avant 2018` asked of a fee unchanged since 2018', async () => {
    const market = await articleIndex('fleurs-lormes.fr.txt', MARKET);
    const before = findPassages(market, 'Combien coûtait le droit de place avant 2018 ?');
    expect(before.results[0]?.missing).toContain('2018');
    const since = findPassages(market, 'Combien coûte le droit de place depuis 2018 ?');
    expect(since.results[0]?.sentence).toContain('inchangé depuis 2018');
    expect(since.results[0]?.missing).toEqual([]);
  });
});

const CHOIR = [
  'La chorale de Vennes fête ses trente ans',
  '',
  'Les choristes se souviennent encore de l’inondation de 2016. La salle avait été fermée six mois. La chorale compte 58 membres, dont onze hommes.',
];

const BAND = [
  'La fanfare de Rioux change de chef',
  '',
  'En 2019, la fanfare de Rioux a changé de chef. Elle comptait alors 41 musiciens.',
];

describe('a year a neighbour only names does not date a figure (wrongs4)', () => {
  it('flags a count asked of 2016 when the count’s sentence follows a mention of 2016', async () => {
    const choir = await articleIndex('chorale-vennes.fr.txt', CHOIR);
    const then = findPassages(choir, 'Combien de membres la chorale comptait-elle en 2016 ?');
    expect(then.results[0]?.missing).toContain('2016');
  });

  it('keeps a year that opens an earlier sentence of the paragraph (`En 2019, …`)', async () => {
    const band = await articleIndex('fanfare-rioux.fr.txt', BAND);
    const scene = findPassages(band, 'Combien de musiciens la fanfare comptait-elle en 2019 ?');
    expect(scene.results[0]?.sentence).toContain('41 musiciens');
    expect(scene.results[0]?.missing).toEqual([]);
  });
});

describe('a price given per another fare group (wrongs4)', () => {
  it('flags a child’s fare asked of a sentence giving the adult fare', async () => {
    const ferry = await articleIndex('ferry-inchmore.en.txt', FERRY);
    const child = findPassages(ferry, 'How much does a return crossing cost a child?');
    expect(child.results[0]?.missing).toContain('child');
    const adult = findPassages(ferry, 'How much does a return crossing cost an adult?');
    expect(adult.results[0]?.sentence).toContain('£14 per adult');
    expect(adult.results[0]?.missing).toEqual([]);
  });

  it('flags a price asked for children, in French, of a price per adult', async () => {
    const caves = await articleIndex('grottes-belessac.fr.txt', CAVES);
    const children = findPassages(caves, 'Combien coûte la visite des grottes pour les enfants ?');
    expect(children.results[0]?.missing).toContain('enfants');
    const plain = findPassages(caves, 'Combien coûte la visite des grottes ?');
    expect(plain.results[0]?.sentence).toContain('11 € par adulte');
    expect(plain.results[0]?.missing).toEqual([]);
  });
});
