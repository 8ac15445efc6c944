import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { APIEmbed } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Cooldown } from '../src/bot/cooldown.ts';
import {
  type Callback,
  componentsOf,
  discordSpec,
  MANAGER_PERMISSIONS,
  openApiErrors,
  type RunningBot,
  startBot,
} from './bot-harness.ts';
import { addCanadaTopic, foldSpaces, KNOWLEDGE_DIR } from './helpers.ts';

const embedOf = (body: Callback): APIEmbed =>
  ((body.data?.embeds as APIEmbed[] | undefined) ?? [])[0] ?? {};
const OTHER_READER = '222222222222222222';

describe('answers readers can page, open and share', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot();
  });
  afterAll(async () => {
    await bot?.stop();
  });

  it('pages through an answer with More and Previous, updating the same message, up to the last page', async () => {
    const first = await bot.command('ask', { question: 'Chine États-Unis' });
    expect(embedOf(first).footer?.text).toMatch(/ · page 1\/(\d)$/u);
    const pages = Number(/page 1\/(\d)$/u.exec(embedOf(first).footer?.text ?? '')?.[1]);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(componentsOf(first).get('◀ Previous')?.disabled).toBe(true);

    const seen = [embedOf(first).description];
    let message = first;
    for (let page = 2; page <= pages; page++) {
      const more = componentsOf(message).get('More ▶');
      expect(more?.disabled).toBe(false);
      message = await bot.press(message, more?.custom_id ?? '');
      expect(message.type).toBe(7);
      expect(embedOf(message).title).toBe('Chine États-Unis');
      expect(embedOf(message).footer?.text).toMatch(new RegExp(`page ${page}/${pages}$`, 'u'));
      seen.push(embedOf(message).description);
    }
    expect(new Set(seen).size).toBe(pages);
    expect(componentsOf(message).get('More ▶')?.disabled).toBe(true);
    const back = await bot.press(message, componentsOf(message).get('◀ Previous')?.custom_id ?? '');
    expect(embedOf(back).footer?.text).toMatch(new RegExp(`page ${pages - 1}/${pages}$`, 'u'));
  });

  it('refuses a press past the last page, a forged or stale custom_id, with a short private note', async () => {
    const first = await bot.command('ask', { question: 'Chine États-Unis' });
    const more = componentsOf(first).get('More ▶')?.custom_id ?? '';
    const pastTheEnd = more.replace(/^m\|(\d+)\|(\w+)\|\d+\|/u, 'm|$1|$2|9|');
    const otherVersion = more.replace(/^m\|(\d+)\|\w+\|/u, 'm|$1|zzzzzz|');
    for (const customId of [
      pastTheEnd,
      otherVersion,
      'garbage',
      'm|1|x',
      `c|${'z'.repeat(8)}|zzzzzzz`,
    ]) {
      const reply = await bot.press(first, customId);
      expect(reply.type, customId).toBe(4);
      expect(reply.data?.flags).toBe(64);
      expect(embedOf(reply).description).toBe(
        'This button no longer works (the bot or its articles changed). Please ask again.',
      );
    }
  });

  it('lets only the reader who asked page their answer', async () => {
    const first = await bot.command('ask', { question: 'Chine États-Unis' });
    const reply = await bot.press(first, componentsOf(first).get('More ▶')?.custom_id ?? '', {
      userId: OTHER_READER,
      locale: 'fr',
    });
    expect(reply).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(embedOf(reply).description).toMatch(/^Seule la personne qui a posé la question/u);
  });

  it('shows the whole paragraph around a quote, privately', async () => {
    const answer = await bot.command('ask', {
      question: 'Combien de personnes sont mortes en 2022 ?',
    });
    const context = await bot.press(answer, componentsOf(answer).get('Context')?.custom_id ?? '', {
      userId: OTHER_READER,
    });
    expect(context.data?.flags).toBe(64);
    const description = foldSpaces(embedOf(context).description ?? '');
    expect(description).toMatch(/^> Résultat direct des récents entretiens/u);
    expect(description).toContain('**En 2022, aux États-Unis, environ 70 000 personnes');
  });

  it('posts a private answer publicly when its reader asks', async () => {
    const hidden = await bot.command('ask', { question: 'taiwan plus grand defi', hide: true });
    expect(hidden.data?.flags).toBe(64);
    const post = componentsOf(hidden).get('Post publicly');
    expect(post).toBeDefined();
    const shared = await bot.press(hidden, post?.custom_id ?? '');
    expect(shared.type).toBe(4);
    expect(shared.data?.flags).toBeUndefined();
    expect(shared.data?.allowed_mentions).toEqual({ parse: [] });
    expect(embedOf(shared).description).toBe(embedOf(hidden).description);
    expect(componentsOf(shared).has('Post publicly')).toBe(false);
    const publicAnswer = await bot.command('ask', { question: 'taiwan plus grand defi' });
    expect(componentsOf(publicAnswer).has('Post publicly')).toBe(false);
  });

  it('offers a did-you-mean menu when nothing answers, and answers the choice', async () => {
    const none = await bot.command('ask', { question: 'élections à Taipei' }, { locale: 'fr' });
    const menu = componentsOf(none).get('Vouliez-vous dire…');
    expect(menu).toBeDefined();
    const picked = await bot.press(none, menu?.custom_id ?? '', {
      values: ['t:taiwan'],
      locale: 'fr',
    });
    expect(picked.type).toBe(7);
    expect(embedOf(picked).title).toBe('Taïwan');
    expect(foldSpaces(embedOf(picked).description ?? '')).toContain('**Taïwan**');
  });

  it('suggests passages while the reader types, within autocomplete limits', async () => {
    const typed = await bot.autocomplete('ask', 'question', 'surdoses 2022');
    expect(typed.type).toBe(8);
    const choices = (typed.data?.choices ?? []) as { name: string; value: string }[];
    expect(choices[0]?.name).toMatch(/^En 2022, aux États-Unis, environ 70/u);
    for (const input of ['', 'x'.repeat(100), 'Chine']) {
      const result = await bot.autocomplete('ask', 'question', input);
      const list = (result.data?.choices ?? []) as { name: string; value: string }[];
      expect(list.length).toBeLessThanOrEqual(25);
      for (const choice of list) {
        expect(choice.name.length).toBeGreaterThan(0);
        expect(choice.name.length).toBeLessThanOrEqual(100);
        expect(choice.value.length).toBeLessThanOrEqual(100);
      }
      if (input !== 'x'.repeat(100)) expect(list.length).toBeGreaterThan(0);
    }
    // Choosing a suggestion answers with that very sentence.
    const chosen = await bot.command('ask', { question: choices[0]?.value ?? '' });
    expect(foldSpaces(embedOf(chosen).description ?? '')).toMatch(
      /^> En \*\*2022\*\*, aux États-Unis, \*\*environ 70 000\*\*/u,
    );
  });

  it.skipIf(discordSpec === null)(
    "sends only bodies that Discord's OpenAPI description accepts",
    () => {
      expect(openApiErrors(bot.fake)).toEqual([]);
    },
  );
});

