import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';

/**
 * A reader asks in another form of the article's word (`nouvelle` for `nouveau`, `pay` for
 * `paid`) or in a word derived from it (`decision` for `decided`, `chauffage` for `chauffée`).
 * Each article below has two sentences alike but for that word, the wrong one first, so only the
 * word families (`src/search/lexicon/word-families.json`) can put the right one first.
 */

const firstOf = (answer: ReturnType<typeof findPassages>) => answer.results[0]?.sentence;

describe('word families: the reader’s word in another form than the article’s', () => {
  it('reaches a French adjective’s other gender, itself a word (nouvelle → nouveau)', async () => {
    const index = await articleIndex('stade.fr.txt', [
      'Deux stades pour la ville de Brenac',
      '',
      'Le vieux stade de Brenac peut accueillir 3 000 spectateurs.',
      '',
      'Le nouveau stade de Brenac pourra accueillir 8 000 spectateurs.',
    ]);
    const answer = findPassages(
      index,
      'Combien de spectateurs dans la nouvelle enceinte du stade ?',
    );
    expect(firstOf(answer)).toBe('Le nouveau stade de Brenac pourra accueillir 8 000 spectateurs.');
  });

  it('reaches an English verb’s irregular past (pay → paid)', async () => {
    const index = await articleIndex('club-van.en.txt', [
      'A van for the Corrie rowing club',
      '',
      'The rowing club raised £40,000 for its new van in May.',
      '',
      'The rowing club paid £38,500 for its new van in May.',
    ]);
    const answer = findPassages(index, 'How much did the rowing club pay for the van?');
    expect(firstOf(answer)).toBe('The rowing club paid £38,500 for its new van in May.');
  });

  it('reaches an English word derived from the reader’s (decision → decided)', async () => {
    const index = await articleIndex('bridge.en.txt', [
      'The Alder Street footbridge',
      '',
      'The town council discussed the footbridge’s future on Monday night.',
      '',
      'The town council decided the footbridge’s future on Monday night.',
    ]);
    const answer = findPassages(
      index,
      'What was the decision of the town council on the footbridge?',
    );
    expect(firstOf(answer)).toBe(
      'The town council decided the footbridge’s future on Monday night.',
    );
  });

  it('reaches a French word derived from the reader’s (chauffage → chauffée)', async () => {
    const index = await articleIndex('piscine.fr.txt', [
      'La piscine de Marvel rouvre',
      '',
      'La piscine de Marvel sera éclairée par des panneaux solaires dès octobre.',
      '',
      'La piscine de Marvel sera chauffée par une chaudière à bois dès octobre.',
    ]);
    const answer = findPassages(index, 'Quel chauffage pour la piscine de Marvel ?');
    expect(firstOf(answer)).toBe(
      'La piscine de Marvel sera chauffée par une chaudière à bois dès octobre.',
    );
  });
});
