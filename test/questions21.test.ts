import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';
import { foldSpaces } from './helpers.ts';

/**
 * Confident wrong answers of the right kind but the wrong thing: the quoted sentence gives a
 * figure of the kind asked and shares the question's words, but a qualifier of the question is
 * not met.
 */

const first = (answer: ReturnType<typeof findPassages>) => ({
  sentence: foldSpaces(answer.results[0]?.sentence ?? ''),
  missing: answer.results[0]?.missing,
});

describe('a count asked of a named thing is not answered by a share alone', () => {
  const library = () =>
    articleIndex('reading-room.en.txt', [
      'Harbour library reopens its reading room',
      '',
      'About 40% of the borrowers who answered the survey now visit the reading room every week.',
      '',
      'The council spent two years looking for a new site.',
    ]);

  it('flags the thing counted where the sentence gives only a part of it', async () => {
    const answer = first(
      findPassages(await library(), 'How many borrowers visit the reading room every week?'),
    );
    expect(answer).toEqual({
      sentence:
        'About 40% of the borrowers who answered the survey now visit the reading room every week.',
      missing: ['borrowers'],
    });
    // Asked as a share, the same sentence answers with nothing flagged.
    const share = first(
      findPassages(await library(), 'What share of borrowers visit the reading room every week?'),
    );
    expect(share.missing).toEqual([]);
    // A share that names its whole, or one beside a count, still answers.
    const ferries = await articleIndex('ferry-crossings.en.txt', [
      'Island ferries cut back',
      '',
      'The operator will withdraw two of its 9 ferries from the island routes next winter.',
      '',
      'The island council runs 31 buses, and one bus in five is now electric.',
    ]);
    expect(first(findPassages(ferries, 'How many ferries does the operator have?'))).toEqual({
      sentence:
        'The operator will withdraw two of its 9 ferries from the island routes next winter.',
      missing: [],
    });
    const buses = first(findPassages(ferries, 'How many buses does the island council run?'));
    expect(buses.missing).toEqual([]);
  });

  it('is read in French too, where a distance beside the share counts nothing', async () => {
    const index = await articleIndex('navette.fr.txt', [
      'La navette du marché trouve son public',
      '',
      'Un voyageur sur quatre de la navette habite à plus de 12 kilomètres du marché.',
      '',
      'La mairie a acheté deux minibus électriques en mars.',
    ]);
    const answer = first(
      findPassages(index, 'Combien de voyageurs prennent la navette du marché ?'),
    );
    expect(answer.missing).toEqual(['voyageurs']);
  });
});

describe('how much / combien asks a quantity, which dates and lengths of time are not', () => {
  it('flags the asking words where the sentence gives only a date and a length of time', async () => {
    const index = await articleIndex('school-library.en.txt', [
      'Westbrook school opens its new library',
      '',
      'Westbrook school opened its new library on 4 March 2024, after two years of building work.',
      '',
      'Pupils borrowed 3,100 books in the first term.',
    ]);
    const answer = first(
      findPassages(index, 'How much did Westbrook school put into its new library?'),
    );
    expect(answer).toEqual({
      sentence:
        'Westbrook school opened its new library on 4 March 2024, after two years of building work.',
      missing: ['How much'],
    });
  });
});

describe('quelle chaleur asks a temperature', () => {
  const greenhouse = () =>
    articleIndex('serre-tropicale.fr.txt', [
      'La serre tropicale du jardin botanique',
      '',
      'Le chauffage de la serre tropicale consomme 95 000 kWh par an.',
      '',
      'Les palmiers de la serre ont été plantés en 2019.',
    ]);

  it('flags a sentence about the greenhouse that gives no temperature', async () => {
    const answer = first(
      findPassages(await greenhouse(), 'Quelle chaleur fait-il dans la serre tropicale ?'),
    );
    expect(answer).toEqual({
      sentence: 'Le chauffage de la serre tropicale consomme 95 000 kWh par an.',
      missing: ['Quelle chaleur'],
    });
  });

  it('answers with the temperature where the article gives one', async () => {
    const index = await articleIndex('serre-chaude.fr.txt', [
      'La serre tropicale du jardin botanique',
      '',
      'Le chauffage de la serre tropicale consomme 95 000 kWh par an.',
      '',
      'Dans la serre tropicale, l’air est maintenu à 27 °C toute l’année.',
    ]);
    const answer = first(findPassages(index, 'Quelle chaleur fait-il dans la serre tropicale ?'));
    expect(answer).toEqual({
      sentence: 'Dans la serre tropicale, l’air est maintenu à 27 °C toute l’année.',
      missing: [],
    });
  });
});

