import type { Client } from 'discord.js';
import type { BotServices } from './command.ts';
import type { CommandSet } from './commands/registry.ts';
import { Cooldown } from './cooldown.ts';
import { type DiscordBotOptions, startDiscordBot } from './discord-bot.ts';
import type { FatalGatewayError } from './gateway-fatal.ts';
import { InFlight } from './in-flight.ts';
import { KnowledgeStore, type ReloadReport } from './knowledge-store.ts';
import type { Logger } from './logger.ts';
import type { BotMetrics } from './metrics.ts';
import { Owners } from './owners.ts';
import { mergeSnapshots, type StatsSnapshot } from './question-log.ts';
import { CommandRegistrar } from './register-commands.ts';
import { MemoryStatsStore } from './store/memory-stats.ts';
import type { CooldownStore, StatsStore } from './store/types.ts';

/** Between two reloads by the same owner. */
export const RELOAD_COOLDOWN_MS = 30_000;

/** A command refused by Discord at start-up: one line, exit 1. */
export class RegistrationRefusedError extends Error {
  override name = 'RegistrationRefusedError';
}

export interface LaunchOptions {
  token: string;
  apiUrl?: string;
  guildId?: string;
  owners: { ids: string[]; guildId?: string };
  knowledgeDir: string;
  /** Where the index snapshot is kept; absent: the index is always built from the files. */
  dataDir?: string;
  logger: Logger;
  cooldown: CooldownStore;
  /** Default: in this process's memory. */
  stats?: StatsStore;
  /** Counts and times interactions for /metrics (HEALTH_PORT). */
  metrics?: BotMetrics;
  shards?: { ids: number[]; count: number };
  /** Lower REST retries, timeouts and backoff, for tests. */
  rest?: { retries?: number; timeout?: number };
  retryDelayMs?: number;
  registerAttempts?: number;
  /** Changes the commands served (tests add one that throws). */
  wrapCommands?: (commands: CommandSet) => CommandSet;
  onFatal?: (error: FatalGatewayError) => void;
}

export interface DiscordBot {
  client: Client<true>;
  store: KnowledgeStore;
  stats: StatsStore;
  owners: Owners;
  inFlight: InFlight;
  /**
   * Finishes the interactions received (deferred edits included) for up to `drainMs`, then
   * closes the gateway (close 1000). True when nothing was left unanswered.
   */
  stop(drainMs: number): Promise<boolean>;
}

/** What each shard process exposes to the others, through discord.js's `broadcastEval`. */
interface SharedHooks {
  articleBot?: {
    reload(): Promise<ReloadReport>;
    snapshot(scope: string | null | 'all'): Promise<StatsSnapshot>;
  };
}

/** The registrar for a launch's token, scopes and retry settings, and this application. */
export function registrarFor(
  options: Pick<
    LaunchOptions,
    | 'token'
    | 'apiUrl'
    | 'guildId'
    | 'owners'
    | 'logger'
    | 'registerAttempts'
    | 'retryDelayMs'
    | 'rest'
  >,
  applicationId: string,
): CommandRegistrar {
  return new CommandRegistrar({
    token: options.token,
    applicationId,
    ...(options.apiUrl ? { apiUrl: options.apiUrl } : {}),
    ...(options.guildId ? { guildId: options.guildId } : {}),
    ...(options.owners.guildId ? { ownerGuildId: options.owners.guildId } : {}),
    logger: options.logger,
    ...(options.registerAttempts ? { attempts: options.registerAttempts } : {}),
    ...(options.retryDelayMs ? { firstDelayMs: options.retryDelayMs } : {}),
    ...(options.rest?.timeout ? { timeoutMs: options.rest.timeout } : {}),
  });
}

/**
 * Registers the commands now (Discord's refusal stops the start), in the background while Discord
 * is unreachable, and again after each reload that changes them.
 */
export async function registerAndFollow(
  registrar: CommandRegistrar,
  store: KnowledgeStore,
  commands: () => CommandSet,
): Promise<void> {
  const outcome = await registrar.register(commands());
  if (outcome.status === 'refused') throw new RegistrationRefusedError(outcome.reason);
  if (outcome.status === 'unreachable') registrar.retryLater(commands);
  // After a reload: what Discord does not have yet; unreachable, retried in the background.
  store.register = async (next) => {
    const result = await registrar.register(next);
    if (result.status === 'unreachable') registrar.retryLater(() => store.current);
    return result;
  };
}

