import { pino } from 'pino';
import { ConfigError, loadConfig } from '../config.ts';
import { KnowledgeError } from '../knowledge/parse.ts';
import { runConsole } from './console.ts';
import { Cooldown } from './cooldown.ts';
import { registerCommands, startDiscordBot, TokenRefusedError } from './discord-bot.ts';
import { KnowledgeStore } from './knowledge-store.ts';
import { createLogger, type Logger } from './logger.ts';
import { QuestionLog } from './question-log.ts';
import { startShardingManager } from './sharding.ts';

/** `npm start`: the Discord bot when DISCORD_TOKEN is set, a local console otherwise. */
async function main(): Promise<number> {
  const config = loadConfig();
  const { token } = config.discord;
  // In the console, stdout is the conversation: logs go to stderr, and only warnings by default.
  const logger = token
    ? createLogger(config.logLevel)
    : createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, pino.destination(2));
  process.on('unhandledRejection', (reason) =>
    logger.error({ err: reason }, 'unhandled rejection'),
  );

  if (token && config.sharding.mode === 'manager') {
    // Listened for before the shards start: a SIGTERM while they do must still stop them cleanly.
    const stopping = untilSignal(logger);
    const manager = await startShardingManager({
      token,
      apiUrl: config.discord.apiUrl,
      count: config.sharding.count,
      spawnDelayMs: config.sharding.spawnDelayMs,
      logger,
    });
    await stopping;
    manager.respawn = false;
    // Each shard process destroys its client on SIGTERM and exits.
    await Promise.all(manager.shards.map((shard) => shard.kill()));
    return 0;
  }

  const questions = new QuestionLog();
  const store = await KnowledgeStore.open(config.knowledgeDir, logger, {
    stats: () => questions.snapshot(),
  });
  if (!token) {
    process.stderr.write(
      'DISCORD_TOKEN is not set: starting the local console instead of Discord.\n',
    );
    await runConsole({
      input: process.stdin,
      output: process.stdout,
      commands: () => store.current,
      language: config.consoleLanguage,
      interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
    });
    return 0;
  }

  const client = await startDiscordBot({
    token,
    guildId: config.discord.guildId,
    apiUrl: config.discord.apiUrl,
    logger,
    commands: () => store.current,
    cooldown: new Cooldown(config.cooldown.answers, config.cooldown.seconds * 1000),
    questions,
    ...(config.sharding.mode === 'group' ? { shards: config.sharding } : {}),
  });
  store.onCommandsChanged = (commands) =>
    registerCommands(client, commands, config.discord.guildId, logger);
  await untilSignal(logger);
  await client.destroy();
  return 0;
}

/** Resolves on SIGINT or SIGTERM. */
function untilSignal(logger: Logger): Promise<void> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      logger.info({ signal }, 'shutting down');
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // Expected start-up problems get one line, and never the token.
    const expected =
      error instanceof ConfigError ||
      error instanceof KnowledgeError ||
      error instanceof TokenRefusedError;
    const text =
      error instanceof Error
        ? expected
          ? error.message
          : (error.stack ?? error.message)
        : String(error);
    process.stderr.write(`error: ${text}\n`);
    process.exit(1);
  },
);
