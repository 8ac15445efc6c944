import type { StatsSnapshot } from '../question-log.ts';
/** One answered or unanswered interaction, for /stats. guildId null: a DM or user-installed context. */
export interface StatsEntry {
  guildId: string | null;
  command: string;
  locale: string;
  answered: boolean;
  question?: string;
}
/** Where /stats counts live: in memory, on disk (SQLite), or shared by replicas (Redis). */
export interface StatsStore {
  record(entry: StatsEntry): Promise<void>;
  /** One server's stats (null: DMs), or every server's added up ('all', for the bot's owners). */
  snapshot(scope: string | null | 'all', top?: number): Promise<StatsSnapshot>;
  close(): Promise<void>;
}
/** Per-reader rate limit, per replica or shared. */
export interface CooldownStore {
  /** Records a use; 0 when allowed, else the milliseconds until the reader may go on. */
  take(reader: string): Promise<number>;
}
