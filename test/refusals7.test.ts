import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { backTranslations } from '../src/search/lexicon.ts';
import { matchWord } from '../src/search/match-word.ts';
import { articleIndex } from './claim-checks.ts';

/**
 * The words a dictionary build dropped or a translation stretched: a WikDict headword given with
 * several pronunciations (`quai /ke/ /kɛ/`) is now read as its word, and a dictionary's word
 * lengthened by something no inflection adds (`batter` → `battery`) is another word.
 */

const firstOf = (answer: ReturnType<typeof findPassages>) => answer.results[0]?.sentence;

describe('translations a dictionary build used to drop', () => {
  it('reaches a French word WikDict gives with two pronunciations (dock is quai)', async () => {
    const index = await articleIndex('port-quai.fr.txt', [
      'Le port de Kerloc agrandi',
      '',
      'Le nouveau parking du port mesure 240 mètres de long.',
      '',
      'Le nouveau quai du port mesure 180 mètres de long.',
      '',
      'Les travaux ont duré deux ans.',
    ]);
    expect(firstOf(findPassages(index, 'How long is the new dock?'))).toBe(
      'Le nouveau quai du port mesure 180 mètres de long.',
    );
  });
});

describe('a translation lengthened only by an inflection', () => {
  it('reads batter (pâte) as no battery, and call as called', async () => {
    const index = await articleIndex('solar-battery.en.txt', [
      'Solar farm opens near Brackley',
      '',
      'A battery unit, supplied by a Texas firm, will store 8 megawatt-hours.',
      '',
      'The council called the farm a success.',
    ]);
    const wordsOf = (word: string) =>
      [...matchWord(index, word, 'synonym').keys()].map((id) => index.words[id]);
    expect(wordsOf('batter')).not.toContain('battery');
    expect(wordsOf('call')).toContain('called');
    // The reader's own word may still be a longer one's beginning (a typo cut short).
    expect([...matchWord(index, 'batter', 'typed').keys()].map((id) => index.words[id])).toContain(
      'battery',
    );
  });
});

describe('Apertium’s usual French word for an English word the other files translate', () => {
  it('reaches the French article’s word (shepherd is berger, not only pasteur)', async () => {
    const index = await articleIndex('alpage.fr.txt', [
      'La transhumance au col de Véran',
      '',
      'Le vétérinaire du troupeau est payé 2 400 euros par mois.',
      '',
      'Le berger embauché pour l’été est payé 1 900 euros par mois.',
      '',
      'Les brebis montent au col le 12 juin.',
    ]);
    expect(firstOf(findPassages(index, 'How much is the shepherd paid a month?'))).toBe(
      'Le berger embauché pour l’été est payé 1 900 euros par mois.',
    );
  });

  it('adds no way back: back still leads to return through dos alone', () => {
    expect(backTranslations('back')).toEqual(['return']);
  });
});
