// End-to-end proof that the fake Discord in test/fake-discord drives the real discord.js client:
// login over REST + gateway, command registration, replies, defers, faults, resume and shards.

import { once } from 'node:events';
import {
  ApplicationCommandOptionType,
  Client,
  type ClientOptions,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  type Interaction,
  MessageFlags,
  PermissionFlagsBits,
  SlashCommandBuilder,
} from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadDiscordSpec, validateRequestBody } from './fake-discord/openapi.ts';
import {
  type CapturedRequest,
  type FakeDiscord,
  guildIdForShard,
  startFakeDiscord,
} from './fake-discord/server.ts';

const spec = loadDiscordSpec();
if (!spec) console.warn('shared/discord-api-spec is absent: OpenAPI checks are skipped');

function makeClient(fake: FakeDiscord, options: Partial<ClientOptions> = {}): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    // Low retries and timeout so injected 5xx faults do not stall the suite.
    rest: { api: fake.apiUrl, retries: 1, timeout: 2000 },
    ...options,
  });
}

async function login(client: Client, fake: FakeDiscord): Promise<void> {
  const ready = once(client, Events.ClientReady);
  await client.login(fake.token);
  await ready;
}

const isCallback = (id: string) => (r: CapturedRequest) =>
  r.method === 'POST' && r.path.startsWith(`/interactions/${id}/`);

/** The bot under test, in miniature: one handler for every interaction kind the suite sends. */
function attachBot(client: Client, failures: unknown[]): void {
  client.on(Events.InteractionCreate, async (interaction: Interaction) => {
    try {
      if (interaction.isAutocomplete()) {
        const typed = interaction.options.getFocused();
        await interaction.respond([{ name: `${typed} (suggested)`, value: typed }]);
      } else if (interaction.isButton()) {
        await interaction.update({ content: `pressed ${interaction.customId}`, components: [] });
      } else if (interaction.isChatInputCommand()) {
        switch (interaction.commandName) {
          case 'ping':
            await interaction.reply({ content: 'pong', allowedMentions: { parse: [] } });
            break;
          case 'whoami':
            await interaction.reply({
              content: `${interaction.locale} ${interaction.user.id}`,
              allowedMentions: { parse: [] },
            });
            break;
          case 'slow':
            await interaction.deferReply({ flags: MessageFlags.Ephemeral });
            await interaction.editReply({ content: 'done', allowedMentions: { parse: [] } });
            await interaction.followUp({ content: 'and more', allowedMentions: { parse: [] } });
            break;
          case 'late':
            await new Promise((resolve) => setTimeout(resolve, 300));
            await interaction.reply({ content: 'too late' });
            break;
        }
      }
    } catch (error) {
      failures.push(error);
    }
  });
}

