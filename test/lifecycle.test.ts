import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { type CapturedRequest, type FakeDiscord, startFakeDiscord } from './fake-discord/server.ts';
import { freshDataDir, PROJECT_ROOT } from './helpers.ts';

interface Started {
  child: ChildProcess;
  output: { stdout: string; stderr: string };
  exit: Promise<number | null>;
}

/**
 * `npm start` itself, in its own process group as a terminal or a container runs it, so that a
 * signal can reach the whole group (npm and the bot) at once.
 */
function npmStart(fake: FakeDiscord, env: Record<string, string> = {}): Started {
  const child = spawn('npm', ['start', '--silent'], {
    cwd: PROJECT_ROOT,
    detached: true,
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      DISCORD_TOKEN: fake.token,
      DISCORD_GUILD_ID: fake.guildId,
      DISCORD_API_URL: fake.apiUrl,
      COOLDOWN_ANSWERS: '0',
      DATA_DIR: freshDataDir(),
      ...env,
    },
  });
  const output = { stdout: '', stderr: '' };
  child.stdout?.on('data', (chunk) => {
    output.stdout += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output.stderr += chunk;
  });
  const exit = once(child, 'close').then(([code]) => code as number | null);
  return { child, output, exit };
}

const fakes: FakeDiscord[] = [];
const groups: ChildProcess[] = [];
afterEach(async () => {
  for (const child of groups.splice(0)) {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
  for (const fake of fakes.splice(0)) await fake.close();
});

async function started(options: Parameters<typeof startFakeDiscord>[0] = {}) {
  const fake = await startFakeDiscord(options);
  fakes.push(fake);
  return fake;
}

const ask = (fake: FakeDiscord, question: string) =>
  fake.sendInteraction({
    data: { name: 'ask', type: 1, options: [{ name: 'question', type: 3, value: question }] },
  });

describe('npm start, stopped and failing', () => {
  it('answers all 300 interactions received before SIGTERM hits the process group, then closes 1000 and exits 0', async () => {
    const fake = await started();
    const bot = npmStart(fake);
    groups.push(bot.child);
    await fake.waitForRequest((request) => request.method === 'PUT', 20_000);
    await fake.waitForRequest((request) => request.path === '/applications/@me', 5000);
    const sent = Array.from({ length: 300 }, (_, i) =>
      ask(fake, i % 2 === 0 ? 'taiwan' : 'Combien de décès par surdose au Canada ?'),
    );
    // The fake's reader owns the application: a deferred /reload, whose edit must still come.
    const reload = fake.sendInteraction({ data: { name: 'reload', type: 1 } });
    await new Promise((resolve) => setTimeout(resolve, 30));
    process.kill(-(bot.child.pid ?? 0), 'SIGTERM');
    expect(await bot.exit).toBe(0);
    // Answered in the first reply, or (behind others in the burst) deferred then edited with the
    // answer: either way before the process exits.
    const succeeded = (request: CapturedRequest) => request.status >= 200 && request.status < 300;
    const answered = sent.filter(({ id, token }) => {
      const callback = fake.requests.find(
        (request) => request.path.startsWith(`/interactions/${id}/`) && succeeded(request),
      );
      const type = (callback?.body as { type?: number } | undefined)?.type;
      if (type === 4) return true;
      return (
        type === 5 &&
        fake.requests.some(
          (request) =>
            request.method === 'PATCH' &&
            request.path.endsWith(`/${token}/messages/@original`) &&
            succeeded(request) &&
            ((request.body as { embeds?: unknown[] }).embeds?.length ?? 0) > 0,
        )
      );
    });
    expect(answered).toHaveLength(300);
    const edit = fake.requests.find(
      (request) =>
        request.method === 'PATCH' && request.path.includes(`/${reload.token}/messages/`),
    );
    expect(JSON.stringify(edit?.body)).toContain('Knowledge reloaded');
    expect(fake.clientCloses).toEqual([1000]);
  }, 60_000);

  it('exits 1 within seconds with one line when the gateway refuses the token at identify (4004)', async () => {
    const fake = await started({ identifyCloseCode: 4004 });
    const bot = npmStart(fake, { LOG_LEVEL: 'silent' });
    groups.push(bot.child);
    const began = Date.now();
    expect(await bot.exit).toBe(1);
    expect(Date.now() - began).toBeLessThan(15_000);
    expect(bot.output.stderr).toBe(
      'error: Discord refused DISCORD_TOKEN at the gateway (close 4004, authentication failed): copy the bot token again from the Developer Portal\n',
    );
  }, 30_000);

  it('exits 1 with one line when Discord closes the gateway with 4014 mid-session', async () => {
    const fake = await started();
    const bot = npmStart(fake, { LOG_LEVEL: 'silent' });
    groups.push(bot.child);
    await fake.waitForRequest((request) => request.method === 'PUT', 20_000);
    await fake.ready();
    const began = Date.now();
    await fake.dropGateway(4014);
    expect(await bot.exit).toBe(1);
    expect(Date.now() - began).toBeLessThan(5000);
    expect(bot.output.stderr).toBe(
      'error: Discord refused a privileged intent (close 4014, disallowed intents): enable it in the Developer Portal (Bot → Privileged Gateway Intents) or stop asking for it\n',
    );
  }, 30_000);

  it('exits 1 with one line naming the command when Discord refuses the registration (400, 50035)', async () => {
    const fake = await started();
    fake.failNext(
      /\/commands$/u,
      400,
      {
        code: 50035,
        message: 'Invalid Form Body',
        errors: { '0': { name: { _errors: [{ code: 'X', message: 'Bad name.' }] } } },
      },
      // The registration itself; the look-up of what Discord has before it goes through.
      { method: 'PUT' },
    );
    const bot = npmStart(fake, { LOG_LEVEL: 'silent' });
    groups.push(bot.child);
    expect(await bot.exit).toBe(1);
    expect(bot.output.stderr).toBe(
      'error: Discord refused the commands (400, code 50035): /ask (name): Bad name.\n',
    );
  }, 30_000);

  it('exits 1 with one line about the applications.commands scope on a 403', async () => {
    const fake = await started();
    fake.failNext(
      /\/commands$/u,
      403,
      { code: 50001, message: 'Missing Access' },
      { method: 'PUT' },
    );
    const bot = npmStart(fake, { LOG_LEVEL: 'silent' });
    groups.push(bot.child);
    expect(await bot.exit).toBe(1);
    expect(bot.output.stderr.split('\n')).toEqual([
      'error: Discord refused to register the commands (403 Missing Access): invite the bot with the applications.commands scope (Developer Portal → OAuth2 → URL Generator: bot + applications.commands)',
      '',
    ]);
  }, 30_000);
});
