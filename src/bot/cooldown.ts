import type { CooldownStore } from './store/types.ts';

/**
 * Per-reader rate limit: at most `max` answers in a sliding `windowMs`. One reader's flood never
 * slows the others: each has their own window, and the map of readers is bounded (the least
 * recently seen is forgotten first) so it cannot grow without end.
 */
const SWEEP_EVERY = 1000;

export class Cooldown implements CooldownStore {
  private readonly hits = new Map<string, number[]>();
  private takes = 0;

  readonly max: number;
  readonly windowMs: number;
  private readonly maxReaders: number;
  private readonly now: () => number;

  constructor(max: number, windowMs: number, maxReaders = 10_000, now: () => number = Date.now) {
    this.max = max;
    this.windowMs = windowMs;
    this.maxReaders = maxReaders;
    this.now = now;
  }

  /** Records a use; resolves 0 when allowed, else the milliseconds until the reader may go on. */
  take(reader: string): Promise<number> {
    return Promise.resolve(this.takeNow(reader));
  }

  /** The same, at once: this replica's own memory needs no waiting. */
  takeNow(reader: string): number {
    if (this.max <= 0) return 0;
    const now = this.now();
    if (++this.takes % SWEEP_EVERY === 0) this.sweep(now);
    const recent = (this.hits.get(reader) ?? []).filter((at) => now - at < this.windowMs);
    if (recent.length >= this.max) {
      this.touch(reader, recent);
      return this.windowMs - (now - (recent[0] ?? now));
    }
    recent.push(now);
    this.touch(reader, recent);
    return 0;
  }

  /** Forgets readers whose every use is older than the window: they are free again anyway. */
  private sweep(now: number): void {
    for (const [reader, recent] of this.hits) {
      if (recent.every((at) => now - at >= this.windowMs)) this.hits.delete(reader);
    }
  }

  get size(): number {
    return this.hits.size;
  }

  private touch(reader: string, recent: number[]): void {
    // Re-inserting keeps the Map in least-recently-seen order, so eviction takes the oldest.
    this.hits.delete(reader);
    this.hits.set(reader, recent);
    if (this.hits.size > this.maxReaders) {
      const oldest = this.hits.keys().next().value;
      if (oldest !== undefined) this.hits.delete(oldest);
    }
  }
}
