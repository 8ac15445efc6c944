import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { Cooldown } from '../cooldown.ts';
import type { RedisHealth } from './redis-health.ts';
import type { CooldownStore } from './types.ts';

/**
 * One sorted set per reader (members scored by the time of each use), trimmed, counted and added
 * to in one Lua script, so two replicas taking at the same instant cannot both slip under the
 * limit. Redis's clock is the only clock: replicas whose clocks drift still agree.
 */
const TAKE = `
local window = tonumber(ARGV[1])
local max = tonumber(ARGV[2])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - window)
if redis.call('ZCARD', KEYS[1]) >= max then
  local oldest = redis.call('ZRANGE', KEYS[1], 0, 0, 'WITHSCORES')
  return window - (now - tonumber(oldest[2]))
end
redis.call('ZADD', KEYS[1], now, now .. ':' .. ARGV[3])
redis.call('PEXPIRE', KEYS[1], window)
return 0
`;

type WithTake = Redis & {
  cooldownTake(key: string, windowMs: number, max: number, unique: string): Promise<number>;
};

/** The per-reader rate limit shared by every replica; this replica's own while Redis is away. */
export class RedisCooldown implements CooldownStore {
  private readonly redis: WithTake;
  private readonly local: Cooldown;
  private readonly health: RedisHealth;
  private readonly max: number;
  private readonly windowMs: number;
  private readonly prefix: string;

  constructor(
    redis: Redis,
    health: RedisHealth,
    max: number,
    windowMs: number,
    prefix = 'article-quote-bot:cooldown:',
  ) {
    this.health = health;
    this.max = max;
    this.windowMs = windowMs;
    this.prefix = prefix;
    redis.defineCommand('cooldownTake', { numberOfKeys: 1, lua: TAKE });
    this.redis = redis as WithTake;
    this.local = new Cooldown(max, windowMs);
  }

  async take(reader: string): Promise<number> {
    if (this.max <= 0) return 0;
    try {
      const wait = await this.redis.cooldownTake(
        this.prefix + reader,
        this.windowMs,
        this.max,
        randomUUID(),
      );
      this.health.succeeded();
      return Number(wait);
    } catch (error) {
      this.health.failed(error);
      return this.local.takeNow(reader);
    }
  }
}
