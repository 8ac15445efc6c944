import { DiscordAPIError, HTTPError, REST, RESTEvents, Routes } from 'discord.js';
import { fetchCommands, sameCommands } from './command-registration.ts';
import { type CommandSet, definitionsOf } from './commands/registry.ts';
import type { Logger } from './logger.ts';

type Definition = ReturnType<typeof definitionsOf>[number];

/** What became of the commands: Discord's answer, in words a reader or an operator can act on. */
export type Registration =
  | { status: 'unchanged' | 'registered' }
  /** Discord said no (400, 403): retrying the same commands cannot help. */
  | { status: 'refused'; reason: string }
  /** Discord could not be reached (5xx, timeouts) after every attempt: a later retry may. */
  | { status: 'unreachable'; reason: string };

/** Commands only the bot's owners use: registered in their server when one is set. */
export const OWNER_COMMANDS: ReadonlySet<string> = new Set(['reload']);

export interface RegistrarOptions {
  token: string;
  applicationId: string;
  apiUrl?: string;
  /** The commands' server (instant); absent: global. */
  guildId?: string;
  /** The owners' server, where owner commands alone are registered. */
  ownerGuildId?: string;
  logger: Logger;
  /** Attempts per registration while Discord answers 5xx or not at all (default 5). */
  attempts?: number;
  /** First wait between attempts, doubled each time up to a minute (default 1000). */
  firstDelayMs?: number;
  /** A request that takes longer is given up and retried (default 15 s, as discord.js). */
  timeoutMs?: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const MAX_DELAY_MS = 60_000;

/** The first error Discord's form-error tree holds: its path (`3.name`) and message. */
function firstFormError(
  tree: unknown,
  path: string[] = [],
): { path: string[]; message: string } | null {
  if (typeof tree !== 'object' || tree === null) return null;
  const record = tree as Record<string, unknown>;
  const errors = record._errors;
  if (Array.isArray(errors) && errors.length > 0) {
    const first = errors[0] as { message?: unknown };
    return { path, message: String(first.message ?? 'invalid') };
  }
  for (const [key, value] of Object.entries(record)) {
    if (key === '_errors') continue;
    const found = firstFormError(value, [...path, key]);
    if (found) return found;
  }
  return null;
}

/** Whether trying again later may succeed: Discord down or slow, not Discord saying no. */
function isTransient(error: unknown): boolean {
  if (error instanceof DiscordAPIError) return error.status >= 500;
  if (error instanceof HTTPError) return error.status >= 500;
  return error instanceof Error; // timeouts, resets, refused connections
}

/** One line saying what Discord refused and what to fix, naming the command at fault. */
export function describeRefusal(error: unknown, definitions: readonly Definition[]): string {
  if (!(error instanceof DiscordAPIError)) {
    return error instanceof Error ? error.message : String(error);
  }
  if (error.status === 403 || error.code === 50001) {
    return `Discord refused to register the commands (${error.status} ${error.message}): invite the bot with the applications.commands scope (Developer Portal → OAuth2 → URL Generator: bot + applications.commands)`;
  }
  if (error.status === 401) {
    return 'Discord refused DISCORD_TOKEN: copy the bot token again from the Developer Portal';
  }
  const raw = error.rawError as { message?: string; errors?: unknown };
  const field = firstFormError(raw.errors);
  if (field === null)
    return `Discord refused the commands (${error.status}, code ${error.code}): ${raw.message ?? error.message}`;
  const [index, ...rest] = field.path;
  const command = definitions[Number(index)];
  const where = command
    ? `/${command.name}${rest.length > 0 ? ` (${rest.join('.')})` : ''}`
    : field.path.join('.');
  return `Discord refused the commands (${error.status}, code ${error.code}): ${where}: ${field.message}`;
}

/**
 * Registers the bot's commands in bulk overwrites, one per scope (the commands' server or global,
 * and the owners' server), remembering what Discord last accepted in each: a scope whose commands
 * did not change is left alone, and one Discord refused or could not take is registered by the
 * next call. 5xx and timeouts are retried with backoff, one log line per attempt; a 429's wait is
 * logged; a refusal comes back as one line naming the command at fault.
 */
export class CommandRegistrar {
  private readonly rest: REST;
  private readonly accepted = new Map<string, string>();
  private retryTimer: NodeJS.Timeout | null = null;
  private readonly options: RegistrarOptions;

