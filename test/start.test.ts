import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type FakeDiscord, startFakeDiscord } from './fake-discord/server.ts';
import { foldSpaces, freshDataDir, PROJECT_ROOT } from './helpers.ts';
import { freePort } from './redis-server.ts';

const MAIN = join(PROJECT_ROOT, 'src', 'bot', 'main.ts');
/** tsx's loader by its full address: a bot started in another folder has no node_modules there. */
const TSX_LOADER = import.meta.resolve('tsx');
const SEED = join(PROJECT_ROOT, 'knowledge', 'us-chine-discussions-2024.fr.txt');

interface Started {
  child: ChildProcessWithoutNullStreams;
  output: { stdout: string; stderr: string };
  exit: Promise<number | null>;
}

/**
 * `npm start`, as a child process with its own environment. In the project folder no .env is read,
 * as `DISCORD_TOKEN` is in the environment, which wins; elsewhere (`cwd`) that folder's `.env` is.
 */
function start(env: Record<string, string>, stdin?: string, cwd?: string): Started {
  const base = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' };
  // As `npm start` runs it: node itself, with tsx's loader, so a signal reaches the bot.
  const child = spawn(process.execPath, ['--import', TSX_LOADER, MAIN], {
    cwd: cwd ?? PROJECT_ROOT,
    env:
      cwd === undefined
        ? { ...base, DISCORD_TOKEN: '', DATA_DIR: freshDataDir(), ...env }
        : { ...base, ...env },
  });
  const output = { stdout: '', stderr: '' };
  child.stdout.on('data', (chunk) => {
    output.stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output.stderr += chunk;
  });
  if (stdin !== undefined) child.stdin.end(stdin);
  const exit = once(child, 'close').then(([code]) => code as number | null);
  return { child, output, exit };
}

/** Waits for the registration, asks `/ask taiwan`, then SIGTERM: an answer, then exit 0. */
async function registersAnswersAndStops(fake: FakeDiscord, bot: Started): Promise<void> {
  await fake.waitForRequest((request) => request.method === 'PUT', 15_000);
  const { id } = fake.sendInteraction({
    data: { name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: 'taiwan' }] },
  });
  expect((await fake.waitForCallback(id)).type).toBe(4);
  bot.child.kill('SIGTERM');
  expect(await bot.exit).toBe(0);
}

const fakes: FakeDiscord[] = [];
const children: ChildProcessWithoutNullStreams[] = [];
afterEach(async () => {
  for (const child of children.splice(0)) child.kill('SIGKILL');
  for (const fake of fakes.splice(0)) await fake.close();
});

