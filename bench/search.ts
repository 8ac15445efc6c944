/**
 * Benchmarks our engine against FlexSearch, MiniSearch and plain Fuse.js on generated knowledge
 * folders: index build time, search latency (p50/p95/p99), memory and top-1 accuracy; and our
 * restart time from the index snapshot against a build from the files.
 *
 *   npm run bench                                   # 1k, 10k and 100k sentences
 *   npm run bench -- --sizes 1000,10000 --json      # chosen sizes, machine-readable
 *   npm run bench -- --sizes 1000000                # a million (about 3 GB of memory, minutes)
 *   npm run bench -- --sizes 1000000 --engines ours # ours alone, with its restart
 *
 * Each (size, engine) pair runs in its own Node process, so that memory figures and garbage
 * collection of one engine do not leak into another's. FlexSearch and MiniSearch are given our
 * tokenizer, folding and stop words (`contentWords`), so that they index the same words.
 */
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Charset, Index as FlexIndex } from 'flexsearch';
import Fuse from 'fuse.js';
import MiniSearch from 'minisearch';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { findPassages, warmUp } from '../src/search/find-passages.ts';
import { contentWords } from '../src/search/normalize.ts';
import { buildIndex, type SearchIndex } from '../src/search/search-index.ts';
import { openIndex, snapshotKey, snapshotPath, writeSnapshot } from '../src/search/snapshot.ts';
import { type BenchQuestion, ensureCorpus, OUT_DIR } from './generate.ts';

const ENGINES = ['ours', 'flexsearch', 'minisearch', 'fuse'] as const;
type Engine = (typeof ENGINES)[number];
const DEFAULT_SIZES = [1000, 10_000, 100_000];
const QUERIES = 200;
const WARMUP = 30;
/** Plain Fuse.js scans every sentence per query: keep it to a few queries on big folders. */
const fuseQueries = (size: number): number => (size <= 1000 ? 100 : size <= 10_000 ? 20 : 5);

export interface EngineResult {
  size: number;
  engine: Engine;
  /** Reading and segmenting the folder (the same `loadKnowledge` for every engine). */
  loadMs: number;
  buildMs: number;
  /** CPU time of load and build (user + system, all threads): steadier on a busy machine. */
  loadCpuMs: number;
  buildCpuMs: number;
  queries: number;
  p50: number;
  p95: number;
  p99: number;
  /**
   * The same percentiles of each query's CPU time (user + system): what a query costs, without
   * the time the process waited for a core on a busy machine.
   */
  cpuP50: number;
  cpuP95: number;
  /**
   * Memory held after building the index, over what the loaded corpus holds (MB): JS heap plus
   * memory outside it (typed arrays' buffers).
   */
  heapDeltaMb: number;
  rssDeltaMb: number;
  /** Resident memory of the whole process once the index is built (MB). */
  rssMb: number;
  /** Share of answerable questions whose first result is the expected sentence. */
  top1: number;
  /** Share of out-of-scope questions given no result at all. */
  refused: number;
  /** Ours: how long writing its snapshot took. */
  snapshotSaveMs?: number;
}

/** A restart of our engine from its snapshot, against a build from the files. */
export interface RestartResult {
  size: number;
  snapshotMb: number;
  /** Writing the snapshot (after a build, in the background in the bot). */
  saveMs: number;
  /** Hashing the knowledge files and reading the snapshot. */
  openMs: number;
  /** The warm-up the bot runs before serving (see `warmUp`). */
  warmUpMs: number;
  /** The first question, once warm. */
  firstAnswerMs: number;
  /** open + warm-up + first answer. */
  totalMs: number;
  /** The same from the files: read + build (with its warm-up) + first answer. */
  fromFilesMs: number;
  /** CPU time of the restart, and of reading and building from the files. */
  cpuMs: number;
  fromFilesCpuMs: number;
  rssMb: number;
  /** Highest resident memory of the restarted process. */
  peakRssMb: number;
}

/** Where the benchmark keeps its snapshots (under `bench/out/`, git-ignored). */
const DATA_DIR = join(OUT_DIR, 'data');