  constructor(options: RegistrarOptions) {
    this.options = options;
    // Its own REST client, without discord.js's immediate retries: the backoff here is logged.
    this.rest = new REST({
      ...(options.apiUrl ? { api: options.apiUrl } : {}),
      retries: 0,
      timeout: options.timeoutMs ?? 15_000,
    }).setToken(options.token);
    // A 429 Discord sends is waited out by the REST client, silently: say how long.
    this.rest.on(RESTEvents.Response, (request, response) => {
      if (response.status !== 429) return;
      const seconds = Number(response.headers.get('retry-after') ?? 0);
      options.logger.warn(
        { route: request.route, retryAfterMs: Math.round(seconds * 1000) },
        'Discord rate limit: waiting before registering the commands',
      );
    });
  }

  /** Definitions by scope key: a guild id, or 'global'. */
  private scopesOf(commands: CommandSet): Map<string, Definition[]> {
    const { guildId, ownerGuildId } = this.options;
    const main = guildId ?? 'global';
    const scopes = new Map<string, Definition[]>([[main, []]]);
    if (ownerGuildId !== undefined && !scopes.has(ownerGuildId)) scopes.set(ownerGuildId, []);
    for (const definition of definitionsOf(commands)) {
      const owners = OWNER_COMMANDS.has(definition.name) && ownerGuildId !== undefined;
      scopes.get(owners ? ownerGuildId : main)?.push(definition);
    }
    return scopes;
  }

  /** Registers what Discord does not have yet; never throws. */
  async register(commands: CommandSet): Promise<Registration> {
    let registered = false;
    for (const [scope, definitions] of this.scopesOf(commands)) {
      const body = JSON.stringify(definitions);
      if (this.accepted.get(scope) === body) continue;
      if (!this.accepted.has(scope) && (await this.discordHas(scope, definitions))) {
        this.accepted.set(scope, body);
        continue;
      }
      const outcome = await this.put(scope, definitions);
      if (outcome !== null) return outcome;
      this.accepted.set(scope, body);
      registered = true;
      this.options.logger.info(
        {
          commands: definitions.length,
          scope: scope === 'global' ? 'global' : 'guild',
          guild: scope === 'global' ? undefined : scope,
        },
        'commands registered',
      );
    }
    return { status: registered ? 'registered' : 'unchanged' };
  }

  /**
   * Registers in the background until Discord takes the commands `latest()` gives, waiting
   * longer each time; a newer call replaces an older one.
   */
  retryLater(latest: () => CommandSet, delayMs = this.options.firstDelayMs ?? 1000): void {
    this.cancelRetry();
    this.retryTimer = setTimeout(async () => {
      this.retryTimer = null;
      const outcome = await this.register(latest());
      if (outcome.status === 'unreachable') {
        this.retryLater(latest, Math.min(MAX_DELAY_MS, delayMs * 2));
      }
    }, delayMs);
    this.retryTimer.unref();
  }

  cancelRetry(): void {
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  /**
   * At start-up, whether Discord has these commands already (a restart): then no bulk overwrite
   * bumps every command's version. A failed look-up answers no, and the overwrite goes on.
   */
  private async discordHas(scope: string, definitions: Definition[]): Promise<boolean> {
    const { applicationId, logger } = this.options;
    const guildId = scope === 'global' ? undefined : scope;
    try {
      const registered = await fetchCommands(this.rest, { applicationId, guildId });
      if (!sameCommands(definitions, registered)) return false;
      logger.info(
        { commands: definitions.length, scope: guildId ? 'guild' : 'global', guild: guildId },
        'commands unchanged',
      );
      return true;
    } catch {
      return false;
    }
  }

  /** One bulk overwrite, retried while Discord is unreachable; null once accepted. */
  private async put(scope: string, definitions: Definition[]): Promise<Registration | null> {
    const { applicationId, logger } = this.options;
    const route =
      scope === 'global'
        ? Routes.applicationCommands(applicationId)
        : Routes.applicationGuildCommands(applicationId, scope);
    const attempts = this.options.attempts ?? 5;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.rest.put(route, { body: definitions });
        return null;
      } catch (error) {
        if (!isTransient(error)) {
          const reason = describeRefusal(error, definitions);
          logger.error({ reason }, 'commands not registered');
          return { status: 'refused', reason };
        }
        const reason =
          error instanceof DiscordAPIError || error instanceof HTTPError
            ? `${error.status} ${error.message}`
            : (error as Error).message;
        if (attempt >= attempts) {
          logger.error({ attempt, reason }, 'commands not registered: Discord unreachable');
          return { status: 'unreachable', reason };
        }
        const delay = Math.min(
          MAX_DELAY_MS,
          (this.options.firstDelayMs ?? 1000) * 2 ** (attempt - 1),
        );
        logger.warn(
          { attempt, retryInMs: delay, reason },
          'registering the commands failed, retrying',
        );
        await sleep(delay);
      }
    }
  }
}
