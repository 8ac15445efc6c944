/**
 * `npm run bench:discord`: acknowledgement latency of the real bot through the fake Discord, at
 * the seed knowledge and at 100,000 generated sentences. The bot runs as `npm start` does, in its
 * own process; 1,000 `/ask` interactions are sent in bursts of 100, each from its own reader, so
 * that the cooldown (5 answers per reader per 30 s) never answers in the bot's place: the
 * replies that are only notes (ephemeral) are counted to show it. Each burst is sent once every
 * reader of the one before has their answer. Two times are taken per reader: the acknowledgement
 * (Discord's 3 s deadline; a deferral counts) and the answer itself (the reply, or the edit or
 * follow-up after a deferral). Before each workload a baseline bot (discord.js replying "pong" at
 * once) is measured the same way, and the bot's acknowledgement p50 and p99 are given as ratios
 * of that baseline's, with its answer p50 and p99 beside.
 *
 *   npm run bench:discord                                 # seed and 100000, 1000 in bursts of 100
 *   npm run bench:discord -- --json                       # the same, as one line of JSON
 *   npm run bench:discord -- --knowledge seed --total 200 --burst 50
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RESERVED_NAMES } from '../src/bot/commands/registry.ts';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { buildIndex } from '../src/search/search-index.ts';
import { openIndex } from '../src/search/snapshot.ts';
import { type FakeDiscord, snowflake, startFakeDiscord } from '../test/fake-discord/server.ts';
import { ensureCorpus, OUT_DIR } from './generate.ts';
import { percentile, QUESTIONS as SEED_QUESTIONS } from './interactions.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEED = join(ROOT, 'knowledge');
/** The benchmark's snapshots, as `bench/search.ts` keeps them (git-ignored). */
const DATA_DIR = join(OUT_DIR, 'data');

const args = process.argv.slice(2);
/** The value after `--name`, or `fallback` when the flag is absent. */
const option = (name: string, fallback: string): string => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? fallback : (args[at + 1] ?? fallback);
};
const TOTAL = Number(option('total', '1000'));
const BURST = Number(option('burst', '100'));
const WORKLOADS = option('knowledge', 'seed,100000').split(',');
const json = args.includes('--json');
if (!(TOTAL > 0 && BURST > 0) || WORKLOADS.some((w) => w !== 'seed' && !(Number(w) > 0))) {
  process.stderr.write(
    'usage: npm run bench:discord -- [--json] [--knowledge seed,100000] [--total 1000] [--burst 100]\n',
  );
  process.exit(2);
}

interface Latencies {
  count: number;
  p50: number;
  p99: number;
  max: number;
  within3s: number;
  /** Replies only the asker sees (a cooldown or error note) rather than an answer. */
  notes: number;
  /** Acknowledged by a deferral ("thinking…"), the answer sent after as an edit or follow-up. */
  deferred: number;
  /** Until the answer itself (the reply, or the message after a deferral). */
  answer: { p50: number; p99: number; max: number };
}

/** Discord's callback types: a message now, or a deferral to be edited. */
const DEFERRED_MESSAGE = 5;

async function measure(fake: FakeDiscord, questions: string[]): Promise<Latencies> {
  const acknowledged: number[] = [];
  const answered: number[] = [];
  let notes = 0;
  let deferred = 0;
  for (let sent = 0; sent < TOTAL; sent += BURST) {
    // The next burst goes once every reader of this one has their answer.
    const burst = Array.from({ length: Math.min(BURST, TOTAL - sent) }, async (_, i) => {
      const question = questions[(sent + i) % questions.length] ?? '';
      const started = Date.now();
      const { id, token } = fake.sendInteraction({
        data: { name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: question }] },
        // A reader of their own: the cooldown is per reader.
        member: { user: { id: snowflake() } },
      });
      const callback = await fake.waitForRequest(
        (request) => request.path.startsWith(`/interactions/${id}/`),
        10_000,
      );
      const body = callback.body as { type?: number; data?: { flags?: number } } | null;
      let answer = callback;
      if (body?.type === DEFERRED_MESSAGE) {
        deferred++;
        // The edit of "thinking…", or the private follow-up that replaces it.
        answer = await fake.waitForRequest(
          (request) =>
            request.path.startsWith(`/webhooks/`) &&
            request.path.includes(`/${token}`) &&
            (request.method === 'PATCH' || request.method === 'POST'),
          10_000,
        );
      }
      const flags = (answer.body as { flags?: number; data?: { flags?: number } } | null) ?? {};
      if (((flags.data?.flags ?? flags.flags ?? 0) & 64) !== 0) notes++;
      acknowledged.push(callback.at - started);
      answered.push(answer.at - started);
    });
    await Promise.all(burst);
  }
  const ascending = (values: number[]) => [...values].sort((a, b) => a - b);
  const sorted = ascending(acknowledged);
  const answers = ascending(answered);
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? Number.NaN,
    within3s: sorted.filter((ms) => ms < 3000).length,
    notes,
    deferred,
    answer: {
      p50: percentile(answers, 50),
      p99: percentile(answers, 99),
      max: answers[answers.length - 1] ?? Number.NaN,
    },
  };
}

