import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUILD_INPUTS, RUNTIME_INPUTS } from './deploy-inputs.ts';
import { type FakeDiscord, guildIdForShard, startFakeDiscord } from './fake-discord/server.ts';
import { PROJECT_ROOT } from './helpers.ts';
import { spawnNode, until } from './process.ts';

/**
 * The production path, as the Dockerfile runs it: `npm run build` where the devDependencies are,
 * then a folder with the build, the lock file and the knowledge alone, `npm ci --omit=dev` there
 * (which compiles better-sqlite3: about a minute), and `npm run start:prod` against the fake
 * Discord. Skipped unless RUN_PRODUCTION_TEST=1: `.ci/run` sets it; `npm test` leaves it out to
 * stay quick.
 */
const enabled = process.env.RUN_PRODUCTION_TEST === '1';

const run = (command: string, args: string[], cwd: string) =>
  execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });

let fake: FakeDiscord | undefined;
const folders: string[] = [];
/** The installed production folder, once the first test made it. */
let installed: string | undefined;
afterAll(async () => {
  await fake?.close();
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe.skipIf(!enabled)('the production path (RUN_PRODUCTION_TEST=1)', () => {
  it('npm run build, then npm ci --omit=dev, then start:prod answers /ask without a devDependency', async () => {
    const root = mkdtempSync(join(tmpdir(), 'production-'));
    folders.push(root);
    const build = join(root, 'build');
    const app = join(root, 'app');
    for (const input of BUILD_INPUTS)
      cpSync(join(PROJECT_ROOT, input), join(build, input), { recursive: true });
    // The build stage's `npm ci`: the project's own installed dependencies, devDependencies included.
    symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(build, 'node_modules'));
    run('npm', ['run', 'build'], build);

    for (const input of RUNTIME_INPUTS)
      cpSync(join(PROJECT_ROOT, input), join(app, input), { recursive: true });
    cpSync(join(build, 'dist'), join(app, 'dist'), { recursive: true });
    run('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund'], app);
    for (const devOnly of ['tsx', 'typescript', 'vitest', '@biomejs/biome', 'fast-check']) {
      expect(existsSync(join(app, 'node_modules', devOnly)), devOnly).toBe(false);
    }
    expect(existsSync(join(app, 'node_modules', 'better-sqlite3', 'build', 'Release'))).toBe(true);
    installed = app;

    fake = await startFakeDiscord();
    const running = fake;
    // What `npm run start:prod` runs, without npm in between: npm does not pass SIGTERM on to
    // its child, so a service manager or a container runs this command itself (as the Dockerfile).
    const scripts = JSON.parse(readFileSync(join(app, 'package.json'), 'utf8')).scripts;
    const [program = '', ...args] = String(scripts['start:prod']).split(' ');
    expect(program).toBe('node');
    const bot = spawnNode(
      args,
      {
        DISCORD_TOKEN: running.token,
        DISCORD_GUILD_ID: running.guildId,
        DISCORD_API_URL: running.apiUrl,
      },
      app,
    );
    let code: number | null = null;
    try {
      await until(() => (bot.output.stdout.includes('"msg":"ready"') ? true : undefined), 30_000);
      const { id } = running.sendInteraction({
        data: { name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: 'taiwan' }] },
      });
      const reply = await running.waitForCallback(id, 10_000);
      expect(reply.type).toBe(4);
      expect(JSON.stringify(reply.data)).toContain('Taïwan');
      // The stats file lands in the app's own data/ folder (DATA_DIR's default).
      expect(existsSync(join(app, 'data', 'stats.sqlite'))).toBe(true);
      expect(bot.output.stderr).toBe('');
    } finally {
      // Stopped whatever happened, without hiding why the test failed.
      code = await bot.stop();
    }
    expect(code, bot.output.stderr).toBe(0);
  }, 600_000);

  it('shards from the build: each shard process runs dist/bot/main.js with node alone', async () => {
    if (installed === undefined) throw new Error('needs the production folder of the test above');
    await fake?.close();
    fake = await startFakeDiscord({ shards: 2 });
    const running = fake;
    const manager = spawnNode(
      ['dist/bot/main.js'],
      {
        DISCORD_TOKEN: running.token,
        DISCORD_GUILD_ID: running.guildId,
        DISCORD_API_URL: running.apiUrl,
        SHARD_COUNT: 'auto',
        SHARD_SPAWN_DELAY_MS: '0',
      },
      installed,
    );
    let code: number | null = null;
    try {
      await until(() => (running.identifies.length === 2 ? true : undefined), 60_000);
      expect(running.identifies.map((identify) => identify.shard).sort()).toEqual([
        [0, 2],
        [1, 2],
      ]);
      const { id } = running.sendInteraction({
        guild_id: guildIdForShard(1, 2),
        data: { name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: 'taiwan' }] },
      });
      expect((await running.waitForCallback(id, 10_000)).type).toBe(4);
    } finally {
      code = await manager.stop();
    }
    expect(code, manager.output.stderr).toBe(0);
  }, 120_000);
});
