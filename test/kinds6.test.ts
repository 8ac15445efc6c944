import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';
import { firstAnswer as first } from './helpers.ts';

/**
 * The figure asked given in the sentence after the one naming the thing (paragraph-fallback.ts):
 * the sentence holds none of the question's words, its paragraph does. A guess, what it lacks
 * shown; never where the article gives that kind of figure twice.
 */

const flock = (extra: string[] = []) =>
  articleIndex('transhumance-causse.fr.txt', [
    'La transhumance reprend sur le causse',
    '',
    'Le grand troupeau du groupement pastoral a quitté Lauzerac le mardi 10 juin pour rejoindre le causse de Véran. Environ 2 400 brebis ont parcouru 62 km en quatre jours, le thermomètre atteignant 31 °C le deuxième jour.',
    '',
    'La mairie a voté une subvention de 4 500 € pour le balisage des sentiers.',
    ...extra,
  ]);

const HOW_HOT = 'How hot did it get while the flock was walking up to the summer pastures?';

describe('the figure asked given next to the sentence naming the thing', () => {
  it('answers how hot it got with the one temperature of the paragraph, its lacks shown', async () => {
    const answer = first(findPassages(await flock(), HOW_HOT));
    expect(answer.sentence).toContain('31 °C');
    expect(answer.missing).toEqual(expect.arrayContaining(['walking', 'pastures']));
  });

  it('stays refused where the article gives another temperature', async () => {
    const index = await flock(['', 'Au refuge, la nuit, le thermomètre est descendu à 4 °C.']);
    expect(findPassages(index, HOW_HOT).answered).toBe(false);
  });

  it('stays refused where the paragraph holds no word of the question but the kind asked', async () => {
    const answer = findPassages(
      await flock(),
      'How hot was the kitchen of the new school canteen?',
    );
    expect(answer.answered).toBe(false);
  });
});
