import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MANAGER_PERMISSIONS } from './bot-harness.ts';
import { type FakeDiscord, startFakeDiscord } from './fake-discord/server.ts';
import { PROJECT_ROOT } from './helpers.ts';
import { type BotProcess, freePort, MAIN_TS, spawnNode, until } from './process.ts';

const MANAGE_COMMANDS = join(PROJECT_ROOT, 'src', 'bot', 'manage-commands.ts');

let fake: FakeDiscord | undefined;
const bots: BotProcess[] = [];
const folders: string[] = [];
afterEach(async () => {
  for (const bot of bots.splice(0)) {
    const timer = setTimeout(() => bot.child.kill('SIGKILL'), 10_000);
    await bot.stop();
    clearTimeout(timer);
  }
  await fake?.close();
  fake = undefined;
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function startBot(running: FakeDiscord, env: Record<string, string>): BotProcess {
  const bot = spawnNode(['--import', 'tsx', MAIN_TS], {
    DISCORD_TOKEN: running.token,
    DISCORD_GUILD_ID: running.guildId,
    DISCORD_API_URL: running.apiUrl,
    ...env,
  });
  bots.push(bot);
  return bot;
}

const puts = (running: FakeDiscord) =>
  running.requests.filter((request) => request.method === 'PUT');

async function ask(running: FakeDiscord, name: string, options: Record<string, string> = {}) {
  const { id } = running.sendInteraction({
    data: {
      name,
      type: 1,
      options: Object.entries(options).map(([option, value]) => ({
        name: option,
        type: 3,
        value,
      })),
    },
  });
  return running.waitForCallback(id, 10_000);
}

const readyLine = (bot: BotProcess) =>
  bot.output.stdout.includes('"msg":"ready"') ? true : undefined;

describe('deployed like a real bot', () => {
  it('keeps an unanswered question in /stats across a restart, and registers commands only once', async () => {
    fake = await startFakeDiscord();
    const running = fake;
    const dataDir = mkdtempSync(join(tmpdir(), 'data-'));
    folders.push(dataDir);
    const first = startBot(running, { DATA_DIR: dataDir });
    await until(() => readyLine(first));
    expect(puts(running)).toHaveLength(1);
    const question = 'Qui a gagné la Coupe du monde de rugby ?';
    const refused = await ask(running, 'ask', { question });
    expect(JSON.stringify(refused.data)).toContain('The articles do not say');
    expect(await first.stop()).toBe(0);

    const second = startBot(running, { DATA_DIR: dataDir });
    await until(() => readyLine(second));
    // Discord has these commands already: a GET, and no second bulk overwrite.
    expect(puts(running)).toHaveLength(1);
    expect(second.output.stdout).toContain('"msg":"commands unchanged"');
    // As a member who may manage the server; /stats defers, then edits its reply.
    const { id, token } = running.sendInteraction({
      member: { permissions: MANAGER_PERMISSIONS.toString() },
      data: { name: 'stats', type: 1, options: [] },
    } as never);
    expect((await running.waitForCallback(id, 10_000)).type).toBe(5);
    const edit = await running.waitForRequest(
      (request) =>
        request.method === 'PATCH' && request.path.endsWith(`/${token}/messages/@original`),
      10_000,
    );
    const body = edit.body as { embeds?: unknown[] };
    const embeds = (body.embeds ?? []) as { fields: { name: string; value: string }[] }[];
    const embed = embeds[0];
    const unanswered = embed?.fields.find((field) => field.name === 'Not answered by the articles');
    expect(unanswered?.value).toBe(`${question} — 1`);
  }, 60_000);

  it('serves /healthz (503 until ready, then 200) and /metrics with HEALTH_PORT', async () => {
    fake = await startFakeDiscord();
    const running = fake;
    const port = await freePort();
    const dataDir = mkdtempSync(join(tmpdir(), 'data-'));
    folders.push(dataDir);
    // The gateway holds the bot back: /healthz must answer 503 meanwhile.
    running.delayNext(/\/gateway\/bot$/u, 3000);
    const bot = startBot(running, { HEALTH_PORT: String(port), DATA_DIR: dataDir });
    const url = `http://127.0.0.1:${port}`;
    const early = await until(() => fetch(`${url}/healthz`).catch(() => undefined), 20_000);
    expect(early.status).toBe(503);
    await until(() => readyLine(bot));
    const health = await fetch(`${url}/healthz`);
    expect([health.status, await health.text()]).toEqual([200, 'ok\n']);

    await ask(running, 'ask', { question: 'taiwan' });
    await ask(running, 'ask', { question: 'Qui a gagné la Coupe du monde de rugby ?' });
    await ask(running, 'help');
    const response = await fetch(`${url}/metrics`);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const metrics = await response.text();
    expect(metrics).toContain('bot_interactions_total{command="ask",outcome="answered"} 1');
    expect(metrics).toContain('bot_interactions_total{command="ask",outcome="unanswered"} 1');
    expect(metrics).toContain('bot_interactions_total{command="help",outcome="done"} 1');
    expect(metrics).toContain('bot_unanswered_total 1');
    expect(metrics).toMatch(/^bot_answer_seconds_count\{command="ask"\} 2$/mu);
    expect(metrics).toMatch(/^bot_knowledge_size\{kind="articles"\} [1-9]\d*$/mu);
    expect(metrics).toMatch(/^bot_gateway_ping_seconds -?[\d.]+$/mu);
    expect((await fetch(`${url}/nothing`)).status).toBe(404);
  }, 60_000);

  it('npm run commands -- register, show, clear: clear is an empty bulk overwrite', async () => {
    fake = await startFakeDiscord();
    const running = fake;
    const env = {
      DISCORD_TOKEN: running.token,
      DISCORD_GUILD_ID: running.guildId,
      DISCORD_API_URL: running.apiUrl,
    };
    const run = async (action: string) => {
      const program = spawnNode(['--import', 'tsx', MANAGE_COMMANDS, action], env);
      return { code: await program.exit, ...program.output };
    };
    const registered = await run('register');
    expect(registered.code).toBe(0);
    // Every command the bot would register: the built-ins, one per topic, the message command.
    const count = running.commands.get(running.guildId)?.size ?? 0;
    expect(count).toBeGreaterThanOrEqual(13);
    expect(registered.stdout).toBe(`registered ${count} commands, server ${running.guildId}\n`);
    const shown = await run('show');
    expect(shown.stdout).toContain(`${count} commands, server`);
    expect(shown.stdout).toContain('/ask — Ask about the articles: I answer by quoting them');
    const cleared = await run('clear');
    expect(cleared.code).toBe(0);
    const last = puts(running).at(-1);
    expect(last?.path).toBe(
      `/applications/${running.applicationId}/guilds/${running.guildId}/commands`,
    );
    expect(last?.body).toEqual([]);
    expect(running.commands.get(running.guildId)?.size).toBe(0);
    expect(cleared.stdout + cleared.stderr).not.toContain(running.token);
    const usage = await run('remove');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('usage: npm run commands -- register|show|clear');
  }, 60_000);
});
