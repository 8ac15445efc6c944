import { QuestionLog, type StatsSnapshot } from '../question-log.ts';
import type { StatsEntry, StatsStore } from './types.ts';

/** Key of the DMs' and user-installed contexts' scope (never a guild id: those are digits). */
const DIRECT = 'direct';

/**
 * /stats counts in this process's memory, one log per server so that no server sees another's
 * questions, and one for all of them (the owners' view). Servers seen least recently are
 * forgotten first past `maxScopes`, so memory stays bounded however many servers ask.
 */
export class MemoryStatsStore implements StatsStore {
  private readonly scopes = new Map<string, QuestionLog>();
  private readonly all = new QuestionLog();

  private readonly maxScopes: number;

  constructor(maxScopes = 5000) {
    this.maxScopes = maxScopes;
  }

  async record(entry: StatsEntry): Promise<void> {
    const key = entry.guildId ?? DIRECT;
    let log = this.scopes.get(key);
    if (log) this.scopes.delete(key);
    else log = new QuestionLog(100);
    this.scopes.set(key, log);
    if (this.scopes.size > this.maxScopes) {
      const oldest = this.scopes.keys().next().value;
      if (oldest !== undefined) this.scopes.delete(oldest);
    }
    log.record(entry);
    this.all.record(entry);
  }

  async snapshot(scope: string | null | 'all', top = 10): Promise<StatsSnapshot> {
    if (scope === 'all') return this.all.snapshot(top);
    return (this.scopes.get(scope ?? DIRECT) ?? new QuestionLog()).snapshot(top);
  }

  async close(): Promise<void> {}
}
