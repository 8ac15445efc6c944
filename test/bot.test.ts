import type { APIEmbed } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Command } from '../src/bot/command.ts';
import { LIMITS } from '../src/bot/discord-limits.ts';
import {
  type Callback,
  discordSpec,
  openApiErrors,
  type RunningBot,
  startBot,
} from './bot-harness.ts';
import { foldSpaces } from './helpers.ts';

const embedOf = (body: { data?: Record<string, unknown> }): APIEmbed =>
  ((body.data?.embeds as APIEmbed[] | undefined) ?? [])[0] ?? {};

const totalLength = (embed: APIEmbed): number =>
  [
    embed.title,
    embed.description,
    embed.footer?.text,
    ...(embed.fields ?? []).flatMap((f) => [f.name, f.value]),
  ]
    .filter((text): text is string => typeof text === 'string')
    .reduce((sum, text) => sum + [...text].length, 0);

describe('the bot on a fake Discord', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    bot = await startBot();
  });
  afterAll(async () => {
    await bot?.stop();
  });

  it('registers every command once, to the guild, with French localizations', async () => {
    const puts = bot.fake.requests.filter((request) => request.method === 'PUT');
    expect(puts.map((request) => request.path)).toEqual([
      `/applications/${bot.fake.applicationId}/guilds/${bot.fake.guildId}/commands`,
    ]);
    const body = puts[0]?.body as {
      name: string;
      name_localizations?: { fr?: string };
      options?: unknown[];
    }[];
    expect(body.map((command) => [command.name, command.name_localizations?.fr])).toEqual([
      ['ask', 'question'],
      ['fentanyl', undefined],
      ['ai', 'intelligence-artificielle'],
      ['taiwan', undefined],
      ['red-sea', 'mer-rouge'],
      ['military', 'contacts-militaires'],
      ['meeting', 'la-rencontre'],
      ['figures', 'chiffres'],
      ['check', 'vérifier'],
      ['source', 'source'],
      ['help', 'aide'],
      ['reload', 'recharger'],
      ['stats', 'statistiques'],
      ['Check in the articles', 'Vérifier dans les articles'],
    ]);
    // Members do not see the maintenance commands (Manage Server); /stats is for servers only.
    const maintenance = body.filter((command) => ['reload', 'stats'].includes(command.name));
    expect(
      maintenance.map(
        (command) =>
          (command as { default_member_permissions?: string }).default_member_permissions,
      ),
    ).toEqual(['32', '32']);
    expect(maintenance.map((command) => (command as { contexts?: number[] }).contexts)).toEqual([
      [0, 1],
      [0],
    ]);
    expect(
      maintenance.map((command) => (command as { integration_types?: number[] }).integration_types),
    ).toEqual([[0], [0]]);
    expect(body[0]?.options).toEqual([
      {
        type: 3,
        name: 'question',
        name_localizations: { fr: 'question' },
        description: 'Your question, in French or English',
        description_localizations: { fr: 'Votre question, en français ou en anglais' },
        required: true,
        max_length: 300,
        autocomplete: true,
      },
      {
        type: 5,
        name: 'hide',
        name_localizations: { fr: 'masquer' },
        description: 'Only you see the answer',
        description_localizations: { fr: 'Vous seul voyez la réponse' },
      },
    ]);
  });

  it('answers /ask with the quote first, matched words and figures in bold, cited, pinging no one', async () => {
    const body = await bot.command('ask', { question: 'How many overdose deaths in Canada?' });
    expect(body.type).toBe(4);
    expect(body.data?.allowed_mentions).toEqual({ parse: [] });
    expect(body.data?.flags).toBeUndefined();
    const embed = embedOf(body);
    expect(embed.title).toBe('How many overdose deaths in Canada?');
    const description = foldSpaces(embed.description ?? '');
    expect(description).toMatch(/^> Le mois dernier, l’ambassadrice du \*\*Canada\*\*/u);
    expect(description).toContain(
      '**84 %** des **3 970 décès** par **surdose** survenus au **Canada**',
    );
    expect(description).toMatch(
      / — Lutte conjointe contre les « précurseurs » du fentanyl — § 5$/u,
    );
    expect(embed.footer?.text).toMatch(/^Les États-Unis et la Chine tiennent des discussions/u);
    const figures = embed.fields?.find((field) => field.name === 'Figures');
    expect(foldSpaces(figures?.value ?? '')).toContain('**84 %** · **3 970** décès');
  });

  it('speaks French to a French reader, and says plainly when the articles do not answer', async () => {
    const body = await bot.command(
      'ask',
      { question: 'Quel est le prix de l’essence ?' },
      { locale: 'fr' },
    );
    const embed = embedOf(body);
    expect(embed.footer?.text).toBe('Les articles ne le disent pas');
    expect(embed.description).toMatch(/^Rien dans les articles ne répond à cette question/u);
    expect(embed.description).toContain('`/fentanyl`');
    expect(embed.description).not.toContain('>');
    const english = embedOf(
      await bot.command('ask', { question: 'What is the weather in Montreal?' }),
    );
    expect(english.footer?.text).toBe('The articles do not say');
  });

  it('hides the answer from others when asked (ephemeral flag 64)', async () => {
    const body = await bot.command('ask', { question: 'taiwan', hide: true });
    expect(body.data?.flags).toBe(64);
  });

  it('answers topic commands, narrowed by a question', async () => {
    const all = embedOf(await bot.command('fentanyl'));
    expect(all.title).toBe('Fentanyl');
    expect(foldSpaces(all.description ?? '')).toContain('70 000');
    const narrowed = embedOf(await bot.command('fentanyl', { question: 'Mexique' }));
    expect(narrowed.title).toBe('Fentanyl — Mexique');
    expect(narrowed.description).toContain('**Mexique**');
    const french = embedOf(await bot.command('red-sea', {}, { locale: 'fr' }));
    expect(french.title).toBe('Mer Rouge');
  });

  it('lists figures, sources and help', async () => {
    const figures = embedOf(await bot.command('figures', { topic: 'fentanyl' }, { locale: 'fr' }));
    expect(figures.title).toBe('Chiffres clés — Fentanyl');
    expect(foldSpaces(figures.description ?? '')).toContain('**environ 800 M$ US**');
    const source = await bot.command('source');
    expect(source.data?.flags).toBe(64);
    expect(embedOf(source).fields?.[0]?.value).toContain('14 sentences');
    const help = embedOf(await bot.command('help', {}, { locale: 'fr' }));
    expect(help.description).toContain('`/question` — Posez une question');
  });

  it('echoes a hostile question safely and within every limit', async () => {
    const hostile = `@everyone <@123456789012345678> <@&123456789012345678> **bold** # title ${'fentanyl '.repeat(700)}`;
    const body = await bot.command('ask', { question: hostile });
    const embed = embedOf(body);
    expect(body.data?.allowed_mentions).toEqual({ parse: [] });
    expect([...(embed.title ?? '')].length).toBeLessThanOrEqual(LIMITS.embedTitle);
    expect(embed.title).toMatch(
      /^@\u200beveryone <\u200b@123456789012345678> <\u200b@&123456789012345678> \\\*\\\*bold\\\*\\\* /u,
    );
    expect(embed.title?.endsWith('…')).toBe(true);
    expect(totalLength(embed)).toBeLessThanOrEqual(LIMITS.embedsTotal);
  });

  it('acknowledges a burst of 100 interactions, every one in time (the fake refuses late ones)', async () => {
    const sent = Array.from({ length: 100 }, (_, i) =>
      bot.fake.sendInteraction({
        locale: i % 2 ? 'fr' : 'en-US',
        data: {
          name: 'ask',
          type: 1,
          options: [{ name: 'question', type: 3, value: `surdoses ${2000 + i}` }],
        },
      }),
    );
    const callbacks = await Promise.all(
      sent.map(({ id }) =>
        bot.fake.waitForRequest((request) => request.path.startsWith(`/interactions/${id}/`)),
      ),
    );
    expect(callbacks.map((request) => request.status)).toEqual(Array(100).fill(204));
    // Those behind others were deferred publicly ("thinking…"), then got their answer as an
    // edit: the very message a reader asking alone gets.
    const bodies = callbacks.map((request) => request.body as Callback);
    const deferred = sent.filter((_, i) => bodies[i]?.type === 5);
    expect(deferred.length).toBeGreaterThan(0);
    expect(bodies.every((body) => (Number(body.data?.flags ?? 0) & 64) === 0)).toBe(true);
    const edits = await Promise.all(
      deferred.map(({ token }) =>
        bot.fake.waitForRequest(
          (request) =>
            request.method === 'PATCH' && request.path.endsWith(`/${token}/messages/@original`),
        ),
      ),
    );
    const lastDeferred = deferred[deferred.length - 1]?.interaction;
    const question = (lastDeferred?.data.options as { value: string }[] | undefined)?.[0]?.value;
    const locale = String(lastDeferred?.locale);
    const alone = await bot.command('ask', { question: question ?? '' }, { locale });
    expect(alone.type).toBe(4);
    const edit = edits[edits.length - 1]?.body as Record<string, unknown>;
    expect(edit.embeds).toEqual(alone.data?.embeds);
    expect(edit.allowed_mentions).toEqual({ parse: [] });
  });

  it('answers an unknown command with a short note', async () => {
    const body = await bot.command('removed-topic');
    expect(body.data?.flags).toBe(64);
    expect(embedOf(body).description).toBe(
      'I no longer know this command. Type `/help` to see what I can do.',
    );
  });

  it('logs command, locale, answered, result count and time, never the token', () => {
    const lines = bot.logs.map((line) => JSON.parse(line));
    const replied = lines.find((line) => line.msg === 'replied' && line.command === 'ask');
    expect(replied).toMatchObject({
      command: 'ask',
      locale: 'en-US',
      answered: true,
      results: expect.any(Number),
    });
    expect(typeof replied.ms).toBe('number');
    expect(bot.logs.join('\n')).not.toContain(bot.fake.token);
  });

  it.skipIf(discordSpec === null)(
    "sends only bodies that Discord's OpenAPI description accepts",
    () => {
      expect(openApiErrors(bot.fake)).toEqual([]);
    },
  );
});

describe('a command that throws', () => {
  let bot: RunningBot;
  beforeAll(async () => {
    const broken: Command = {
      definition: { name: 'broken', description: 'Always fails' },
      execute() {
        throw new Error('boom');
      },
    };
    bot = await startBot({ extraCommands: [broken] });
  });
  afterAll(async () => {
    await bot?.stop();
  });

  it('gets a localized apology, is logged with the interaction id, and the bot goes on', async () => {
    const { id } = bot.fake.sendInteraction({ locale: 'fr', data: { name: 'broken', type: 1 } });
    const apology = await bot.fake.waitForCallback(id);
    expect(apology).toMatchObject({
      type: 4,
      data: { flags: 64, allowed_mentions: { parse: [] } },
    });
    expect(embedOf(apology).description).toBe(
      'Désolé, un problème est survenu pendant la réponse. Veuillez réessayer.',
    );
    const logged = bot.logs
      .map((line) => JSON.parse(line))
      .find((line) => line.msg === 'interaction failed');
    expect(logged).toMatchObject({ interaction: id, command: 'broken', err: { message: 'boom' } });
    const next = await bot.command('ask', { question: 'taiwan' });
    expect(next.type).toBe(4);
  });
});
