import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { dropQuestionFrames, STOP_WORDS, tokenize } from '../src/search/normalize.ts';
import { articleIndex } from './claim-checks.ts';

/** Small articles of my own: a village fair, a town's compost, a gym's works. */
const GYM = [
  'Le gymnase de Ferlac rouvrira en mars',
  '',
  'Le chantier du gymnase de Ferlac accuse trois mois de retard, à cause d’une pénurie de charpentiers.',
  'La salle de sport coûtera 2 millions d’euros à la commune.',
];

const FAIR = [
  'La foire de Saint-Brelac',
  '',
  'La foire aux bestiaux de Saint-Brelac se tient chaque premier lundi de juin sur la place du marché.',
  'Cette année, 1 350 visiteurs ont franchi les grilles de la foire, selon les organisateurs.',
  'Le comité des fêtes emploie trois salariés à temps partiel.',
];

const COMPOST = [
  'Le compost collectif à Lanvéac',
  '',
  'À terme, la commune espère détourner 700 tonnes de déchets verts par an.',
  'Les bacs de quartier sont suivis par des bénévoles.',
];

describe('`aujourd’hui` is `now`, not two words the article lacks (refusals5)', () => {
  const words = (question: string) => dropQuestionFrames(tokenize(question)).map((t) => t.word);

  it('drops `aujourd’hui` as it drops `maintenant` and `now`', () => {
    const kept = words('Combien de salariés travaillent aujourd’hui ?').filter(
      (word) => !STOP_WORDS.has(word),
    );
    expect(kept).toEqual(['salaries', 'travaillent']);
  });

  it('drops `today` as `aujourd’hui`: a question asked of now keeps its answer', async () => {
    expect(STOP_WORDS.has('today')).toBe(true);
    const fair = await articleIndex('foire.fr.txt', FAIR);
    const asked = (question: string) => findPassages(fair, question).results[0]?.sentence;
    expect(asked('How many visitors came to the fair this year today?')).toBe(
      asked('How many visitors came to the fair this year?'),
    );
  });

  it('answers a question asked of now with the sentence of the staff', async () => {
    const fair = await articleIndex('foire.fr.txt', FAIR);
    const answer = findPassages(fair, 'Combien de salariés le comité emploie-t-il aujourd’hui ?');
    expect(answer.results[0]?.sentence).toContain('trois salariés');
  });

  it('flags what a town hopes to reach as no figure of now', async () => {
    const compost = await articleIndex('compost.fr.txt', COMPOST);
    const answer = findPassages(
      compost,
      'Combien de tonnes la commune détourne-t-elle aujourd’hui ?',
    );
    const [best] = answer.results;
    expect(best?.sentence).toContain('espère détourner');
    expect(best?.missing).toContain('aujourd’hui');
  });
});

describe('the French of the English light verbs `take`, `come`, `need` (refusals5)', () => {
  it('drops `pris`, `prend`, `venir`, `besoin` as `took`, `takes`, `come`, `need` are', () => {
    for (const word of ['pris', 'prend', 'prendre', 'venir', 'venus', 'besoin', 'took', 'need'])
      expect(STOP_WORDS.has(word)).toBe(true);
    // `prise` is also a noun (a socket, a catch): it stays a word.
    expect(STOP_WORDS.has('prise')).toBe(false);
  });

  it('answers `… a-t-il pris du retard` with the sentence of the delay', async () => {
    const works = await articleIndex('gymnase.fr.txt', GYM);
    const answer = findPassages(works, 'De combien de mois le gymnase a-t-il pris du retard ?');
    expect(answer.results[0]?.sentence).toContain('retard');
  });
});
