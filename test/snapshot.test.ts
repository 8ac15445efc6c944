import {
  appendFileSync,
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KnowledgeStore } from '../src/bot/knowledge-store.ts';
import { createLogger } from '../src/bot/logger.ts';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { findPassages } from '../src/search/find-passages.ts';
import { buildIndex, type SearchIndex } from '../src/search/search-index.ts';
import { readSnapshot, snapshotKey, writeSnapshot } from '../src/search/snapshot.ts';
import { Encoder } from '../src/search/snapshot-encoder.ts';
import { FIXTURES, KNOWLEDGE_DIR, readQuestionSet } from './helpers.ts';

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});
const tempDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'snapshot-'));
  temporary.push(dir);
  return dir;
};

/** The seed knowledge (with its topics and glossary) and a second article, in a folder of ours. */
function knowledgeCopy(): string {
  const dir = tempDir();
  cpSync(KNOWLEDGE_DIR, dir, { recursive: true });
  cpSync(join(FIXTURES, 'second-article'), join(dir, 'second'), { recursive: true });
  return dir;
}

async function roundTrip(index: SearchIndex, key = 'key'): Promise<SearchIndex> {
  const path = join(tempDir(), 'index.bin');
  await writeSnapshot(path, key, index);
  const read = await readSnapshot(path, key);
  if (read.state !== 'loaded') throw new Error(`snapshot ${read.state}`);
  return read.index;
}

/** The answer as JSON, but for how long it took. */
const answerText = (index: SearchIndex, question: string): string =>
  JSON.stringify({ ...findPassages(index, question), took_ms: 0 });

const QUESTION_SETS = ['dev-questions.json', 'heldout-questions.json', 'tuning-questions.json'];

describe('index snapshot', () => {
  it('loads back every field of the index and corpus, and the same answers byte for byte', async () => {
    const built = buildIndex(await loadKnowledge(knowledgeCopy()));
    const loaded = await roundTrip(built);
    // Field by field first, so that a field the snapshot loses is named.
    expect(Object.keys(loaded)).toEqual(Object.keys(built));
    for (const field of Object.keys(built) as (keyof SearchIndex)[]) {
      expect(loaded[field], field).toStrictEqual(built[field]);
    }
    // Typed arrays stay typed arrays of the same kind (the search relies on their speed).
    expect(loaded.postings[0]).toBeInstanceOf(Uint32Array);
    expect(loaded.idf).toBeInstanceOf(Float64Array);
    let questions = 0;
    for (const set of QUESTION_SETS) {
      for (const { q } of readQuestionSet(set).items) {
        expect(answerText(loaded, q), q).toBe(answerText(built, q));
        questions++;
      }
    }
    expect(questions).toBeGreaterThan(100);
  });

  it('keeps values of every kind a new field may take, and refuses what it cannot keep by name', async () => {
    const built = buildIndex(await loadKnowledge(KNOWLEDGE_DIR));
    const extra = {
      mixed: ['a', null, 3, undefined, true, -0, Number.NaN, 1.5, [1, 'b'], { x: 1 }],
      objectsOfShapes: [{ a: 1, b: 'x' }, { b: 'y', a: 2 }, { c: [] }, {}, { 'not an id': 1 }],
      byNumber: new Map<number, string[]>([
        [3, ['trois']],
        [-1, []],
      ]),
      set: new Set(['é', '’', '']),
      nested: [[new Int32Array([-5, 7])], [], [new Int32Array(0)]],
      strings: ['', 'a'.repeat(20), '😀 lone \ud800 surrogate', 'Taïwan'],
    };
    const loaded = (await roundTrip({ ...built, ...extra } as SearchIndex)) as SearchIndex &
      typeof extra;
    expect(loaded.mixed).toStrictEqual(extra.mixed);
    expect(Object.is(loaded.mixed[5], -0)).toBe(true);
    expect(loaded.objectsOfShapes).toStrictEqual(extra.objectsOfShapes);
    // Key order is kept: JSON output (the CLI's, the answers') stays byte-identical.
    expect(JSON.stringify(loaded.objectsOfShapes)).toBe(JSON.stringify(extra.objectsOfShapes));
    expect(loaded.byNumber).toStrictEqual(extra.byNumber);
    expect(loaded.set).toStrictEqual(extra.set);
    expect(loaded.nested).toStrictEqual(extra.nested);
    expect(loaded.strings).toStrictEqual(extra.strings);

    class Cache {}
    await expect(
      writeSnapshot(join(tempDir(), 'x.bin'), 'key', { ...built, cache: new Cache() } as never),
    ).rejects.toThrow(/^index\.cache\b.*: cannot save a Cache$/u);
  });

  it('lets the bot go on answering while a big index is saved, and keeps every value', async () => {
    const built = buildIndex(await loadKnowledge(KNOWLEDGE_DIR));
    // A few hundred thousand values and strings: far more than one slice of encoding.
    const big = {
      phrases: Array.from({ length: 300_000 }, (_, i) => `phrase ${i} é`),
      records: Array.from({ length: 100_000 }, (_, i) => ({ id: i, words: [`w${i % 977}`] })),
    };
    let turns = 0;
    let encoding = true;
    const turn = (): void => {
      turns++;
      if (encoding) setImmediate(turn);
    };
    setImmediate(turn);
    // Encoding reads no file: other work (a counter here, readers' questions in the bot) runs
    // meanwhile only because the encoder pauses.
    const encoder = new Encoder();
    await encoder.column([big], 'big');
    await encoder.strings();
    encoding = false;
    expect(turns).toBeGreaterThan(2);
    const loaded = (await roundTrip({ ...built, ...big } as SearchIndex)) as SearchIndex &
      typeof big;
    expect(loaded.phrases).toStrictEqual(big.phrases);
    expect(loaded.records).toStrictEqual(big.records);
  });

  it('is stale when a knowledge file changes, even to the same size, and unreadable when damaged', async () => {
    const dir = knowledgeCopy();
    const before = await snapshotKey(dir);
    const path = join(tempDir(), 'index.bin');
    await writeSnapshot(path, before, buildIndex(await loadKnowledge(dir)));
    expect((await readSnapshot(path, before)).state).toBe('loaded');

    const file = join(dir, 'second', 'harbour-reopening.en.md');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace('harbour', 'harbor ')); // same length, other words
    const after = await snapshotKey(dir);
    expect(after).not.toBe(before);
    expect((await readSnapshot(path, after)).state).toBe('stale');

    const bytes = readFileSync(path);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 100) ^ 0xff, bytes.length - 100);
    writeFileSync(path, bytes);
    expect(await readSnapshot(path, before)).toEqual({
      state: 'corrupt',
      reason: 'damaged (digest differs)',
    });
    writeFileSync(path, bytes.subarray(0, bytes.length - 8));
    expect(await readSnapshot(path, before)).toEqual({ state: 'corrupt', reason: 'cut short' });
    expect((await readSnapshot(join(tempDir(), 'none.bin'), before)).state).toBe('missing');
  });
});

