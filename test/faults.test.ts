import type { APIEmbed } from 'discord.js';
import { afterEach, describe, expect, it } from 'vitest';
import { type RunningBot, startBot } from './bot-harness.ts';

const embedOf = (body: { data?: Record<string, unknown> }): APIEmbed =>
  ((body.data?.embeds as APIEmbed[] | undefined) ?? [])[0] ?? {};
const CALLBACK = /^\/interactions\/\d+\/[^/]+\/callback$/u;

let bot: RunningBot | undefined;
afterEach(async () => {
  await bot?.stop();
  bot = undefined;
});

const logsOf = (running: RunningBot) => running.logs.map((line) => JSON.parse(line));
const ask = (running: RunningBot, question = 'taiwan') =>
  running.fake.sendInteraction({
    data: { name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: question }] },
  });

describe('Discord faults, through the fake Discord and the real client', () => {
  it('resumes after the gateway drops and answers the next interaction', async () => {
    bot = await startBot();
    await bot.fake.dropGateway();
    const body = await bot.command('ask', { question: 'taiwan' });
    expect(embedOf(body).description).toMatch(/^> /u);
    expect(bot.fake.resumes).toHaveLength(1);
  });

  it('still delivers a reply that first got a 429 with retry_after', async () => {
    bot = await startBot();
    bot.fake.failNext(CALLBACK, 429, {
      message: 'You are being rate limited.',
      retry_after: 0.1,
      global: false,
    });
    const { id } = ask(bot);
    const delivered = await bot.fake.waitForRequest(
      (request) => request.path.startsWith(`/interactions/${id}/`) && request.status === 204,
    );
    expect((delivered.body as { type: number }).type).toBe(4);
    const statuses = bot.fake.requests
      .filter((request) => request.path.startsWith(`/interactions/${id}/`))
      .map((r) => r.status);
    expect(statuses).toEqual([429, 204]);
  });

  it('logs a callback that keeps failing with 500 once, and goes on', async () => {
    bot = await startBot();
    bot.fake.failNext(CALLBACK, 500);
    bot.fake.failNext(CALLBACK, 500);
    const { id } = ask(bot);
    await bot.fake.waitForRequest(
      (request) => request.path.startsWith(`/interactions/${id}/`) && request.status === 500,
    );
    const next = await bot.command('ask', { question: 'fentanyl' });
    expect(next.type).toBe(4);
    const lines = logsOf(bot).filter((line) => line.interaction === id && line.level >= 40);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ msg: 'Discord refused or lost the reply', status: 500 });
  });

  it('logs an interaction that came too late (10062) once, without retrying or apologizing', async () => {
    bot = await startBot();
    bot.fake.failNext(CALLBACK, 404, { message: 'Unknown interaction', code: 10062 });
    const { id } = ask(bot);
    await bot.fake.waitForRequest((request) => request.path.startsWith(`/interactions/${id}/`));
    const next = await bot.command('ask', { question: 'fentanyl' });
    expect(next.type).toBe(4);
    const attempts = bot.fake.requests.filter((request) =>
      request.path.startsWith(`/interactions/${id}/`),
    );
    expect(attempts).toHaveLength(1);
    expect(logsOf(bot).filter((line) => line.interaction === id && line.level >= 40)).toEqual([
      expect.objectContaining({ msg: 'Discord refused or lost the reply', code: 10062 }),
    ]);
  });

  it('retries a Discord unreachable at start-up with backoff, one log line per attempt', async () => {
    bot = await startBot({
      beforeLogin: (fake) => {
        for (let i = 0; i < 4; i++) fake.failNext(/^\/gateway\/bot$/u, 503);
      },
    });
    const retries = logsOf(bot).filter((line) => line.msg === 'cannot reach Discord, retrying');
    expect(retries.map((line) => [line.attempt, line.retryInMs])).toEqual([
      [1, 20],
      [2, 40],
    ]);
    expect((await bot.command('ask', { question: 'taiwan' })).type).toBe(4);
  });
});

describe('registering the commands at start-up', () => {
  it('retries a 500 with backoff, one log line per attempt, then registers', async () => {
    bot = await startBot({
      beforeLogin: (fake) => {
        fake.failNext(/\/commands$/u, 500, undefined, { method: 'PUT' });
        fake.failNext(/\/commands$/u, 502, undefined, { method: 'PUT' });
      },
    });
    const lines = logsOf(bot).filter((line) =>
      /registering the commands|registered/u.test(line.msg),
    );
    expect(lines.map((line) => [line.msg, line.attempt, line.retryInMs])).toEqual([
      ['registering the commands failed, retrying', 1, 20],
      ['registering the commands failed, retrying', 2, 40],
      ['commands registered', undefined, undefined],
    ]);
    expect(bot.fake.commands.get(bot.fake.guildId)?.has('ask')).toBe(true);
  });

  it('logs how long a 429 makes it wait', async () => {
    bot = await startBot({
      beforeLogin: (fake) =>
        fake.failNext(
          /\/commands$/u,
          429,
          { message: 'You are being rate limited.', retry_after: 0.3, global: false },
          { method: 'PUT' },
        ),
    });
    const waits = logsOf(bot).filter(
      (line) => line.msg === 'Discord rate limit: waiting before registering the commands',
    );
    expect(waits).toHaveLength(1);
    expect(waits[0]?.retryAfterMs).toBeGreaterThanOrEqual(250);
    expect(bot.fake.commands.get(bot.fake.guildId)?.has('ask')).toBe(true);
  });

  it('stops on a gateway that refuses the token at identify (4004) instead of retrying', async () => {
    const started = Date.now();
    await expect(startBot({ fakeOptions: { identifyCloseCode: 4004 } })).rejects.toThrow(
      'Discord refused DISCORD_TOKEN at the gateway (close 4004, authentication failed)',
    );
    expect(Date.now() - started).toBeLessThan(5000);
  });
});

describe('odd interactions', () => {
  it('get a short localized reply, never a crash', async () => {
    bot = await startBot();
    const noQuestion = bot.fake.sendInteraction({
      locale: 'fr',
      data: { name: 'ask', type: 1, options: [] },
    });
    expect(embedOf(await bot.fake.waitForCallback(noQuestion.id)).description).toBe(
      'Veuillez taper une question.',
    );
    const wrongType = bot.fake.sendInteraction({
      data: { name: 'ask', type: 1, options: [{ name: 'question', type: 4, value: 42 }] },
    });
    expect(embedOf(await bot.fake.waitForCallback(wrongType.id)).description).toBe(
      'Please type a question.',
    );
    const unknownTopic = await bot.command('figures', { topic: 'nope' });
    expect(embedOf(unknownTopic).description).toBe('There is no topic called “nope”.');
    const removed = await bot.command('old-topic', { question: 'x' }, { locale: 'fr' });
    expect(embedOf(removed).description).toBe(
      'Je ne connais plus cette commande. Tapez `/aide` pour voir ce que je sais faire.',
    );
    const autocompleteUnknown = await bot.autocomplete('old-topic', 'question', 'x');
    expect(autocompleteUnknown).toEqual({ type: 8, data: { choices: [] } });
  });
});