/** A ranked search over one corpus: the first result's text, or null for none. */
type Searcher = (question: string) => string | null;

function build(
  engine: Engine,
  corpus: Awaited<ReturnType<typeof loadKnowledge>>,
  built: (index: SearchIndex) => void,
): Searcher {
  const sentences = corpus.sentences.map((sentence) => ({
    id: sentence.id,
    text: sentence.text,
  }));
  switch (engine) {
    case 'ours': {
      const index = buildIndex(corpus);
      // As the bot and the CLI do at start-up: its cost counts in the build time.
      warmUp(index);
      built(index);
      return (question) => findPassages(index, question).results[0]?.sentence ?? null;
    }
    case 'flexsearch': {
      // Our folded content words through FlexSearch's Normalize charset (its LatinBalance, which
      // merges letters that sound alike, had the same top-1 at 10,000 sentences and refused 84%
      // of out-of-scope questions instead of 100%). Prefixes match (`forward`), and `suggest`
      // keeps a question with a misspelled or absent word from being left without an answer.
      const index = new FlexIndex({
        tokenize: 'forward',
        encoder: {
          ...Charset.Normalize,
          normalize: (text: string) => contentWords(text).join(' '),
        },
      });
      for (const sentence of sentences) index.add(sentence.id, sentence.text);
      return (question) => {
        const id = index.search(question, { limit: 1, suggest: true })[0];
        return id === undefined ? null : (sentences[Number(id)]?.text ?? null);
      };
    }
    case 'fuse': {
      const fuse = new Fuse(sentences, {
        keys: ['text'],
        ignoreLocation: true,
        ignoreDiacritics: true,
        threshold: 0.4,
      });
      return (question) => fuse.search(question, { limit: 3 })[0]?.item.text ?? null;
    }
    case 'minisearch': {
      const search = new MiniSearch<{ id: number; text: string }>({
        fields: ['text'],
        storeFields: [],
        tokenize: contentWords,
        processTerm: (term) => term,
        searchOptions: { fuzzy: 0.2, prefix: true },
      });
      search.addAll(sentences);
      return (question) => {
        const id = search.search(question)[0]?.id;
        return id === undefined ? null : (sentences[id]?.text ?? null);
      };
    }
  }
}

/** The nearest-rank percentile of sorted samples. */
function percentile(sorted: number[], share: number): number {
  return sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)] ?? 0;
}

const round = (value: number, digits = 2): number =>
  Math.round(value * 10 ** digits) / 10 ** digits;
const megabytes = (bytes: number): number => round(bytes / 1024 / 1024, 1);

/**
 * Restarts our engine from the snapshot the `ours` worker wrote, as the bot does: open, warm up,
 * answer. `fromFilesMs` is what the same takes from the files, measured by that worker.
 */
async function restart(size: number, fromFilesMs: number, fromFilesCpuMs: number, savedMs: number) {
  const { dir, questions } = ensureCorpus(size);
  const cpu = process.cpuUsage();
  let started = performance.now();
  const opened = await openIndex({
    knowledgeDir: dir,
    dataDir: DATA_DIR,
    build: () => Promise.reject(new Error('the snapshot was not loaded')),
  });
  const openMs = performance.now() - started;
  started = performance.now();
  warmUp(opened.index);
  const warmUpMs = performance.now() - started;
  started = performance.now();
  findPassages(opened.index, questions[0]?.q ?? '');
  const firstAnswerMs = performance.now() - started;
  const usage = process.resourceUsage();
  return {
    size,
    snapshotMb: megabytes(statSync(snapshotPath(DATA_DIR, dir)).size),
    saveMs: savedMs,
    openMs: round(openMs, 0),
    warmUpMs: round(warmUpMs, 0),
    firstAnswerMs: round(firstAnswerMs),
    totalMs: round(openMs + warmUpMs + firstAnswerMs, 0),
    fromFilesMs: round(fromFilesMs, 0),
    cpuMs: round(cpuMsSince(cpu), 0),
    fromFilesCpuMs: round(fromFilesCpuMs, 0),
    rssMb: megabytes(process.memoryUsage().rss),
    peakRssMb: round(usage.maxRSS / 1024, 1),
  } satisfies RestartResult;
}

