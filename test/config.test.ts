import { describe, expect, it } from 'vitest';
import { parseConfig } from '../src/config.ts';

describe('parseConfig', () => {
  it('gives defaults for an empty environment', () => {
    const config = parseConfig({}, '/app');
    expect(config).toEqual({
      knowledgeDir: '/app/knowledge',
      discord: { token: undefined, guildId: undefined, apiUrl: undefined },
      owners: { ids: [], guildId: undefined },
      logLevel: 'info',
      consoleLanguage: 'en',
      cooldown: { answers: 5, seconds: 30 },
      sharding: { mode: 'single' },
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

  it.each([
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
