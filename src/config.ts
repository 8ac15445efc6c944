import { resolve } from 'node:path';
import { config as loadDotenv } from 'dotenv';

/**
 * All configuration, read and checked once: `.env` (if present) then the environment, which wins.
 * Nothing else in the program reads `process.env`.
 */
export interface Config {
  knowledgeDir: string;
  /** Where the bot keeps what it writes (the index snapshot, /stats): `data/` unless DATA_DIR says. */
  dataDir: string;
  /** HEALTH_PORT: /healthz and /metrics on this port (absent: off). */
  health: { port: number; host: string } | undefined;
  discord: {
    /** Absent: the bot opens a local console instead of connecting to Discord. */
    token: string | undefined;
    /** Register commands to this guild (instant) rather than globally. */
    guildId: string | undefined;
    /** Base URL of Discord's REST API, e.g. a proxy or a test's fake Discord. */
    apiUrl: string | undefined;
  };
  /**
   * The bot's owners, who may change bot-wide state (`/reload`): these user ids, added to the
   * application's owner or team members, which are read from Discord.
   */
  owners: {
    ids: string[];
    /** Where the owners' commands are registered; absent: with the other commands. */
    guildId: string | undefined;
  };
  logLevel: LogLevel;
  /** Language of the console's replies (French command names answer in French anyway). */
  consoleLanguage: 'en' | 'fr';
  /** Per reader: at most `answers` answers in `seconds` (0 answers: no limit). */
  cooldown: { answers: number; seconds: number };
  sharding: Sharding;
  /** Set: interactions arrive over HTTP (`POST /interactions`) and no gateway is opened. */
  http: HttpInteractions | undefined;
  /** Cooldowns and stats shared by replicas in Redis; absent: this process's own store. */
  redisUrl: string | undefined;
}

export interface HttpInteractions {
  port: number;
  /** The application's Ed25519 public key, 64 hex digits (Developer Portal → General Information). */
  publicKey: string;
  /** Absent: read from Discord with the token at start-up. */
  applicationId: string | undefined;
}

/**
 * How this process takes part in sharding (Discord requires it from 2,500 servers):
 * - `single`: one process, one shard (no SHARD_COUNT);
 * - `manager`: SHARD_COUNT alone: discord.js's ShardingManager starts one process per shard;
 * - `group`: SHARD_IDS with SHARD_COUNT: these shards in this process (one group per machine);
 * - `shard`: a process the ShardingManager started (discord.js passes SHARDS itself).
 */
export type Sharding =
  | { mode: 'single' }
  | { mode: 'manager'; count: number | 'auto'; spawnDelayMs: number }
  | { mode: 'group'; ids: number[]; count: number }
  | { mode: 'shard' };

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Environment = Record<string, string | undefined>;

const SNOWFLAKE = /^\d{17,20}$/u;

