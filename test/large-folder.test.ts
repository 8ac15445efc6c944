import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../bench/generate.ts';
import { type RunningBot, startBot } from './bot-harness.ts';
import type { SentInteraction } from './fake-discord/server.ts';

/**
 * 100,000 sentences, generated once into a temporary folder (about 3 s). Every interaction must
 * be acknowledged within Discord's 3 s: the fake answers a later callback with 10062, so a 204
 * is proof. The bot runs in this process, so anything that blocks it delays the fake as well.
 */
const SENTENCES = 100_000;
const ACK_MS = 3000;

describe(`a folder of ${SENTENCES.toLocaleString('en')} sentences`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'large-folder-'));
  let bot: RunningBot;
  let words: string[] = [];

  beforeAll(async () => {
    generateCorpus(dir, SENTENCES);
    // Topics from the generated vocabulary: the first long words of the first article.
    const text = readFileSync(join(dir, 'article-00001.txt'), 'utf8');
    words = [...new Set(text.toLowerCase().match(/\p{L}{7,}/gu) ?? [])].slice(0, 6);
    const topics = words.slice(0, 3).map((word, i) => ({
      name: `topic-${i}`,
      label: { en: `Topic ${i}`, fr: `Sujet ${i}` },
      description: { en: `About ${word}`, fr: `Sur ${word}` },
      keywords: [word],
    }));
    writeFileSync(join(dir, 'topics.json'), JSON.stringify({ topics }));
    bot = await startBot({ dir, owners: { ids: ['500000000000000001'] } });
  }, 120_000);

  afterAll(async () => {
    await bot?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  const sentAt = new Map<string, number>();
  const command = (name: string, options: Record<string, string> = {}, userId?: string) => {
    const sent = bot.fake.sendInteraction({
      ...(userId ? { member: { user: { id: userId } } } : {}),
      data: {
        name,
        type: 1,
        options: Object.entries(options).map(([key, value]) => ({ name: key, type: 3, value })),
      },
    });
    sentAt.set(sent.id, Date.now());
    return sent;
  };

  /** The first callback of each interaction, in ms after it was sent, and its status. */
  async function acknowledgements(sent: SentInteraction[]): Promise<number[]> {
    return Promise.all(
      sent.map(async ({ id }) => {
        const request = await bot.fake.waitForRequest(
          (candidate) =>
            candidate.path.startsWith(`/interactions/${id}/`) &&
            candidate.path.endsWith('/callback'),
          30_000,
        );
        expect(request.status, `interaction ${id}`).toBe(204);
        return request.at - (sentAt.get(id) ?? 0);
      }),
    );
  }

  it('acknowledges /source, 20 simultaneous /figures and topic commands within 3 s', async () => {
    const sent = [
      command('source'),
      ...Array.from({ length: 20 }, () => command('figures')),
      ...Array.from({ length: 20 }, (_, i) => command(`topic-${i % 3}`)),
      ...Array.from({ length: 5 }, (_, i) => command('figures', { topic: `topic-${i % 3}` })),
    ];
    const delays = await acknowledgements(sent);
    expect(Math.max(...delays)).toBeLessThan(ACK_MS);
    const source = await bot.fake.waitForCallback(sent[0]?.id ?? '');
    expect(JSON.stringify(source)).toContain('articles in all: the first are listed');
  }, 60_000);

  it('acknowledges 100 /ask at once within 3 s', async () => {
    const sent = Array.from({ length: 100 }, (_, i) =>
      command('ask', { question: `${words[i % words.length]} ${words[(i + 1) % words.length]}` }),
    );
    const delays = await acknowledgements(sent);
    expect(Math.max(...delays)).toBeLessThan(ACK_MS);
  }, 60_000);

  it('acknowledges 30 /ask within 3 s while /reload rebuilds the index, then reports it', async () => {
    const reload = command('reload', {}, '500000000000000001');
    const edited = bot.fake.waitForRequest(
      (request) => request.method === 'PATCH' && request.path.includes(`/${reload.token}/`),
      90_000,
    );
    const asks: SentInteraction[] = [];
    for (let i = 0; i < 30; i++) {
      asks.push(command('ask', { question: `${words[i % words.length]} ?` }));
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const delays = await acknowledgements([reload, ...asks]);
    expect(Math.max(...delays)).toBeLessThan(ACK_MS);
    const report = JSON.stringify((await edited).body);
    expect(report).toContain('Knowledge reloaded');
    // Asks were answered while the reload was still under way, not after it.
    const reloadedAt = (await edited).at;
    const firstAsk = Math.min(
      ...bot.fake.requests
        .filter((request) => asks.some(({ id }) => request.path.startsWith(`/interactions/${id}/`)))
        .map((request) => request.at),
    );
    expect(firstAsk).toBeLessThan(reloadedAt);
  }, 120_000);
});
