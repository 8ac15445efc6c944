import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIEmbed } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Callback,
  componentsOf,
  MANAGER_PERMISSIONS,
  type RunningBot,
  startBot,
} from './bot-harness.ts';
import { addCanadaTopic, KNOWLEDGE_DIR } from './helpers.ts';

const embedOf = (body: Callback): APIEmbed =>
  ((body.data?.embeds as APIEmbed[] | undefined) ?? [])[0] ?? {};
const textOf = (body: Callback): string => JSON.stringify(body.data ?? {});

const OWNER = '400000000000000001';
const SECOND_OWNER = '400000000000000002';
const THIRD_OWNER = '400000000000000003';
const MEMBER = '400000000000000009';
const OTHER_GUILD = '1187000000000000900';
const OTHER_CHANNEL = '1187000000000000901';

/** A refusal: answered at once (no deferral), privately, in one short line. */
function expectRefusal(body: Callback, text: string): void {
  expect(body.type).toBe(4);
  expect(body.data?.flags).toBe(64);
  expect(embedOf(body).description).toBe(text);
}

describe('who may do what', () => {
  const dir = mkdtempSync(join(tmpdir(), 'access-'));
  cpSync(KNOWLEDGE_DIR, dir, { recursive: true });
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot({ dir, owners: { ids: [OWNER, SECOND_OWNER, THIRD_OWNER] } });
  });
  afterAll(async () => {
    await bot?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses /stats to a member without Manage Server, in a DM, and shows it to a manager', async () => {
    expectRefusal(
      await bot.command('stats', {}, { userId: MEMBER }),
      'Only members who can manage this server may see its questions.',
    );
    expectRefusal(
      await bot.command('stats', {}, { userId: MEMBER, locale: 'fr' }),
      'Seuls les membres qui peuvent gérer ce serveur voient ses questions.',
    );
    expectRefusal(
      await bot.command('stats', {}, { userId: MEMBER, dm: true }),
      '`/stats` shows a server’s questions: use it in that server.',
    );
    const allowed = await bot.reply('stats', {}, { permissions: MANAGER_PERMISSIONS });
    expect(embedOf(allowed).title).toBe('Questions asked');
  });

  it('refuses /reload to anyone but the bot’s owners, a server manager included', async () => {
    expectRefusal(
      await bot.command('reload', {}, { userId: MEMBER, permissions: MANAGER_PERMISSIONS }),
      'Only the bot’s owners may reload the articles.',
    );
    expectRefusal(
      await bot.command('reload', {}, { userId: MEMBER, dm: true, locale: 'fr' }),
      'Seuls les propriétaires du bot peuvent recharger les articles.',
    );
    const reloads = bot.logs.filter((line) => line.includes('"knowledge reloaded"'));
    expect(reloads).toHaveLength(0);
  });

  it('lets an owner reload once per 30 s', async () => {
    const first = await bot.reply('reload', {}, { userId: OWNER });
    expect(embedOf(first).title).toBe('Knowledge reloaded');
    const again = await bot.command('reload', {}, { userId: OWNER });
    expect(again.type).toBe(4);
    expect(embedOf(again).description).toMatch(/^Reloaded moments ago: try again in (29|30) s\.$/u);
  });

  it('keeps each server’s questions to itself; the owners see them all from a DM', async () => {
    const secret = 'SECRET-PROJECT-X budget de mon entreprise';
    await bot.command('ask', { question: secret }, { guildId: OTHER_GUILD });
    const here = await bot.reply('stats', {}, { permissions: MANAGER_PERMISSIONS });
    expect(textOf(here)).not.toContain('SECRET');
    const there = await bot.reply(
      'stats',
      {},
      { permissions: MANAGER_PERMISSIONS, guildId: OTHER_GUILD },
    );
    expect(textOf(there)).toContain('SECRET-PROJECT-X budget de mon entreprise — 1');
    const owners = await bot.reply('stats', {}, { userId: OWNER, dm: true });
    expect(embedOf(owners).title).toBe('Questions asked — every server and DM');
    expect(textOf(owners)).toContain('SECRET');
  });

  it('takes an interaction without a locale, and /stats still works after it', async () => {
    const answer = await bot.command('ask', { question: 'taiwan' }, { locale: null });
    expect(embedOf(answer).description).toMatch(/^> /u);
    const stats = await bot.reply('stats', {}, { permissions: MANAGER_PERMISSIONS, locale: null });
    expect(embedOf(stats).title).toBe('Questions asked');
    const byLocale = embedOf(stats).fields?.find((field) => field.name === 'By language');
    expect(byLocale?.value).toMatch(/^en-US — \d+$/mu);
  });

  it('escapes what readers typed in /stats: subtext, timestamps, guide links, bidi overrides', async () => {
    const typed = '-# tiny <t:1700000000:R> <id:customize> \u202Egnp.exe nothing matches zzqx';
    await bot.command('ask', { question: typed });
    const stats = await bot.reply('stats', {}, { permissions: MANAGER_PERMISSIONS });
    const unanswered = embedOf(stats).fields?.find(
      (field) => field.name === 'Not answered by the articles',
    );
    expect(unanswered?.value).toContain(
      '\\-# tiny <\u200bt:1700000000:R> <\u200bid:customize> gnp.exe nothing matches zzqx — 1',
    );
    expect(unanswered?.value).not.toContain('\u202E');
  });

  it('refuses a button replayed in another server, or in a DM', async () => {
    const first = await bot.command('ask', { question: 'Chine États-Unis' });
    const more = componentsOf(first).get('More ▶')?.custom_id ?? '';
    const elsewhere = await bot.press(first, more, { guildId: OTHER_GUILD });
    expectRefusal(elsewhere, 'This button belongs to a message in another server or channel.');
    const inDm = await bot.press(first, more, { dm: true, channelId: OTHER_CHANNEL });
    expectRefusal(inDm, 'This button belongs to a message in another server or channel.');
    const here = await bot.press(first, more);
    expect(here.type).toBe(7);
  });

  it('answers a modal, a context menu and a user menu with a short note, and logs them', async () => {
    const modal = bot.fake.sendInteraction({
      type: 5,
      data: { custom_id: 'form', components: [] },
    });
    const contextMenu = bot.fake.sendInteraction({
      locale: 'fr',
      data: {
        name: 'Who is this',
        type: 2,
        target_id: bot.fake.userId,
        resolved: { users: { [bot.fake.userId]: bot.fake.user } },
      },
    });
    const userMenu = bot.fake.sendInteraction({
      type: 3,
      data: { custom_id: 'who', component_type: 5, values: [] },
    });
    expectRefusal(
      await bot.fake.waitForCallback(modal.id),
      'I cannot answer this kind of interaction. Type `/help` to see what I do.',
    );
    expectRefusal(
      await bot.fake.waitForCallback(contextMenu.id),
      'Je ne sais pas répondre à ce type d’interaction. Tapez `/aide` pour voir ce que je fais.',
    );
    expect((await bot.fake.waitForCallback(userMenu.id)).type).toBe(4);
    const logged = bot.logs
      .map((line) => JSON.parse(line))
      .filter((line) => line.msg === 'unsupported interaction')
      .map((line) => line.interaction);
    expect(logged).toEqual(expect.arrayContaining([modal.id, contextMenu.id, userMenu.id]));
  });

  it('reports a registration Discord refuses at reload, and registers it at the next one', async () => {
    addCanadaTopic(dir);
    bot.fake.failNext(
      /\/commands$/u,
      400,
      {
        code: 50035,
        message: 'Invalid Form Body',
        errors: { '7': { description: { _errors: [{ code: 'X', message: 'Too rude.' }] } } },
      },
      { method: 'PUT' },
    );
    const refused = await bot.reply('reload', {}, { userId: SECOND_OWNER });
    expect(embedOf(refused).description).toContain(
      'Discord refused the new commands: Discord refused the commands (400, code 50035): /canada (description): Too rude.',
    );
    const registered = bot.fake.commands.get(bot.fake.guildId);
    expect(registered?.has('canada')).toBe(false);

    // Nothing changed in the folder since: the next reload still registers what Discord lacks.
    const later = await bot.reply('reload', {}, { userId: THIRD_OWNER });
    expect(embedOf(later).description).toContain('Topics changed: commands re-registered.');
    expect(bot.fake.commands.get(bot.fake.guildId)?.has('canada')).toBe(true);
  });
});
