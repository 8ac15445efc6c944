import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languageOfText } from '../src/knowledge/language.ts';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { findPassages } from '../src/search/find-passages.ts';
import { buildIndex } from '../src/search/search-index.ts';
import { readSnapshot, writeSnapshot } from '../src/search/snapshot.ts';
import { articleIndex } from './claim-checks.ts';
import { firstAnswer as first } from './helpers.ts';

/** A translation reaches only text in the other language; each article's language is known. */

const dockers = () =>
  articleIndex('dockers-vote.en.txt', [
    'Dockers vote on pay',
    '',
    'Turnout in the dockers ballot was 64%, up 9 percentage points on the last vote.',
    'The union has 640 members at the port.',
  ]);

const digue = () =>
  articleIndex('digue-sernac.fr.txt', [
    'Travaux sur la digue de Sernac',
    '',
    'Aucun engin ne pourra circuler sur la digue avant le 3 mars.',
    'La mairie a voté un budget de 400 000 euros pour les réparations.',
  ]);

describe('a translation matches only text in the other language', () => {
  it('refuses an English question whose French translation is spelled like an English word', async () => {
    // `top` → French `pointe`, whose stem is the English article's `points`.
    const answer = findPassages(await dockers(), 'What is at the top of the mast?');
    expect(answer.answered).toBe(false);
  });

  it('refuses a French question whose English translation is spelled like a French word', async () => {
    // `moteur` → English `engine`, whose stem is the French article's `engin`.
    const answer = findPassages(await digue(), 'Quel moteur est en panne ?');
    expect(answer.answered).toBe(false);
  });

  it('still answers questions in either language', async () => {
    expect(first(findPassages(await dockers(), 'How many points did turnout rise?')).sentence).toBe(
      'Turnout in the dockers ballot was 64%, up 9 percentage points on the last vote.',
    );
    expect(
      first(findPassages(await dockers(), 'Combien de membres a le syndicat ?')).sentence,
    ).toBe('The union has 640 members at the port.');
    expect(first(findPassages(await digue(), 'How big is the repair budget?')).sentence).toBe(
      'La mairie a voté un budget de 400 000 euros pour les réparations.',
    );
  });
});

describe('an article’s language', () => {
  const load = async (files: Record<string, string>) => {
    const folder = mkdtempSync(join(tmpdir(), 'language2-'));
    for (const [file, text] of Object.entries(files)) writeFileSync(join(folder, file), text);
    return loadKnowledge(folder);
  };

  it('comes from the front matter, else the file name, else its words', async () => {
    const corpus = await load({
      'a.md': '---\ntitle: Quai\nlanguage: French\n---\n\nThe quay opens in May.\n',
      'b.en.txt': 'Le quai\n\nLe quai ouvre en mai et les bateaux reviennent.\n',
      'c.txt': 'Le port\n\nLe port ouvre en mai et les bateaux sont de retour.\n',
      'd.txt': 'The harbour\n\nThe harbour opens in May and the boats are back.\n',
    });
    expect(corpus.documents.map((document) => [document.file, document.language])).toEqual([
      ['a.md', 'fr'],
      ['b.en.txt', 'en'],
      ['c.txt', 'fr'],
      ['d.txt', 'en'],
    ]);
  });

  it('is not guessed from a text with no clear stop words', () => {
    expect(languageOfText('fentanyl Mexico 2022')).toBeUndefined();
    expect(languageOfText('How many members does the union have?')).toBe('en');
  });

  it('is kept in the snapshot, and a snapshot saved without it is rebuilt, not read', async () => {
    const index = await digue();
    const path = join(mkdtempSync(join(tmpdir(), 'language2-')), 'index.bin');
    await writeSnapshot(path, 'key', index);
    const read = await readSnapshot(path, 'key');
    expect(read.state === 'loaded' && read.index.corpus.documents[0]?.language).toBe('fr');
    // As an engine before article languages saved it: the same index without them.
    const { wordLanguages: _, translationLanguages: __, ...older } = index;
    await writeSnapshot(path, 'key', older as typeof index);
    expect((await readSnapshot(path, 'key')).state).toBe('stale');
    expect(buildIndex(index.corpus).wordLanguages).toBeInstanceOf(Uint8Array);
  });
});