describe('cooldowns', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot({ cooldown: new Cooldown(2, 30_000) });
  });
  afterAll(async () => {
    await bot?.stop();
  });

  it('slow a flooding reader down with a private note, and nobody else', async () => {
    await bot.command('ask', { question: 'taiwan' });
    await bot.command('ask', { question: 'taiwan' });
    const third = await bot.command('ask', { question: 'taiwan' }, { locale: 'fr' });
    expect(third.data?.flags).toBe(64);
    expect(embedOf(third).description).toMatch(/^Doucement : réessayez dans (29|30) s\.$/u);
    const other = await bot.command('ask', { question: 'taiwan' }, { userId: OTHER_READER });
    expect(embedOf(other).description).toMatch(/^> /u);
  });
});

describe('/reload and /stats', () => {
  const dir = mkdtempSync(join(tmpdir(), 'reload-'));
  cpSync(KNOWLEDGE_DIR, dir, { recursive: true });
  /** Owners (OWNER_IDS), one per reload: each may reload once per 30 s. */
  const owners = ['300000000000000001', '300000000000000002', '300000000000000003'];
  let reloads = 0;
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot({ dir, owners: { ids: owners } });
  });
  afterAll(async () => {
    await bot?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Requests sent from now on matching `predicate`, the first of them. */
  const nextRequest = (predicate: (request: { method: string; path: string }) => boolean) => {
    const from = bot.fake.requests.length;
    return bot.fake.waitForRequest(
      (request) => bot.fake.requests.indexOf(request) >= from && predicate(request),
    );
  };

  const reload = async () => {
    const edited = nextRequest(
      (request) => request.method === 'PATCH' && request.path.endsWith('/messages/@original'),
    );
    const owner = owners[reloads++ % owners.length] ?? '';
    const { id } = bot.fake.sendInteraction({
      member: { user: { id: owner } },
      data: { name: 'reload', type: 1 },
    });
    expect(await bot.fake.waitForCallback(id)).toEqual({ type: 5, data: { flags: 64 } });
    return (await edited).body as { embeds: APIEmbed[] };
  };

  it('keeps serving the old articles when the new ones fail to load, and names the file', async () => {
    writeFileSync(join(dir, 'broken.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    const body = await reload();
    expect(body.embeds[0]?.title).toBe('Reload failed: still serving the previous articles');
    expect(body.embeds[0]?.description).toContain('broken.txt: is binary, not text');
    const still = await bot.command('ask', { question: 'taiwan' });
    expect(embedOf(still).description).toMatch(/^> /u);
    rmSync(join(dir, 'broken.txt'));
  });

  it('reports old → new counts and re-registers the commands when a topic is added', async () => {
    addCanadaTopic(dir);
    const registered = nextRequest((request) => request.method === 'PUT');
    const body = await reload();
    expect(body.embeds[0]?.title).toBe('Knowledge reloaded');
    expect(body.embeds[0]?.description).toContain(
      '1 article · 14 sentences · 17 figures · 6 topics → 1 article · 14 sentences · 17 figures · 7 topics',
    );
    const put = await registered;
    expect((put.body as { name: string }[]).map((command) => command.name)).toContain('canada');
    const answer = await bot.command('canada');
    expect(embedOf(answer).title).toBe('Canada');
  });

  it('counts questions per command and locale and lists the unanswered ones, without user ids', async () => {
    await bot.command('ask', { question: 'Quel est le prix de l’essence ?' }, { locale: 'fr' });
    await bot.command('ask', { question: 'quel est le PRIX de l’essence ?' }, { locale: 'fr' });
    const stats = embedOf(await bot.reply('stats', {}, { permissions: MANAGER_PERMISSIONS }));
    expect(stats.description).toMatch(/^\d+ questions, \d+ answered/u);
    const unanswered = stats.fields?.find((field) => field.name === 'Not answered by the articles');
    expect(unanswered?.value).toContain('Quel est le prix de l’essence ? — 2');
    expect(JSON.stringify(stats)).not.toContain(bot.fake.userId);
  });
});
