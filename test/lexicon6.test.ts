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