describe('the bot with a data folder', () => {
  async function open(dir: string, dataDir: string) {
    const logs: { level: number; msg: string; from?: string; reason?: string }[] = [];
    const logger = createLogger('info', { write: (line: string) => logs.push(JSON.parse(line)) });
    const store = await KnowledgeStore.open(
      dir,
      logger,
      { stats: () => ({}) as never, reloadWait: () => 0 },
      { dataDir },
    );
    await store.snapshotSaved;
    const messages = () => logs.map((line) => line.msg);
    return { store, logs, messages };
  }
  const ask = (store: KnowledgeStore, question: string) =>
    answerText(store.current.index, question);
  const NEW_SENTENCE = 'Les pingouins de Tadoussac ont traversé le fleuve en 2031.';

  it('builds and saves on the first start, loads the snapshot on the next, rebuilds a damaged or stale one, and /reload saves anew', async () => {
    const dir = knowledgeCopy();
    const dataDir = tempDir();
    const first = await open(dir, dataDir);
    expect(first.messages()).toContain('no index snapshot yet: building the index from the files');
    expect(first.messages()).toContain('index snapshot saved');
    expect(first.logs.find((line) => line.msg === 'knowledge indexed')?.from).toBe('files');

    const second = await open(dir, dataDir);
    expect(second.messages()).toContain('index loaded from its snapshot');
    expect(second.logs.find((line) => line.msg === 'knowledge indexed')?.from).toBe('snapshot');
    const question = 'Qui a rencontré Wang Yi à Bangkok ?';
    expect(ask(second.store, question)).toBe(ask(first.store, question));

    // Damaged: one warning, rebuilt from the files, and saved again.
    const [name] = readdirSync(join(dataDir, 'snapshots'));
    const snapshotFile = join(dataDir, 'snapshots', name ?? '');
    writeFileSync(snapshotFile, readFileSync(snapshotFile).subarray(0, 40));
    const damaged = await open(dir, dataDir);
    const warnings = damaged.logs.filter((line) => line.level === 40);
    expect(warnings.map((line) => line.msg)).toEqual(['index snapshot unreadable: rebuilding it']);
    expect(ask(damaged.store, question)).toBe(ask(first.store, question));
    expect((await open(dir, dataDir)).messages()).toContain('index loaded from its snapshot');

    // Stale: a new sentence in a file is found after the restart.
    appendFileSync(join(dir, 'us-chine-discussions-2024.fr.txt'), `\n\n${NEW_SENTENCE}\n`);
    const stale = await open(dir, dataDir);
    expect(stale.messages()).toContain('index snapshot out of date: rebuilding it from the files');
    expect(ask(stale.store, 'pingouins Tadoussac')).toContain('pingouins de Tadoussac');

    // /reload re-reads the files and saves their snapshot, which the next start loads.
    writeFileSync(
      join(dir, 'us-chine-discussions-2024.fr.txt'),
      readFileSync(join(KNOWLEDGE_DIR, 'us-chine-discussions-2024.fr.txt')),
    );
    const report = await stale.store.reload();
    expect(report.after?.sentences).toBe(first.store.current.index.corpus.sentences.length);
    await stale.store.snapshotSaved;
    const restarted = await open(dir, dataDir);
    expect(restarted.messages()).toContain('index loaded from its snapshot');
    expect(ask(restarted.store, 'pingouins Tadoussac')).not.toContain('pingouins de Tadoussac');
    expect(ask(restarted.store, question)).toBe(ask(first.store, question));
  });
});
