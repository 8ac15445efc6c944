import type BetterSqlite3 from 'better-sqlite3';
import { keptQuestion, type StatsSnapshot, snapshotOf } from '../question-log.ts';
import type { StatsEntry, StatsStore } from './types.ts';

/** Unanswered questions kept per server, and for all servers together; the oldest go first. */
export const UNANSWERED_PER_SERVER = 500;
export const UNANSWERED_ROWS_MAX = 50_000;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS counts (
  guild TEXT NOT NULL,   -- '' for DMs
  kind TEXT NOT NULL,    -- 'total', 'answered', 'command' or 'locale'
  name TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (guild, kind, name)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS unanswered (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  guild TEXT NOT NULL,
  question TEXT NOT NULL,
  at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS unanswered_by_guild ON unanswered (guild, id);
`;

/**
 * /stats on disk, in one SQLite file: counters per server and the newest unanswered questions.
 * The records of one turn of the event loop (a burst of answers) are written in one transaction:
 * all of them land, or none; a transaction per answer cost more than rendering it. The table of
 * questions is bounded per server and in all.
 */
export class SqliteStatsStore implements StatsStore {
  private readonly db: BetterSqlite3.Database;
  private readonly recordTransaction: (entries: StatsEntry[]) => void;
  /** Records waiting for the end of this turn of the event loop, and who waits for them. */
  private pending: { entry: StatsEntry; settle: (error?: unknown) => void }[] = [];
  private readonly countsOf: BetterSqlite3.Statement<[string]>;
  private readonly allCounts: BetterSqlite3.Statement<[]>;
  private readonly questionsOf: BetterSqlite3.Statement<[string, number]>;
  private readonly allQuestions: BetterSqlite3.Statement<[number]>;
  private readonly questionLimit: number;

  /** Opens (or creates) the file; throws when it is not a database or cannot be written. */
  constructor(
    Database: typeof BetterSqlite3,
    file: string,
    limits = { perServer: UNANSWERED_PER_SERVER, total: UNANSWERED_ROWS_MAX },
  ) {
    const db = new Database(file);
    try {
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      // Reads the whole file: a damaged one is found now, not at the first /stats.
      const [check] = db.pragma('quick_check') as { quick_check: string }[];
      if (check?.quick_check !== 'ok') throw new Error(`integrity check: ${check?.quick_check}`);
      db.exec(SCHEMA);
    } catch (error) {
      db.close();
      throw error;
    }
    this.db = db;
    const bump = db.prepare<[string, string, string, number]>(
      'INSERT INTO counts (guild, kind, name, n) VALUES (?, ?, ?, ?) ' +
        'ON CONFLICT (guild, kind, name) DO UPDATE SET n = n + excluded.n',
    );
    const insertQuestion = db.prepare<[string, string, number]>(
      'INSERT INTO unanswered (guild, question, at) VALUES (?, ?, ?)',
    );
    const trimServer = db.prepare<[string, string, number]>(
      'DELETE FROM unanswered WHERE guild = ? AND id <= (SELECT id FROM unanswered ' +
        'WHERE guild = ? ORDER BY id DESC LIMIT 1 OFFSET ?)',
    );
    const trimAll = db.prepare<[number]>(
      'DELETE FROM unanswered WHERE id <= (SELECT max(id) FROM unanswered) - ?',
    );
    const recordOne = (entry: StatsEntry) => {
      const guild = entry.guildId ?? '';
      bump.run(guild, 'total', '', 1);
      bump.run(guild, 'answered', '', entry.answered ? 1 : 0);
      bump.run(guild, 'command', entry.command, 1);
      bump.run(guild, 'locale', entry.locale, 1);
      const question = keptQuestion(entry.question);
      if (entry.answered || question === '') return;
      insertQuestion.run(guild, question, Date.now());
      trimServer.run(guild, guild, limits.perServer);
      trimAll.run(limits.total);
    };
    this.recordTransaction = db.transaction((entries: StatsEntry[]) => {
      for (const entry of entries) recordOne(entry);
    });
    this.countsOf = db.prepare('SELECT kind, name, n FROM counts WHERE guild = ?');
    this.allCounts = db.prepare('SELECT kind, name, sum(n) AS n FROM counts GROUP BY kind, name');
    this.questionsOf = db.prepare(
      'SELECT question FROM unanswered WHERE guild = ? ORDER BY id DESC LIMIT ?',
    );
    this.allQuestions = db.prepare('SELECT question FROM unanswered ORDER BY id DESC LIMIT ?');
    this.questionLimit = limits.total;
  }

  record(entry: StatsEntry): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.pending.length === 0) setImmediate(() => this.flush());
      this.pending.push({ entry, settle: (error) => (error ? reject(error) : resolve()) });
    });
  }

  /** Writes the waiting records in one transaction. */
  private flush(): void {
    const batch = this.pending;
    if (batch.length === 0) return;
    this.pending = [];
    let failure: unknown;
    try {
      this.recordTransaction(batch.map(({ entry }) => entry));
    } catch (error) {
      failure = error;
    }
    for (const { settle } of batch) settle(failure);
  }

  async snapshot(scope: string | null | 'all', top = 10): Promise<StatsSnapshot> {
    this.flush();
    const rows = (scope === 'all' ? this.allCounts.all() : this.countsOf.all(scope ?? '')) as {
      kind: string;
      name: string;
      n: number;
    }[];
    const questions = (
      scope === 'all'
        ? this.allQuestions.all(this.questionLimit)
        : this.questionsOf.all(scope ?? '', this.questionLimit)
    ) as { question: string }[];
    const of = (kind: string) =>
      rows.filter((row) => row.kind === kind).map((row): [string, number] => [row.name, row.n]);
    const single = (kind: string) => rows.find((row) => row.kind === kind)?.n ?? 0;
    return snapshotOf(
      {
        total: single('total'),
        answered: single('answered'),
        byCommand: of('command'),
        byLocale: of('locale'),
      },
      // Oldest first, so that the first wording of a question is the one shown.
      questions.map((row) => row.question).reverse(),
      top,
    );
  }

  async close(): Promise<void> {
    // Closed by whoever stops first (the bot, or the stores around it).
    if (!this.db.open) return;
    this.flush();
    this.db.close();
  }
}
