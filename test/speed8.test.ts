import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listFiles } from '../src/knowledge/load.ts';

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
