import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';

/**
 * Questions whose words do not reach the article's: chat abbreviations read as their plain words
 * and interjections as nothing (src/search/chat-words.ts), and a dictionary translation reaching
 * the article's form of it.
 */

const parking = () =>
  articleIndex('parking-stanbrook.en.txt', [
    'Stanbrook parking charges rise',
    '',
    'Parking at Stanbrook station now costs 3 pounds an hour.',
    'A full day of parking costs 15 pounds.',
    'Most people stay less than two hours, the operator says.',
    'Over a year, a commuter pays about 3,000 pounds.',
  ]);

const market = () =>
  articleIndex('marche-lisle.fr.txt', [
    'Le marché couvert rouvre',
    '',
    'Le marché couvert de Lisle a rouvert samedi après un an de travaux.',
    'Les commerçants paient 40 euros par semaine pour un emplacement.',
    'Beaucoup de gens sont venus dès 7 heures, selon la mairie.',
    'Le chantier a duré plus longtemps que prévu à cause des intempéries.',
    'Le marché accueille désormais 45 commerçants contre 30 avant.',
  ]);

const firstSentence = (answer: ReturnType<typeof findPassages>) => ({
  answered: answer.answered,
  sentence: answer.results[0]?.sentence,
});

describe('chat words', () => {
  it('reads `hr` as hour, and `lol` as nothing', async () => {
    const index = await parking();
    for (const question of ['how much is parking per hr', 'how much is parking for an hr lol']) {
      expect(firstSentence(findPassages(index, question))).toEqual({
        answered: true,
        sentence: 'Parking at Stanbrook station now costs 3 pounds an hour.',
      });
    }
  });

  it('reads `ppl` and `yr` as people and year', async () => {
    expect(firstSentence(findPassages(await parking(), 'how much do ppl pay in a yr'))).toEqual({
      answered: true,
      sentence: 'Over a year, a commuter pays about 3,000 pounds.',
    });
  });

  it('reads French chat: `cb` asks how many, `mtn` is now, `bcp` and `tps` much time, `pk` why', async () => {
    const index = await market();
    expect(firstSentence(findPassages(index, 'cb de commercants mtn'))).toEqual({
      answered: true,
      sentence: 'Le marché accueille désormais 45 commerçants contre 30 avant.',
    });
    expect(firstSentence(findPassages(index, 'le chantier a pris bcp de tps pk'))).toEqual({
      answered: true,
      sentence: 'Le chantier a duré plus longtemps que prévu à cause des intempéries.',
    });
  });
});

const pool = () =>
  articleIndex('pool-riverside.en.txt', [
    'Riverside pool reopens',
    '',
    'The Riverside pool reopened on Saturday after a year of repairs.',
    'About 900 children took swimming lessons there in the first month.',
    'One lifeguard is on duty at all times, the council says.',
  ]);

const bakery = () =>
  articleIndex('bakery-dunmore.en.txt', [
    'Old Mill bakery news',
    '',
    'The Dunmore shop of the Old Mill bakery opened on 2 May 2019.',
    'The Dunmore shop closed on 14 March 2025.',
    'The bakery buys its flour from a farm near Dunmore.',
  ]);

describe('translations as the article writes them', () => {
  it('reaches a translation’s irregular plural: `enfants` → child → `children`', async () => {
    expect(findPassages(await pool(), 'Combien d’enfants ?').results[0]?.sentence).toBe(
      'About 900 children took swimming lessons there in the first month.',
    );
  });

  it('reads a folded French participle as its verb too: `fermé` is closed, not only a farm', async () => {
    const answer = findPassages(await bakery(), 'Quand la boutique de Dunmore a-t-elle fermé ?');
    expect(firstSentence(answer)).toEqual({
      answered: true,
      sentence: 'The Dunmore shop closed on 14 March 2025.',
    });
  });

  it('does not read `personne` through `no-one` as the number one', async () => {
    const index = await articleIndex('pool-cafe.en.txt', [
      'Riverside pool reopens',
      '',
      'One cafe by the pool sells drinks and sandwiches.',
      'About 900 people bought a season ticket in May.',
    ]);
    const answer = findPassages(index, 'Combien de personnes ont acheté un abonnement ?');
    expect(answer.results[0]?.sentence).not.toBe(
      'One cafe by the pool sells drinks and sandwiches.',
    );
  });
});
