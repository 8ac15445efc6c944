import {
  ApplicationCommandOptionType,
  type ChatInputCommandInteraction,
  Client,
  type CommandInteractionOption,
  Events,
  GatewayIntentBits,
  type Interaction,
  type InteractionReplyOptions,
  MessageFlags,
} from 'discord.js';
import type { Command, CommandOutcome, CommandRequest, OptionValue } from './command.ts';
import type { CommandSet } from './commands/registry.ts';
import { fitReply } from './discord-limits.ts';
import { languageOf, MESSAGES } from './i18n.ts';
import type { Logger } from './logger.ts';
import type { BotReply } from './reply.ts';

export interface DiscordBotOptions {
  token: string;
  guildId?: string;
  apiUrl?: string;
  logger: Logger;
  /** The current commands; read at each interaction, so a reload takes effect at once. */
  commands: () => CommandSet;
  /** Lower REST retries and timeouts, for tests. */
  rest?: { retries?: number; timeout?: number };
}

/** Thrown when Discord refuses the token: retrying cannot help. */
export class TokenRefusedError extends Error {
  override name = 'TokenRefusedError';
}

/** A reply as discord.js sends it: limits enforced, and never a ping, whatever the text says. */
export function toDiscordMessage(reply: BotReply): InteractionReplyOptions {
  const fitted = fitReply({ content: reply.content, embeds: reply.embeds });
  return {
    ...(fitted.content !== undefined ? { content: fitted.content } : {}),
    embeds: fitted.embeds,
    ...(reply.components ? { components: reply.components } : {}),
    ...(reply.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
    allowedMentions: { parse: [] },
  };
}

function collectOptions(
  options: readonly CommandInteractionOption[],
  into: Map<string, OptionValue>,
): void {
  for (const option of options) {
    if (option.options) collectOptions(option.options, into);
    if (
      option.value !== undefined &&
      (option.type === ApplicationCommandOptionType.String ||
        option.type === ApplicationCommandOptionType.Boolean ||
        option.type === ApplicationCommandOptionType.Integer ||
        option.type === ApplicationCommandOptionType.Number)
    ) {
      into.set(option.name, option.value);
    }
  }
}

export function requestOf(interaction: ChatInputCommandInteraction): CommandRequest {
  const options = new Map<string, OptionValue>();
  collectOptions(interaction.options.data, options);
  return { options, language: languageOf(interaction.locale) };
}

function unknownCommand(request: CommandRequest): CommandOutcome {
  return {
    reply: {
      ephemeral: true,
      embeds: [{ description: MESSAGES[request.language].unknownCommand }],
    },
  };
}

/** Runs a command and replies; a failure gets a short apology and a log line, never a crash. */
async function answerCommand(
  interaction: ChatInputCommandInteraction,
  commands: CommandSet,
  logger: Logger,
): Promise<void> {
  const started = performance.now();
  const request = requestOf(interaction);
  const command: Command | undefined = commands.byName.get(interaction.commandName);
  const log = {
    interaction: interaction.id,
    command: interaction.commandName,
    locale: interaction.locale,
  };
  try {
    const outcome = command ? command.execute(request, commands) : unknownCommand(request);
    await interaction.reply(toDiscordMessage(outcome.reply));
    logger.info(
      {
        ...log,
        answered: outcome.answered,
        results: outcome.results,
        ms: Math.round(performance.now() - started),
      },
      'replied',
    );
  } catch (error) {
    logger.error({ ...log, err: error }, 'command failed');
    const apology = toDiscordMessage({
      ephemeral: true,
      embeds: [{ description: MESSAGES[request.language].error }],
    });
    try {
      if (interaction.replied || interaction.deferred) await interaction.followUp(apology);
      else await interaction.reply(apology);
    } catch (apologyError) {
      // The interaction may be gone (10062) or Discord unreachable: logged, nothing more to do.
      logger.warn({ ...log, err: apologyError }, 'could not send the apology');
    }
  }
}

export async function handleInteraction(
  interaction: Interaction,
  commands: CommandSet,
  logger: Logger,
) {
  if (interaction.isChatInputCommand()) await answerCommand(interaction, commands, logger);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const MAX_BACKOFF_MS = 60_000;

/** Logs in, retrying with backoff while Discord is unreachable; a refused token is final. */
async function logIn(client: Client, token: string, logger: Logger): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await client.login(token);
      return;
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code === 'TokenInvalid' || (error as { status?: unknown }).status === 401) {
        throw new TokenRefusedError(
          'Discord refused DISCORD_TOKEN: copy the bot token again from the Developer Portal',
        );
      }
      const delay = Math.min(MAX_BACKOFF_MS, 1000 * 2 ** (attempt - 1));
      const reason = error instanceof Error ? error.message : String(error);
      logger.warn({ attempt, retryInMs: delay, reason }, 'cannot reach Discord, retrying');
      await sleep(delay);
    }
  }
}

/**
 * Starts the Discord client: logs in, registers the commands in one bulk overwrite (to the guild
 * when one is configured, which is instant), then answers interactions.
 */
export async function startDiscordBot(options: DiscordBotOptions): Promise<Client> {
  const { logger } = options;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: {
      ...(options.apiUrl ? { api: options.apiUrl } : {}),
      ...(options.rest ?? {}),
    },
  });
  client.on(Events.InteractionCreate, (interaction) => {
    handleInteraction(interaction, options.commands(), logger).catch((error: unknown) =>
      logger.error({ err: error, interaction: interaction.id }, 'interaction failed'),
    );
  });
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.ShardDisconnect, (event, shard) =>
    logger.warn({ shard, code: event.code }, 'gateway closed'),
  );
  client.on(Events.ShardResume, (shard) => logger.info({ shard }, 'gateway resumed'));

  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
  await logIn(client, options.token, logger);
  const readyClient = await ready;
  await registerCommands(readyClient, options);
  logger.info({ user: readyClient.user.tag, guilds: readyClient.guilds.cache.size }, 'ready');
  return client;
}

export async function registerCommands(
  client: Client<true>,
  options: Pick<DiscordBotOptions, 'guildId' | 'logger' | 'commands'>,
) {
  const definitions = options.commands().commands.map((command) => command.definition);
  if (options.guildId) await client.application.commands.set(definitions, options.guildId);
  else await client.application.commands.set(definitions);
  options.logger.info(
    { commands: definitions.length, scope: options.guildId ? 'guild' : 'global' },
    'commands registered',
  );
}
