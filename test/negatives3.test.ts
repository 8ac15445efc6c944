import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';
import { firstAnswer as first } from './helpers.ts';

/**
 * Questions on another subject that reached an article through one accidental word, and traps
 * answered by a sentence of the right kind that lacks what the trap changed.
 */

const ballot = () =>
  articleIndex('ballot-corvey.en.txt', [
    'Corvey dockers back strike in ballot',
    '',
    'Turnout in the Corvey dockers’ ballot was 64%, up 9 percentage points on the last vote.',
    'The union said 412 of its 640 members at the port took part.',
  ]);

describe('off-topic questions met by one accidental word', () => {
  it('refuses a question whose second word reaches the first one’s match only by translation', async () => {
    // `top` reaches `points` through French `pointe`: one word of the sentence, not two.
    const answer = findPassages(await ballot(), 'What is the freezing point at the top of a hill?');
    expect(answer.answered).toBe(false);
  });

  it('still answers the question its own words ask', async () => {
    const answer = findPassages(await ballot(), 'By how many points did turnout rise?');
    expect(first(answer).sentence).toBe(
      'Turnout in the Corvey dockers’ ballot was 64%, up 9 percentage points on the last vote.',
    );
  });
});

const lido = () =>
  articleIndex('lido-harlow.en.txt', [
    'Harlow lido to get new pumps',
    '',
    'The Harlow lido, run by the town council, is one of three outdoor pools left in the county.',
    'The council will spend £2 million on the lido’s pumps and changing rooms next year.',
  ]);

describe('a question asking when', () => {
  it('flags `When` where the passage gives no date nor time of day', async () => {
    const answer = findPassages(await lido(), 'When did the Harlow lido open?');
    expect(first(answer)).toEqual({
      answered: true,
      sentence:
        'The Harlow lido, run by the town council, is one of three outdoor pools left in the county.',
      missing: ['When'],
    });
  });

  it('takes a time of day for an answer to when', async () => {
    const index = await articleIndex('ferry-dunmore.en.txt', [
      'Dunmore ferry runs later',
      '',
      'The final ferry will now leave Dunmore at 10:40pm, an hour later than before.',
      'The crossing takes 35 minutes.',
    ]);
    const answer = findPassages(index, 'When will the final ferry leave Dunmore?');
    expect(first(answer)).toEqual({
      answered: true,
      sentence: 'The final ferry will now leave Dunmore at 10:40pm, an hour later than before.',
      missing: [],
    });
  });

  it('takes a day or a time said from now for an answer to when', async () => {
    const index = await articleIndex('rue-haute.fr.txt', [
      'La rue Haute sera piétonne',
      '',
      'Le maire a reçu les riverains de la rue Haute mardi soir pour présenter le projet.',
      'Les voitures ne pourront plus y circuler que pour des livraisons.',
    ]);
    const answer = findPassages(index, 'Quand le maire a-t-il reçu les riverains ?');
    expect(first(answer)).toEqual({
      answered: true,
      sentence:
        'Le maire a reçu les riverains de la rue Haute mardi soir pour présenter le projet.',
      missing: [],
    });
  });

  it('reads `quand il pleut` as whenever, asking for no date', async () => {
    const index = await articleIndex('egouts-brive.fr.txt', [
      'Les égouts de Brive seront séparés',
      '',
      'Quand il pleut fort, le réseau unitaire déborde et rejette ses eaux usées dans la Corrèze.',
      'La ville veut séparer les eaux de pluie des eaux usées dans tout le centre.',
    ]);
    const answer = findPassages(index, 'Où partent les eaux usées quand il pleut fort ?');
    expect(first(answer)).toEqual({
      answered: true,
      sentence:
        'Quand il pleut fort, le réseau unitaire déborde et rejette ses eaux usées dans la Corrèze.',
      missing: [],
    });
  });
});

const footbridge = () =>
  articleIndex('footbridge-arle.en.txt', [
    'Arle footbridge reopens',
    '',
    'The footbridge over the Arle reopened on 3 March after eight months of repairs.',
    'The footbridge now carries about 2,000 walkers and cyclists a day.',
  ]);

describe('a question asking which thing the articles never name', () => {
  it('shows the thing asked in missing where the passage names none', async () => {
    const answer = findPassages(
      await footbridge(),
      'Which engineer designed the footbridge over the Arle?',
    );
    expect(first(answer)).toEqual({
      answered: true,
      sentence: 'The footbridge over the Arle reopened on 3 March after eight months of repairs.',
      missing: ['engineer'],
    });
  });

  it('takes a count for the thing asked, which a figure may give unnamed', async () => {
    const answer = findPassages(await footbridge(), 'What traffic does the footbridge carry?');
    expect(first(answer)).toEqual({
      answered: true,
      sentence: 'The footbridge now carries about 2,000 walkers and cyclists a day.',
      missing: [],
    });
  });

  it('takes a name the question does not give for the thing asked', async () => {
    const index = await articleIndex('footbridge-ouse.en.txt', [
      'Ouse footbridge opened',
      '',
      'Ines Carrow cut the ribbon on the Ouse footbridge on 3 March.',
      'The footbridge cost £1.2 million to build.',
    ]);
    const answer = findPassages(index, 'Which councillor cut the ribbon on the Ouse footbridge?');
    expect(first(answer)).toEqual({
      answered: true,
      sentence: 'Ines Carrow cut the ribbon on the Ouse footbridge on 3 March.',
      missing: [],
    });
  });

  it('shows the thing asked in missing where the articles use it, but not the passage', async () => {
    const index = await articleIndex('footbridge-tey.en.txt', [
      'Tey footbridge reopens',
      '',
      'The footbridge over the Tey reopened on 3 March after eight months of repairs.',
      'The town council will repaint its railings next spring.',
    ]);
    const answer = findPassages(index, 'In which town is the footbridge over the Tey?');
    expect(first(answer)).toEqual({
      answered: true,
      sentence: 'The footbridge over the Tey reopened on 3 March after eight months of repairs.',
      missing: ['town'],
    });
  });
});
