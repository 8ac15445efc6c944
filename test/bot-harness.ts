import type { Client } from 'discord.js';
import type { Command } from '../src/bot/command.ts';
import type { CommandSet } from '../src/bot/commands/registry.ts';
import { Cooldown } from '../src/bot/cooldown.ts';
import { registerCommands, startDiscordBot } from '../src/bot/discord-bot.ts';
import { KnowledgeStore } from '../src/bot/knowledge-store.ts';
import { createLogger } from '../src/bot/logger.ts';
import { QuestionLog } from '../src/bot/question-log.ts';
import { loadDiscordSpec, validateRequestBody } from './fake-discord/openapi.ts';
import { type FakeDiscord, startFakeDiscord } from './fake-discord/server.ts';
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
  /** Every log line the bot wrote, as JSON text. */
  logs: string[];
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

interface Extra {
  locale?: string;
  userId?: string;
}

export interface BotSetup {
  dir?: string;
  /** Commands added to the real ones (e.g. one that throws). */
  extraCommands?: Command[];
  cooldown?: Cooldown;
  /** Runs once the fake is up, before the bot logs in (to inject faults at start-up). */
  beforeLogin?: (fake: FakeDiscord) => void;
}

const OPTION_TYPES = { string: 3, boolean: 5 } as const;

const member = (userId?: string) => (userId ? { member: { user: { id: userId } } } : {});

/** The real bot (real discord.js client) logged in to a fresh fake Discord. */
export async function startBot(setup: BotSetup = {}): Promise<RunningBot> {
  const fake = await startFakeDiscord();
  const logs: string[] = [];
  const logger = createLogger('debug', { write: (line: string) => logs.push(line) });
  const questions = new QuestionLog();
  const store = await KnowledgeStore.open(setup.dir ?? KNOWLEDGE_DIR, logger, {
    stats: () => questions.snapshot(),
  });
  const extra = setup.extraCommands ?? [];
  const commands = (): CommandSet =>
    extra.length === 0
      ? store.current
      : {
          ...store.current,
          commands: [...store.current.commands, ...extra],
          byName: new Map([
            ...store.current.byName,
            ...extra.map((command) => [command.definition.name, command] as const),
          ]),
        };
  setup.beforeLogin?.(fake);
  const client = await startDiscordBot({
    token: fake.token,
    guildId: fake.guildId,
    apiUrl: fake.apiUrl,
    logger,
    commands,
    cooldown: setup.cooldown ?? new Cooldown(0, 30_000),
    questions,
    rest: { retries: 1, timeout: 2000 },
    retryDelayMs: 20,
  });
  store.onCommandsChanged = (next) => registerCommands(client, next, fake.guildId, logger);
  return {
    fake,
    client,
    store,
    logs,
    async command(name, options = {}, extra = {}) {
      const { id } = fake.sendInteraction({
        locale: extra.locale ?? 'en-US',
        ...member(extra.userId),
        data: {
          name,
          type: 1,
          options: Object.entries(options).map(([optionName, value]) => ({
            name: optionName,
            type: typeof value === 'boolean' ? OPTION_TYPES.boolean : OPTION_TYPES.string,
            value,
          })),
        },
      });
      return fake.waitForCallback(id);
    },
    async press(message, customId, extra = {}) {
      const { id } = fake.sendInteraction({
        type: 3,
        locale: extra.locale ?? 'en-US',
        ...member(extra.userId),
        data: extra.values
          ? { custom_id: customId, component_type: 3, values: extra.values }
          : { custom_id: customId, component_type: 2 },
        message: {
          embeds: message.data?.embeds ?? [],
          components: message.data?.components ?? [],
          flags: (message.data?.flags as number | undefined) ?? 0,
        },
      } as never);
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
      await client.destroy();
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
