import { describe, expect, it } from 'vitest';
import { askedCalled } from '../src/search/asked-called.ts';
import { askedExtreme } from '../src/search/asked-extreme.ts';
import { askedSum } from '../src/search/asked-sum.ts';
import { askedWhere } from '../src/search/asked-where.ts';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';
import { firstAnswer as first } from './helpers.ts';

/** Near-miss passages that said nothing of what was asked, now flagged with what they lack. */

describe('a sum asked by the verb moving it', () => {
  it('reads charge, achetées and quelle somme as a sum asked, and a count as none', () => {
    expect(askedSum('How much does the ferry charge per crossing?', undefined)).toBe('charge');
    expect(askedSum('quelle somme la mairie a-t-elle versée ?', undefined)).toBe('quelle somme');
  });

  it('flags the verb on a passage giving no sum, not on one giving it', async () => {
    const lines = [
      'A new boiler plant for Wexcombe',
      '',
      'The two backup boilers of the plant, of 5 megawatts each, ran for only 40 hours last winter.',
    ];
    const question = 'How much does the boiler plant charge per megawatt-hour?';
    const without = first(findPassages(await articleIndex('boiler-plant.en.txt', lines), question));
    expect(without.missing).toContain('charge');
    const priced = [...lines, '', 'The boiler plant charges households €81 per megawatt-hour.'];
    const given = first(findPassages(await articleIndex('boiler-plant2.en.txt', priced), question));
    expect(given.sentence).toContain('€81');
    expect(given.missing).not.toContain('charge');
  });
});

describe('who heads something', () => {
  it('flags a sentence naming only places and days', async () => {
    const index = await articleIndex('ferry-line.en.txt', [
      'Tarnholt Ferries cuts two routes',
      '',
      'Tarnholt Ferries, the operator based at Wexport, will stop sailing to Brindle from 1 May, the company said on Monday.',
    ]);
    const answer = first(findPassages(index, 'who runs Tarnholt Ferries?'));
    expect(answer.missing).not.toEqual([]);
  });

  it('does not flag a sentence naming the person', async () => {
    const index = await articleIndex('ferry-line2.en.txt', [
      'Tarnholt Ferries cuts two routes',
      '',
      'Tarnholt Ferries, run by Ellen Marsh since 2019, will stop sailing to Brindle from 1 May.',
    ]);
    const answer = first(findPassages(index, 'who runs Tarnholt Ferries?'));
    expect(answer.sentence).toContain('Ellen Marsh');
    expect(answer.missing).toEqual([]);
  });
  it('reads a leader named after a passive leading verb, in French too', async () => {
    const index = await articleIndex('creche-passive.fr.txt', [
      'La crèche des Tilleuls agrandie',
      '',
      'La crèche des Tilleuls, dirigée par Anne Roux depuis 2020, accueille désormais 48 enfants.',
    ]);
    const answer = first(findPassages(index, 'qui dirige la creche ?'));
    expect(answer.sentence).toContain('Anne Roux');
    expect(answer.missing).toEqual([]);
  });
});

describe('a place asked by its kind', () => {
  it('reads dans quel village, in which town as where asked', () => {
    expect(askedWhere('dans quel village se trouve la nouvelle cave ?')).toBe('quel village');
    expect(askedWhere('In which town will the plant open?')).toBe('which town');
    expect(askedWhere('Which firm built the plant?')).toBeUndefined();
  });

  it('flags it on a sentence naming no place', async () => {
    const index = await articleIndex('cave-neuve.fr.txt', [
      'Une nouvelle cave pour la coopérative',
      '',
      'Dans la nouvelle cave, les fromages mûrissent à 12 °C avec 90 % d’humidité.',
    ]);
    const answer = first(findPassages(index, 'dans quel village se trouve la nouvelle cave ?'));
    expect(answer.missing).toContain('quel village');
  });
});

describe('a name asked by the verb of naming', () => {
  it('reads comment s’appelle and what is … called as a name asked', () => {
    expect(askedCalled([], 'comment s’appelle le boulanger ?')?.typed).toBe('comment s’appelle');
    expect(askedCalled([], 'What is the new ferry called?')?.typed).toBe('called');
    expect(askedCalled([], 'What was called off?')).toBeUndefined();
  });

  it('flags it on a sentence naming no one, not on one naming the baker', async () => {
    const lines = [
      'Le fournil de Varaize rouvre',
      '',
      'L’artisan du fournil de Varaize a rouvert ses portes lundi, après six mois de travaux.',
    ];
    const question = 'comment s’appelle l’artisan du fournil de Varaize ?';
    const unnamed = first(findPassages(await articleIndex('fournil.fr.txt', lines), question));
    expect(unnamed.missing).toContain('comment s’appelle');
    const named = [
      lines[0] as string,
      '',
      'L’artisan du fournil de Varaize, Lucien Barbaroux, a rouvert ses portes lundi.',
    ];
    const answer = first(findPassages(await articleIndex('fournil2.fr.txt', named), question));
    expect(answer.sentence).toContain('Barbaroux');
    expect(answer.missing).not.toContain('comment s’appelle');
  });
});

describe('an extreme asked of a thing', () => {
  it('reads most profitable, le plus ancien, the oldest; not a figure asked', () => {
    expect(askedExtreme('which is the chain’s most profitable shop?')).toBe('most profitable');
    expect(askedExtreme('quel est le plus ancien moulin ?')).toBe('plus ancien');
    expect(askedExtreme('Which is the oldest mill?')).toBe('oldest');
    expect(askedExtreme('What do most visitors pay?')).toBeUndefined();
  });

  it('flags it on a sentence ranking nothing, not on one ranking the mill', async () => {
    const lines = [
      'Les moulins de Sarrazac',
      '',
      'La commune de Sarrazac compte sept moulins, dont trois tournent encore, et une fête a lieu chaque été.',
    ];
    const question = 'quel est le plus ancien moulin de Sarrazac ?';
    const plain = first(findPassages(await articleIndex('moulins.fr.txt', lines), question));
    expect(plain.missing).toContain('plus ancien');
    const ranked = [
      ...lines,
      '',
      'Le moulin du Pas, bâti en 1412, est le plus ancien de Sarrazac.',
    ];
    const answer = first(findPassages(await articleIndex('moulins2.fr.txt', ranked), question));
    expect(answer.sentence).toContain('1412');
    expect(answer.missing).not.toContain('plus ancien');
  });
});
