import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../src/bot/logger.ts';
import { MemoryStatsStore } from '../src/bot/store/memory-stats.ts';
import { openStatsStore, STATS_FILE } from '../src/bot/store/open-stats-store.ts';
import { SqliteStatsStore } from '../src/bot/store/sqlite-stats-store.ts';
import type { StatsEntry, StatsStore } from '../src/bot/store/types.ts';

const SERVER_A = '100000000000000001';
const SERVER_B = '100000000000000002';

const folders: string[] = [];
const stores: StatsStore[] = [];
afterEach(async () => {
  for (const store of stores.splice(0)) await store.close();
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'stats-'));
  folders.push(folder);
  return folder;
}

function capture() {
  const lines: string[] = [];
  const logger = createLogger('info', { write: (line: string) => lines.push(line) });
  return { logger, messages: () => lines.map((line) => JSON.parse(line).msg as string) };
}

async function open(dataDir: string) {
  const log = capture();
  const store = await openStatsStore(dataDir, log.logger);
  stores.push(store);
  return { store, messages: log.messages };
}

const ask = (guildId: string | null, question: string, answered = false): StatsEntry => ({
  guildId,
  command: 'ask',
  locale: 'fr',
  answered,
  question,
});

async function recordSample(store: StatsStore): Promise<void> {
  await store.record(ask(SERVER_A, 'Qui a gagné la Coupe ?'));
  await store.record(ask(SERVER_A, 'qui a gagne la coupe'));
  await store.record(ask(SERVER_A, 'Où se sont rencontrés Wang Yi et Sullivan ?', true));
  await store.record({ guildId: SERVER_A, command: 'figures', locale: 'en-US', answered: true });
  await store.record(ask(SERVER_B, 'What is the weather on Mars?'));
  await store.record(ask(null, 'A question in a DM'));
}

describe.each([
  ['in memory', async () => new MemoryStatsStore()],
  ['on disk (SQLite)', async () => (await open(tempFolder())).store],
])('the stats store %s', (_name, make) => {
  it('keeps each server apart, DMs under null, and adds them all up for "all"', async () => {
    const store = await make();
    await recordSample(store);
    expect(await store.snapshot(SERVER_A)).toEqual({
      total: 4,
      answered: 2,
      byCommand: [
        ['ask', 3],
        ['figures', 1],
      ],
      byLocale: [
        ['fr', 3],
        ['en-US', 1],
      ],
      // Same question but for case and accents: counted together, first wording shown.
      unanswered: [['Qui a gagné la Coupe ?', 2]],
    });
    expect((await store.snapshot(SERVER_B)).unanswered).toEqual([
      ['What is the weather on Mars?', 1],
    ]);
    expect((await store.snapshot(null)).unanswered).toEqual([['A question in a DM', 1]]);
    const all = await store.snapshot('all');
    expect([all.total, all.answered]).toEqual([6, 2]);
    expect(all.unanswered[0]).toEqual(['Qui a gagné la Coupe ?', 2]);
    expect(all.unanswered).toHaveLength(3);
    expect((await store.snapshot('300000000000000003')).total).toBe(0);
  });
});

describe('stats on disk', () => {
  it('survive closing and opening the file again', async () => {
    const folder = tempFolder();
    const first = await open(folder);
    await recordSample(first.store);
    const before = await first.store.snapshot(SERVER_A);
    await first.store.close();
    stores.splice(0);
    const second = await open(folder);
    expect(await second.store.snapshot(SERVER_A)).toEqual(before);
    expect(second.messages()).toEqual([]);
  });

  it('keep the newest questions only, per server and in all', async () => {
    const BetterSqlite3 = (await import('better-sqlite3')).default;
    const store = new SqliteStatsStore(BetterSqlite3, join(tempFolder(), STATS_FILE), {
      perServer: 3,
      total: 5,
    });
    stores.push(store);
    for (let i = 1; i <= 6; i++) await store.record(ask(SERVER_A, `question ${i}`));
    expect((await store.snapshot(SERVER_A)).unanswered.map(([text]) => text).sort()).toEqual([
      'question 4',
      'question 5',
      'question 6',
    ]);
    // Counters are not trimmed: they are a handful of rows per server.
    expect((await store.snapshot(SERVER_A)).total).toBe(6);
    for (let i = 1; i <= 3; i++) await store.record(ask(SERVER_B, `other ${i}`));
    const all = (await store.snapshot('all')).unanswered.map(([text]) => text).sort();
    expect(all).toEqual(['other 1', 'other 2', 'other 3', 'question 5', 'question 6']);
  });

  it('count a burst recorded at once, seen by /stats and kept across a restart', async () => {
    const folder = tempFolder();
    const first = await open(folder);
    const burst = Array.from({ length: 50 }, (_, i) => first.store.record(ask(SERVER_A, `q ${i}`)));
    // Asked before the burst's records settle: /stats already counts them.
    expect((await first.store.snapshot(SERVER_A)).total).toBe(50);
    await Promise.all(burst);
    const late = first.store.record(ask(SERVER_A, 'the last one'));
    await first.store.close();
    await late;
    stores.splice(stores.indexOf(first.store), 1);
    const second = await open(folder);
    // The record made just before closing was written, not dropped.
    expect((await second.store.snapshot(SERVER_A)).total).toBe(51);
  });

  it('move a damaged file aside (never deleting it), say so in one line, and start anew', async () => {
    const folder = tempFolder();
    const damaged = 'this is not an SQLite database, but it is somebody’s data';
    writeFileSync(join(folder, STATS_FILE), damaged);
    const { store, messages } = await open(folder);
    expect(messages()).toHaveLength(1);
    expect(messages()[0]).toMatch(
      new RegExp(
        `^stats store .*${STATS_FILE} is damaged \\(.+\\): kept as .*damaged-.*, starting a new one$`,
        'u',
      ),
    );
    const aside = readdirSync(folder).find((name) => name.includes('.damaged-'));
    expect(aside).toBeDefined();
    expect(readFileSync(join(folder, aside ?? ''), 'utf8')).toBe(damaged);
    await store.record(ask(SERVER_A, 'still counted'));
    expect((await store.snapshot(SERVER_A)).unanswered).toEqual([['still counted', 1]]);
  });

  it('fall back to memory with one line when DATA_DIR cannot be written', async () => {
    const file = join(tempFolder(), 'a-file');
    writeFileSync(file, '');
    const { store, messages } = await open(join(file, 'data'));
    expect(messages()).toEqual([
      expect.stringMatching(
        /^stats store .*a-file\/data\/stats\.sqlite cannot be used \(.*\): stats are kept in memory until restart$/u,
      ),
    ]);
    await store.record(ask(SERVER_A, 'kept in memory'));
    expect((await store.snapshot(SERVER_A)).unanswered).toEqual([['kept in memory', 1]]);
  });
});
