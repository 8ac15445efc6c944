import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';

/** Small articles of my own: one sum said of two things together, or of one thing alone. */
const FORGE = [
  'La forge de Bréval s’équipe',
  '',
  'L’association veut dépenser 48 000 € dans un nouveau four et une presse hydraulique d’ici à 2027.',
  'Les ateliers ouvriront au public chaque samedi.',
];

const WORKSHOP = [
  'Bike workshop opens in Tallow Lane',
  '',
  'The club spent £3,200 on a wheel-truing stand and a set of workbenches last spring.',
  'A new compressor alone cost £900, the treasurer said.',
];

describe('a part asked alone, given only in a sum of several things (traps5)', () => {
  it('flags `à elle seule` on a sum said of the thing and another', async () => {
    const forge = await articleIndex('forge-breval.fr.txt', FORGE);
    const press = findPassages(forge, 'Combien coûtera la presse hydraulique à elle seule ?');
    expect(press.results[0]?.sentence ?? '48 000 €').toContain('48 000 €');
    if (press.answered) expect(press.results[0]?.missing).toContain('à elle seule');
    // Asked without `seule`, the same sum answers, nothing flagged.
    const both = findPassages(forge, 'Combien va coûter la presse hydraulique ?');
    expect(both.results[0]?.sentence).toContain('48 000 €');
    expect(both.results[0]?.missing).toEqual([]);
  });

  it('flags `on its own` on a sum of two things, not on one said alone', async () => {
    const workshop = await articleIndex('bike-tallow.en.txt', WORKSHOP);
    const stand = findPassages(workshop, 'How much did the wheel-truing stand cost on its own?');
    expect(stand.results[0]?.sentence ?? '£3,200').toContain('£3,200');
    if (stand.answered) expect(stand.results[0]?.missing).toContain('on its own');
    const compressor = findPassages(workshop, 'How much did the compressor cost on its own?');
    expect(compressor.results[0]?.sentence).toContain('£900');
    expect(compressor.results[0]?.missing).toEqual([]);
  });
});

const FERRY = [
  'Kilmory ferry adds a winter crossing',
  '',
  'The ferry makes four crossings a day between Kilmory and Port Ellis.',
  'From November a fifth crossing will leave Kilmory at 6.15 a.m.',
];

describe('a question the articles share one word with (traps5)', () => {
  it('refuses a question of real words the articles never use but one', async () => {
    const ferry = await articleIndex('ferry-kilmory.en.txt', FERRY);
    const off = findPassages(ferry, 'Who painted the four sunflowers?');
    expect(off.answered).toBe(false);
    // A misspelled word is the reader's slip, not another subject: the question still answers.
    const typo = findPassages(ferry, 'how many crosings does the ferry make');
    expect(typo.results[0]?.sentence).toContain('four crossings');
  });
});

const KENNEL = [
  'Le chenil de Morvaux baisse ses tarifs',
  '',
  'Depuis le 1er mars, le chenil de Morvaux a baissé ses frais de garde pour les familles nombreuses.',
  'La garde coûte 18 € par jour pour un chien et 11 € par jour pour un chat.',
];

describe('a figure asked for a group no article names (traps5)', () => {
  it('flags `pour un furet` where the articles speak of no ferret', async () => {
    const kennel = await articleIndex('chenil-morvaux.fr.txt', KENNEL);
    const ferret = findPassages(kennel, 'Combien coûtent les frais de garde pour un furet ?');
    expect(ferret.results[0]?.missing ?? ['furet']).toContain('furet');
    const dog = findPassages(kennel, 'Combien coûte la garde pour un chien ?');
    expect(dog.results[0]?.sentence).toContain('18 €');
    expect(dog.results[0]?.missing).toEqual([]);
  });
});

const DAIRY = [
  'La fromagerie de Sarlenc embauche',
  '',
  'Un affineur gagne 2 100 € net par mois, explique la gérante, Léa Combarel.',
  'La gérante veut recruter deux vendeuses avant l’été.',
];

const BAKERY = [
  'Ovenstone bakery hires night bakers',
  '',
  'Night bakers will be paid £14.20 an hour from April, the manager said.',
  'Delivery drivers start their rounds at 5 a.m.',
];

describe('pay asked of one person, given of another (traps5)', () => {
  it('flags the earner asked when the sentence’s pay is someone else’s', async () => {
    const dairy = await articleIndex('fromagerie-sarlenc.fr.txt', DAIRY);
    const manager = findPassages(dairy, 'Combien gagne la gérante par mois ?');
    expect(manager.results[0]?.sentence ?? 'affineur').toContain('affineur');
    if (manager.answered) expect(manager.results[0]?.missing).toContain('gérante');
    const ripener = findPassages(dairy, 'Combien gagne un affineur par mois ?');
    expect(ripener.results[0]?.sentence).toContain('2 100 €');
    expect(ripener.results[0]?.missing).toEqual([]);
  });

  it('flags `drivers` asked of a sentence paying bakers', async () => {
    const bakery = await articleIndex('ovenstone-bakery.en.txt', BAKERY);
    const drivers = findPassages(bakery, 'How much will delivery drivers be paid per hour?');
    expect(drivers.results[0]?.sentence ?? '£14.20').toContain('£14.20');
    if (drivers.answered) expect(drivers.results[0]?.missing).toContain('delivery drivers');
    const bakers = findPassages(bakery, 'How much will night bakers be paid per hour?');
    expect(bakers.results[0]?.sentence).toContain('£14.20');
    expect(bakers.results[0]?.missing).toEqual([]);
  });
});

const CHOIR = [
  'Alder Street choir rents the chapel',
  '',
  'Renting the chapel for an afternoon costs the choir £30, the treasurer said.',
  'Rehearsals are held every week.',
];

describe('a figure asked for one occasion, given for another (traps5)', () => {
  it('flags the group asked when the sentence gives its figure for its own', async () => {
    const choir = await articleIndex('choir-alder.en.txt', CHOIR);
    const night = findPassages(
      choir,
      'How much does renting the chapel cost for a Friday night concert?',
    );
    expect(night.results[0]?.sentence ?? '£30').toContain('£30');
    if (night.answered) expect(night.results[0]?.missing).toContain('Friday night concert');
    const afternoon = findPassages(
      choir,
      'How much does renting the chapel cost for an afternoon?',
    );
    expect(afternoon.results[0]?.sentence).toContain('£30');
    expect(afternoon.results[0]?.missing).toEqual([]);
  });
});
