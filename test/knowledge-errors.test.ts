import { cpSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { KNOWLEDGE_DIR } from './helpers.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A copy of the real knowledge folder, plus the given files. */
function knowledgeWith(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'knowledge-'));
  folders.push(dir);
  cpSync(KNOWLEDGE_DIR, dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('loadKnowledge refuses bad files by name', () => {
  it.each([
    ['an empty file', 'empty.txt', '', 'empty.txt: the file is empty'],
    ['a title without sentences', 'title.txt', 'Just a title\n', 'title.txt: has no sentences'],
    [
      'a binary file',
      'image.txt',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]),
      'image.txt: is binary, not text',
    ],
    [
      'Latin-1 text',
      'latin1.txt',
      Buffer.concat([
        Buffer.from('Titre\n\nLigne une.\nCaf'),
        Buffer.from([0xe9]),
        Buffer.from(' noir.\n'),
      ]),
      'latin1.txt:4: is not valid UTF-8 text (save it as UTF-8)',
    ],
    [
      'broken topics JSON',
      'topics.json',
      '{ "topics": [\n  { "name": "x", }\n] }',
      'topics.json:2: invalid JSON',
    ],
    [
      'a topic name Discord rejects',
      'topics.json',
      '{"topics":[{"name":"Red Sea","label":{"en":"a","fr":"a"},"description":{"en":"a","fr":"a"},"keywords":["a"]}]}',
      'topics.json:1: topic 1: name "Red Sea" is not a valid Discord command name',
    ],
    [
      'a duplicate topic',
      'topics.json',
      JSON.stringify({
        topics: [1, 2].map(() => ({
          name: 'ai',
          label: { en: 'a', fr: 'a' },
          description: { en: 'a', fr: 'a' },
          keywords: ['a'],
        })),
      }),
      'topic 2: name "ai" is used twice',
    ],
    [
      'a glossary entry that is not a list',
      'glossary.json',
      '{\n  "ai": "ia"\n}',
      'glossary.json:2: "ai" must map to a list of words',
    ],
    [
      'unclosed front matter',
      'note.md',
      '---\ntitle: x\n\nText.\n',
      'note.md:1: front matter is not closed',
    ],
  ])('%s', async (_case, name, content, message) => {
    await expect(loadKnowledge(knowledgeWith({ [name]: content }))).rejects.toThrow(message);
  });

  it('refuses a 50 MB file without reading it', async () => {
    const dir = knowledgeWith({});
    const huge = join(dir, 'dump.txt');
    writeFileSync(huge, '');
    truncateSync(huge, 50 * 1024 * 1024);
    await expect(loadKnowledge(dir)).rejects.toThrow('dump.txt: is 50.0 MB, over the 40 MB limit');
  });

  it('refuses a topic that takes a built-in command name', async () => {
    const dir = knowledgeWith({});
    await expect(loadKnowledge(dir, { reservedTopicNames: new Set(['fentanyl']) })).rejects.toThrow(
      'topics.json:4: topic 1: name "fentanyl" is already a built-in command',
    );
  });

  it('names a missing folder and an empty one', async () => {
    await expect(loadKnowledge('/nonexistent/knowledge')).rejects.toThrow(
      '/nonexistent/knowledge: folder not found',
    );
    const empty = mkdtempSync(join(tmpdir(), 'empty-'));
    folders.push(empty);
    await expect(loadKnowledge(empty)).rejects.toThrow('no article files (.txt, .md)');
  });
});