/** Runs `script` as a bot against a fresh fake Discord, and measures it once `ready` resolves. */
async function run(
  script: string,
  env: Record<string, string>,
  questions: string[],
  ready: (fake: FakeDiscord) => Promise<unknown>,
): Promise<Latencies> {
  const fake = await startFakeDiscord();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', script], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      DISCORD_TOKEN: fake.token,
      DISCORD_GUILD_ID: fake.guildId,
      DISCORD_API_URL: fake.apiUrl,
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: 'inherit',
  });
  try {
    await ready(fake);
    return await measure(fake, questions);
  } finally {
    child.kill('SIGTERM');
    await once(child, 'close');
    await fake.close();
  }
}

interface Workload {
  knowledge: string;
  sentences: number;
  baseline: Latencies;
  bot: Latencies;
  /** The bot's figure ÷ the baseline's. */
  ratio: { p50: number; p99: number };
}

const ratio = (a: number, b: number): number => Math.round((a / b) * 100) / 100;

async function workload(name: string): Promise<Workload> {
  const generated = name === 'seed' ? undefined : ensureCorpus(Number(name));
  const dir = generated?.dir ?? SEED;
  const questions = generated?.questions.map((question) => question.q) ?? SEED_QUESTIONS;
  // The bot starts from a snapshot written here first, so that no snapshot is written (in the
  // bot's background) while it is measured.
  const opened = await openIndex({
    knowledgeDir: dir,
    dataDir: DATA_DIR,
    reservedTopicNames: RESERVED_NAMES,
    build: async () => buildIndex(await loadKnowledge(dir, { reservedTopicNames: RESERVED_NAMES })),
  });
  await opened.saved;
  const sentences = opened.index.corpus.sentences.length;
  const baseline = await run('bench/pong-bot.ts', {}, questions, (fake) => fake.ready());
  const bot = await run(
    'src/bot/main.ts',
    { KNOWLEDGE_DIR: dir, DATA_DIR },
    questions,
    // Commands are registered once the knowledge is indexed and the client is ready.
    (fake) => fake.waitForRequest((request) => request.method === 'PUT', 120_000),
  );
  return {
    knowledge: name === 'seed' ? 'seed' : `${sentences} generated sentences`,
    sentences,
    baseline,
    bot,
    ratio: { p50: ratio(bot.p50, baseline.p50), p99: ratio(bot.p99, baseline.p99) },
  };
}

const results: Workload[] = [];
for (const name of WORKLOADS) results.push(await workload(name));
const machine = `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}`;
const lines: string[] = [];
if (json) {
  lines.push(
    JSON.stringify({
      machine,
      total: TOTAL,
      burst: BURST,
      readers: 'one per interaction',
      workloads: results,
    }),
  );
} else {
  lines.push(
    `${TOTAL} interactions per bot in bursts of ${BURST}, each from its own reader — ${machine}`,
    '| knowledge | bot | ack p50 ms | ack p99 ms | ack max ms | acknowledged < 3 s | deferred | answer p50 / p99 / max ms | notes instead of answers |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  );
  for (const result of results) {
    for (const [name, r] of [
      ['baseline (discord.js, reply "pong")', result.baseline],
      ['this bot (/ask)', result.bot],
    ] as const) {
      lines.push(
        `| ${result.knowledge} | ${name} | ${r.p50} | ${r.p99} | ${r.max} | ${r.within3s}/${r.count} | ${r.deferred} | ${r.answer.p50} / ${r.answer.p99} / ${r.answer.max} | ${r.notes} |`,
      );
    }
  }
  for (const result of results) {
    lines.push(
      `${result.knowledge}: acknowledgement p50 ${result.ratio.p50}×, p99 ${result.ratio.p99}× the baseline; answer p50 ${ratio(result.bot.answer.p50, result.baseline.p50)}×, p99 ${ratio(result.bot.answer.p99, result.baseline.p99)}×`,
    );
  }
}
const allAcknowledged = results.every((result) => result.bot.within3s === result.bot.count);
// Exits once the output is written: a pipe is written asynchronously.
process.stdout.write(`${lines.join('\n')}\n`, () => process.exit(allAcknowledged ? 0 : 1));
