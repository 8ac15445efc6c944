/**
 * `npm run bench:discord`: acknowledgement latency of the real bot through the fake Discord.
 * The bot runs as `npm start` does, in its own process; 1,000 `/ask` interactions are sent in
 * bursts of 100. A baseline bot in the same run (discord.js replying "pong" at once) shows what
 * the client, the fake and the machine cost by themselves.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import { type FakeDiscord, startFakeDiscord } from '../test/fake-discord/server.ts';
import { percentile, QUESTIONS } from './interactions.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const TOTAL = Number(args[args.indexOf('--total') + 1] || 1000);
const BURST = Number(args[args.indexOf('--burst') + 1] || 100);
const json = args.includes('--json');

async function measure(fake: FakeDiscord) {
  const latencies: number[] = [];
  for (let sent = 0; sent < TOTAL; sent += BURST) {
    const burst = Array.from({ length: Math.min(BURST, TOTAL - sent) }, (_, i) => {
      const question = QUESTIONS[(sent + i) % QUESTIONS.length] ?? '';
      const started = Date.now();
      const { id } = fake.sendInteraction({
        data: { name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: question }] },
      });
      return fake
        .waitForRequest((request) => request.path.startsWith(`/interactions/${id}/`), 10_000)
        .then((request) => request.at - started);
    });
    latencies.push(...(await Promise.all(burst)));
  }
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? Number.NaN,
    within3s: sorted.filter((ms) => ms < 3000).length,
  };
}

/** Runs `script` as a bot against a fresh fake Discord, and measures it once `ready` resolves. */
async function run(script: string, ready: (fake: FakeDiscord) => Promise<unknown>) {
  const fake = await startFakeDiscord();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      DISCORD_TOKEN: fake.token,
      DISCORD_GUILD_ID: fake.guildId,
      DISCORD_API_URL: fake.apiUrl,
      LOG_LEVEL: 'warn',
    },
    stdio: 'inherit',
  });
  await ready(fake);
  const result = await measure(fake);
  child.kill('SIGTERM');
  await once(child, 'close');
  await fake.close();
  return result;
}

// Both bots run in their own process, the fake Discord in this one.
const baseline = () => run('bench/pong-bot.ts', (fake) => fake.ready());
const bot = () =>
  run('src/bot/main.ts', (fake) =>
    fake.waitForRequest((request) => request.method === 'PUT', 30_000),
  );

const base = await baseline();
const ours = await bot();
const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}`;
if (json) {
  console.log(JSON.stringify({ machine, total: TOTAL, burst: BURST, baseline: base, bot: ours }));
} else {
  console.log(`${TOTAL} interactions in bursts of ${BURST} — ${machine}`);
  console.log('| bot | p50 ms | p99 ms | max ms | acknowledged < 3 s |');
  console.log('| --- | --- | --- | --- | --- |');
  for (const [name, r] of [
    ['baseline (discord.js, reply "pong")', base],
    ['this bot (/ask)', ours],
  ] as const) {
    console.log(`| ${name} | ${r.p50} | ${r.p99} | ${r.max} | ${r.within3s}/${r.count} |`);
  }
  console.log(
    `ratio p50 ${(ours.p50 / base.p50).toFixed(2)}×, p99 ${(ours.p99 / base.p99).toFixed(2)}× the baseline`,
  );
}
process.exit(ours.within3s === ours.count ? 0 : 1);