/** User and system CPU time of this process since `start`, in ms. */
function cpuMsSince(start: NodeJS.CpuUsage): number {
  const { user, system } = process.cpuUsage(start);
  return (user + system) / 1000;
}

/** Runs one engine on one folder, in this process (a worker). */
async function measure(engine: Engine, size: number): Promise<EngineResult> {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  const settle = (): NodeJS.MemoryUsage => {
    gc();
    gc();
    return process.memoryUsage();
  };
  const { dir, questions } = ensureCorpus(size);
  let started = performance.now();
  let cpu = process.cpuUsage();
  const corpus = await loadKnowledge(dir);
  const loadMs = performance.now() - started;
  const loadCpuMs = cpuMsSince(cpu);
  const before = settle();
  started = performance.now();
  cpu = process.cpuUsage();
  let index: SearchIndex | undefined;
  const search = build(engine, corpus, (built) => {
    index = built;
  });
  const buildMs = performance.now() - started;
  const buildCpuMs = cpuMsSince(cpu);
  const after = settle();

  const count = engine === 'fuse' ? fuseQueries(size) : QUERIES;
  const measured = questions.slice(0, count);
  const warmup = engine === 'fuse' && size > 1000 ? [] : questions.slice(QUERIES, QUERIES + WARMUP);
  for (const { q } of warmup) search(q);
  const times: number[] = [];
  const cpuTimes: number[] = [];
  let answerable = 0;
  let right = 0;
  let outOfScope = 0;
  let refused = 0;
  for (const question of measured as BenchQuestion[]) {
    const cpuBefore = process.cpuUsage();
    const t = performance.now();
    const first = search(question.q);
    times.push(performance.now() - t);
    cpuTimes.push(cpuMsSince(cpuBefore));
    if (question.expect === null) {
      outOfScope++;
      if (first === null) refused++;
    } else {
      answerable++;
      if (first === question.expect) right++;
    }
  }
  times.sort((a, b) => a - b);
  cpuTimes.sort((a, b) => a - b);
  let snapshotSaveMs: number | undefined;
  if (index !== undefined) {
    // The snapshot the restart worker loads: what the bot writes after a build.
    const t = performance.now();
    await writeSnapshot(snapshotPath(DATA_DIR, dir), await snapshotKey(dir), index);
    snapshotSaveMs = Math.round(performance.now() - t);
  }
  return {
    size,
    engine,
    loadMs: round(loadMs, 0),
    buildMs: round(buildMs, 0),
    loadCpuMs: round(loadCpuMs, 0),
    buildCpuMs: round(buildCpuMs, 0),
    queries: measured.length,
    p50: round(percentile(times, 0.5)),
    p95: round(percentile(times, 0.95)),
    p99: round(percentile(times, 0.99)),
    cpuP50: round(percentile(cpuTimes, 0.5)),
    cpuP95: round(percentile(cpuTimes, 0.95)),
    heapDeltaMb: megabytes(after.heapUsed + after.external - before.heapUsed - before.external),
    rssDeltaMb: megabytes(after.rss - before.rss),
    rssMb: megabytes(after.rss),
    top1: answerable === 0 ? 0 : round(right / answerable, 3),
    refused: outOfScope === 0 ? 0 : round(refused / outOfScope, 3),
    ...(snapshotSaveMs === undefined ? {} : { snapshotSaveMs }),
  };
}

/** Runs this script as a worker process (`--worker engine size`, `--restart …`), reads its result. */
function runWorker<T>(args: (string | number)[]): Promise<T> {
  const script = fileURLToPath(import.meta.url);
  const child = spawn(process.execPath, [...process.execArgv, script, ...args.map(String)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`${args.join(' ')} exited with ${code}`));
      else resolve(JSON.parse(stdout.trim().split('\n').pop() ?? '') as T);
    });
  });
}

function machine() {
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    node: process.version,
  };
}

const pad = (value: unknown, width: number): string => String(value).padStart(width);

/** A column of a text table: its title, its width, and what it shows of a row. */
type TableColumn<T> = [string, number, (row: T) => unknown];

