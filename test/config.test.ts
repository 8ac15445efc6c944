import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.ts';

describe('parseConfig', () => {
  it('gives defaults for an empty environment', () => {
    const config = parseConfig({}, '/app');
    expect(config).toEqual({
      knowledgeDir: '/app/knowledge',
      dataDir: '/app/data',
      health: undefined,
      discord: { token: undefined, guildId: undefined, apiUrl: undefined },
      owners: { ids: [], guildId: undefined },
      logLevel: 'info',
      consoleLanguage: 'en',
      cooldown: { answers: 5, seconds: 30 },
      sharding: { mode: 'single' },
      http: undefined,
      redisUrl: undefined,
    });
  });

  it('reads the owners, and refuses what is not a user or server ID with one line', () => {
    expect(
      parseConfig({
        OWNER_IDS: '123456789012345678, 223456789012345678,123456789012345678',
        OWNER_GUILD_ID: '323456789012345678',
      }).owners,
    ).toEqual({ ids: ['123456789012345678', '223456789012345678'], guildId: '323456789012345678' });
    expect(() => parseConfig({ OWNER_IDS: 'me' })).toThrow(
      'OWNER_IDS must be user IDs (17–20 digits), separated by commas',
    );
    expect(() => parseConfig({ OWNER_GUILD_ID: 'ours' })).toThrow(
      'OWNER_GUILD_ID must be a server ID (17–20 digits)',
    );
  });

  it('reads DATA_DIR against the working directory, and HEALTH_PORT with its host', () => {
    const config = parseConfig({ DATA_DIR: 'state', HEALTH_PORT: '9100' }, '/app');
    expect(config.dataDir).toBe('/app/state');
    expect(config.health).toEqual({ port: 9100, host: '127.0.0.1' });
    expect(parseConfig({ HEALTH_PORT: '8080', HEALTH_HOST: '0.0.0.0' }).health?.host).toBe(
      '0.0.0.0',
    );
    expect(() => parseConfig({ HEALTH_PORT: '70000' })).toThrow(
      'HEALTH_PORT must be a whole number from 0 to 65535',
    );
  });

  it('reads sharding modes', () => {
    expect(parseConfig({ SHARD_COUNT: 'auto' }).sharding).toEqual({
      mode: 'manager',
      count: 'auto',
      spawnDelayMs: 5500,
    });
    expect(parseConfig({ SHARD_COUNT: '4', SHARD_IDS: '2, 3' }).sharding).toEqual({
      mode: 'group',
      ids: [2, 3],
      count: 4,
    });
    expect(
      parseConfig({ SHARD_COUNT: '4', SHARDING_MANAGER: 'true', SHARDS: '[1]' }).sharding,
    ).toEqual({ mode: 'shard' });
  });

  it('reads HTTP interactions and Redis', () => {
    const key = 'AB'.repeat(32);
    const config = parseConfig({
      INTERACTIONS_PORT: '8443',
      DISCORD_PUBLIC_KEY: key,
      DISCORD_APPLICATION_ID: '1187000000000000001',
      REDIS_URL: 'redis://cache:6379/0',
    });
    expect(config.http).toEqual({
      port: 8443,
      publicKey: key.toLowerCase(),
      applicationId: '1187000000000000001',
    });
    expect(config.redisUrl).toBe('redis://cache:6379/0');
    // Without an application ID, the token lets the bot read it.
    expect(
      parseConfig({ INTERACTIONS_PORT: '1', DISCORD_PUBLIC_KEY: key, DISCORD_TOKEN: 't' }).http,
    ).toEqual({ port: 1, publicKey: key.toLowerCase(), applicationId: undefined });
  });

  it.each([
    [{ INTERACTIONS_PORT: '8443' }, 'INTERACTIONS_PORT needs DISCORD_PUBLIC_KEY'],
    [
      { INTERACTIONS_PORT: '8443', DISCORD_PUBLIC_KEY: 'ab'.repeat(32) },
      'INTERACTIONS_PORT needs DISCORD_APPLICATION_ID or DISCORD_TOKEN',
    ],
    [
      { INTERACTIONS_PORT: '8443', DISCORD_PUBLIC_KEY: 'ab'.repeat(31), DISCORD_TOKEN: 't' },
      'INTERACTIONS_PORT needs DISCORD_PUBLIC_KEY',
    ],
    [
      {
        INTERACTIONS_PORT: '1',
        DISCORD_PUBLIC_KEY: 'ab'.repeat(32),
        DISCORD_TOKEN: 't',
        SHARD_COUNT: '2',
      },
      'INTERACTIONS_PORT needs no shards',
    ],
    [{ REDIS_URL: 'localhost:6379' }, 'REDIS_URL must be a redis:// or rediss:// URL'],
    [{ DISCORD_TOKEN: 'abc def' }, 'DISCORD_TOKEN contains spaces: paste the bot token alone'],
    [{ DISCORD_GUILD_ID: '12' }, 'DISCORD_GUILD_ID must be a server ID (17–20 digits)'],
    [{ DISCORD_API_URL: 'localhost:8080' }, 'DISCORD_API_URL must be an http(s) URL'],
    [
      { LOG_LEVEL: 'loud' },
      'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent',
    ],
    [{ COOLDOWN_ANSWERS: '-1' }, 'COOLDOWN_ANSWERS must be a whole number from 0 to 1000'],
    [{ CONSOLE_LANGUAGE: 'de' }, 'CONSOLE_LANGUAGE must be en or fr'],
    [{ SHARD_IDS: '0' }, 'SHARD_IDS needs SHARD_COUNT'],
    [{ SHARD_COUNT: '2', SHARD_IDS: '2' }, 'SHARD_IDS must be shard numbers from 0 to 1'],
    [{ SHARD_COUNT: 'auto', SHARD_IDS: '0' }, 'SHARD_IDS needs a number for SHARD_COUNT, not auto'],
  ])('refuses %o with one line', (env, message) => {
    expect(() => parseConfig(env)).toThrow(message);
  });
});
