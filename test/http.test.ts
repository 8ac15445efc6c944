import type { APIEmbed } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Command } from '../src/bot/command.ts';
import { definitionsOf } from '../src/bot/commands/registry.ts';
import { HIDE_OPTION } from '../src/bot/commands/shared-options.ts';
import { MESSAGES } from '../src/bot/i18n.ts';
import { type Callback, openApiErrors } from './bot-harness.ts';
import type { FakeDiscord, HttpDelivery } from './fake-discord/server.ts';
import { type Replica, startReplica, startSigningFake } from './http-harness.ts';
import { until } from './process.ts';
import { freePort } from './redis-server.ts';

const embedOf = (body: unknown): APIEmbed =>
  (((body as Callback).data?.embeds as APIEmbed[] | undefined) ?? [])[0] ?? {};
const asCallback = (delivery: HttpDelivery) => delivery.body as Callback;

/** Waits `ms`, then answers: a handler slower than the deferral deadline. */
const slowCommand: Command = {
  definition: { name: 'slowpoke', description: 'Answers after a while' },
  async execute() {
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { reply: { ephemeral: false, embeds: [{ description: 'Worth the wait.' }] } };
  },
};

/** Public unless hidden, yet its slow answer is a private note: the deferral must not show it. */
const slowNoteCommand: Command = {
  definition: {
    name: 'slownote',
    description: 'A private note, after a while',
    options: [{ ...HIDE_OPTION }],
  },
  async execute() {
    await new Promise((resolve) => setTimeout(resolve, 300));
    return { reply: { ephemeral: true, embeds: [{ description: 'Only for you.' }] } };
  },
};

describe('interactions over HTTP: two replicas behind one application', () => {
  let fake: FakeDiscord;
  let one: Replica;
  let two: Replica;
  beforeAll(async () => {
    fake = await startSigningFake();
    [one, two] = await Promise.all([
      startReplica(fake, { deferAfterMs: 100, extraCommands: [slowCommand, slowNoteCommand] }),
      startReplica(fake, { deferAfterMs: 100, extraCommands: [slowCommand, slowNoteCommand] }),
    ]);
  });
  afterAll(async () => {
    await one?.stop();
    await two?.stop();
    await fake?.close();
  });

  it('answers a signed /ask in the HTTP response, quoting the article', async () => {
    const delivery = await one.command('ask', {
      question: 'Où se sont rencontrés Wang Yi et Sullivan ?',
    });
    expect(delivery.status).toBe(200);
    const body = asCallback(delivery);
    expect(body.type).toBe(4);
    expect(embedOf(body).title).toBe('Où se sont rencontrés Wang Yi et Sullivan ?');
    expect(embedOf(body).description).toMatch(/^> .*Bangkok/u);
    expect(body.data?.allowed_mentions).toEqual({ parse: [] });
    // The fake took the response as the interaction's callback, and nothing went through REST.
    const callbacks = fake.requests.filter((r) =>
      r.path.startsWith(`/interactions/${delivery.id}/`),
    );
    expect(callbacks.map((r) => [r.headers['x-via'], r.status])).toEqual([['http-response', 204]]);
  });

  it('refuses a bad, missing or replayed signature, or a changed body, with 401', async () => {
    const question = {
      data: { name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: 'taiwan' }] },
    };
    const forged = await fake.postInteraction(one.endpoint, question, {
      signature: 'ab'.repeat(64),
    });
    const missing = await fake.postInteraction(one.endpoint, question, { signature: '' });
    const stale = await fake.postInteraction(one.endpoint, question, {
      timestamp: Math.floor(Date.now() / 1000) - 3600,
    });
    expect([forged.status, missing.status, stale.status]).toEqual([401, 401, 401]);
    // A signature of one body does not cover another (what Discord's endpoint check sends).
    const ping = await fake.postPing(two.endpoint, { signature: 'ab'.repeat(64) });
    expect(ping.status).toBe(401);
    for (const delivery of [forged, missing, stale]) {
      expect(fake.requests.some((r) => r.path.includes(`/${delivery.id}/`))).toBe(false);
    }
  });

  it('answers PING with PONG', async () => {
    const pong = await fake.postPing(two.endpoint);
    expect(pong).toMatchObject({ status: 200, body: { type: 1 } });
  });

  it('defers a slow answer in time, then edits it in through REST', async () => {
    const edited = fake.waitForRequest(
      (r) => r.method === 'PATCH' && r.path.endsWith('/messages/@original'),
    );
    const delivery = await two.command('slowpoke');
    // No `hide` option on this command: the deferral is private, so nothing private ever leaks.
    expect(delivery.body).toEqual({ type: 5, data: { flags: 64 } });
    const edit = await edited;
    expect(edit.path).toBe(`/webhooks/${fake.applicationId}/${delivery.token}/messages/@original`);
    expect(edit.status).toBe(200);
    expect(edit.body).toMatchObject({
      embeds: [{ description: 'Worth the wait.' }],
      allowed_mentions: { parse: [] },
    });
  });

  it('sends a private note after a public deferral as a private follow-up, never as a public edit', async () => {
    const followUp = fake.waitForRequest(
      (r) =>
        r.method === 'POST' && r.path === `/webhooks/${fake.applicationId}/${r.path.split('/')[3]}`,
    );
    const delivery = await two.command('slownote');
    expect(delivery.body).toEqual({ type: 5 });
    const sent = await followUp;
    expect(sent.body).toMatchObject({ embeds: [{ description: 'Only for you.' }], flags: 64 });
    const original = `/webhooks/${fake.applicationId}/${delivery.token}/messages/@original`;
    expect(fake.requests.some((r) => r.method === 'DELETE' && r.path === original)).toBe(true);
    expect(fake.requests.some((r) => r.method === 'PATCH' && r.path === original)).toBe(false);
  });

  it('answers for a deferred handler whose late answer Discord lost, rather than leave "thinking…"', async () => {
    // Refused once (not retried, unlike a 5xx): the handler's answer is lost.
    fake.failNext(
      /\/messages\/@original$/u,
      404,
      { message: 'Unknown Webhook', code: 10015 },
      {
        method: 'PATCH',
      },
    );
    const delivery = await one.command('slowpoke');
    expect(delivery.body).toEqual({ type: 5, data: { flags: 64 } });
    await until(
      () =>
        one.logs.some((line) => line.includes('handler sent nothing after the deferral')) ||
        undefined,
    );
    const original = `/webhooks/${fake.applicationId}/${delivery.token}/messages/@original`;
    await until(
      () =>
        fake.requests.filter((r) => r.method === 'PATCH' && r.path === original).length >= 2 ||
        undefined,
    );
  });

  it('answers a modal submit as the gateway does, and one discord.js cannot read with an apology', async () => {
    const modal = await fake.postInteraction(one.endpoint, {
      type: 5,
      locale: 'fr',
      data: { custom_id: 'nothing-here', components: [] },
    } as never);
    expect((modal.body as Callback).type).toBe(4);
    expect((modal.body as Callback).data?.flags).toBe(64);
    expect(embedOf(modal.body).description).toBe(MESSAGES.fr.unsupportedInteraction);
    // A component kind discord.js does not know: it builds nothing, the endpoint still answers.
    const unknown = await fake.postInteraction(one.endpoint, {
      type: 3,
      locale: 'fr',
      data: { custom_id: 'x', component_type: 99 },
    } as never);
    expect(unknown.body).toEqual({
      type: 4,
      data: {
        content: MESSAGES.fr.error,
        flags: 64,
        allowed_mentions: { parse: [] },
      },
    });
    expect(one.logs.some((line) => line.includes('handler sent no response'))).toBe(true);
  });

  it('refuses a body over the cap with 413, and serves /healthz', async () => {
    const huge = await fetch(one.endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: 'x'.repeat(600 * 1024),
    });
    expect(huge.status).toBe(413);
    const health = await fetch(one.endpoint.replace('/interactions', '/healthz'));
    expect([health.status, await health.text()]).toEqual([200, 'ok\n']);
  });

  it('registers the commands over REST and never opens a gateway connection', () => {
    const puts = fake.requests.filter((r) => r.method === 'PUT');
    // Both replicas register the same list (the second may find it already there).
    expect(puts.length).toBeGreaterThan(0);
    expect(new Set(puts.map((r) => r.path))).toEqual(
      new Set([`/applications/${fake.applicationId}/guilds/${fake.guildId}/commands`]),
    );
    // The same list as the gateway registers: slash commands and the message menu's.
    const body = puts[0]?.body as { name: string; type?: number }[];
    expect(body.map((command) => command.name)).toEqual(
      definitionsOf(one.commands()).map((definition) => definition.name),
    );
    expect(body.some((command) => command.type === 3)).toBe(true);
    expect(fake.identifies).toEqual([]);
    expect(fake.connections).toBe(0);
    expect(fake.requests.some((r) => r.path.startsWith('/gateway'))).toBe(false);
  });

  it("sends only bodies that Discord's OpenAPI description accepts", () => {
    expect(openApiErrors(fake)).toEqual([]);
  });
});

