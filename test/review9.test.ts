import { describe, expect, it } from 'vitest';
import type { Figure } from '../src/knowledge/types.ts';
import { hedgedFigure } from '../src/search/claims/figure-candidates.ts';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex, checkIn } from './claim-checks.ts';

/** Second reading of the session's engine changes (review9): defects found and fixed. */

const MAIRIE = [
  'La mairie de Vernoux',
  '',
  "Le maire s'exprime au nom des habitants du quartier lors du conseil municipal.",
  '',
  'Les noms de 45 victimes de la crue ont été lus pendant la cérémonie au monument.',
];

const MEMORIAL = [
  'A memorial at Hexley',
  '',
  'The names of 45 flood victims were read aloud at the memorial on the river bank.',
];

const figure = (text: string, value: number, unit: string, kind: Figure['kind']): Figure =>
  ({ text, value, unit, kind, start: 0 }) as Figure;

describe('a name asked (asked-name.ts)', () => {
  it('is not asked by `au nom de`, which speaks for someone', async () => {
    const index = await articleIndex('mairie.fr.txt', MAIRIE);
    const answer = findPassages(index, "Qui s'exprime au nom des habitants du quartier ?");
    expect(answer.results[0]?.sentence).toContain('au nom des habitants');
    expect(answer.results[0]?.missing).not.toContain('nom');
  });

  it('is not asked by `in the name of` either', async () => {
    const index = await articleIndex('mairie.fr.txt', MAIRIE);
    const answer = findPassages(index, 'Who speaks in the name of the residents of the quartier?');
    expect(answer.results[0]?.missing ?? []).not.toContain('name');
  });

  it('is not asked when names are counted (`combien de noms`, `how many names`)', async () => {
    const french = await articleIndex('mairie.fr.txt', MAIRIE);
    const counted = findPassages(
      french,
      'Combien de noms de victimes ont été lus pendant la cérémonie ?',
    );
    expect(counted.results[0]?.sentence).toContain('45 victimes');
    expect(counted.results[0]?.missing).not.toContain('noms');
    const english = await articleIndex('memorial.en.txt', MEMORIAL);
    const many = findPassages(
      english,
      'How many names of flood victims were read at the memorial?',
    );
    expect(many.results[0]?.sentence).toContain('45 flood victims');
    expect(many.results[0]?.missing).not.toContain('names');
  });
});

const ASHBY = [
  'The Ashby mill',
  '',
  'The Ashby mill was restored last year by a firm from Leeds for £220,000.',
  '',
  'Its new wheel was carved by a joiner called Tom Barrow.',
];

describe('a name asked by the question word (asked-name.ts)', () => {
  it('is not asked when the question asks where (or why, when, how) of the names', async () => {
    const english = await articleIndex('memorial.en.txt', MEMORIAL);
    const where = findPassages(english, 'Where were the names of the flood victims read aloud?');
    expect(where.results[0]?.sentence).toContain('at the memorial');
    expect(where.results[0]?.missing ?? []).not.toContain('names');
    const french = await articleIndex('mairie.fr.txt', MAIRIE);
    const ou = findPassages(french, 'Où les noms des victimes de la crue ont-ils été lus ?');
    expect(ou.results[0]?.sentence).toContain('au monument');
    expect(ou.results[0]?.missing ?? []).not.toContain('noms');
  });
});

describe('a thing brought in unnamed (asked-name.ts)', () => {
  it('is not named by a place after a preposition (`a firm from Leeds`)', async () => {
    const index = await articleIndex('ashby.en.txt', ASHBY);
    const answer = findPassages(
      index,
      'What is the name of the firm that restored the Ashby mill?',
    );
    expect(answer.results[0]?.sentence).toContain('a firm from Leeds');
    expect(answer.results[0]?.missing).toContain('name');
  });

  it('is named by a name after a word calling it (`a joiner called Tom Barrow`)', async () => {
    const index = await articleIndex('ashby.en.txt', ASHBY);
    const answer = findPassages(index, 'What is the name of the joiner who carved the new wheel?');
    expect(answer.results[0]?.sentence).toContain('Tom Barrow');
    expect(answer.results[0]?.missing).toEqual([]);
  });
});

describe('a hedged claimed figure (figure-candidates.ts)', () => {
  it('is a French collective numeral, not any word ending in -aine', () => {
    expect(
      hedgedFigure(figure('une trentaine de bénévoles', 30, 'bénévoles', 'count'), 'exact'),
    ).toBe(true);
    expect(hedgedFigure(figure('a dozen volunteers', 12, 'volunteers', 'count'), 'exact')).toBe(
      true,
    );
    expect(hedgedFigure(figure('3 semaines', 21, 'semaines', 'duration'), 'exact')).toBe(false);
    expect(hedgedFigure(figure('12 fontaines', 12, 'fontaines', 'count'), 'exact')).toBe(false);
    expect(hedgedFigure(figure('12 fontaines', 12, 'fontaines', 'count'), 'about')).toBe(true);
  });
});

const MARKET = [
  'Le marché de Lurcy',
  '',
  'Le marché couvert de Lurcy est ouvert du mardi au samedi, de 8 heures à 13 heures.',
  '',
  "Mardi, le conseil municipal de Lurcy a voté la rénovation du marché couvert pour 1,2 million d'euros.",
];

describe('days of the week said otherwise (day-conflict.ts)', () => {
  it('still contradicts a day the schedule does not give', async () => {
    const market = await articleIndex('marche.fr.txt', MARKET);
    expect(checkIn(market, 'The Lurcy covered market is open on Sundays').verdict).toBe(
      'contradicted',
    );
  });

  it('reads a bare day in the news (`Mardi, le conseil a voté`) as one event, no schedule', async () => {
    const market = await articleIndex('marche.fr.txt', MARKET);
    const met = checkIn(
      market,
      "Le conseil municipal de Lurcy s'est réuni lundi pour parler du marché couvert",
    );
    expect(met.conflicts).not.toContainEqual(['lundi', 'Mardi']);
    expect(met.verdict).not.toBe('contradicted');
  });

  it('does not set a day the claim denies against the schedule', async () => {
    const market = await articleIndex('marche.fr.txt', MARKET);
    const denied = checkIn(market, "Le marché couvert de Lurcy n'ouvre pas le dimanche");
    expect(denied.verdict).not.toBe('contradicted');
    const english = checkIn(market, 'The Lurcy covered market is not open on Sundays');
    expect(english.verdict).not.toBe('contradicted');
  });

  it('still contradicts `ne … que`, which restricts and denies nothing', async () => {
    const market = await articleIndex('marche.fr.txt', MARKET);
    const only = checkIn(market, "Le marché couvert de Lurcy n'ouvre que le dimanche");
    expect(only.verdict).toBe('contradicted');
  });
});
