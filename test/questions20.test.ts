import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';
import { firstAnswer as first } from './helpers.ts';

/**
 * A question asking for a kind of figure in words the article never uses (`superficie`, `how
 * old`, `quand`) is answered by the sentence giving that kind of figure, instead of being refused
 * for a word the article lacks; a count asked of a thing comes before a share of it.
 */

const piscine = () =>
  articleIndex('piscine-mervent.fr.txt', [
    'Mervent agrandit sa piscine',
    '',
    'Le conseil municipal a voté mardi l’agrandissement de la piscine de Mervent.',
    'Un second bassin de 1 250 m² sera creusé à côté du bassin actuel.',
    'Le bassin actuel restera ouvert pendant toute la durée du chantier.',
    'Les clubs de natation réclamaient un bassin supplémentaire depuis dix ans.',
    'Le chantier coûtera 4,8 millions d’euros.',
  ]);

const orchard = () =>
  articleIndex('orchard-tamsey.en.txt', [
    'Tamsey orchard hires for the harvest',
    '',
    'The Tamsey orchard will hire forty pickers for the apple harvest this autumn.',
    'Pickers will be paid £12.60 an hour, the orchard said.',
    'The orchard was planted by Ruth Fenwick, now 83, in 1968.',
    'The orchard covers 12 hectares on the slopes above the village.',
  ]);

const aviron = () =>
  articleIndex('club-aviron.fr.txt', [
    'Le club d’aviron de Lurcy change de présidente',
    '',
    'Le club d’aviron de Lurcy a élu samedi une nouvelle présidente pour trois ans.',
    'La présidente, Odile Berthet, 61 ans, rame depuis son enfance.',
    'Le club d’aviron compte 140 licenciés et douze bateaux.',
  ]);

const quais = () =>
  articleIndex('quai-brenne.fr.txt', [
    'Brenne refait ses quais',
    '',
    'La ville de Brenne va refaire ses quais le long de la Loire.',
    'Les quais seront fermés aux voitures à partir de l’automne 2026.',
    'Les quais accueilleront un marché le dimanche.',
    'Le projet prévoit aussi des bancs et des arbres le long des quais.',
  ]);

describe('a word asking for a kind of figure that the article never uses', () => {
  it('is held by the sentence giving a figure in the unit asked', async () => {
    expect(
      first(findPassages(await piscine(), 'Quelle superficie fera le futur bassin ?')),
    ).toEqual({
      answered: true,
      sentence: 'Un second bassin de 1 250 m² sera creusé à côté du bassin actuel.',
      missing: [],
    });
  });

  it('asks for an age, which a number set apart after a name gives', async () => {
    expect(
      first(findPassages(await orchard(), 'How old is the woman who planted the orchard?')),
    ).toEqual({
      answered: true,
      sentence: 'The orchard was planted by Ruth Fenwick, now 83, in 1968.',
      missing: [],
    });
  });

  it('is not held by a term of years, which is no age', async () => {
    // `pour trois ans` is the term she was elected for; her age (`61 ans`) is quoted first.
    const answer = findPassages(await aviron(), 'Quel âge a la nouvelle présidente ?');
    expect(first(answer)).toEqual({
      answered: true,
      sentence: 'La présidente, Odile Berthet, 61 ans, rame depuis son enfance.',
      missing: [],
    });
    expect(answer.results[1]).toMatchObject({
      sentence: 'Le club d’aviron de Lurcy a élu samedi une nouvelle présidente pour trois ans.',
      missing: ['Quel âge'],
    });
  });
});

describe('quand, when nothing else answers', () => {
  it('chooses the one sentence giving a date, with the words it lacks', async () => {
    expect(
      first(findPassages(await quais(), 'Quand la circulation automobile cessera-t-elle ?')),
    ).toEqual({
      answered: true,
      sentence: 'Les quais seront fermés aux voitures à partir de l’automne 2026.',
      missing: ['circulation', 'cessera'],
    });
  });
});

describe('a count asked of a thing named', () => {
  it('comes from a count before a percentage held alike', async () => {
    const index = await articleIndex('velo-sarlieu.fr.txt', [
      'Sarlieu et le vélo',
      '',
      'Selon l’enquête, 25 % des habitants de Sarlieu vont au travail à vélo.',
      'Au total, 2 300 habitants de Sarlieu vont au travail à vélo, selon la même enquête.',
      'Les pistes cyclables ont été prolongées de six kilomètres.',
    ]);
    expect(
      first(findPassages(index, 'Combien d’habitants de Sarlieu vont au travail à vélo ?')),
    ).toEqual({
      answered: true,
      sentence:
        'Au total, 2 300 habitants de Sarlieu vont au travail à vélo, selon la même enquête.',
      missing: [],
    });
  });

  it('does so in English too', async () => {
    const index = await articleIndex('ferry-dunlow.en.txt', [
      'Dunlow ferry numbers',
      '',
      'About 40% of island ferry passengers sail in summer.',
      'In all, 180,000 island ferry passengers sail in summer, the operator said.',
      'A second ferry will join the route next year.',
    ]);
    expect(first(findPassages(index, 'How many island ferry passengers sail in summer?'))).toEqual({
      answered: true,
      sentence: 'In all, 180,000 island ferry passengers sail in summer, the operator said.',
      missing: [],
    });
  });
});
