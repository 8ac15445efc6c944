import { describe, expect, it } from 'vitest';
import { plainClaim } from '../src/search/claims/claim-chat.ts';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';
import { firstAnswer as first } from './helpers.ts';

/**
 * A second reader's findings on the rounds of 2026-12-01's morning: the commonest French way of
 * giving an age, a frequency taken for a whole, any word in `-est` taken for a superlative, and a
 * temperature taken for cents.
 */

const ferme = () =>
  articleIndex('ferme-lavaur.fr.txt', [
    'La ferme de Lavaur change de mains',
    '',
    'Marie Dupont a 61 ans et dirige la ferme depuis 1990.',
    'Le chantier a 3 ans de retard sur le calendrier prévu.',
    'La cantine de la ferme sert 300 repas par jour aux saisonniers.',
  ]);

const fair = () =>
  articleIndex('fair-brook.en.txt', [
    'Brook fair draws record crowds',
    '',
    'Temperatures reached 31 degrees during the harvest festival on Saturday.',
    'The hottest day of the summer brought 34 degrees on Sunday.',
  ]);

describe('second reading of the morning of 2026-12-01', () => {
  it('answers an age asked with the French `X a 61 ans`, with nothing flagged', async () => {
    const answer = findPassages(await ferme(), 'Quel âge a Marie Dupont ?');
    expect(first(answer)).toEqual({
      answered: true,
      sentence: 'Marie Dupont a 61 ans et dirige la ferme depuis 1990.',
      missing: [],
    });
  });

  it('reads `tous les jours` as a rate per day, not a whole', async () => {
    const answer = findPassages(
      await ferme(),
      'Combien de repas la cantine sert-elle tous les jours ?',
    );
    expect(first(answer)).toEqual({
      answered: true,
      sentence: 'La cantine de la ferme sert 300 repas par jour aux saisonniers.',
      missing: [],
    });
  });

  it('takes no word in -est for a superlative: `harvest` says no highest', async () => {
    const answer = findPassages(await fair(), 'What was the highest temperature at the fair?');
    const harvest = answer.results.find(({ sentence }) => sentence.includes('harvest'));
    expect(harvest?.missing).toContain('the highest');
  });

  it('keeps a capital C after a number a temperature, even beside a price', () => {
    expect(plainClaim('Tickets cost €5 and it reached 35C on Saturday')).not.toContain('cent');
    expect(plainClaim('Bread now costs €4.60 after a 40c rise')).toContain('40 cent');
  });
});