describe('a replica whose Redis is unreachable', () => {
  it('answers anyway, with one warning', async () => {
    const fake = await startSigningFake();
    const replica = await startReplica(fake, {
      redisUrl: `redis://127.0.0.1:${await freePort()}`,
      cooldown: { answers: 1, seconds: 30 },
    });
    try {
      const first = await replica.command('ask', { question: 'taiwan' });
      expect(embedOf(first.body).description).toMatch(/^> /u);
      // The cooldown still holds, in this replica's memory.
      const second = await replica.command('ask', { question: 'taiwan' });
      expect(embedOf(second.body).description).toMatch(/^Slow down a little/u);
      const warnings = replica.logs.filter((line) => line.includes('"level":40'));
      expect(warnings.map((line) => JSON.parse(line).msg)).toEqual([
        'Redis unreachable: cooldowns per replica and stats not recorded until it is back',
      ]);
    } finally {
      await replica.stop();
      await fake.close();
    }
  });
});

describe('stopping a replica', () => {
  it('sends the edits of answers still under way before it stops', async () => {
    const fake = await startSigningFake();
    const replica = await startReplica(fake, { deferAfterMs: 50, extraCommands: [slowCommand] });
    try {
      const delivery = await replica.command('slowpoke');
      expect(delivery.body).toEqual({ type: 5, data: { flags: 64 } });
      await replica.stop();
      const edits = fake.requests.filter((r) => r.method === 'PATCH');
      expect(edits.map((r) => [r.path, r.status])).toEqual([
        [`/webhooks/${fake.applicationId}/${delivery.token}/messages/@original`, 200],
      ]);
    } finally {
      await fake.close();
    }
  });
});