function renderTable<T>(columns: TableColumn<T>[], rows: T[]): string {
  const lines = [columns.map(([name, width]) => pad(name, width)).join('  ')];
  for (const row of rows) {
    lines.push(columns.map(([, width, get]) => pad(get(row), width)).join('  '));
  }
  return lines.join('\n');
}

function table(results: EngineResult[]): string {
  const columns: TableColumn<EngineResult>[] = [
    ['sentences', 9, (r) => r.size],
    ['engine', 10, (r) => r.engine],
    ['load ms', 8, (r) => r.loadMs],
    ['build ms', 8, (r) => r.buildMs],
    ['build CPU ms', 12, (r) => r.buildCpuMs],
    ['queries', 7, (r) => r.queries],
    ['p50 ms', 8, (r) => r.p50.toFixed(2)],
    ['p95 ms', 8, (r) => r.p95.toFixed(2)],
    ['p99 ms', 8, (r) => r.p99.toFixed(2)],
    ['CPU p50', 7, (r) => r.cpuP50.toFixed(2)],
    ['CPU p95', 7, (r) => r.cpuP95.toFixed(2)],
    ['heap Δ MB', 9, (r) => r.heapDeltaMb],
    ['RSS Δ MB', 8, (r) => r.rssDeltaMb],
    ['RSS MB', 7, (r) => r.rssMb],
    ['top-1', 6, (r) => `${Math.round(r.top1 * 100)}%`],
    ['refused', 7, (r) => `${Math.round(r.refused * 100)}%`],
  ];
  return renderTable(columns, results);
}

interface Ratios {
  size: number;
  /** The engine ours is compared with. */
  against: Engine;
  /** Our figure ÷ theirs: below 1 is better. */
  buildMs: number;
  p50: number;
  p95: number;
  p99: number;
  cpuP95: number;
  heapDeltaMb: number;
  /** How many times faster than theirs at p95. */
  p95Speedup: number;
}

function ratios(results: EngineResult[]): Ratios[] {
  const sizes = [...new Set(results.map((result) => result.size))];
  return sizes.flatMap((size) => {
    const ours = results.find((r) => r.size === size && r.engine === 'ours');
    if (!ours) return [];
    const ratio = (a: number, b: number): number => (b === 0 ? 0 : round(a / b));
    return (['flexsearch', 'minisearch'] as const).flatMap((against) => {
      const other = results.find((r) => r.size === size && r.engine === against);
      if (!other) return [];
      return [
        {
          size,
          against,
          buildMs: ratio(ours.buildMs, other.buildMs),
          p50: ratio(ours.p50, other.p50),
          p95: ratio(ours.p95, other.p95),
          p99: ratio(ours.p99, other.p99),
          cpuP95: ratio(ours.cpuP95, other.cpuP95),
          heapDeltaMb: ratio(ours.heapDeltaMb, other.heapDeltaMb),
          p95Speedup: ratio(other.p95, ours.p95),
        },
      ];
    });
  });
}

function restartTable(restarts: RestartResult[]): string {
  const columns: TableColumn<RestartResult>[] = [
    ['sentences', 9, (r) => r.size],
    ['snapshot MB', 11, (r) => r.snapshotMb],
    ['save ms', 7, (r) => r.saveMs],
    ['open ms', 7, (r) => r.openMs],
    ['warm-up ms', 10, (r) => r.warmUpMs],
    ['1st answer ms', 13, (r) => r.firstAnswerMs],
    ['restart ms', 10, (r) => r.totalMs],
    ['from files ms', 13, (r) => r.fromFilesMs],
    ['speed-up', 8, (r) => `${round(r.fromFilesMs / Math.max(1, r.totalMs), 1)}×`],
    ['CPU ms', 7, (r) => r.cpuMs],
    ['from files CPU ms', 17, (r) => r.fromFilesCpuMs],
    ['CPU speed-up', 12, (r) => `${round(r.fromFilesCpuMs / Math.max(1, r.cpuMs), 1)}×`],
    ['RSS MB', 7, (r) => r.rssMb],
    ['peak RSS MB', 11, (r) => r.peakRssMb],
  ];
  return renderTable(columns, restarts);
}

