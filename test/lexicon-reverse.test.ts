import { describe, expect, it } from 'vitest';
import { lexiconEntry } from '../src/search/dictionary-lookup.ts';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';
import { firstAnswer as first } from './helpers.ts';

/**
 * French words no other dictionary file translates, which WikDict's dictionaries agree on when
 * read both ways (`fr-en-wikdict-reverse.json`): a French question reaches an English article.
 */

const garden = () =>
  articleIndex('garden-ashby.en.txt', [
    'Ashby community garden doubles in size',
    '',
    'The garden opened a second plot on Saturday, next to the old bus depot.',
    'Some 64 volunteers now tend the beds, up from 30 last year.',
    'The council gave £12,000 towards the new greenhouse.',
    'Swimmers from the nearby lido have also joined the weekly watering rota.',
  ]);

describe('a French word only WikDict read both ways translates', () => {
  it('finds the volunteers asked about as `bénévoles`, nothing flagged', async () => {
    const answer = first(
      findPassages(await garden(), 'Combien de bénévoles travaillent au jardin ?'),
    );
    expect(answer.sentence).toContain('64 volunteers');
    expect(answer.missing).toEqual([]);
  });

  it('finds the swimmers asked about as `nageurs` without accents', async () => {
    const answer = first(
      findPassages(await garden(), "d'ou viennent les nageurs qui arrosent le jardin"),
    );
    expect(answer.sentence).toContain('Swimmers from the nearby lido');
  });

  it('leaves out a French word that is an English word of another sense (`barrage`)', async () => {
    expect(lexiconEntry(await garden(), ['barrage'])).toBeUndefined();
  });

  it('still reads `theres` as a misspelled stop word, not a name Wiktionary translates', async () => {
    const answer = first(findPassages(await garden(), 'how many volunteers theres in the garden'));
    expect(answer.sentence).toContain('64 volunteers');
  });
});
