import { existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from '../logger.ts';
import type { StatsSnapshot } from '../question-log.ts';
import { MemoryStatsStore } from './memory-stats.ts';
import { SqliteStatsStore } from './sqlite-stats-store.ts';
import type { StatsEntry, StatsStore } from './types.ts';

/** The stats file inside DATA_DIR. */
export const STATS_FILE = 'stats.sqlite';

const reasonOf = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).replace(/\s+/gu, ' ');

/** SQLite's word that the file is damaged or not a database at all (rather than unreachable). */
function isDamaged(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return (
    code === 'SQLITE_NOTADB' ||
    code === 'SQLITE_CORRUPT' ||
    (error instanceof Error && error.message.startsWith('integrity check'))
  );
}

/** SQLite's word that another process holds the file for a moment (shards opening it together). */
const isBusy = (error: unknown) => {
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
};

/**
 * Opens the file, waiting while another process holds it: shard processes started together open
 * the same file at once, and switching it to WAL needs it alone for a moment.
 */
async function openSqlite(
  Database: typeof import('better-sqlite3'),
  file: string,
): Promise<SqliteStatsStore> {
  for (let attempt = 1; ; attempt++) {
    try {
      return new SqliteStatsStore(Database, file);
    } catch (error) {
      if (!isBusy(error) || attempt >= 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 + Math.random() * 80));
    }
  }
}

/** Moves a damaged file (and its journal) aside, never deleting it; returns the new name. */
function moveAside(file: string): string {
  const aside = `${file}.damaged-${new Date().toISOString().replace(/[:.]/gu, '-')}`;
  for (const suffix of ['', '-wal', '-shm']) {
    if (existsSync(file + suffix)) renameSync(file + suffix, aside + suffix);
  }
  return aside;
}

/**
 * A store that falls back to memory at its first failed write (a full or vanished disk), with
 * one log line: the bot goes on answering, and /stats goes on counting until the restart.
 */
class FallbackStatsStore implements StatsStore {
  private store: StatsStore;
  private readonly logger: Logger;
  private failed = false;

  constructor(store: StatsStore, logger: Logger) {
    this.store = store;
    this.logger = logger;
  }

  async record(entry: StatsEntry): Promise<void> {
    try {
      await this.store.record(entry);
    } catch (error) {
      this.fail(error);
      await this.store.record(entry);
    }
  }

  async snapshot(scope: string | null | 'all', top?: number): Promise<StatsSnapshot> {
    try {
      return await this.store.snapshot(scope, top);
    } catch (error) {
      this.fail(error);
      return this.store.snapshot(scope, top);
    }
  }

  close(): Promise<void> {
    return this.store.close();
  }

  private fail(error: unknown): void {
    if (this.failed) throw error;
    this.failed = true;
    this.logger.error(
      `stats store failed (${reasonOf(error)}): stats are kept in memory until restart`,
    );
    void this.store.close().catch(() => {});
    this.store = new MemoryStatsStore();
  }
}

/**
 * The stats of `DATA_DIR/stats.sqlite`, kept across restarts. Never stops the bot: a damaged file
 * is moved aside and a new one started; a folder that cannot be written, or an SQLite that cannot
 * load (a Node version it was not built for), keeps stats in memory. Each gives one log line.
 */
export async function openStatsStore(dataDir: string, logger: Logger): Promise<StatsStore> {
  const file = join(dataDir, STATS_FILE);
  const inMemory = (why: string) => {
    logger.error(`stats store ${file} ${why}: stats are kept in memory until restart`);
    return new MemoryStatsStore();
  };
  let Database: typeof import('better-sqlite3');
  try {
    // Loaded here, not at the top: a native module built for another Node must not stop the bot.
    Database = (await import('better-sqlite3')).default;
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    return inMemory(`cannot be used (${reasonOf(error)})`);
  }
  try {
    return new FallbackStatsStore(await openSqlite(Database, file), logger);
  } catch (error) {
    if (!isDamaged(error)) return inMemory(`cannot be opened (${reasonOf(error)})`);
    let aside: string;
    try {
      aside = moveAside(file);
    } catch (moveError) {
      return inMemory(`is damaged and cannot be moved aside (${reasonOf(moveError)})`);
    }
    logger.error(
      `stats store ${file} is damaged (${reasonOf(error)}): kept as ${aside}, starting a new one`,
    );
    try {
      return new FallbackStatsStore(await openSqlite(Database, file), logger);
    } catch (retryError) {
      return inMemory(`cannot be opened (${reasonOf(retryError)})`);
    }
  }
}
