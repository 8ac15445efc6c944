import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';

/** Small articles of my own: prices and pay given for named groups, one figure each. */
const MUSEUM = [
  'Le musée de la mine rouvre à Carvennes',
  '',
  'Le musée de la mine de Carvennes rouvrira ses portes le 4 avril après deux ans de travaux.',
  'L’entrée coûtera 9 € pour les adultes et 4 € pour les moins de 14 ans.',
  'Les visites guidées partiront toutes les heures depuis l’ancien carreau.',
];

const POOL = [
  'Lifeguards hired for the Ashby lido',
  '',
  'The Ashby lido will hire twelve lifeguards for the summer season, the council said.',
  'Lifeguards will be paid £13 an hour for weekday shifts and £15 an hour for weekend shifts.',
  'The lido opens on 1 June and closes at the end of September.',
];

const HEATING = [
  'Le réseau de chaleur de Morlanne s’agrandit',
  '',
  'Le chantier de la première tranche a coûté 12 millions d’euros, dont 4 millions apportés par la région.',
  '',
  'Une deuxième tranche doit relier le collège et la piscine d’ici à 2027.',
];

describe('an ordinal asked is a specific term (negatives4)', () => {
  it('flags a sum asked for the third tranche on a sentence about another', async () => {
    const heating = await articleIndex('chaleur-morlanne.fr.txt', HEATING);
    const third = findPassages(
      heating,
      'Combien la région versera-t-elle pour la troisième tranche ?',
    );
    if (third.answered) expect(third.results[0]?.missing).toContain('troisième');
  });
});

describe('a figure asked for a group the passage does not name (negatives4)', () => {
  it('flags a price asked for a group the sentence’s prices are not for', async () => {
    const museum = await articleIndex('musee-carvennes.fr.txt', MUSEUM);
    const students = findPassages(museum, 'Combien coûte l’entrée au musée pour les étudiants ?');
    const [best] = students.results;
    if (students.answered) expect(best?.missing).toContain('étudiants');
    // The group the sentence names is met: the answer stands, nothing flagged.
    const adults = findPassages(museum, 'Combien coûte l’entrée au musée pour les adultes ?');
    expect(adults.results[0]?.sentence).toContain('9 € pour les adultes');
    expect(adults.results[0]?.missing).toEqual([]);
  });

  it('flags pay asked for shifts the sentence does not give it for', async () => {
    const pool = await articleIndex('lido-ashby.en.txt', POOL);
    const night = findPassages(pool, 'How much are lifeguards paid for night shifts?');
    if (night.answered) expect(night.results[0]?.missing).toContain('night shifts');
    const weekend = findPassages(pool, 'How much are lifeguards paid for weekend shifts?');
    expect(weekend.results[0]?.sentence).toContain('£15 an hour for weekend shifts');
    expect(weekend.results[0]?.missing).toEqual([]);
  });
});
