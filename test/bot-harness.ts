import type { Client } from 'discord.js';
import type { Command } from '../src/bot/command.ts';
import type { CommandSet } from '../src/bot/commands/registry.ts';
import { Cooldown } from '../src/bot/cooldown.ts';
import type { KnowledgeStore } from '../src/bot/knowledge-store.ts';
import { type DiscordBot, launchDiscordBot } from '../src/bot/launch-discord.ts';
import { createLogger } from '../src/bot/logger.ts';
import { loadDiscordSpec, validateRequestBody } from './fake-discord/openapi.ts';
import {
  type FakeDiscord,
  type FakeDiscordOptions,
  type InteractionOverrides,
  type SendOptions,
  startFakeDiscord,
} from './fake-discord/server.ts';
import { KNOWLEDGE_DIR } from './helpers.ts';

export const discordSpec = loadDiscordSpec();

export interface Callback {
  type: number;
  data?: Record<string, unknown>;
}

export interface RunningBot {
  fake: FakeDiscord;
  client: Client;
  store: KnowledgeStore;
  bot: DiscordBot;
  /** Every log line the bot wrote, as JSON text. */
  logs: string[];
  /**
   * Sends a slash command and resolves with the reply the reader ends up seeing: the callback,
   * or after a deferral (type 5) the edit of the deferred message, as `{ type: 5, data: edit }`.
   */
  reply(name: string, options?: Record<string, string | boolean>, extra?: Extra): Promise<Callback>;
  /** Sends a slash command and resolves with the callback body the bot sent. */
  command(
    name: string,
    options?: Record<string, string | boolean>,
    extra?: Extra,
  ): Promise<Callback>;
  /** Presses a button (or picks `values` in a menu) of a message the bot sent. */
  press(
    message: Callback,
    customId: string,
    extra?: Extra & { values?: string[] },
  ): Promise<Callback>;
  /** Asks for autocomplete choices as the reader types `typed` into `option`. */
  autocomplete(name: string, option: string, typed: string): Promise<Callback>;
  stop(): Promise<void>;
}

export interface Extra {
  /** null: the interaction comes without a locale. */
  locale?: string | null;
  userId?: string;
  guildId?: string;
  channelId?: string;
  /** The member's permissions in the channel (a bit field), e.g. MANAGE_SERVER. */
  permissions?: bigint;
  /** From a DM with the bot. */
  dm?: boolean;
}

/** Manage Server, with what a member needs to use commands at all. */
export const MANAGER_PERMISSIONS = (1n << 5n) | (1n << 10n) | (1n << 11n) | (1n << 31n);

/** The payload fields and send options an `Extra` stands for. */
function placed(extra: Extra): { overrides: Record<string, unknown>; send: SendOptions } {
  const member: Record<string, unknown> = {};
  if (extra.userId) member.user = { id: extra.userId };
  if (extra.permissions !== undefined) member.permissions = extra.permissions.toString();
  return {
    overrides: {
      ...(extra.locale ? { locale: extra.locale } : {}),
      ...(Object.keys(member).length > 0 ? { member } : {}),
      ...(extra.guildId
        ? { guild_id: extra.guildId, authorizing_integration_owners: { '0': extra.guildId } }
        : {}),
      ...(extra.channelId ? { channel_id: extra.channelId } : {}),
    },
    send: {
      ...(extra.dm ? { dm: true } : {}),
      ...(extra.locale === null ? { omit: ['locale'] } : {}),
    },
  };
}

export interface BotSetup {
  dir?: string;
  /** Commands added to the real ones (e.g. one that throws). */
  extraCommands?: Command[];
  cooldown?: Cooldown;
  /** Runs once the fake is up, before the bot logs in (to inject faults at start-up). */
  beforeLogin?: (fake: FakeDiscord) => void;
  fakeOptions?: FakeDiscordOptions;
  /** OWNER_IDS and OWNER_GUILD_ID. */
  owners?: { ids: string[]; guildId?: string };
}

const OPTION_TYPES = { string: 3, boolean: 5 } as const;

const commandData = (name: string, options: Record<string, string | boolean>) => ({
  name,
  type: 1,
  options: Object.entries(options).map(([optionName, value]) => ({
    name: optionName,
    type: typeof value === 'boolean' ? OPTION_TYPES.boolean : OPTION_TYPES.string,
    value,
  })),
});

