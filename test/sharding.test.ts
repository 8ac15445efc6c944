import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeDiscord, guildIdForShard, startFakeDiscord } from './fake-discord/server.ts';
import { PROJECT_ROOT } from './helpers.ts';

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
