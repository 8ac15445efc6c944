import { Client, Events, GatewayIntentBits, Options } from 'discord.js';
import { AnswerTurns } from './answer-turns.ts';
import type { BotRuntime } from './bot-runtime.ts';
import type { CommandSet } from './commands/registry.ts';
import { FatalGatewayError, isFatalCloseCode } from './gateway-fatal.ts';
import { handleInteraction } from './handle-interaction.ts';
import type { InFlight } from './in-flight.ts';
import { interactionWebhooks } from './interaction-webhooks.ts';
import type { Logger } from './logger.ts';

export interface DiscordBotOptions extends BotRuntime {
  token: string;
  guildId?: string;
  apiUrl?: string;
  /** Lower REST retries and timeouts, for tests. */
  rest?: { retries?: number; timeout?: number };
  /** First wait before logging in again while Discord is unreachable; doubles up to a minute. */
  retryDelayMs?: number;
  /** A group of shards for this process (else one shard, or those a ShardingManager assigned). */
  shards?: { ids: number[]; count: number };
  /** Interactions being answered, for a drained shutdown. */
  inFlight?: InFlight;
  /**
   * Registers the commands once the client is ready (where this process runs shard 0); a
   * refusal stops the start with its one line.
   */
  register?: (client: Client<true>, commands: CommandSet) => Promise<void>;
  /** Told when Discord closes the gateway for good after start-up (4004, 4010–4014). */
  onFatal?: (error: FatalGatewayError) => void;
}

/** Thrown when Discord refuses the token: retrying cannot help. */
export class TokenRefusedError extends Error {
  override name = 'TokenRefusedError';
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const MAX_BACKOFF_MS = 60_000;

/**
 * Logs in, retrying with backoff while Discord is unreachable; a refused token, or a gateway
 * closed for good (`fatal` settles), is final.
 */
async function logIn(
  client: Client,
  token: string,
  logger: Logger,
  firstDelayMs: number,
  fatal: Promise<never>,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await Promise.race([client.login(token), fatal]);
      return;
    } catch (error) {
      if (error instanceof FatalGatewayError) throw error;
      const code = (error as { code?: unknown }).code;
      if (code === 'TokenInvalid' || (error as { status?: unknown }).status === 401) {
        throw new TokenRefusedError(
          'Discord refused DISCORD_TOKEN: copy the bot token again from the Developer Portal',
        );
      }
      const delay = Math.min(MAX_BACKOFF_MS, firstDelayMs * 2 ** (attempt - 1));
      const reason = error instanceof Error ? error.message : String(error);
      logger.warn({ attempt, retryInMs: delay, reason }, 'cannot reach Discord, retrying');
      await Promise.race([sleep(delay), fatal]);
    }
  }
}

/**
 * Starts the Discord client: logs in, registers the commands (where this process runs shard 0),
 * then answers interactions. A gateway Discord closes for good (4004, 4010–4014) rejects the
 * start, or, later, is handed to `onFatal`.
 */
export async function startDiscordBot(options: DiscordBotOptions): Promise<Client<true>> {
  const { logger } = options;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { ...(options.apiUrl ? { api: options.apiUrl } : {}), ...(options.rest ?? {}) },
    ...(options.shards ? { shards: options.shards.ids, shardCount: options.shards.count } : {}),
    // Every reader who interacts lands in the user cache: bound it, and sweep it, so memory
    // settles however many readers come by. The bot reads no messages.
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      UserManager: { maxSize: 1000, keepOverLimit: (user) => user.id === user.client.user.id },
      GuildMemberManager: {
        maxSize: 1000,
        keepOverLimit: (member) => member.id === member.client.user.id,
      },
      MessageManager: 0,
    }),
    sweepers: {
      ...Options.DefaultSweeperSettings,
      users: { interval: 3600, filter: () => (user) => user.id !== user.client.user.id },
    },
  });
  const runtime: BotRuntime = {
    ...options,
    inTurn: { turns: new AnswerTurns(), webhooks: interactionWebhooks(options) },
  };
  client.on(Events.InteractionCreate, (interaction) => {
    const answering = handleInteraction(interaction, runtime);
    options.inFlight?.track(answering);
  });
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  let started = false;
  let failFatally: (error: FatalGatewayError) => void = () => {};
  const fatal = new Promise<never>((_resolve, reject) => {
    failFatally = reject;
  });
  fatal.catch(() => {});
  client.on(Events.ShardDisconnect, (event, shard) => {
    if (!isFatalCloseCode(event.code)) {
      logger.warn({ shard, code: event.code }, 'gateway closed');
      return;
    }
    const error = new FatalGatewayError(event.code);
    if (started) options.onFatal?.(error);
    else failFatally(error);
  });
  client.on(Events.ShardResume, (shard) => logger.info({ shard }, 'gateway resumed'));

  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
  try {
    await logIn(client, options.token, logger, options.retryDelayMs ?? 1000, fatal);
    const readyClient = await Promise.race([ready, fatal]);
    // Commands are registered once for the whole bot: by the process that runs shard 0.
    const shards = readyClient.ws.shards.map((shard) => shard.id);
    if (shards.length === 0 || shards.includes(0)) {
      await options.register?.(readyClient, options.commands());
    }
    started = true;
    logger.info(
      { user: readyClient.user.tag, guilds: readyClient.guilds.cache.size, shards },
      'ready',
    );
    return readyClient;
  } catch (error) {
    await client.destroy();
    throw error;
  }
}
