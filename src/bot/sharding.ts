import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager } from 'discord.js';
import type { Logger } from './logger.ts';

/** The file each shard process runs: this bot's own entry point. */
const ENTRY = fileURLToPath(new URL('./main.ts', import.meta.url));

/**
 * How many shards Discord recommends, asked of DISCORD_API_URL (discord.js's own helper only
 * knows discord.com, which a proxy or a test's fake Discord replaces).
 */
async function recommendedShards(token: string, apiUrl: string | undefined): Promise<number> {
  const rest = new REST(apiUrl ? { api: apiUrl } : {}).setToken(token);
  const gateway = (await rest.get(Routes.gatewayBot())) as { shards: number };
  return gateway.shards;
}

/**
 * discord.js's ShardingManager: one process per shard on this machine, each running this bot
 * (started with tsx, as `npm start` is). A shard that dies is started again.
 */
export async function startShardingManager(options: {
  token: string;
  apiUrl?: string;
  count: number | 'auto';
  spawnDelayMs: number;
  logger: Logger;
}): Promise<ShardingManager> {
  const totalShards =
    options.count === 'auto'
      ? await recommendedShards(options.token, options.apiUrl)
      : options.count;
  const manager = new ShardingManager(ENTRY, {
    token: options.token,
    totalShards,
    execArgv: ['--import', 'tsx'],
    respawn: true,
  });
  manager.on('shardCreate', (shard) => {
    options.logger.info({ shard: shard.id, of: totalShards }, 'shard started');
    shard.on('death', () => options.logger.warn({ shard: shard.id }, 'shard process ended'));
  });
  await manager.spawn({ amount: totalShards, delay: options.spawnDelayMs, timeout: 60_000 });
  return manager;
}
