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

export class QuestionLog {
  private readonly byCommand = new Map<string, number>();
  private readonly byLocale = new Map<string, number>();
  private readonly unanswered: string[] = [];
  private total = 0;
  private answered = 0;

  constructor(private readonly keep = 500) {}

  record(entry: { command: string; locale: string; answered: boolean; question?: string }): void {
    this.total++;
    if (entry.answered) this.answered++;
    this.byCommand.set(entry.command, (this.byCommand.get(entry.command) ?? 0) + 1);
    this.byLocale.set(entry.locale, (this.byLocale.get(entry.locale) ?? 0) + 1);
    const question = entry.question?.replace(/\s+/gu, ' ').trim().slice(0, 200);
    if (!entry.answered && question) {
      this.unanswered.push(question);
      if (this.unanswered.length > this.keep) this.unanswered.shift();
    }
  }

  snapshot(top = 10): StatsSnapshot {
    // Questions that differ only in case or accents count together; the first wording is shown.
    const counts = new Map<string, { text: string; count: number }>();
    for (const question of this.unanswered) {
      const key = fold(question)
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
      const entry = counts.get(key);
      if (entry) entry.count++;
      else counts.set(key, { text: question, count: 1 });
    }
    const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]);
    return {
      total: this.total,
      answered: this.answered,
      byCommand: sorted(this.byCommand),
      byLocale: sorted(this.byLocale),
      unanswered: [...counts.values()]
        .sort((a, b) => b.count - a.count)
        .slice(0, top)
        .map(({ text, count }) => [text, count]),
    };
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
