import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { countsPersons, isPersonNoun } from '../src/search/people-counted.ts';
import { articleIndex, checkIn } from './claim-checks.ts';

/** Small articles of my own: people counted under the name of what they do. */
const LIDO = [
  'The Harlow lido reopens after a public appeal',
  '',
  'The Harlow lido reopened on Saturday after three years behind fences.',
  'A crowdfunding appeal raised £42,000 from 1,830 donors over the winter.',
  'The council paid for the new boiler, which cost £310,000.',
];

const FESTIVAL = [
  'Le festival de Morlan bat son record',
  '',
  'Le festival de Morlan s’est tenu du 4 au 6 juillet sur les bords du Lay.',
  'Le samedi, il a accueilli 3 400 spectateurs, un record depuis sa création en 2009.',
  'Le samedi, la buvette a servi 2 100 repas.',
];

describe('people counted under another name (vocab3)', () => {
  it('reads WordNet’s and the lexicon’s nouns naming people, and no thing', () => {
    expect(isPersonNoun('donors')).toBe(true);
    expect(isPersonNoun('spectateurs')).toBe(true);
    expect(isPersonNoun('boilers')).toBe(false);
    expect(isPersonNoun('chaudieres')).toBe(false);
  });

  it('answers `how many people` with a count of donors', async () => {
    const lido = await articleIndex('lido.en.txt', LIDO);
    const answer = findPassages(lido, 'How many people chipped in to the appeal?');
    expect(answer.answered).toBe(true);
    expect(answer.results[0]?.sentence).toContain('1,830 donors');
    expect(answer.results[0]?.missing).toEqual([]);
    const figure = lido.corpus.sentences.flatMap(({ figures }) => figures);
    expect(figure.filter(countsPersons).map(({ unit }) => unit)).toEqual(['donors']);
  });

  it('answers `combien de personnes` with a count of spectators, not of meals', async () => {
    const festival = await articleIndex('festival.fr.txt', FESTIVAL);
    const answer = findPassages(festival, 'Combien de personnes sont venues samedi ?');
    expect(answer.answered).toBe(true);
    expect(answer.results[0]?.sentence).toContain('3 400 spectateurs');
    // Held by the spectators, `personnes` is not shown as lacking; `venues` is.
    expect(answer.results[0]?.missing).not.toContain('personnes');
  });

  it('does not answer a count of people the article does not give', async () => {
    const lido = await articleIndex('lido.en.txt', LIDO);
    const answer = findPassages(lido, 'How many people drowned in the lido?');
    const [best] = answer.results;
    expect(answer.answered === false || (best?.missing.length ?? 0) > 0).toBe(true);
  });

  it('checks a claim’s people against the article’s donors, not its donors against people', async () => {
    const lido = await articleIndex('lido.en.txt', LIDO);
    const people = checkIn(lido, 'The appeal raised £42,000 from 1,830 people.');
    expect(people.verdict).toBe('supported');
    expect(people.quoted).toContain('1,830 donors');
    const fewer = checkIn(lido, 'The appeal raised £42,000 from 900 people.');
    expect(fewer.verdict).toBe('contradicted');
  });
});