describe('npm start', () => {
  it('without a token opens a console that answers scripted commands through the same handlers', async () => {
    const { output, exit } = start(
      {},
      '/ask question: Où se sont rencontrés Wang Yi et Sullivan ?\n/chiffres\nbonjour\n/nothing\n',
    );
    expect(await exit).toBe(0);
    expect(output.stderr).toContain('DISCORD_TOKEN is not set: starting the local console');
    const text = foldSpaces(output.stdout);
    expect(text).toContain(
      '│ Wang Yi, ministre chinois des affaires étrangères, a rencontré Jake Sullivan',
    );
    expect(text).toContain('Chiffres clés');
    expect(text).toContain('800 M$ US');
    expect(text).toContain('Commands start with /');
    expect(text).toContain('Unknown command /nothing. Type /help.');
  });

  it('pages the last answer with `more` and shows its paragraph with `context`', async () => {
    const { output, exit } = start({}, '/ask question: Chine États-Unis\nmore\ncontext\n');
    expect(await exit).toBe(0);
    const text = foldSpaces(output.stdout);
    expect(text).toContain('page 1/');
    expect(text).toContain('page 2/');
    // `context` prints the passage of the first quote of the page shown, verbatim.
    const passage = output.stdout.trimEnd().split('\n').at(-1) ?? '';
    expect(passage.length).toBeGreaterThan(50);
    expect(foldSpaces(readFileSync(SEED, 'utf8'))).toContain(foldSpaces(passage));
  });

  it('logs in, registers the commands to the guild, answers, and exits 0 on SIGTERM with a clean close', async () => {
    const fake = await startFakeDiscord();
    fakes.push(fake);
    const bot = start({
      DISCORD_TOKEN: fake.token,
      DISCORD_GUILD_ID: fake.guildId,
      DISCORD_API_URL: fake.apiUrl,
    });
    children.push(bot.child);
    await registersAnswersAndStops(fake, bot);
    expect(fake.clientCloses).toEqual([1000]);
    expect(bot.output.stdout).toContain('"msg":"commands registered"');
    expect(bot.output.stdout + bot.output.stderr).not.toContain(fake.token);
  });

  it('starts from a copy of .env.example with only the token, server and API filled in', async () => {
    const fake = await startFakeDiscord();
    fakes.push(fake);
    const folder = mkdtempSync(join(tmpdir(), 'env-example-'));
    const filled = readFileSync(join(PROJECT_ROOT, '.env.example'), 'utf8')
      .replace(/^DISCORD_TOKEN=.*$/mu, `DISCORD_TOKEN=${fake.token}`)
      .replace(/^DISCORD_GUILD_ID=.*$/mu, `DISCORD_GUILD_ID=${fake.guildId}`)
      .replace(/^DISCORD_API_URL=.*$/mu, `DISCORD_API_URL=${fake.apiUrl}`)
      .replace(/^KNOWLEDGE_DIR=.*$/mu, `KNOWLEDGE_DIR=${join(PROJECT_ROOT, 'knowledge')}`);
    writeFileSync(join(folder, '.env'), filled);
    const bot = start({}, undefined, folder);
    children.push(bot.child);
    await registersAnswersAndStops(fake, bot);
    expect(bot.output.stderr).not.toContain('ClientInvalidOption');
    rmSync(folder, { recursive: true, force: true });
  });

  it('exits 1 with one line when Discord refuses the token, never printing it', async () => {
    const fake = await startFakeDiscord({ rejectToken: true });
    fakes.push(fake);
    const secret = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.secret-token-value';
    const bot = start({ DISCORD_TOKEN: secret, DISCORD_API_URL: fake.apiUrl });
    children.push(bot.child);
    expect(await bot.exit).toBe(1);
    expect(bot.output.stderr).toBe(
      'error: Discord refused DISCORD_TOKEN: copy the bot token again from the Developer Portal\n',
    );
    expect(bot.output.stdout + bot.output.stderr).not.toContain('secret-token-value');
  });

  it('exits 1 with one line in HTTP mode too when Discord refuses the token', async () => {
    const fake = await startFakeDiscord({ rejectToken: true });
    fakes.push(fake);
    const secret = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.secret-token-value';
    const bot = start({
      DISCORD_TOKEN: secret,
      DISCORD_API_URL: fake.apiUrl,
      INTERACTIONS_PORT: String(await freePort()),
      DISCORD_PUBLIC_KEY: 'ab'.repeat(32),
    });
    children.push(bot.child);
    expect(await bot.exit).toBe(1);
    expect(bot.output.stderr).toBe(
      'error: Discord refused DISCORD_TOKEN: copy the bot token again from the Developer Portal\n',
    );
    expect(bot.output.stdout + bot.output.stderr).not.toContain('secret-token-value');
  });

  it('exits 1 with one line on a bad setting or a bad knowledge folder', async () => {
    const badGuild = start({ DISCORD_GUILD_ID: 'my-server' });
    expect(await badGuild.exit).toBe(1);
    expect(badGuild.output.stderr).toBe(
      'error: DISCORD_GUILD_ID must be a server ID (17–20 digits)\n',
    );
    const badFolder = start({ KNOWLEDGE_DIR: '/nonexistent/knowledge' });
    expect(await badFolder.exit).toBe(1);
    expect(badFolder.output.stderr).toBe('error: /nonexistent/knowledge: folder not found\n');
  });
});