/** The reports of every shard process as one: this one's counts, any problem, Discord's answer. */
function combineReports(own: ReloadReport, all: ReloadReport[]): ReloadReport {
  const error = all.find((report) => report.error)?.error;
  const registration = all.find((report) => report.registration)?.registration;
  return {
    ...own,
    ...(error ? { error } : {}),
    ...(registration ? { registration } : {}),
  };
}

/**
 * The Discord bot as `npm start` runs it: the knowledge, the owners, the stats, the commands'
 * registration (what Discord last accepted kept, what it refused registered later), and under a
 * ShardingManager, reloads and stats that reach every shard process.
 */
/** The knowledge folder's store, and the commands read from it at each interaction. */
export async function openKnowledge(
  options: Pick<LaunchOptions, 'knowledgeDir' | 'dataDir' | 'logger' | 'wrapCommands'>,
  services: BotServices,
): Promise<{ store: KnowledgeStore; commands: () => CommandSet }> {
  const store = await KnowledgeStore.open(
    options.knowledgeDir,
    options.logger,
    services,
    options.dataDir === undefined ? {} : { dataDir: options.dataDir },
  );
  const commands = options.wrapCommands
    ? () => options.wrapCommands?.(store.current) ?? store.current
    : () => store.current;
  return { store, commands };
}

export async function launchDiscordBot(options: LaunchOptions): Promise<DiscordBot> {
  const { logger } = options;
  const owners = new Owners(options.owners.ids);
  const stats = options.stats ?? new MemoryStatsStore();
  // Counts held per process add up across shards; a shared store already holds them all.
  const statsPerProcess = stats instanceof MemoryStatsStore;
  const reloadCooldown = new Cooldown(1, RELOAD_COOLDOWN_MS);
  const inFlight = new InFlight();
  let client: Client<true> | null = null;
  let registrar: CommandRegistrar | null = null;
  const shardsOf = () => client?.shard ?? null;

  const services: BotServices = {
    reloadWait: (userId) => reloadCooldown.takeNow(userId),
    async reload() {
      const shards = shardsOf();
      const own = store.reload();
      if (shards === null) return own;
      const all = (await shards.broadcastEval((c) =>
        (c as unknown as SharedHooks).articleBot?.reload(),
      )) as (ReloadReport | undefined)[];
      return combineReports(
        await own,
        all.filter((report): report is ReloadReport => report !== undefined),
      );
    },
    async stats(scope) {
      const shards = shardsOf();
      if (shards === null || !statsPerProcess) return stats.snapshot(scope);
      const all = (await shards.broadcastEval(
        (c, context) => (c as unknown as SharedHooks).articleBot?.snapshot(context.scope),
        { context: { scope } },
      )) as (StatsSnapshot | undefined)[];
      return mergeSnapshots(all.filter((snapshot) => snapshot !== undefined));
    },
  };
  const { store, commands } = await openKnowledge(options, services);

  const register: DiscordBotOptions['register'] = async (readyClient) => {
    const active = registrarFor(options, readyClient.application.id);
    registrar = active;
    await registerAndFollow(active, store, commands);
  };

  client = await startDiscordBot({
    token: options.token,
    ...(options.guildId ? { guildId: options.guildId } : {}),
    ...(options.apiUrl ? { apiUrl: options.apiUrl } : {}),
    ...(options.rest ? { rest: options.rest } : {}),
    ...(options.retryDelayMs ? { retryDelayMs: options.retryDelayMs } : {}),
    ...(options.shards ? { shards: options.shards } : {}),
    ...(options.onFatal ? { onFatal: options.onFatal } : {}),
    ...(options.metrics ? { metrics: options.metrics } : {}),
    logger,
    commands,
    cooldown: options.cooldown,
    stats,
    owners,
    inFlight,
    register,
  });
  const ready = client;
  (ready as unknown as SharedHooks).articleBot = {
    reload: () => store.reload(),
    snapshot: (scope) => stats.snapshot(scope),
  };
  await owners.loadFrom(ready, logger);
  return {
    client: ready,
    store,
    stats,
    owners,
    inFlight,
    async stop(drainMs) {
      const drained = await inFlight.drain(drainMs);
      if (!drained) logger.warn({ unanswered: inFlight.size }, 'stopping with replies unsent');
      registrar?.cancelRetry();
      await ready.destroy();
      await stats.close();
      // A snapshot being written is finished, not left in a temporary file.
      await store.snapshotSaved;
      return drained;
    },
  };
}
