/**
 * `npm run bench:http`: one replica answering interactions over HTTP against the same bot on the
 * gateway, in the same run, both as `npm start` runs them (their own process) through the fake
 * Discord, at the same fixed rate of `/ask`. Both run throughout and take turns, one second each,
 * so load from elsewhere on the machine falls on both alike. Reports interactions answered per
 * second, p50/p99 latency (sent → answered: the HTTP response for HTTP, the callback's arrival
 * for the gateway), and how many were answered within Discord's 3 s.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { once } from 'node:events';
import { cpus, loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { type FakeDiscord, startFakeDiscord } from '../test/fake-discord/server.ts';
import { freePort } from '../test/redis-server.ts';
import { percentile, QUESTIONS } from './interactions.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(args[at + 1]);
};
const RATE = option('rate', 50);
const SECONDS = option('seconds', 10);
const json = args.includes('--json');

interface Result {
  sent: number;
  answered: number;
  perSecond: number;
  p50: number;
  p99: number;
  max: number;
  within3s: number;
}

const ask = (i: number) => ({
  member: { user: { id: `11870000000${String(10_000_000 + i)}` } },
  data: {
    name: 'ask',
    type: 1,
    options: [{ name: 'question', type: 3, value: QUESTIONS[i % QUESTIONS.length] ?? '' }],
  },
});

type Send = (i: number) => Promise<number>;

/** Sends RATE interactions over one second, on schedule whatever the answers take; waits for all. */
async function oneSecond(send: Send, from: number, into: (number | null)[]): Promise<number> {
  const pending: Promise<void>[] = [];
  const started = performance.now();
  for (let i = from; i < from + RATE; i++) {
    const wait = started + ((i - from) * 1000) / RATE - performance.now();
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait));
    pending.push(
      send(i).then(
        (ms) => {
          into[i] = ms;
        },
        () => {
          into[i] = null;
        },
      ),
    );
  }
  await Promise.all(pending);
  return performance.now() - started;
}

function summary(latencies: (number | null)[], elapsedMs: number): Result {
  const answered = latencies.filter((ms): ms is number => ms !== null).sort((a, b) => a - b);
  return {
    sent: latencies.length,
    answered: answered.length,
    perSecond: Math.round(answered.length / (elapsedMs / 1000)),
    p50: Math.round(percentile(answered, 50)),
    p99: Math.round(percentile(answered, 99)),
    max: Math.round(answered.at(-1) ?? Number.NaN),
    within3s: answered.filter((ms) => ms < 3000).length,
  };
}

/** SECONDS turns each, alternating which goes first. */
async function takeTurns(gateway: Send, http: Send) {
  const latencies = { gateway: [] as (number | null)[], http: [] as (number | null)[] };
  const elapsed = { gateway: 0, http: 0 };
  for (let round = 0; round < SECONDS; round++) {
    const order = round % 2 === 0 ? (['gateway', 'http'] as const) : (['http', 'gateway'] as const);
    for (const name of order) {
      const send = name === 'gateway' ? gateway : http;
      elapsed[name] += await oneSecond(send, round * RATE, latencies[name]);
    }
  }
  return {
    gateway: summary(latencies.gateway, elapsed.gateway),
    http: summary(latencies.http, elapsed.http),
  };
}

async function runBot(env: Record<string, string>, ready: () => Promise<unknown>) {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'src/bot/main.ts'], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'warn', COOLDOWN_ANSWERS: '0', ...env },
    stdio: 'inherit',
  });
  await ready();
  return async () => {
    child.kill('SIGTERM');
    await once(child, 'close');
  };
}

const registered = (fake: FakeDiscord) =>
  fake.waitForRequest((request) => request.method === 'PUT', 30_000);

/** The gateway bot, ready; resolves with how to send to it and how to stop it. */
async function gateway() {
  const fake = await startFakeDiscord();
  const stop = await runBot(
    { DISCORD_TOKEN: fake.token, DISCORD_GUILD_ID: fake.guildId, DISCORD_API_URL: fake.apiUrl },
    () => registered(fake),
  );
  const send: Send = async (i) => {
    const sent = Date.now();
    const { id } = fake.sendInteraction(ask(i));
    const callback = await fake.waitForRequest(
      (request) => request.path.startsWith(`/interactions/${id}/`),
      10_000,
    );
    return callback.at - sent;
  };
  return { send, stop: () => stop().then(() => fake.close()) };
}

/** One HTTP replica, ready. */
async function http() {
  const fake = await startFakeDiscord({ signingKey: generateKeyPairSync('ed25519').privateKey });
  const port = await freePort();
  const stop = await runBot(
    {
      INTERACTIONS_PORT: String(port),
      DISCORD_PUBLIC_KEY: fake.publicKeyHex,
      DISCORD_TOKEN: fake.token,
      DISCORD_GUILD_ID: fake.guildId,
      DISCORD_API_URL: fake.apiUrl,
    },
    () => registered(fake),
  );
  const endpoint = `http://127.0.0.1:${port}/interactions`;
  const send: Send = async (i) => {
    const delivery = await fake.postInteraction(endpoint, ask(i));
    if (delivery.status !== 200) throw new Error(`HTTP ${delivery.status}`);
    return delivery.ms;
  };
  return { send, stop: () => stop().then(() => fake.close()) };
}

const before = loadavg()[0] ?? 0;
const [gatewayBot, httpBot] = await Promise.all([gateway(), http()]);
// A warm-up turn each, not counted: the first searches fill caches in both.
await oneSecond(gatewayBot.send, 0, []);
await oneSecond(httpBot.send, 0, []);
const { gateway: viaGateway, http: viaHttp } = await takeTurns(gatewayBot.send, httpBot.send);
await Promise.all([gatewayBot.stop(), httpBot.stop()]);
const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}, load ${before.toFixed(1)}`;
if (json) {
  console.log(
    JSON.stringify({ machine, rate: RATE, seconds: SECONDS, gateway: viaGateway, http: viaHttp }),
  );
} else {
  console.log(`/ask at ${RATE}/s, ${SECONDS} one-second turns each, one replica — ${machine}`);
  console.log('| transport | answered/s | p50 ms | p99 ms | max ms | answered < 3 s |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  for (const [name, r] of [
    ['gateway (discord.js client, REST callback)', viaGateway],
    ['HTTP (POST /interactions, answer in the response)', viaHttp],
  ] as const) {
    console.log(
      `| ${name} | ${r.perSecond} | ${r.p50} | ${r.p99} | ${r.max} | ${r.within3s}/${r.sent} |`,
    );
  }
  console.log(
    `HTTP vs gateway: p50 ${(viaHttp.p50 / viaGateway.p50).toFixed(2)}×, p99 ${(viaHttp.p99 / viaGateway.p99).toFixed(2)}×`,
  );
}
process.exit(viaHttp.within3s === viaHttp.sent ? 0 : 1);
