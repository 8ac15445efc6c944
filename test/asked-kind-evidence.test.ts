import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';

/**
 * The kind of figure a question asks for is itself evidence: a reader asked `how cold` reads only
 * the temperatures. A sentence matching the question's other words better but giving none does
 * not hide the one that gives it; what that one lacks is shown.
 */

const clock = () =>
  articleIndex('horloge-varenne.fr.txt', [
    'L’horloge de Varenne sonne de nouveau',
    '',
    'L’horloge de l’hôtel de ville a sonné midi le samedi 14 juin 2025, pour la première fois depuis l’hiver 2021.',
    '',
    'Le mécanisme, fabriqué en 1887, s’était bloqué pendant une nuit à −14 °C en janvier 2021.',
    '',
    'Depuis sa remise en marche, l’horloge sonne les heures de 7 h à 22 h, et reste muette la nuit.',
    '',
    'L’horloger, Étienne Marquaire, 71 ans, a travaillé 14 mois dans un atelier de la mairie.',
  ]);

describe('a figure of the kind asked, in a sentence that is not the best match', () => {
  it('answers how cold with the one sentence giving a temperature, flagged', async () => {
    const answer = findPassages(
      await clock(),
      'How cold was it on the night the clock stopped working?',
    );
    expect(answer.results[0]?.sentence).toBe(
      'Le mécanisme, fabriqué en 1887, s’était bloqué pendant une nuit à −14 °C en janvier 2021.',
    );
    expect(answer.results[0]?.missing).toContain('stopped');
  });

  it('refuses when the question names a thing the articles never do', async () => {
    expect(findPassages(await clock(), 'How cold was it on Mars?').answered).toBe(false);
  });

  it('answers it also when little covers the question: a guess, all it lacks shown', async () => {
    // The temperature's sentence covers little of the question: a guess, flagged with every
    // word it lacks, the reader's wording included.
    const index = await articleIndex('horloge-varenne.fr.txt', [
      'L’horloge de Varenne sonne de nouveau',
      '',
      'Le mécanisme, fabriqué en 1887, s’était bloqué pendant une nuit à −14 °C en janvier 2021.',
      '',
      'Depuis sa remise en marche, l’horloge sonne les heures de 7 h à 22 h, et reste muette la nuit.',
      '',
      '« Une horloge, ça s’écoute avant de se regarder », sourit l’artisan.',
    ]);
    const answer = findPassages(index, 'How cold was it on the night the clock stopped working?');
    expect(answer.results[0]?.sentence).toBe(
      'Le mécanisme, fabriqué en 1887, s’était bloqué pendant une nuit à −14 °C en janvier 2021.',
    );
    expect(answer.results[0]?.missing).toEqual(['clock', 'stopped', 'working']);
  });
});
