import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { boundedPieces, MAX_SENTENCE_LENGTH } from '../src/knowledge/segment.ts';

const ARTICLE = 'Un titre\n\nLe port a rouvert lundi. Les navires sont revenus.\n';

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'walk-'));
  dirs.push(dir);
  return dir;
}

async function load(dir: string) {
  const warnings: string[] = [];
  const corpus = await loadKnowledge(dir, {
    onWarning: (file, problem) => warnings.push(`${file}: ${problem}`),
  });
  return { corpus, warnings };
}

describe('walking the knowledge folder', () => {
  it('refuses the root of the disk with one line, without walking it', async () => {
    const started = Date.now();
    await expect(loadKnowledge('/')).rejects.toThrow(
      /^\/: is the root of the disk, not an articles folder$/u,
    );
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('warns about a file name that is not UTF-8, with the name escaped, and reads the rest', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'ok.txt'), ARTICLE);
    writeFileSync(
      Buffer.concat([Buffer.from(`${dir}/caf`), Buffer.from([0xe9]), Buffer.from('.txt')]),
      ARTICLE,
    );
    const { corpus, warnings } = await load(dir);
    expect(corpus.documents.map((document) => document.file)).toEqual(['ok.txt']);
    expect(warnings).toEqual(['caf\\xE9.txt: skipped: its name is not UTF-8 (rename it)']);
  });

  it('follows symbolic links, and skips a link that loops back with a warning', async () => {
    const dir = folder();
    const elsewhere = folder();
    writeFileSync(join(elsewhere, 'linked.txt'), ARTICLE);
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'own.txt'), ARTICLE);
    symlinkSync(join(elsewhere, 'linked.txt'), join(dir, 'article-link.txt'));
    symlinkSync(dir, join(dir, 'sub', 'loop'));
    const { corpus, warnings } = await load(dir);
    expect(corpus.documents.map((document) => document.file)).toEqual([
      'article-link.txt',
      'sub/own.txt',
    ]);
    expect(warnings).toEqual(['sub/loop: skipped: a link back into a folder already read']);
  });

  it('names a link that points nowhere, and goes on', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'ok.txt'), ARTICLE);
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'vanished.txt'));
    const { warnings } = await load(dir);
    expect(warnings).toEqual(['vanished.txt: skipped: it vanished or points nowhere']);
  });

  it('cuts a paragraph without punctuation into bounded pieces, every word kept', async () => {
    const dir = folder();
    const words = Array.from({ length: 200_000 }, (_, i) => `mot${i % 997}`);
    writeFileSync(join(dir, 'wall.txt'), `Un mur de texte\n\n${words.join(' ')}\n`);
    const { corpus } = await load(dir);
    expect(corpus.sentences.length).toBeGreaterThan(1000);
    expect(
      Math.max(...corpus.sentences.map((sentence) => sentence.text.length)),
    ).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
    expect(corpus.sentences.map((sentence) => sentence.text).join(' ')).toBe(words.join(' '));
    expect(boundedPieces('court.')).toEqual(['court.']);
  });
});
