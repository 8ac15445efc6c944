/**
 * `npm run bench:startup`: what starting the bot costs before its first answer, by how it is
 * started: `npm start` (npm, then the tsx CLI, then Node), the tsx CLI, `node --import tsx`, and
 * Node on JavaScript compiled by `tsc` (into a temporary folder). Each start runs the local
 * console on the seed knowledge (its snapshot already written), asks one question and exits;
 * importing discord.js alone is measured too. Wall time and CPU time (user + system of the
 * child, from /proc on Linux) are medians over `--runs` (default 7), run in turn.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const runsAt = args.indexOf('--runs');
const RUNS = runsAt === -1 ? 7 : Number(args[runsAt + 1]);
const QUESTION = 'Qui a rencontré Wang Yi à Bangkok ?';

const scratch = mkdtempSync(join(tmpdir(), 'startup-'));
const compiled = join(scratch, 'dist');
process.stderr.write('compiling with tsc…\n');
const tsc = spawnSync(
  join(ROOT, 'node_modules', '.bin', 'tsc'),
  ['--outDir', compiled, '--noEmit', 'false', '--rewriteRelativeImportExtensions'],
  { cwd: ROOT, stdio: 'inherit' },
);
if (tsc.status !== 0) process.exit(1);
symlinkSync(join(ROOT, 'node_modules'), join(compiled, 'node_modules'));
// tsc copies no data: the lexicon's files (.json, .txt) go next to the code, as `npm run build`
// copies every file of src that is not TypeScript.
cpSync(join(ROOT, 'src'), join(compiled, 'src'), {
  recursive: true,
  filter: (path) => !path.endsWith('.ts'),
});
writeFileSync(join(compiled, 'package.json'), readFileSync(join(ROOT, 'package.json')));

const env = {
  PATH: process.env.PATH ?? '',
  HOME: process.env.HOME ?? '',
  DISCORD_TOKEN: '',
  KNOWLEDGE_DIR: join(ROOT, 'knowledge'),
  DATA_DIR: join(scratch, 'data'),
};
const input = `/ask question: ${QUESTION}\n`;
const node = process.execPath;
const variants: { name: string; command: string; args: string[]; cwd: string; answers: boolean }[] =
  [
    { name: 'npm start', command: 'npm', args: ['start', '--silent'], cwd: ROOT, answers: true },
    {
      name: 'tsx CLI',
      command: join(ROOT, 'node_modules', '.bin', 'tsx'),
      args: ['src/bot/main.ts'],
      cwd: ROOT,
      answers: true,
    },
    {
      name: 'node --import tsx',
      command: node,
      args: ['--import', 'tsx', 'src/bot/main.ts'],
      cwd: ROOT,
      answers: true,
    },
    {
      name: 'node, compiled JS',
      command: node,
      args: ['src/bot/main.js'],
      cwd: compiled,
      answers: true,
    },
    {
      name: 'import discord.js, tsx',
      command: node,
      args: ['--import', 'tsx', '-e', "await import('discord.js')"],
      cwd: ROOT,
      answers: false,
    },
    {
      name: 'import discord.js, node',
      command: node,
      args: ['--input-type=module', '-e', "await import('discord.js')"],
      cwd: ROOT,
      answers: false,
    },
    { name: 'node -e 0', command: node, args: ['-e', '0'], cwd: ROOT, answers: false },
  ];

/** CPU time of this process's waited-for children, in ms (Linux; NaN elsewhere). */
function childrenCpuMs(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
    // cutime and cstime: fields 16 and 17 of stat, in clock ticks (100 a second on Linux).
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
  } catch {
    return Number.NaN;
  }
}

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

const times = new Map<string, { wall: number[]; cpu: number[] }>();
// The first start of each kind writes the seed's snapshot (compiled code has its own key); it is
// not counted.
spawnSync(node, ['--import', 'tsx', 'src/bot/main.ts'], { cwd: ROOT, env, input });
spawnSync(node, ['src/bot/main.js'], { cwd: compiled, env, input });
for (let run = 0; run < RUNS; run++) {
  for (const variant of variants) {
    const cpu = childrenCpuMs();
    const started = performance.now();
    const result = spawnSync(variant.command, variant.args, { cwd: variant.cwd, env, input });
    const wall = performance.now() - started;
    if (result.status !== 0 || (variant.answers && !String(result.stdout).includes('Wang Yi'))) {
      process.stderr.write(`${variant.name} failed:\n${result.stderr}\n`);
      process.exit(1);
    }
    const entry = times.get(variant.name) ?? { wall: [], cpu: [] };
    entry.wall.push(wall);
    entry.cpu.push(childrenCpuMs() - cpu);
    times.set(variant.name, entry);
  }
}
rmSync(scratch, { recursive: true, force: true });

console.log(
  `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}`,
);
console.log(`median of ${RUNS} runs; start, answer "${QUESTION}" in the console, exit`);
console.log('| how | wall ms | CPU ms |');
console.log('| --- | ---: | ---: |');
for (const [name, { wall, cpu }] of times) {
  console.log(`| ${name} | ${Math.round(median(wall))} | ${Math.round(median(cpu))} |`);
}
