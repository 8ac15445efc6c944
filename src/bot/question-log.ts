import { fold } from '../search/normalize.ts';

/**
 * What readers asked, for `/stats`: counts per command and locale, the answered ratio, and the
 * questions the articles did not answer, from which the glossary and topics grow. Bounded (newest
 * kept) and anonymous: no user ids.
 */
export interface StatsSnapshot {
  total: number;
  answered: number;
  byCommand: [string, number][];
  byLocale: [string, number][];
  /** Most frequent unanswered questions first, with their counts. */
  unanswered: [string, number][];
}

/** A question as kept for /stats: one line, at most 200 characters; '' when there is none. */
export function keptQuestion(question: string | undefined): string {
  return question?.replace(/\s+/gu, ' ').trim().slice(0, 200) ?? '';
}

const sortedCounts = (entries: Iterable<[string, number]>) =>
  [...entries].sort((a, b) => b[1] - a[1]);

/**
 * A snapshot from raw counts and the unanswered questions, oldest first. Questions that differ
 * only in case or accents count together; the first wording is shown.
 */
export function snapshotOf(
  counts: {
    total: number;
    answered: number;
    byCommand: Iterable<[string, number]>;
    byLocale: Iterable<[string, number]>;
  },
  unanswered: readonly string[],
  top = 10,
): StatsSnapshot {
  const grouped = new Map<string, { text: string; count: number }>();
  for (const question of unanswered) {
    const key = fold(question)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    const entry = grouped.get(key);
    if (entry) entry.count++;
    else grouped.set(key, { text: question, count: 1 });
  }
  return {
    total: counts.total,
    answered: counts.answered,
    byCommand: sortedCounts(counts.byCommand),
    byLocale: sortedCounts(counts.byLocale),
    unanswered: [...grouped.values()]
      .sort((a, b) => b.count - a.count)
      .slice(0, top)
      .map(({ text, count }) => [text, count]),
  };
}

export class QuestionLog {
  private readonly byCommand = new Map<string, number>();
  private readonly byLocale = new Map<string, number>();
  private readonly unanswered: string[] = [];
  private total = 0;
  private answered = 0;

  private readonly keep: number;

  constructor(keep = 500) {
    this.keep = keep;
  }

  record(entry: { command: string; locale: string; answered: boolean; question?: string }): void {
    this.total++;
    if (entry.answered) this.answered++;
    this.byCommand.set(entry.command, (this.byCommand.get(entry.command) ?? 0) + 1);
    this.byLocale.set(entry.locale, (this.byLocale.get(entry.locale) ?? 0) + 1);
    const question = keptQuestion(entry.question);
    if (!entry.answered && question) {
      this.unanswered.push(question);
      if (this.unanswered.length > this.keep) this.unanswered.shift();
    }
  }

  snapshot(top = 10): StatsSnapshot {
    const { total, answered, byCommand, byLocale } = this;
    return snapshotOf({ total, answered, byCommand, byLocale }, this.unanswered, top);
  }
}

/** Several snapshots added up (one per shard process): counts summed, lists re-sorted. */
export function mergeSnapshots(snapshots: readonly StatsSnapshot[], top = 10): StatsSnapshot {
  const sum = (lists: [string, number][][]) => {
    const totals = new Map<string, number>();
    for (const list of lists) {
      for (const [name, count] of list) totals.set(name, (totals.get(name) ?? 0) + count);
    }
    return [...totals].sort((a, b) => b[1] - a[1]);
  };
  return {
    total: snapshots.reduce((total, snapshot) => total + snapshot.total, 0),
    answered: snapshots.reduce((total, snapshot) => total + snapshot.answered, 0),
    byCommand: sum(snapshots.map((snapshot) => snapshot.byCommand)),
    byLocale: sum(snapshots.map((snapshot) => snapshot.byLocale)),
    unanswered: sum(snapshots.map((snapshot) => snapshot.unanswered)).slice(0, top),
  };
}
