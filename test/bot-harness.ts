import type { Client } from 'discord.js';
import { buildCommands, type CommandSet } from '../src/bot/commands/registry.ts';
import { startDiscordBot } from '../src/bot/discord-bot.ts';
import { createLogger } from '../src/bot/logger.ts';
import { loadDiscordSpec, validateRequestBody } from './fake-discord/openapi.ts';
import { type FakeDiscord, startFakeDiscord } from './fake-discord/server.ts';
import { loadSeedIndex } from './helpers.ts';

export const discordSpec = loadDiscordSpec();

export interface RunningBot {
  fake: FakeDiscord;
  client: Client;
  /** Every log line the bot wrote, as JSON text. */
  logs: string[];
  commands: CommandSet;
  /** Sends a slash command and resolves with the callback body the bot sent. */
  command(
    name: string,
    options?: Record<string, string | boolean>,
    extra?: { locale?: string; userId?: string },
  ): Promise<{ type: number; data?: Record<string, unknown> }>;
  stop(): Promise<void>;
}

const OPTION_TYPES = { string: 3, boolean: 5 } as const;

/** The real bot (real discord.js client) logged in to a fresh fake Discord. */
export async function startBot(commands?: CommandSet): Promise<RunningBot> {
  const fake = await startFakeDiscord();
  const logs: string[] = [];
  const logger = createLogger('debug', { write: (line: string) => logs.push(line) });
  const commandSet = commands ?? buildCommands(await loadSeedIndex());
  const client = await startDiscordBot({
    token: fake.token,
    guildId: fake.guildId,
    apiUrl: fake.apiUrl,
    logger,
    commands: () => commandSet,
    rest: { retries: 1, timeout: 2000 },
  });
  return {
    fake,
    client,
    logs,
    commands: commandSet,
    async command(name, options = {}, extra = {}) {
      const { id } = fake.sendInteraction({
        locale: extra.locale ?? 'en-US',
        ...(extra.userId ? { member: { user: { id: extra.userId } } } : {}),
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
