import type { Redis } from 'ioredis';
import { keptQuestion, type StatsSnapshot, snapshotOf } from '../question-log.ts';
import type { RedisHealth } from './redis-health.ts';
import type { StatsEntry, StatsStore } from './types.ts';

const ALL = '@all';
const DMS = '@dm';

/**
 * /stats counts shared by every replica: per scope (a server, DMs, and everything), a hash of
 * totals, one of commands, one of locales, and a list of the newest unanswered questions, capped.
 * Each record is one MULTI, so a snapshot never sees half of one.
 */
export class RedisStatsStore implements StatsStore {
  private readonly redis: Redis;
  private readonly health: RedisHealth;
  private readonly keep: number;
  private readonly prefix: string;

  constructor(redis: Redis, health: RedisHealth, keep = 500, prefix = 'article-quote-bot:stats:') {
    this.redis = redis;
    this.health = health;
    this.keep = keep;
    this.prefix = prefix;
  }

  async record(entry: StatsEntry): Promise<void> {
    const question = keptQuestion(entry.question);
    const multi = this.redis.multi();
    for (const scope of [ALL, entry.guildId ?? DMS]) {
      const key = this.prefix + scope;
      multi.hincrby(`${key}:totals`, 'total', 1);
      if (entry.answered) multi.hincrby(`${key}:totals`, 'answered', 1);
      multi.hincrby(`${key}:commands`, entry.command, 1);
      multi.hincrby(`${key}:locales`, entry.locale, 1);
      if (!entry.answered && question) {
        multi.lpush(`${key}:unanswered`, question);
        multi.ltrim(`${key}:unanswered`, 0, this.keep - 1);
      }
    }
    try {
      await multi.exec();
      this.health.succeeded();
    } catch (error) {
      // Counting is best effort: an answer is never held back by its statistics.
      this.health.failed(error);
    }
  }

  async snapshot(scope: string | null | 'all', top?: number): Promise<StatsSnapshot> {
    const key = this.prefix + (scope === 'all' ? ALL : (scope ?? DMS));
    const [totals, commands, locales, unanswered] = await Promise.all([
      this.redis.hgetall(`${key}:totals`),
      this.redis.hgetall(`${key}:commands`),
      this.redis.hgetall(`${key}:locales`),
      this.redis.lrange(`${key}:unanswered`, 0, -1),
    ]);
    const counted = (hash: Record<string, string>) =>
      Object.entries(hash).map(([name, count]) => [name, Number(count)] as [string, number]);
    return snapshotOf(
      {
        total: Number(totals.total ?? 0),
        answered: Number(totals.answered ?? 0),
        byCommand: counted(commands),
        byLocale: counted(locales),
      },
      // Kept newest first; counted oldest first, as in memory, so the first wording shows.
      unanswered.reverse(),
      top,
    );
  }

  async close(): Promise<void> {}
}
