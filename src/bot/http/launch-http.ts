import { type APIApplication, REST, Routes } from 'discord.js';
import type { BotServices } from '../command.ts';
import type { CommandSet } from '../commands/registry.ts';
import { Cooldown } from '../cooldown.ts';
import { TokenRefusedError } from '../discord-bot.ts';
import type { KnowledgeStore } from '../knowledge-store.ts';
import {
  type LaunchOptions,
  openKnowledge,
  RELOAD_COOLDOWN_MS,
  registerAndFollow,
  registrarFor,
} from '../launch-discord.ts';
import type { Logger } from '../logger.ts';
import { Owners } from '../owners.ts';
import type { CommandRegistrar } from '../register-commands.ts';
import type { StatsStore } from '../store/types.ts';
import { type HttpBot, startHttpBot } from './http-bot.ts';

/** The gateway launch's options, less what only a gateway has (shards, close codes). */
export interface LaunchHttpOptions
  extends Omit<LaunchOptions, 'token' | 'stats' | 'shards' | 'onFatal'> {
  port: number;
  host?: string;
  publicKey: string;
  /** Absent: read from Discord with the token. */
  applicationId?: string;
  /** Registers the commands and finds the owners; answering needs none. */
  token?: string;
  stats: StatsStore;
  deferAfterMs?: number;
}

export interface HttpReplica {
  bot: HttpBot;
  store: KnowledgeStore;
  commands: () => CommandSet;
  stop(): Promise<void>;
}

/**
 * One replica of the bot over HTTP, as `npm start` runs it with INTERACTIONS_PORT: the knowledge,
 * the owners (OWNER_IDS, and the application's owner or team when the token can read it), the
 * commands registered as on the gateway, then the endpoint. Its stats and cooldowns are those
 * given: shared by every replica when they are Redis's.
 */
/** First wait before asking Discord again for the application; doubled up to a minute. */
const FIRST_RETRY_MS = 1000;
const MAX_RETRY_MS = 60_000;

/**
 * The application the token belongs to, asked again with backoff while Discord is unreachable,
 * as the gateway logs in; a refused token is final, in one line.
 */
async function readApplication(rest: REST, logger: Logger): Promise<APIApplication> {
  for (let attempt = 1; ; attempt++) {
    try {
      return (await rest.get(Routes.currentApplication())) as APIApplication;
    } catch (error) {
      if ((error as { status?: unknown }).status === 401) {
        throw new TokenRefusedError(
          'Discord refused DISCORD_TOKEN: copy the bot token again from the Developer Portal',
        );
      }
      const delay = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** (attempt - 1));
      const reason = error instanceof Error ? error.message : String(error);
      logger.warn({ attempt, retryInMs: delay, reason }, 'cannot reach Discord, retrying');
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

export async function launchHttpBot(options: LaunchHttpOptions): Promise<HttpReplica> {
  const { logger } = options;
  const owners = new Owners(options.owners.ids);
  const reloadCooldown = new Cooldown(1, RELOAD_COOLDOWN_MS);
  const services: BotServices = {
    reloadWait: (userId) => reloadCooldown.takeNow(userId),
    reload: () => store.reload(),
    stats: (scope) => options.stats.snapshot(scope),
  };
  const { store, commands } = await openKnowledge(options, services);

  let registrar: CommandRegistrar | null = null;
  if (options.token) {
    const rest = new REST({
      ...(options.apiUrl ? { api: options.apiUrl } : {}),
      ...(options.rest ?? {}),
    }).setToken(options.token);
    const application = await readApplication(rest, logger);
    owners.addApplication(application, logger);
    registrar = registrarFor(
      { ...options, token: options.token },
      options.applicationId ?? application.id,
    );
    await registerAndFollow(registrar, store, commands);
  } else {
    logger.warn('no DISCORD_TOKEN: commands not registered, and only OWNER_IDS may reload');
  }

  const bot = await startHttpBot({
    port: options.port,
    ...(options.host ? { host: options.host } : {}),
    publicKey: options.publicKey,
    ...(options.apiUrl ? { apiUrl: options.apiUrl } : {}),
    ...(options.rest ? { rest: options.rest } : {}),
    ...(options.deferAfterMs ? { deferAfterMs: options.deferAfterMs } : {}),
    logger,
    commands,
    cooldown: options.cooldown,
    stats: options.stats,
    owners,
    ...(options.metrics ? { metrics: options.metrics } : {}),
  });
  return {
    bot,
    store,
    commands,
    async stop() {
      await bot.close();
      registrar?.cancelRetry();
      await options.stats.close();
      // A snapshot being written is finished, not left in a temporary file.
      await store.snapshotSaved;
    },
  };
}