describe('fake Discord driving the real discord.js client', () => {
  let fake: FakeDiscord;
  let client: Client;
  const failures: unknown[] = [];

  beforeAll(async () => {
    fake = await startFakeDiscord();
    client = makeClient(fake);
    attachBot(client, failures);
    await login(client, fake);
  });

  afterAll(async () => {
    await client?.destroy();
    await fake?.close();
  });

  afterEach(() => {
    expect(failures).toEqual([]);
  });

  it('logs in through GET /gateway/bot, IDENTIFY and READY', async () => {
    await fake.ready();
    const gateway = await fake.waitForRequest((r) => r.path === '/gateway/bot');
    expect(gateway.headers.authorization).toBe(`Bot ${fake.token}`);
    expect(fake.identifies).toHaveLength(1);
    expect(fake.identifies[0]).toMatchObject({
      token: fake.token,
      intents: GatewayIntentBits.Guilds,
      shard: [0, 1],
    });
    expect(client.user?.id).toBe(fake.botUserId);
    expect(client.application?.id).toBe(fake.applicationId);
    // GET /applications/@me answers with something discord.js can patch itself with.
    const application = await client.application?.fetch();
    expect(application?.name).toBe('Fake Bot');
  });

  it('registers guild commands with a bulk PUT', async () => {
    const ping = new SlashCommandBuilder()
      .setName('ping')
      .setDescription('Replies with pong')
      .setDefaultMemberPermissions(PermissionFlagsBits.SendMessages)
      .addStringOption((o) => o.setName('query').setDescription('Anything').setAutocomplete(true));
    const registered = await client.application?.commands.set([ping.toJSON()], fake.guildId);
    expect(registered?.size).toBe(1);
    expect(registered?.first()?.name).toBe('ping');

    const put = await fake.waitForRequest((r) => r.method === 'PUT');
    expect(put.path).toBe(`/applications/${fake.applicationId}/guilds/${fake.guildId}/commands`);
    expect(put.status).toBe(200);
    expect(put.body).toEqual([
      expect.objectContaining({
        name: 'ping',
        description: 'Replies with pong',
        // discord.js sends permissions as a string; the spec wrongly wants an integer.
        default_member_permissions: String(PermissionFlagsBits.SendMessages),
        options: [expect.objectContaining({ name: 'query', type: 3, autocomplete: true })],
      }),
    ]);
    if (spec) expect(validateRequestBody(spec, put.method, put.path, put.body)).toEqual([]);
  });

  it('delivers a command and captures the exact reply discord.js sends', async () => {
    const sent = fake.sendInteraction({ data: { name: 'ping' } });
    const body = await fake.waitForCallback(sent.id);
    expect(body).toEqual({
      type: 4,
      data: {
        content: 'pong',
        tts: false,
        enforce_nonce: false,
        allowed_mentions: { parse: [] },
      },
    });
    const request = await fake.waitForRequest(isCallback(sent.id));
    expect(request.path).toBe(`/interactions/${sent.id}/${sent.token}/callback`);
    expect(request.headers.authorization).toBeUndefined();
    expect(request.query).toEqual({ with_response: 'false' });
    expect(request.status).toBe(204);
  });

  it.skipIf(!spec)('the reply body is valid against the OpenAPI spec', async () => {
    if (!spec) return;
    const sent = fake.sendInteraction({ data: { name: 'ping' } });
    const request = await fake.waitForRequest(isCallback(sent.id));
    expect(validateRequestBody(spec, request.method, request.path, request.body)).toEqual([]);
    // And the validator does catch a body Discord would refuse.
    const tooLong = { type: 4, data: { content: 'x'.repeat(2001) } };
    expect(validateRequestBody(spec, request.method, request.path, tooLong)).not.toEqual([]);
  });

  it('passes locale and user overrides through to the interaction', async () => {
    const sent = fake.sendInteraction({
      data: { name: 'whoami' },
      locale: 'fr',
      member: { user: { id: '42' } },
    });
    const body = await fake.waitForCallback(sent.id);
    expect(body.data?.content).toBe('fr 42');
  });

  it('defers, edits @original and follows up through the interaction webhook', async () => {
    const sent = fake.sendInteraction({ data: { name: 'slow' } });
    expect(await fake.waitForCallback(sent.id)).toEqual({
      type: 5,
      data: { flags: MessageFlags.Ephemeral },
    });
    const edit = await fake.waitForRequest((r) => r.method === 'PATCH');
    expect(edit.path).toBe(`/webhooks/${fake.applicationId}/${sent.token}/messages/@original`);
    expect(edit.body).toMatchObject({ content: 'done', allowed_mentions: { parse: [] } });
    expect(edit.status).toBe(200);
    const followUp = await fake.waitForRequest(
      (r) => r.method === 'POST' && r.path === `/webhooks/${fake.applicationId}/${sent.token}`,
    );
    expect(followUp.query.wait).toBe('true');
    expect(followUp.status).toBe(200);
    if (spec) {
      for (const r of [edit, followUp]) {
        expect(validateRequestBody(spec, r.method, r.path, r.body)).toEqual([]);
      }
    }
  });

  it('answers autocomplete and button interactions', async () => {
    const auto = fake.sendInteraction({
      type: 4,
      data: { name: 'ping', options: [{ name: 'query', type: 3, value: 'fen', focused: true }] },
    });
    expect(await fake.waitForCallback(auto.id)).toEqual({
      type: 8,
      data: { choices: [{ name: 'fen (suggested)', value: 'fen' }] },
    });
    const button = fake.sendInteraction({ type: 3, data: { custom_id: 'again' } });
    const update = await fake.waitForCallback(button.id);
    expect(update).toMatchObject({ type: 7, data: { content: 'pressed again', components: [] } });
    if (spec) {
      const requests = await Promise.all(
        [auto.id, button.id].map((id) => fake.waitForRequest(isCallback(id))),
      );
      for (const r of requests)
        expect(validateRequestBody(spec, r.method, r.path, r.body)).toEqual([]);
    }
  });

  it('refuses a second acknowledgement with 40060', async () => {
    const sent = fake.sendInteraction({ data: { name: 'ping' } });
    await fake.waitForCallback(sent.id);
    const again = await fetch(`${fake.apiUrl}/v10/interactions/${sent.id}/${sent.token}/callback`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 4, data: { content: 'twice' } }),
    });
    expect(again.status).toBe(400);
    expect(await again.json()).toEqual({
      code: 40060,
      message: 'Interaction has already been acknowledged.',
    });
  });

  it('lets discord.js retry an injected 429 and 500', async () => {
    fake.failNext(/\/callback$/, 429, {
      message: 'You are being rate limited.',
      retry_after: 0.05,
      global: false,
    });
    const limited = fake.sendInteraction({ data: { name: 'ping' } });
    await vi.waitFor(() => {
      const statuses = fake.requests.filter(isCallback(limited.id)).map((r) => r.status);
      expect(statuses).toEqual([429, 204]);
    });

    fake.failNext(/^\/webhooks\//, 500, undefined, { method: 'PATCH' });
    const deferred = fake.sendInteraction({ data: { name: 'slow' } });
    await vi.waitFor(() => {
      const edits = fake.requests.filter(
        (r) => r.method === 'PATCH' && r.path.includes(deferred.token),
      );
      expect(edits.map((r) => r.status)).toEqual([500, 200]);
    });
  });

  it('resumes after the gateway drops and still delivers interactions', async () => {
    const identifies = fake.identifies.length;
    const resumed = once(client, Events.ShardResume);
    await fake.dropGateway();
    // Sent while disconnected: the fake keeps it and replays it on RESUME, like Discord.
    const sent = fake.sendInteraction({ data: { name: 'ping' } });
    await resumed;
    expect((await fake.waitForCallback(sent.id)).data?.content).toBe('pong');
    expect(fake.resumes).toHaveLength(1);
    expect(fake.identifies).toHaveLength(identifies);
    const after = fake.sendInteraction({ data: { name: 'ping' } });
    expect((await fake.waitForCallback(after.id)).data?.content).toBe('pong');
  });

  it('client.destroy() closes the gateway and ends the session', async () => {
    const other = makeClient(fake);
    await login(other, fake);
    expect(fake.connections).toBe(2);
    await other.destroy();
    await vi.waitFor(() => expect(fake.connections).toBe(1));
  });
});

