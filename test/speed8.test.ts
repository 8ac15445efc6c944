import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { languageOfText } from '../src/knowledge/language.ts';
import { listFiles } from '../src/knowledge/load.ts';
import type { Sentence } from '../src/knowledge/types.ts';
import type { SpecificTerm } from '../src/search/specific-terms.ts';
import { labelledOtherwise } from '../src/search/term-forms.ts';

let dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  dirs = [];
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'speed8-'));
  dirs.push(dir);
  return dir;
}

describe('listing the knowledge folder from the entries’ types', () => {
  it('lists plain files, nested folders, and a link to a folder elsewhere, in order', async () => {
    const dir = folder();
    const elsewhere = folder();
    writeFileSync(join(elsewhere, 'far.md'), '# Loin\n');
    mkdirSync(join(dir, 'b', 'c'), { recursive: true });
    writeFileSync(join(dir, 'b', 'c', 'deep.txt'), 'x');
    writeFileSync(join(dir, 'a.txt'), 'x');
    writeFileSync(join(dir, '.hidden.txt'), 'x');
    symlinkSync(elsewhere, join(dir, 'linked'));
    const warnings: string[] = [];
    const files = await listFiles(dir, (file, problem) => warnings.push(`${file}: ${problem}`));
    expect(files).toEqual(['a.txt', 'b/c/deep.txt', 'linked/far.md']);
    expect(warnings).toEqual([]);
  });

  it('lists a thousand files', async () => {
    const dir = folder();
    for (let i = 0; i < 1000; i++)
      writeFileSync(join(dir, `f${String(i).padStart(4, '0')}.txt`), 'x');
    const files = await listFiles(dir, () => {});
    expect(files.length).toBe(1000);
    expect(files[0]).toBe('f0000.txt');
  });
});

describe('a number typed after a label, read in a sentence', () => {
  const sentence = (text: string) => ({ text }) as Sentence;
  const term = { typed: '1', label: 'studio' } as SpecificTerm;

  it('gives the other labels a sentence names, the same with the one pattern reused', () => {
    expect(labelledOtherwise(sentence('Le studio 2 a été rénové.'), term)).toEqual(['studio 2']);
    expect(labelledOtherwise(sentence('Le Studio-3 et le studio 4.'), term)).toEqual([
      'studio 3',
      'studio 4',
    ]);
  });

  it('gives none for the label typed, a sentence without the label, or a number glued on', () => {
    expect(labelledOtherwise(sentence('Le studio 1 et le studio 2.'), term)).toEqual([]);
    expect(labelledOtherwise(sentence('La salle 2 a été rénovée.'), term)).toEqual([]);
    expect(labelledOtherwise(sentence('Les minisstudio 2 ferment.'), term)).toEqual([]);
    expect(labelledOtherwise(sentence('Le studio 2,5 m.'), term)).toEqual([]);
  });
});

describe('the language of an article’s words, read without token objects', () => {
  it('reads French, English, and neither, figures and accents aside', () => {
    expect(languageOfText('Le port a rouvert lundi avec 3 970 navires, dont 12 000 tonnes.')).toBe(
      'fr',
    );
    expect(
      languageOfText('The harbour reopened on Monday with 3,970 ships, which were late.'),
    ).toBe('en');
    expect(languageOfText('Été 2023 : 1 200 000 €, 42 %.')).toBe('fr');
    expect(languageOfText('2023 : 1 200 000 €, 42 %.')).toBeUndefined();
    expect(languageOfText('The port et le quai, with the ships dans le port.')).toBeUndefined();
  });
});
