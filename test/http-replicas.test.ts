// Two replicas of `npm start` in HTTP mode, each its own process on its own port, against the
// fake Discord, sharing a real redis-server when one is installed.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import type { APIEmbed } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Callback,
  commandInteraction,
  componentInteraction,
  componentsOf,
  type Extra,
  MANAGER_PERMISSIONS,
} from './bot-harness.ts';
import type { FakeDiscord, HttpDelivery } from './fake-discord/server.ts';
import { PROJECT_ROOT } from './helpers.ts';
import { startSigningFake } from './http-harness.ts';
import {
  freePort,
  hasRedisServer,
  type RedisServer,
  SKIP_REASON,
  startRedisServer,
} from './redis-server.ts';

const MAIN = join(PROJECT_ROOT, 'src', 'bot', 'main.ts');
const embedOf = (delivery: HttpDelivery): APIEmbed =>
  (((delivery.body as Callback).data?.embeds as APIEmbed[] | undefined) ?? [])[0] ?? {};

interface Process {
  child: ChildProcessWithoutNullStreams;
  endpoint: string;
  output: string;
}

/** `npm start` (node with tsx's loader, as the image runs it) in HTTP mode; resolves once serving. */
async function startProcess(
  fake: FakeDiscord,
  redisUrl: string | undefined,
  extraEnv: Record<string, string> = {},
): Promise<Process> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    cwd: PROJECT_ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      INTERACTIONS_PORT: String(port),
      DISCORD_PUBLIC_KEY: fake.publicKeyHex,
      DISCORD_TOKEN: fake.token,
      DISCORD_GUILD_ID: fake.guildId,
      DISCORD_API_URL: fake.apiUrl,
      COOLDOWN_ANSWERS: '2',
      COOLDOWN_SECONDS: '60',
      LOG_LEVEL: 'info',
      ...(redisUrl ? { REDIS_URL: redisUrl } : {}),
      ...extraEnv,
    },
  });
  const started: Process = { child, endpoint: `http://127.0.0.1:${port}/interactions`, output: '' };
  child.stderr.on('data', (chunk) => {
    started.output += chunk;
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not serving:\n${started.output}`)), 30_000);
    child.stdout.on('data', (chunk) => {
      started.output += chunk;
      if (started.output.includes('answering interactions over HTTP')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('close', (code) => reject(new Error(`exited ${code}:\n${started.output}`)));
  });
  return started;
}

const ask = (
  fake: FakeDiscord,
  to: Process,
  question: string,
  userId: string = fake.userId,
  extra: Extra = {},
) => {
  const { overrides, send } = commandInteraction('ask', { question }, { userId, ...extra });
  return fake.postInteraction(to.endpoint, overrides, send);
};

/** A reader id of its own for each test, so cooldowns of one test never reach another. */
let readers = 0;
const newReader = () => `1187000000000${String(100_000 + readers++)}`;

describe('two replicas of npm start in HTTP mode', () => {
  let fake: FakeDiscord;
  let redis: RedisServer | undefined;
  let one: Process;
  let two: Process;
  /** Replica one also serves /healthz and /metrics on HEALTH_PORT. */
  let healthUrl: string;
  beforeAll(async () => {
    fake = await startSigningFake();
    redis = hasRedisServer ? await startRedisServer() : undefined;
    const healthPort = await freePort();
    healthUrl = `http://127.0.0.1:${healthPort}`;
    [one, two] = await Promise.all([
      startProcess(fake, redis?.url, { HEALTH_PORT: String(healthPort) }),
      startProcess(fake, redis?.url),
    ]);
  }, 60_000);
  afterAll(async () => {
    for (const replica of [one, two]) {
      if (!replica) continue;
      replica.child.kill('SIGTERM');
      const [code] = await once(replica.child, 'close');
      expect(code).toBe(0);
    }
    await redis?.stop();
    await fake?.close();
  });

  it('answers PING with PONG, and a bad signature with 401, on both', async () => {
    for (const replica of [one, two]) {
      expect(await fake.postPing(replica.endpoint)).toMatchObject({
        status: 200,
        body: { type: 1 },
      });
      const forged = await fake.postPing(replica.endpoint, { signature: 'cd'.repeat(64) });
      expect(forged.status).toBe(401);
    }
  });

  it('answers a signed /ask by quoting the article', async () => {
    const delivery = await ask(
      fake,
      two,
      'Où se sont rencontrés Wang Yi et Sullivan ?',
      newReader(),
    );
    expect(delivery.status).toBe(200);
    expect((delivery.body as Callback).type).toBe(4);
    expect(embedOf(delivery).description).toMatch(/^> .*Bangkok/u);
  });

  it("pages one replica's answer with its button pressed on the other", async () => {
    const reader = newReader();
    const first = await ask(fake, one, 'Chine États-Unis', reader);
    const message = first.body as Callback;
    const more = componentsOf(message).get('More ▶')?.custom_id ?? '';
    const press = componentInteraction(message, more, { userId: reader });
    const next = await fake.postInteraction(two.endpoint, press.overrides, press.send);
    expect((next.body as Callback).type).toBe(7);
    expect(embedOf(next).footer?.text).toMatch(/page 2\/\d$/u);
  });

  it('answers 200 signed interactions sent at once across both, all within 3 s', async () => {
    const started = performance.now();
    const deliveries = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        ask(fake, i % 2 === 0 ? one : two, i % 3 === 0 ? 'taiwan' : 'fentanyl Canada', newReader()),
      ),
    );
    const elapsed = performance.now() - started;
    expect(
      deliveries.filter((d) => d.status === 200 && (d.body as Callback).type === 4),
    ).toHaveLength(200);
    expect(deliveries.filter((d) => embedOf(d).description?.startsWith('> '))).toHaveLength(200);
    expect(elapsed).toBeLessThan(3000);
  });

  it('serves /healthz and /metrics on HEALTH_PORT, counting the interactions it answered', async () => {
    const health = await fetch(`${healthUrl}/healthz`);
    expect([health.status, await health.text()]).toEqual([200, 'ok\n']);
    await ask(fake, one, 'taiwan', newReader());
    const metrics = await (await fetch(`${healthUrl}/metrics`)).text();
    expect(metrics).toMatch(
      /^bot_interactions_total\{command="ask",outcome="answered"\} [1-9]\d*$/mu,
    );
    expect(metrics).toMatch(/^bot_knowledge_size\{kind="sentences"\} [1-9]\d*$/mu);
  });

  it('never opens a gateway connection', () => {
    expect(fake.identifies).toEqual([]);
    expect(fake.connections).toBe(0);
    expect(fake.requests.filter((r) => r.path.startsWith('/gateway'))).toEqual([]);
  });

  describe.skipIf(!hasRedisServer)(
    `sharing a real redis-server${hasRedisServer ? '' : ` (${SKIP_REASON})`}`,
    () => {
      it('holds a cooldown hit on one replica on the other, and for that reader only', async () => {
        const reader = newReader();
        expect(embedOf(await ask(fake, one, 'taiwan', reader)).description).toMatch(/^> /u);
        expect(embedOf(await ask(fake, two, 'taiwan', reader)).description).toMatch(/^> /u);
        for (const replica of [one, two]) {
          const third = await ask(fake, replica, 'taiwan', reader);
          expect((third.body as Callback).data?.flags).toBe(64);
          expect(embedOf(third).description).toMatch(
            /^Slow down a little: try again in (59|60) s\.$/u,
          );
        }
        expect(embedOf(await ask(fake, two, 'taiwan', newReader())).description).toMatch(/^> /u);
      });

      it('adds up both replicas in /stats', async () => {
        const guild = { guildId: '1187000000000999999' };
        const unanswered = 'Quel âge a le capitaine du navire ?';
        await ask(fake, one, 'taiwan', newReader(), guild);
        await ask(fake, two, unanswered, newReader(), guild);
        await ask(fake, one, unanswered, newReader(), guild);
        // Stats are recorded once the reply is sent: give the last write a moment.
        await new Promise((resolve) => setTimeout(resolve, 100));
        for (const replica of [one, two]) {
          // A manager of that server asks; /stats is deferred, then edited in.
          const { overrides, send } = commandInteraction(
            'stats',
            {},
            { ...guild, permissions: MANAGER_PERMISSIONS },
          );
          const stats = await fake.postInteraction(replica.endpoint, overrides, send);
          expect(stats.body).toEqual({ type: 5, data: { flags: 64 } });
          const edit = await fake.waitForRequest(
            (r) => r.method === 'PATCH' && r.path.includes(`/${stats.token}/messages/@original`),
          );
          const embed = ((edit.body as { embeds?: APIEmbed[] }).embeds ?? [])[0] ?? {};
          expect(embed.description).toBe('3 questions, 1 answered (33 %)');
          const field = embed.fields?.find((f) => f.name === 'Not answered by the articles');
          expect(field?.value).toBe(`${unanswered} — 2`);
        }
      });
    },
  );
});
