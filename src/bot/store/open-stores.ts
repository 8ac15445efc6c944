import { Redis } from 'ioredis';
import { Cooldown } from '../cooldown.ts';
import type { Logger } from '../logger.ts';
import { MemoryStatsStore } from './memory-stats.ts';
import { openStatsStore } from './open-stats-store.ts';
import { RedisCooldown } from './redis-cooldown.ts';
import { RedisHealth } from './redis-health.ts';
import { RedisStatsStore } from './redis-stats.ts';
import type { CooldownStore, StatsStore } from './types.ts';

export interface Stores {
  cooldown: CooldownStore;
  stats: StatsStore;
  close(): Promise<void>;
}

export interface StoreOptions {
  redisUrl: string | undefined;
  /** Without Redis, /stats is kept on disk here (DATA_DIR); absent: in memory. */
  dataDir?: string;
  cooldown: { answers: number; seconds: number };
  logger: Logger;
}

/**
 * Shared stores in Redis when REDIS_URL is set, else this process's own (stats on disk in
 * DATA_DIR, kept across restarts). A Redis that is down at
 * start or goes away later never stops the bot: commands fail at once (no offline queue, a short
 * timeout), cooldowns fall back to memory with one warning, and the client reconnects by itself.
 */
export async function openStores(options: StoreOptions): Promise<Stores> {
  const { answers, seconds } = options.cooldown;
  if (options.redisUrl === undefined) {
    const stats =
      options.dataDir === undefined
        ? new MemoryStatsStore()
        : await openStatsStore(options.dataDir, options.logger);
    return {
      cooldown: new Cooldown(answers, seconds * 1000),
      stats,
      close: () => stats.close(),
    };
  }
  const health = new RedisHealth(options.logger);
  const redis = new Redis(options.redisUrl, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: 1000,
    connectTimeout: 2000,
    retryStrategy: (attempt) => Math.min(attempt * 250, 5000),
  });
  // ioredis reports each failed reconnection here; the health keeps it to one line an outage.
  redis.on('error', (error) => health.failed(error));
  redis.on('ready', () => health.succeeded());
  await redis.connect().catch((error: unknown) => health.failed(error));
  const stats = new RedisStatsStore(redis, health);
  return {
    cooldown: new RedisCooldown(redis, health, answers, seconds * 1000),
    stats,
    async close() {
      await stats.close();
      redis.disconnect();
    },
  };
}
