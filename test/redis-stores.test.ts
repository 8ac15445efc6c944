import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/bot/logger.ts';
import { MemoryStatsStore } from '../src/bot/store/memory-stats.ts';
import { openStores, type Stores } from '../src/bot/store/open-stores.ts';
import { hasRedisServer, type RedisServer, SKIP_REASON, startRedisServer } from './redis-server.ts';

const GUILD = '1187000000000000100';
const OTHER_GUILD = '1187000000000000200';

describe('MemoryStatsStore', () => {
  it("keeps each server's counts to itself, and adds them up for 'all'", async () => {
    const stats = new MemoryStatsStore();
    await stats.record({
      guildId: GUILD,
      command: 'ask',
      locale: 'fr',
      answered: false,
      question: 'secret X',
    });
    await stats.record({ guildId: OTHER_GUILD, command: 'ask', locale: 'en-US', answered: true });
    await stats.record({ guildId: null, command: 'help', locale: 'en-US', answered: true });
    expect((await stats.snapshot(OTHER_GUILD)).unanswered).toEqual([]);
    expect((await stats.snapshot(GUILD)).unanswered).toEqual([['secret X', 1]]);
    expect(await stats.snapshot('all')).toMatchObject({ total: 3, answered: 2 });
    expect(await stats.snapshot(null)).toMatchObject({ total: 1, byCommand: [['help', 1]] });
  });
});

describe.skipIf(!hasRedisServer)(`Redis stores${hasRedisServer ? '' : ` (${SKIP_REASON})`}`, () => {
  let redis: RedisServer;
  const open = (logs: string[] = []) =>
    openStores({
      redisUrl: redis.url,
      cooldown: { answers: 3, seconds: 60 },
      logger: createLogger('debug', { write: (line: string) => logs.push(line) }),
    });
  let one: Stores;
  let two: Stores;
  beforeAll(async () => {
    redis = await startRedisServer();
    [one, two] = await Promise.all([open(), open()]);
  });
  afterAll(async () => {
    await one?.close();
    await two?.close();
    await redis?.stop();
  });

  it('lets no more than the limit through when two replicas take at the same instant', async () => {
    const waits = await Promise.all(
      Array.from({ length: 20 }, (_, i) => (i % 2 ? one : two).cooldown.take('racer')),
    );
    expect(waits.filter((wait) => wait === 0)).toHaveLength(3);
    for (const wait of waits.filter((ms) => ms > 0)) {
      expect(wait).toBeGreaterThan(59_000);
      expect(wait).toBeLessThanOrEqual(60_000);
    }
    expect(await one.cooldown.take('someone else')).toBe(0);
  });

  it('adds up what both replicas recorded, per server, with the same wording rules as in memory', async () => {
    const memory = new MemoryStatsStore();
    const entries = [
      {
        guildId: GUILD,
        command: 'ask',
        locale: 'fr',
        answered: false,
        question: 'Prix de  l’essence ?',
      },
      {
        guildId: GUILD,
        command: 'ask',
        locale: 'fr',
        answered: false,
        question: 'prix de l’ESSENCE ?',
      },
      { guildId: GUILD, command: 'taiwan', locale: 'en-US', answered: true },
      { guildId: OTHER_GUILD, command: 'ask', locale: 'de', answered: false, question: 'geheim' },
    ];
    for (const [i, entry] of entries.entries()) {
      await (i % 2 ? one : two).stats.record(entry);
      await memory.record(entry);
    }
    for (const scope of [GUILD, OTHER_GUILD, 'all', null]) {
      expect(await one.stats.snapshot(scope)).toEqual(await memory.snapshot(scope));
    }
    expect(await two.stats.snapshot(GUILD)).toMatchObject({
      total: 3,
      answered: 1,
      unanswered: [['Prix de l’essence ?', 2]],
    });
  });

  it('falls back to per-replica cooldowns with one warning when Redis goes away, and keeps going', async () => {
    const logs: string[] = [];
    const stores = await open(logs);
    await redis.stop();
    const waits = [];
    for (let i = 0; i < 5; i++) waits.push(await stores.cooldown.take('during the outage'));
    // This replica's own memory still limits the reader: 3 answers, then a wait.
    expect(waits.map((wait) => wait > 0)).toEqual([false, false, false, true, true]);
    await stores.stats.record({ guildId: GUILD, command: 'ask', locale: 'fr', answered: true });
    for (let i = 0; i < 10; i++) await stores.cooldown.take('during the outage');
    await new Promise((resolve) => setTimeout(resolve, 1500)); // reconnection attempts fail too
    const warnings = logs.filter((line) => line.includes('"level":40'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain(
      'Redis unreachable: cooldowns per replica and stats not recorded until it is back',
    );
    await stores.close();
  });
});
