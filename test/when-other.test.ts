import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { whenAsked } from '../src/search/when-other.ts';
import { articleIndex } from './claim-checks.ts';
import { firstAnswer as first } from './helpers.ts';

/** Asked when, a sentence whose times are all another event's (a saying, an end, a span, a schedule). */

describe('the tense and the kind of time a when-question asks', () => {
  it.each([
    ['when did the porters go on strike', true],
    ['quand est-ce que la boulangerie a rouvert ?', true],
    ['quand a-t-on fini les travaux', true],
    ['depuis quand la gare était-elle fermée', true],
    ['when does the ferry start again', false],
    ['quand la piscine va-t-elle rouvrir', false],
    ['quand est-ce que le marché a lieu à la gare', false],
    ['quand la mairie a-t-elle prévu de rouvrir la piscine', false],
  ])('%s asks a past event: %s', (question, past) => {
    expect(whenAsked(question).past).toBe(past);
  });
});

describe('a time of another event does not say when', () => {
  const lines = [
    'Porters at Fenmoor station strike on',
    '',
    'The porters will stay out until 30 April, their union said on Monday.',
    'Their pay is £12.10 an hour, against £13.50 at the company’s other stations.',
  ];

  it('flags when on an end and a saying, asked when the porters went on strike', async () => {
    const index = await articleIndex('porters-fenmoor.en.txt', lines);
    const answer = first(findPassages(index, 'When did the porters go on strike?'));
    expect(answer.sentence).toContain('until 30 April');
    expect(answer.missing).toContain('When');
  });

  it('does not flag an end asked until when', async () => {
    const index = await articleIndex('porters-fenmoor.en.txt', lines);
    const answer = first(findPassages(index, 'Until when will the porters stay out?'));
    expect(answer.sentence).toContain('until 30 April');
    expect(answer.missing).not.toContain('Until when');
  });

  it('puts the sentence dating a restart before a later plan’s deadline', async () => {
    const index = await articleIndex('boulangerie-orvaz.fr.txt', [
      'La boulangerie d’Orvaz rouvre',
      '',
      'La boulangerie d’Orvaz emploie aujourd’hui six personnes et prévoit d’ouvrir une seconde boutique avant l’été 2027.',
      'Le 3 février 2026, la boulangerie d’Orvaz a rallumé son four après quatre ans d’arrêt.',
    ]);
    const answer = first(
      findPassages(index, 'quand est-ce que la boulangerie d’Orvaz a redemarre ?'),
    );
    expect(answer.sentence).toContain('3 février 2026');
    expect(answer.missing).toEqual([]);
  });

  it('flags opening hours asked when the shop reopened, not asked when it is open', async () => {
    const index = await articleIndex('epicerie-vaulx.fr.txt', [
      'L’épicerie de Vaulx',
      '',
      'L’épicerie de Vaulx est ouverte de 8 h à 19 h en semaine et le dimanche matin jusqu’à 12 h.',
    ]);
    const reopened = first(findPassages(index, 'l’épicerie de Vaulx a rouvert quand ?'));
    expect(reopened.missing).toContain('quand');
    const open = first(
      findPassages(index, 'quand l’épicerie de Vaulx est-elle ouverte le dimanche ?'),
    );
    expect(open.missing).not.toContain('quand');
  });

  it('flags the year of a figure compared with, asked since what year', async () => {
    const index = await articleIndex('chorale-brenac.fr.txt', [
      'La chorale de Brenac',
      '',
      'La chorale de Brenac compte aujourd’hui 64 choristes, contre 41 en 2019.',
    ]);
    const answer = first(
      findPassages(index, 'Depuis quelle année la chorale de Brenac existe-t-elle ?'),
    );
    expect(answer.missing).toContain('Depuis quelle année');
  });

  it('does not flag a span asked of a present state, only of a coming event', async () => {
    const index = await articleIndex('piscine-belcourt.fr.txt', [
      'La piscine de Belcourt',
      '',
      'La piscine de Belcourt est fermée depuis mars.',
    ]);
    const state = first(findPassages(index, 'Quand la piscine de Belcourt est-elle fermée ?'));
    expect(state.missing).not.toContain('Quand');
    const coming = first(findPassages(index, 'Quand la piscine de Belcourt va-t-elle fermer ?'));
    expect(coming.missing).toContain('Quand');
  });
});
