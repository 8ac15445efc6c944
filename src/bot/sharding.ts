import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { REST, Routes, type Shard, ShardingManager } from 'discord.js';
import { FatalGatewayError } from './gateway-fatal.ts';
import type { Logger } from './logger.ts';

/**
 * The file each shard process runs: this bot's own entry point, beside this file and of its kind
 * (`dist/bot/main.js` in a build, `src/bot/main.ts` from source).
 */
const EXTENSION = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
const ENTRY = fileURLToPath(new URL(`./main${EXTENSION}`, import.meta.url));

/**
 * How a shard process runs the entry: compiled JavaScript needs nothing; TypeScript needs tsx,
 * unless Node strips types itself (22.18+, 24), as the running process then does.
 */
function shardExecArgv(): string[] {
  if (EXTENSION === '.js') return [];
  const strips = (process.features as { typescript?: unknown }).typescript;
  return strips ? [] : ['--import', 'tsx'];
}

/**
 * How many shards Discord recommends, asked of DISCORD_API_URL (discord.js's own helper only
 * knows discord.com, which a proxy or a test's fake Discord replaces).
 */
async function recommendedShards(token: string, apiUrl: string | undefined): Promise<number> {
  const rest = new REST(apiUrl ? { api: apiUrl } : {}).setToken(token);
  const gateway = (await rest.get(Routes.gatewayBot())) as { shards: number };
  return gateway.shards;
}

/** How long a shard process may take to answer what it received and close its gateway. */
const SHARD_STOP_MS = 10_000;

/** Stops one shard process with SIGTERM and waits for it to exit (SIGKILL past the limit). */
async function stopShard(shard: Shard): Promise<void> {
  const child = shard.process;
  if (child === null || child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), SHARD_STOP_MS);
  await exited;
  clearTimeout(timer);
}

/** Stops every shard process, none started again, and waits for them all. */
export async function stopShards(manager: ShardingManager): Promise<void> {
  manager.respawn = false;
  await Promise.all(manager.shards.map(stopShard));
}

/**
 * discord.js's ShardingManager: one process per shard on this machine, each running this bot
 * as this process runs it (built or from source). A shard that dies is started again.
 */
export async function startShardingManager(options: {
  token: string;
  apiUrl?: string;
  count: number | 'auto';
  spawnDelayMs: number;
  logger: Logger;
}): Promise<{ manager: ShardingManager; fatal: Promise<FatalGatewayError> }> {
  const totalShards =
    options.count === 'auto'
      ? await recommendedShards(options.token, options.apiUrl)
      : options.count;
  const manager = new ShardingManager(ENTRY, {
    token: options.token,
    totalShards,
    execArgv: shardExecArgv(),
    respawn: true,
  });
  let fatal: (error: FatalGatewayError) => void = () => {};
  const closedForGood = new Promise<FatalGatewayError>((resolve) => {
    fatal = resolve;
  });
  manager.on('shardCreate', (shard) => {
    options.logger.info({ shard: shard.id, of: totalShards }, 'shard started');
    shard.on('death', () => options.logger.warn({ shard: shard.id }, 'shard process ended'));
    shard.on('message', (message: unknown) => {
      const code = (message as { fatal?: unknown } | null)?.fatal;
      if (typeof code !== 'number') return;
      // Starting it again would fail the same way, forever.
      manager.respawn = false;
      fatal(new FatalGatewayError(code));
    });
  });
  const spawning = manager.spawn({
    amount: totalShards,
    delay: options.spawnDelayMs,
    timeout: 60_000,
  });
  spawning.catch(() => {});
  // A shard closed for good stops the start (its process died before it was ready).
  await Promise.race([spawning, closedForGood]);
  return { manager, fatal: closedForGood };
}
