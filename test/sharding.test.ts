import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeDiscord, guildIdForShard, startFakeDiscord } from './fake-discord/server.ts';
import { addCanadaTopic, freshDataDir, KNOWLEDGE_DIR, PROJECT_ROOT } from './helpers.ts';

const MAIN = join(PROJECT_ROOT, 'src', 'bot', 'main.ts');

let fake: FakeDiscord | undefined;
let bot: ChildProcess | undefined;
afterEach(async () => {
  // Stopped as a user would, so that a manager stops its shards too; killed if it hangs.
  if (bot !== undefined && bot.exitCode === null && bot.signalCode === null) {
    const closed = once(bot, 'close');
    bot.kill('SIGTERM');
    const timer = setTimeout(() => bot?.kill('SIGKILL'), 10_000);
    await closed;
    clearTimeout(timer);
  }
  await fake?.close();
  bot = undefined;
  fake = undefined;
});

function startBot(running: FakeDiscord, env: Record<string, string>): ChildProcess {
  // Node itself, not the tsx launcher: a signal then reaches the bot, not a wrapper around it.
  return spawn(process.execPath, ['--import', 'tsx', MAIN], {
    cwd: PROJECT_ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      DISCORD_TOKEN: running.token,
      DISCORD_GUILD_ID: running.guildId,
      DISCORD_API_URL: running.apiUrl,
      LOG_LEVEL: 'warn',
      DATA_DIR: freshDataDir(),
      ...env,
    },
    stdio: 'ignore',
  });
}

async function asksOnShard(running: FakeDiscord, shard: number, count: number): Promise<number> {
  const { id } = running.sendInteraction({
    guild_id: guildIdForShard(shard, count),
    data: { name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: 'taiwan' }] },
  });
  return (await running.waitForCallback(id, 10_000)).type;
}

const until = async (condition: () => boolean, timeoutMs = 30_000) => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
};

describe('sharding with discord.js', () => {
  it('SHARD_COUNT=auto starts one process per shard the gateway recommends, registering once', async () => {
    fake = await startFakeDiscord({ shards: 2 });
    const running = fake;
    bot = startBot(running, { SHARD_COUNT: 'auto', SHARD_SPAWN_DELAY_MS: '0' });
    await until(() => running.identifies.length === 2);
    expect(running.identifies.map((identify) => identify.shard).sort()).toEqual([
      [0, 2],
      [1, 2],
    ]);
    expect(await asksOnShard(running, 0, 2)).toBe(4);
    expect(await asksOnShard(running, 1, 2)).toBe(4);
    expect(running.requests.filter((request) => request.method === 'PUT')).toHaveLength(1);
    bot.kill('SIGTERM');
    const [code] = await once(bot, 'close');
    expect(code).toBe(0);
  }, 60_000);

  it('SHARD_IDS runs a group of shards in one process, and leaves registration to shard 0', async () => {
    fake = await startFakeDiscord({ shards: 2 });
    const running = fake;
    bot = startBot(running, { SHARD_COUNT: '2', SHARD_IDS: '1' });
    await until(() => running.identifies.length === 1);
    expect(running.identifies[0]?.shard).toEqual([1, 2]);
    expect(await asksOnShard(running, 1, 2)).toBe(4);
    expect(running.requests.filter((request) => request.method === 'PUT')).toHaveLength(0);
  }, 60_000);
});

describe('a bot sharded over processes', () => {
  it('reloads every shard from one /reload, and adds /stats up across shards', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shards-'));
    cpSync(KNOWLEDGE_DIR, dir, { recursive: true });
    fake = await startFakeDiscord({ shards: 2 });
    const running = fake;
    bot = startBot(running, { SHARD_COUNT: '2', SHARD_SPAWN_DELAY_MS: '0', KNOWLEDGE_DIR: dir });
    await until(() => running.identifies.length === 2);
    await until(() => running.requests.filter((r) => r.path === '/applications/@me').length >= 2);
    const askOn = (shard: number, question: string) =>
      running.sendInteraction({
        guild_id: guildIdForShard(shard, 2),
        authorizing_integration_owners: { '0': guildIdForShard(shard, 2) },
        data: { name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: question }] },
      });
    const edited = async (sent: { id: string; token: string }) => {
      expect((await running.waitForCallback(sent.id, 10_000)).type).toBe(5);
      const edit = await running.waitForRequest(
        (r) => r.method === 'PATCH' && r.path.includes(`/${sent.token}/`),
        20_000,
      );
      return JSON.stringify(edit.body);
    };
    for (const [shard, question] of [
      [0, 'zzqx first shard question'],
      [1, 'zzqx second shard question'],
    ] as const) {
      const sent = askOn(shard, question);
      expect((await running.waitForCallback(sent.id, 10_000)).type).toBe(4);
    }
    // The fake's reader owns the application; a DM goes to shard 0. Each shard counts a question
    // just after replying: on a loaded machine the other shard's count may land a moment later.
    let stats = '';
    for (let attempt = 0; attempt < 10 && !stats.includes('2 questions'); attempt++) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 200));
      stats = await edited(
        running.sendInteraction({ data: { name: 'stats', type: 1 } }, { dm: true }),
      );
    }
    expect(stats).toContain('2 questions, 0 answered');
    expect(stats).toContain('zzqx first shard question — 1');
    expect(stats).toContain('zzqx second shard question — 1');

    addCanadaTopic(dir);
    const reload = await edited(
      running.sendInteraction({
        guild_id: guildIdForShard(1, 2),
        authorizing_integration_owners: { '0': guildIdForShard(1, 2) },
        data: { name: 'reload', type: 1 },
      }),
    );
    expect(reload).toContain('Knowledge reloaded');
    expect(reload).toContain('Topics changed: commands re-registered.');
    // Shard 0's process serves the new topic too.
    const canada = running.sendInteraction({
      guild_id: guildIdForShard(0, 2),
      data: { name: 'canada', type: 1 },
    });
    const body = await running.waitForCallback(canada.id, 10_000);
    expect(JSON.stringify(body)).toContain('"title":"Canada"');
    rmSync(dir, { recursive: true, force: true });
  }, 90_000);
});
