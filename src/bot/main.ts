import { pino } from 'pino';
import { ConfigError, loadConfig } from '../config.ts';
import { KnowledgeError } from '../knowledge/parse.ts';
import { runConsole } from './console.ts';
import { TokenRefusedError } from './discord-bot.ts';
import { FatalGatewayError } from './gateway-fatal.ts';
import { startHealthServer } from './health-server.ts';
import { launchHttpBot } from './http/launch-http.ts';
import { countsOf, KnowledgeStore } from './knowledge-store.ts';
import { type DiscordBot, launchDiscordBot, RegistrationRefusedError } from './launch-discord.ts';
import { createLogger, type Logger } from './logger.ts';
import { createMetrics } from './metrics.ts';
import { startShardingManager, stopShards } from './sharding.ts';
import { MemoryStatsStore } from './store/memory-stats.ts';
import { openStores } from './store/open-stores.ts';

/**
 * `npm start`: interactions over HTTP when INTERACTIONS_PORT is set, else the Discord gateway when
 * DISCORD_TOKEN is set, else a local console.
 */
async function main(): Promise<number> {
  const config = loadConfig();
  const { token } = config.discord;
  // In the console, stdout is the conversation: logs go to stderr, and only warnings by default.
  const logger =
    token || config.http
      ? createLogger(config.logLevel)
      : createLogger(config.logLevel === 'info' ? 'warn' : config.logLevel, pino.destination(2));
  process.on('unhandledRejection', (reason) =>
    logger.error({ err: reason }, 'unhandled rejection'),
  );

  if (token && config.sharding.mode === 'manager') {
    // Listened for before the shards start: a SIGTERM while they do must still stop them cleanly.
    const stopping = untilSignal(logger);
    let shards: { ready: boolean }[] = [];
    // The manager answers /healthz for its shards (ready once they all are); they serve none.
    const health = config.health
      ? await startHealthServer({
          ...config.health,
          ready: () => shards.length > 0 && shards.every((shard) => shard.ready),
          logger,
        })
      : undefined;
    const manager = await startShardingManager({
      token,
      apiUrl: config.discord.apiUrl,
      count: config.sharding.count,
      spawnDelayMs: config.sharding.spawnDelayMs,
      logger,
    });
    shards = [...manager.manager.shards.values()];
    const ended = await Promise.race([stopping, manager.fatal]);
    await health?.close();
    // Each shard process answers what it received, closes its gateway and exits: waited for.
    await stopShards(manager.manager);
    if (ended instanceof FatalGatewayError) throw ended;
    return 0;
  }

  /** What both the gateway and the HTTP bot are launched with: Discord, owners, knowledge, stores. */
  const launchWith = async () => {
    const stores = await openStores({
      redisUrl: config.redisUrl,
      dataDir: config.dataDir,
      cooldown: config.cooldown,
      logger,
    });
    const common = {
      ...(config.discord.guildId ? { guildId: config.discord.guildId } : {}),
      ...(config.discord.apiUrl ? { apiUrl: config.discord.apiUrl } : {}),
      owners: {
        ids: config.owners.ids,
        ...(config.owners.guildId ? { guildId: config.owners.guildId } : {}),
      },
      knowledgeDir: config.knowledgeDir,
      dataDir: config.dataDir,
      logger,
      cooldown: stores.cooldown,
      stats: stores.stats,
    };
    return { stores, common };
  };

  if (config.http) {
    const stopping = untilSignal(logger);
    const { stores, common } = await launchWith();
    let replica: Awaited<ReturnType<typeof launchHttpBot>> | undefined;
    const { metrics, health } = await startHealthAndMetrics({
      knowledge: () => (replica ? countsOf(replica.store.current.index.corpus) : undefined),
      ready: () => replica !== undefined,
      // No gateway in this mode.
      gatewayPingMs: () => -1,
    });
    replica = await launchHttpBot({
      ...config.http,
      ...(token ? { token } : {}),
      ...common,
      ...(metrics ? { metrics } : {}),
    });
    await stopping;
    await health?.close();
    // Requests already received are answered, and slow answers' edits sent, before exiting.
    await replica.stop();
    await stores.close();
    return 0;
  }

  if (!token) {
    // The console's /stats counts its own session.
    const stats = new MemoryStatsStore();
    const store = await KnowledgeStore.open(
      config.knowledgeDir,
      logger,
      { stats: (scope) => stats.snapshot(scope), reloadWait: () => 0 },
      { dataDir: config.dataDir },
    );
    process.stderr.write(
      'DISCORD_TOKEN is not set: starting the local console instead of Discord.\n',
    );
    await runConsole({
      input: process.stdin,
      output: process.stdout,
      commands: () => store.current,
      stats,
      language: config.consoleLanguage,
      interactive: Boolean(process.stdin.isTTY && process.stdout.isTTY),
    });
    // A snapshot being written is finished, not left in a temporary file.
    await store.snapshotSaved;
    return 0;
  }

  /**
   * With HEALTH_PORT: the metrics, and /healthz and /metrics served from the start, so a long
   * read of the knowledge answers 503, not "connection refused". A shard process serves none
   * (its manager answers for it).
   */
  async function startHealthAndMetrics(sources: {
    knowledge: () => ReturnType<typeof countsOf> | undefined;
    ready: () => boolean;
    gatewayPingMs: () => number;
  }) {
    if (!config.health || config.sharding.mode === 'shard') {
      return { metrics: undefined, health: undefined };
    }
    const metrics = createMetrics({
      knowledge: () => sources.knowledge() ?? { articles: 0, sentences: 0, figures: 0, topics: 0 },
      gatewayPingMs: sources.gatewayPingMs,
    });
    const health = await startHealthServer({
      ...config.health,
      ready: sources.ready,
      metrics: metrics.registry,
      logger,
    });
    return { metrics, health };
  }

  // Listened for from the start: a signal while the knowledge loads still stops cleanly.
  const stopping = untilSignal(logger);
  let fatal: (error: FatalGatewayError) => void = () => {};
  const closedForGood = new Promise<FatalGatewayError>((resolve) => {
    fatal = resolve;
  });
  const { stores, common } = await launchWith();
  let bot: DiscordBot | undefined;
  const { metrics, health } = await startHealthAndMetrics({
    knowledge: () => (bot ? countsOf(bot.store.current.index.corpus) : undefined),
    // The bot exists once the knowledge is indexed and the gateway ready.
    ready: () => bot?.client.isReady() === true,
    gatewayPingMs: () => bot?.client.ws.ping ?? -1,
  });
  bot = await launchDiscordBot({
    token,
    ...common,
    ...(metrics ? { metrics } : {}),
    ...(config.sharding.mode === 'group' ? { shards: config.sharding } : {}),
    onFatal: fatal,
  });
  const ended = await Promise.race([stopping, closedForGood]);
  await health?.close();
  if (ended instanceof FatalGatewayError) {
    await bot.stop(0);
    await stores.close();
    // Under a ShardingManager: it stops every shard rather than start this one again.
    process.send?.({ fatal: ended.code });
    throw ended;
  }
  // Interactions already received are answered before the gateway closes.
  await bot.stop(SHUTDOWN_DRAIN_MS);
  await stores.close();
  return 0;
}

/** How long a shutdown waits for the replies under way (Discord gives 3 s to acknowledge). */
const SHUTDOWN_DRAIN_MS = 5000;

/**
 * Resolves on SIGINT or SIGTERM. Later signals are ignored, not fatal: `npm start` forwards the
 * signal its process group already got, and the shutdown under way is bounded anyway.
 */
function untilSignal(logger: Logger): Promise<'signal'> {
  return new Promise((resolve) => {
    let received = false;
    const stop = (signal: NodeJS.Signals) => {
      if (received) return;
      received = true;
      logger.info({ signal }, 'shutting down');
      resolve('signal');
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // Expected start-up problems get one line, and never the token.
    const expected =
      error instanceof ConfigError ||
      error instanceof KnowledgeError ||
      error instanceof TokenRefusedError ||
      error instanceof FatalGatewayError ||
      error instanceof RegistrationRefusedError;
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