describe('the qualifier of the figure asked: now, an extreme, a rate’s period', () => {
  it('a count now is not the count at the launch, nor a plan', async () => {
    const index = await articleIndex('bike-share.en.txt', [
      'Riverton bike share grows',
      '',
      'When the bike share launched in the spring of 2020, it had just twenty bikes and four docks.',
      '',
      'The bike share added 45 bikes in May 2024, bringing its fleet to 130 bikes across the town.',
      '',
      'The bike share plans to add fifty more bikes by 2027.',
    ]);
    const answer = first(findPassages(index, 'How many bikes does the bike share have now?'));
    expect(answer).toEqual({
      sentence:
        'The bike share added 45 bikes in May 2024, bringing its fleet to 130 bikes across the town.',
      missing: [],
    });
    const plans = await articleIndex('bike-plans.en.txt', [
      'Riverton bike share grows',
      '',
      'The bike share plans to add fifty more bikes by 2027.',
    ]);
    const planned = first(
      findPassages(plans, 'How many bikes does the bike share have at the moment?'),
    );
    expect(planned.missing).toEqual(['at the moment']);
  });

  it('an extreme asked is flagged on an ordinary value, in French', async () => {
    const index = await articleIndex('gel-verger.fr.txt', [
      'Le gel dans les vergers',
      '',
      'Dans les vergers de la vallée, la température est passée sous 0 °C pendant onze nuits en avril.',
      '',
      'Les arboriculteurs ont allumé des bougies antigel dans 40 parcelles.',
    ]);
    const answer = first(
      findPassages(index, 'Quelle a été la température la plus basse dans les vergers en avril ?'),
    );
    expect(answer.missing).toEqual(['la plus basse']);
  });

  it('a rate asked per hour is flagged on a total, and met by a figure per hour', async () => {
    const index = await articleIndex('cafe-apprentis.fr.txt', [
      'Le café des apprentis',
      '',
      'Les apprentis du café solidaire ont reçu une prime de 300 euros à la fin de leur stage.',
    ]);
    const answer = first(
      findPassages(index, 'Combien les apprentis du café solidaire touchent-ils de l’heure ?'),
    );
    expect(answer.missing).toEqual(['de l’heure']);
    const paid = await articleIndex('cafe-salaire.fr.txt', [
      'Le café des apprentis',
      '',
      'Les apprentis du café solidaire touchent 9,50 euros de l’heure pendant leur stage.',
    ]);
    const hourly = first(
      findPassages(paid, 'Combien les apprentis du café solidaire touchent-ils de l’heure ?'),
    );
    expect(hourly.missing).toEqual([]);
  });
});

describe('an age asked is not a length of time in years', () => {
  it('flags how long someone has done something (depuis quinze ans)', async () => {
    const index = await articleIndex('apiculteur.fr.txt', [
      'Le miel de la vallée',
      '',
      'Depuis quinze ans, Bernard Lachaud installe ses ruches sur le plateau, où il récolte 600 kilos de miel.',
      '',
      'Les ruches les plus âgées du plateau ont été remplacées au printemps.',
    ]);
    const answer = first(findPassages(index, 'Quel âge a Bernard Lachaud ?'));
    expect(answer).toEqual({
      sentence:
        'Depuis quinze ans, Bernard Lachaud installe ses ruches sur le plateau, où il récolte 600 kilos de miel.',
      missing: ['Quel âge'],
    });
  });
});

describe('a whole asked is not one part of it', () => {
  it('flags a figure given for one town when the whole county is asked', async () => {
    const index = await articleIndex('recycling-county.en.txt', [
      'Recycling rates in Hollin',
      '',
      'In the market town of Ashby, the recycling rate reached 58% last year.',
      '',
      'Crews collected bins from 41,000 homes every fortnight.',
    ]);
    const answer = first(
      findPassages(index, 'What is the recycling rate across the whole county?'),
    );
    expect(answer).toEqual({
      sentence: 'In the market town of Ashby, the recycling rate reached 58% last year.',
      missing: ['the whole county'],
    });
  });
});