/** A slash command with string and boolean options, placed as `extra` says. */
export function commandInteraction(
  name: string,
  options: Record<string, string | boolean> = {},
  extra: Extra = {},
): { overrides: InteractionOverrides; send: SendOptions } {
  const { overrides, send } = placed(extra);
  return { overrides: { ...overrides, data: commandData(name, options) }, send };
}

/** A press of a button (or a choice in a menu) of a message the bot sent. */
export function componentInteraction(
  message: Callback,
  customId: string,
  extra: Extra & { values?: string[] } = {},
): { overrides: InteractionOverrides; send: SendOptions } {
  const { overrides, send } = placed(extra);
  return {
    overrides: {
      type: 3,
      ...overrides,
      data: extra.values
        ? { custom_id: customId, component_type: 3, values: extra.values }
        : { custom_id: customId, component_type: 2 },
      message: {
        embeds: message.data?.embeds ?? [],
        components: message.data?.components ?? [],
        flags: (message.data?.flags as number | undefined) ?? 0,
      },
    } as InteractionOverrides,
    send,
  };
}

/** The real bot (real discord.js client) logged in to a fresh fake Discord. */
export async function startBot(setup: BotSetup = {}): Promise<RunningBot> {
  const fake = await startFakeDiscord(setup.fakeOptions);
  const logs: string[] = [];
  const logger = createLogger('debug', { write: (line: string) => logs.push(line) });
  const extra = setup.extraCommands ?? [];
  const wrapCommands = (current: CommandSet): CommandSet =>
    extra.length === 0
      ? current
      : {
          ...current,
          commands: [...current.commands, ...extra],
          byName: new Map([
            ...current.byName,
            ...extra.map((command) => [command.definition.name, command] as const),
          ]),
        };
  setup.beforeLogin?.(fake);
  const bot = await launchDiscordBot({
    token: fake.token,
    guildId: fake.guildId,
    apiUrl: fake.apiUrl,
    owners: setup.owners ?? { ids: [] },
    knowledgeDir: setup.dir ?? KNOWLEDGE_DIR,
    logger,
    cooldown: setup.cooldown ?? new Cooldown(0, 30_000),
    wrapCommands,
    rest: { retries: 1, timeout: 2000 },
    retryDelayMs: 20,
    registerAttempts: 3,
  });
  const { client, store } = bot;
  return {
    fake,
    client,
    store,
    bot,
    logs,
    async reply(name, options = {}, extra = {}) {
      const { overrides, send } = commandInteraction(name, options, extra);
      const sent = fake.sendInteraction(overrides, send);
      const callback = await fake.waitForCallback(sent.id);
      if (callback.type !== 5) return callback;
      const edit = await fake.waitForRequest(
        (request) =>
          request.method === 'PATCH' && request.path.endsWith(`/${sent.token}/messages/@original`),
        10_000,
      );
      return { type: 5, data: edit.body as Record<string, unknown> };
    },
    async command(name, options = {}, extra = {}) {
      const { overrides, send } = commandInteraction(name, options, extra);
      const { id } = fake.sendInteraction(overrides, send);
      return fake.waitForCallback(id);
    },
    async press(message, customId, extra = {}) {
      const { overrides, send } = componentInteraction(message, customId, extra);
      const { id } = fake.sendInteraction(overrides, send);
      return fake.waitForCallback(id);
    },
    async autocomplete(name, option, typed) {
      const { id } = fake.sendInteraction({
        type: 4,
        data: { name, type: 1, options: [{ name: option, type: 3, value: typed, focused: true }] },
      });
      return fake.waitForCallback(id);
    },
    async stop() {
      await bot.stop(0);
      await fake.close();
    },
  };
}

/** Validation errors of every body the bot sent, against Discord's OpenAPI description. */
export function openApiErrors(fake: FakeDiscord): string[] {
  if (discordSpec === null) return [];
  return fake.requests
    .filter((request) => request.body !== null && request.method !== 'GET')
    .flatMap((request) =>
      validateRequestBody(discordSpec, request.method, request.path, request.body).map(
        (error) => `${request.method} ${request.path}: ${error}`,
      ),
    );
}

/** Custom ids of the buttons and menus a message carries, by label (or placeholder). */
export function componentsOf(
  message: Callback,
): Map<string, { custom_id: string; disabled?: boolean }> {
  const rows = (message.data?.components ?? []) as {
    components: { label?: string; placeholder?: string; custom_id: string; disabled?: boolean }[];
  }[];
  return new Map(
    rows.flatMap((row) =>
      row.components.map(
        (component) => [component.label ?? component.placeholder ?? '', component] as const,
      ),
    ),
  );
}