function optional(env: Environment, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function integer(
  env: Environment,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number {
  const text = optional(env, name);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}`);
  }
  return value;
}

function parseSharding(env: Environment): Sharding {
  // Set by discord.js in the processes its ShardingManager starts.
  if (env.SHARDING_MANAGER === 'true') return { mode: 'shard' };
  const countText = optional(env, 'SHARD_COUNT');
  const idsText = optional(env, 'SHARD_IDS');
  if (countText === undefined) {
    if (idsText !== undefined)
      throw new ConfigError('SHARD_IDS needs SHARD_COUNT (the total number of shards)');
    return { mode: 'single' };
  }
  const count =
    countText.toLowerCase() === 'auto' ? 'auto' : integer(env, 'SHARD_COUNT', 1, 1, 100_000);
  if (idsText === undefined) {
    return {
      mode: 'manager',
      count,
      spawnDelayMs: integer(env, 'SHARD_SPAWN_DELAY_MS', 5500, 0, 60_000),
    };
  }
  if (count === 'auto') throw new ConfigError('SHARD_IDS needs a number for SHARD_COUNT, not auto');
  const ids = idsText.split(',').map((id) => Number(id.trim()));
  if (!ids.every((id) => Number.isInteger(id) && id >= 0 && id < count)) {
    throw new ConfigError(
      `SHARD_IDS must be shard numbers from 0 to ${count - 1}, separated by commas`,
    );
  }
  return { mode: 'group', ids: [...new Set(ids)], count };
}

function parseHttp(env: Environment, token: string | undefined): HttpInteractions | undefined {
  if (optional(env, 'INTERACTIONS_PORT') === undefined) return undefined;
  const port = integer(env, 'INTERACTIONS_PORT', 0, 1, 65_535);
  const publicKey = optional(env, 'DISCORD_PUBLIC_KEY')?.toLowerCase();
  if (publicKey === undefined || !/^[0-9a-f]{64}$/u.test(publicKey)) {
    throw new ConfigError(
      'INTERACTIONS_PORT needs DISCORD_PUBLIC_KEY: the 64 hex digits of the Public Key (Developer Portal → General Information)',
    );
  }
  const applicationId = optional(env, 'DISCORD_APPLICATION_ID');
  if (applicationId !== undefined && !SNOWFLAKE.test(applicationId)) {
    throw new ConfigError('DISCORD_APPLICATION_ID must be an application ID (17–20 digits)');
  }
  if (applicationId === undefined && token === undefined) {
    throw new ConfigError('INTERACTIONS_PORT needs DISCORD_APPLICATION_ID or DISCORD_TOKEN');
  }
  return { port, publicKey, applicationId };
}

/** Checks an environment and returns the configuration, or throws a one-line `ConfigError`. */
export function parseConfig(env: Environment, cwd = process.cwd()): Config {
  const token = optional(env, 'DISCORD_TOKEN');
  if (token !== undefined && /\s/u.test(token)) {
    throw new ConfigError('DISCORD_TOKEN contains spaces: paste the bot token alone');
  }
  const guildId = optional(env, 'DISCORD_GUILD_ID');
  if (guildId !== undefined && !SNOWFLAKE.test(guildId)) {
    throw new ConfigError('DISCORD_GUILD_ID must be a server ID (17–20 digits)');
  }
  const apiUrl = optional(env, 'DISCORD_API_URL');
  if (apiUrl !== undefined && !/^https?:\/\/[^\s/]+/u.test(apiUrl)) {
    throw new ConfigError('DISCORD_API_URL must be an http(s) URL, e.g. http://127.0.0.1:8080/api');
  }
  const logLevel = (optional(env, 'LOG_LEVEL') ?? 'info').toLowerCase();
  if (!(LOG_LEVELS as readonly string[]).includes(logLevel)) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  }
  const consoleLanguage = (optional(env, 'CONSOLE_LANGUAGE') ?? 'en').toLowerCase();
  if (consoleLanguage !== 'en' && consoleLanguage !== 'fr') {
    throw new ConfigError('CONSOLE_LANGUAGE must be en or fr');
  }
  const cooldown = {
    answers: integer(env, 'COOLDOWN_ANSWERS', 5, 0, 1000),
    seconds: integer(env, 'COOLDOWN_SECONDS', 30, 1, 3600),
  };
  const sharding = parseSharding(env);
  const ownerIds = (optional(env, 'OWNER_IDS') ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => id !== '');
  if (!ownerIds.every((id) => SNOWFLAKE.test(id))) {
    throw new ConfigError('OWNER_IDS must be user IDs (17–20 digits), separated by commas');
  }
  const ownerGuildId = optional(env, 'OWNER_GUILD_ID');
  if (ownerGuildId !== undefined && !SNOWFLAKE.test(ownerGuildId)) {
    throw new ConfigError('OWNER_GUILD_ID must be a server ID (17–20 digits)');
  }
  const redisUrl = optional(env, 'REDIS_URL');
  if (redisUrl !== undefined && !/^rediss?:\/\/\S+$/u.test(redisUrl)) {
    throw new ConfigError(
      'REDIS_URL must be a redis:// or rediss:// URL, e.g. redis://127.0.0.1:6379',
    );
  }
  const http = parseHttp(env, token);
  if (http !== undefined && sharding.mode !== 'single') {
    throw new ConfigError(
      'INTERACTIONS_PORT needs no shards: leave SHARD_COUNT and SHARD_IDS empty',
    );
  }
  const healthPort = integer(env, 'HEALTH_PORT', 0, 0, 65_535);
  return {
    knowledgeDir: resolve(cwd, optional(env, 'KNOWLEDGE_DIR') ?? 'knowledge'),
    dataDir: resolve(cwd, optional(env, 'DATA_DIR') ?? 'data'),
    health:
      healthPort === 0
        ? undefined
        : { port: healthPort, host: optional(env, 'HEALTH_HOST') ?? '127.0.0.1' },
    discord: { token, guildId, apiUrl: apiUrl?.replace(/\/+$/u, '') },
    owners: { ids: [...new Set(ownerIds)], guildId: ownerGuildId },
    logLevel: logLevel as LogLevel,
    consoleLanguage,
    cooldown,
    sharding,
    http,
    redisUrl,
  };
}

/**
 * Variables discord.js reads from `process.env` by itself: an empty one (`SHARD_COUNT=` in
 * `.env.example`) makes its client throw, so none may reach it empty.
 */
const READ_BY_DISCORD_JS = ['SHARD_COUNT', 'SHARDS', 'SHARDING_MANAGER', 'SHARDING_MANAGER_MODE'];

/**
 * Reads `.env` into its own object, never into `process.env`, and parses it under the
 * environment, which wins. Empty variables discord.js would read are removed from `process.env`.
 */
export function loadConfig(): Config {
  const fromFile: Environment = {};
  loadDotenv({ quiet: true, processEnv: fromFile as Record<string, string> });
  for (const name of READ_BY_DISCORD_JS) {
    if (process.env[name]?.trim() === '') delete process.env[name];
  }
  return parseConfig({ ...fromFile, ...process.env });
}
