import { describe, expect, it } from 'vitest';
import { Cooldown } from '../src/bot/cooldown.ts';

describe('Cooldown', () => {
  it('lets a reader answer `max` times per window, then says how long to wait', () => {
    let now = 0;
    const cooldown = new Cooldown(3, 30_000, 100, () => now);
    expect([cooldown.takeNow('a'), cooldown.takeNow('a'), cooldown.takeNow('a')]).toEqual([
      0, 0, 0,
    ]);
    now = 10_000;
    expect(cooldown.takeNow('a')).toBe(20_000);
    expect(cooldown.takeNow('b')).toBe(0);
    now = 30_000;
    expect(cooldown.takeNow('a')).toBe(0);
  });

  it('keeps at most maxReaders, forgetting the least recently seen, and sweeps idle readers', () => {
    let now = 0;
    const cooldown = new Cooldown(1, 1000, 50, () => now);
    for (let i = 0; i < 500; i++) cooldown.takeNow(`reader-${i}`);
    expect(cooldown.size).toBe(50);
    now = 5000;
    for (let i = 0; i < 1000; i++) cooldown.takeNow('same');
    expect(cooldown.size).toBe(1);
  });

  it('does nothing when disabled', async () => {
    const cooldown = new Cooldown(0, 1000);
    expect(await Promise.all(Array.from({ length: 10 }, () => cooldown.take('a')))).toEqual(
      Array(10).fill(0),
    );
    expect(cooldown.size).toBe(0);
  });
});
