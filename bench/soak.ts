/**
 * `npm run soak`: 20,000 interactions through the fake Discord to the bot running as `npm start`
 * does, from 5,000 different readers, sampling the bot's resident memory (from /proc) as it goes.
 * Memory must settle: less than 10 % growth over the second half.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startFakeDiscord } from '../test/fake-discord/server.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const TOTAL = Number(args[args.indexOf('--total') + 1] || 20_000);
const BURST = 200;
const READERS = 5000;
const QUESTIONS = [
  'taiwan',
  'fentanil mexique',
  'How many overdose deaths in Canada?',
  'prix de l’essence',
  '@everyone **x**',
];

const rssOf = (pid: number): number => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/u.exec(status)?.[1] ?? 0) / 1024;
};

const fake = await startFakeDiscord();
const bot = spawn(process.execPath, ['--import', 'tsx', 'src/bot/main.ts'], {
  cwd: ROOT,
  env: {
    PATH: process.env.PATH ?? '',
    DISCORD_TOKEN: fake.token,
    DISCORD_GUILD_ID: fake.guildId,
    DISCORD_API_URL: fake.apiUrl,
    LOG_LEVEL: 'warn',
    COOLDOWN_ANSWERS: '1000',
  },
  stdio: 'inherit',
});
await fake.waitForRequest((request) => request.method === 'PUT', 30_000);
const pid = bot.pid ?? 0;
const samples: { sent: number; rssMb: number }[] = [{ sent: 0, rssMb: rssOf(pid) }];
let failed = 0;
for (let sent = 0; sent < TOTAL; sent += BURST) {
  const burst = Array.from({ length: Math.min(BURST, TOTAL - sent) }, (_, i) => {
    const n = sent + i;
    const user = String(100_000_000_000_000_000n + BigInt(n % READERS));
    const { id } = fake.sendInteraction({
      locale: n % 3 === 0 ? 'fr' : 'en-US',
      member: { user: { id: user, username: `reader${n % READERS}` } },
      data:
        n % 4 === 3
          ? { name: 'fentanyl', type: 1, options: [] }
          : {
              name: 'ask',
              type: 1,
              options: [
                { name: 'question', type: 3, value: QUESTIONS[n % QUESTIONS.length] ?? '' },
              ],
            },
    });
    return fake
      .waitForRequest((request) => request.path.startsWith(`/interactions/${id}/`), 10_000)
      .then((request) => {
        if (request.status !== 204) failed++;
      });
  });
  await Promise.all(burst);
  // The fake keeps every request for assertions; a soak needs none of them.
  fake.requests.length = 0;
  if ((sent + BURST) % 1000 === 0) samples.push({ sent: sent + BURST, rssMb: rssOf(pid) });
}
bot.kill('SIGTERM');
await once(bot, 'close');
await fake.close();

const middle = samples[Math.floor(samples.length / 2)]?.rssMb ?? 0;
const last = samples[samples.length - 1]?.rssMb ?? 0;
const growth = (last - middle) / middle;
console.log('| interactions | bot RSS (MB) |\n| --- | --- |');
for (const sample of samples) console.log(`| ${sample.sent} | ${sample.rssMb.toFixed(1)} |`);
console.log(
  `second-half growth: ${(growth * 100).toFixed(1)} % (limit 10 %), failed acknowledgements: ${failed}`,
);
process.exit(growth < 0.1 && failed === 0 ? 0 : 1);