/** Plain Fuse.js scans every sentence per question: over 100,000 it takes minutes per question. */
const enginesFor = (size: number): Engine[] =>
  ENGINES.filter((engine) => engine !== 'fuse' || size <= 100_000);

async function main(argv: string[]): Promise<void> {
  if (argv[0] === '--worker') {
    const result = await measure(argv[1] as Engine, Number(argv[2]));
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  if (argv[0] === '--restart') {
    const [size, fromFiles, fromFilesCpu, saved] = argv.slice(1).map(Number);
    const result = await restart(size ?? 0, fromFiles ?? 0, fromFilesCpu ?? 0, saved ?? 0);
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return;
  }
  const json = argv.includes('--json');
  const sizesFlag = argv.indexOf('--sizes');
  const sizes =
    sizesFlag === -1
      ? DEFAULT_SIZES
      : (argv[sizesFlag + 1] ?? '')
          .split(',')
          .map((size) => Number(size.replace(/_/gu, '')))
          .filter((size) => Number.isInteger(size) && size > 0);
  if (sizes.length === 0) {
    process.stderr.write(
      'usage: npm run bench -- [--sizes 1000,10000] [--engines ours,flexsearch] [--json]\n',
    );
    process.exitCode = 2;
    return;
  }
  const enginesFlag = argv.indexOf('--engines');
  const chosen =
    enginesFlag === -1 ? ENGINES : (argv[enginesFlag + 1] ?? '').split(',').map((e) => e.trim());
  if (!chosen.every((engine) => (ENGINES as readonly string[]).includes(engine))) {
    process.stderr.write(`--engines takes some of ${ENGINES.join(',')}\n`);
    process.exitCode = 2;
    return;
  }
  const log = (line: string): void => {
    if (!json) process.stdout.write(`${line}\n`);
  };
  const host = machine();
  log(`${host.cpu}, ${host.cores} cores, Node ${host.node}`);
  const results: EngineResult[] = [];
  const restarts: RestartResult[] = [];
  for (const size of sizes) {
    const started = performance.now();
    const corpus = ensureCorpus(size);
    log(
      `${size} sentences: ${corpus.articles} articles, ${corpus.questions.length} questions ` +
        `(${Math.round(performance.now() - started)} ms to generate or reuse ${corpus.dir})`,
    );
    for (const engine of enginesFor(size).filter((engine) => chosen.includes(engine))) {
      const result = await runWorker<EngineResult>(['--worker', engine, size]);
      results.push(result);
      if (engine !== 'ours') continue;
      // A restart in a fresh process, from the snapshot this worker wrote.
      const fromFiles = result.loadMs + result.buildMs + result.p50;
      const fromFilesCpu = result.loadCpuMs + result.buildCpuMs + result.p50;
      restarts.push(
        await runWorker<RestartResult>([
          '--restart',
          size,
          fromFiles,
          fromFilesCpu,
          result.snapshotSaveMs ?? 0,
        ]),
      );
    }
  }
  const compared = ratios(results);
  if (json) {
    process.stdout.write(
      `${JSON.stringify({ machine: host, results, ratios: compared, restarts })}\n`,
    );
    return;
  }
  log('');
  log(table(results));
  log('');
  log('ours ÷ theirs (below 1 is better); speed-up = their p95 ÷ our p95');
  for (const ratio of compared) {
    log(
      `${pad(ratio.size, 9)}  ${ratio.against.padEnd(10)}  build ${ratio.buildMs}×  ` +
        `p50 ${ratio.p50}×  p95 ${ratio.p95}×  p99 ${ratio.p99}×  CPU p95 ${ratio.cpuP95}×  ` +
        `heap ${ratio.heapDeltaMb}×  ` +
        `→  ${ratio.p95Speedup}× faster at p95`,
    );
  }
  log('');
  log('restart: open the snapshot (hash the files, read it), warm up, answer; from files: read,');
  log('build and warm up, answer');
  log(restartTable(restarts));
}

await main(process.argv.slice(2));
