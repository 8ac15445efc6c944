import { type Config, ConfigError, loadConfig } from '../config.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import { KnowledgeError } from '../knowledge/parse.ts';
import { buildIndex } from '../search/search-index.ts';
import { buildCommands, RESERVED_NAMES } from './commands/registry.ts';
import { runConsole } from './console.ts';
import { startDiscordBot, TokenRefusedError } from './discord-bot.ts';
import { createLogger, type Logger } from './logger.ts';

/** `npm start`: the Discord bot when DISCORD_TOKEN is set, a local console otherwise. */

async function loadCommands(config: Config, logger: Logger) {
  const started = performance.now();
  const corpus = await loadKnowledge(config.knowledgeDir, { reservedTopicNames: RESERVED_NAMES });
  const commands = buildCommands(buildIndex(corpus));
  logger.info(
    {
      articles: corpus.documents.length,
      sentences: corpus.sentences.length,
      topics: corpus.topics.length,
      ms: Math.round(performance.now() - started),
    },
    'knowledge indexed',
  );
  return commands;
}

async function main(): Promise<number> {
  const config = loadConfig();
  const { token } = config.discord;
  // In the console, stdout is the conversation: logs go to stderr, and only warnings by default.
  const logger = createLogger(
    token ? config.logLevel : config.logLevel === 'info' ? 'warn' : config.logLevel,
    token ? undefined : (await import('pino')).pino.destination(2),
  );
  process.on('unhandledRejection', (reason) =>
    logger.error({ err: reason }, 'unhandled rejection'),
  );

  const commands = await loadCommands(config, logger);
  if (!token) {
    process.stderr.write(
      'DISCORD_TOKEN is not set: starting the local console instead of Discord.\n',
    );
    await runConsole({
      input: process.stdin,
      output: process.stdout,
      commands: () => commands,
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
    commands: () => commands,
  });
  await new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      logger.info({ signal }, 'shutting down');
      client.destroy().finally(resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}

main().then(
  (code) => {
    process.exit(code);
  },
  (error: unknown) => {
    // Expected start-up problems get one line, and never the token.
    if (
      error instanceof ConfigError ||
      error instanceof KnowledgeError ||
      error instanceof TokenRefusedError
    ) {
      process.stderr.write(`error: ${error.message}\n`);
      process.exit(1);
    }
    process.stderr.write(
      `error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);