describe('fake Discord failure modes', () => {
  let fake: FakeDiscord | undefined;
  let client: Client | undefined;

  afterEach(async () => {
    await client?.destroy();
    await fake?.close();
    client = undefined;
    fake = undefined;
  });

  it('a rejected token makes login() reject with TokenInvalid', async () => {
    fake = await startFakeDiscord({ rejectToken: true });
    client = makeClient(fake);
    await expect(client.login(fake.token)).rejects.toMatchObject({ code: 'TokenInvalid' });
    const gateway = await fake.waitForRequest((r) => r.path === '/gateway/bot');
    expect(gateway.status).toBe(401);
    expect(fake.identifies).toEqual([]);
  });

  it('a reply after the acknowledgement deadline gets 10062 Unknown interaction', async () => {
    fake = await startFakeDiscord({ ackDeadlineMs: 100 });
    client = makeClient(fake);
    const failures: unknown[] = [];
    attachBot(client, failures);
    await login(client, fake);
    const sent = fake.sendInteraction({ data: { name: 'late' } });
    const request = await fake.waitForRequest(isCallback(sent.id));
    expect(request.status).toBe(404);
    await vi.waitFor(() => expect(failures).toHaveLength(1));
    expect(failures[0]).toBeInstanceOf(DiscordAPIError);
    expect(failures[0]).toMatchObject({ code: 10062 });
  });

  it('routes interactions to the shard that owns the guild', async () => {
    fake = await startFakeDiscord({ shards: 2 });
    client = makeClient(fake, { shards: 'auto' });
    const failures: unknown[] = [];
    attachBot(client, failures);
    const shardOf = new Map<string, number>();
    client.on(Events.Raw, (packet: { t?: string; d?: { id?: string } }, shardId: number) => {
      if (packet.t === 'INTERACTION_CREATE' && packet.d?.id) shardOf.set(packet.d.id, shardId);
    });
    await login(client, fake);
    const shards = fake.identifies.map((i) => i.shard).sort();
    expect(shards).toEqual([
      [0, 2],
      [1, 2],
    ]);
    for (const shardId of [0, 1]) {
      const sent = fake.sendInteraction({
        guild_id: guildIdForShard(shardId, 2),
        data: { name: 'ping' },
      });
      expect((await fake.waitForCallback(sent.id)).data?.content).toBe('pong');
      expect(shardOf.get(sent.id)).toBe(shardId);
    }
    expect(failures).toEqual([]);
  });

  it('sends a command option of every basic type through unchanged', async () => {
    fake = await startFakeDiscord();
    client = makeClient(fake);
    const seen: unknown[] = [];
    client.on(Events.InteractionCreate, (interaction) => {
      if (interaction.isChatInputCommand()) {
        seen.push(interaction.options.getString('question'), interaction.options.getInteger('n'));
      }
    });
    await login(client, fake);
    fake.sendInteraction({
      data: {
        name: 'ask',
        options: [
          { name: 'question', type: ApplicationCommandOptionType.String, value: 'Qui ?' },
          { name: 'n', type: ApplicationCommandOptionType.Integer, value: 3 },
        ],
      },
    });
    await vi.waitFor(() => expect(seen).toEqual(['Qui ?', 3]));
  });
});
