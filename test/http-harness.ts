import { generateKeyPairSync } from 'node:crypto';
import type { Command } from '../src/bot/command.ts';
import type { CommandSet } from '../src/bot/commands/registry.ts';
import { type HttpBot, startHttpBot } from '../src/bot/http/http-bot.ts';
import { KnowledgeStore } from '../src/bot/knowledge-store.ts';
import { createLogger } from '../src/bot/logger.ts';
import { openStores, type Stores } from '../src/bot/store/open-stores.ts';
import { type Callback, commandInteraction, componentInteraction } from './bot-harness.ts';
import { type FakeDiscord, type HttpDelivery, startFakeDiscord } from './fake-discord/server.ts';
import { KNOWLEDGE_DIR } from './helpers.ts';

/** A fake Discord that signs HTTP interactions with a key pair made for this test. */
export function startSigningFake(): Promise<FakeDiscord> {
  const { privateKey } = generateKeyPairSync('ed25519');
  return startFakeDiscord({ signingKey: privateKey });
}

export interface ReplicaSetup {
  redisUrl?: string;
  cooldown?: { answers: number; seconds: number };
  deferAfterMs?: number;
  extraCommands?: Command[];
}

export interface Replica {
  bot: HttpBot;
  endpoint: string;
  stores: Stores;
  /** The commands it serves (the real ones and the test's). */
  commands: () => CommandSet;
  /** Every log line, as JSON text. */
  logs: string[];
  /** Sends a slash command as a signed POST. */
  command(
    name: string,
    options?: Record<string, string | boolean>,
    extra?: { userId?: string; locale?: string },
  ): Promise<HttpDelivery>;
  /** Presses a component of a message another reply (on any replica) carried. */
  press(message: Callback, customId: string, extra?: { userId?: string }): Promise<HttpDelivery>;
  stop(): Promise<void>;
}

/** One replica of the bot in HTTP mode, as `npm start` runs it, answering the fake Discord. */
export async function startReplica(fake: FakeDiscord, setup: ReplicaSetup = {}): Promise<Replica> {
  const logs: string[] = [];
  const logger = createLogger('debug', { write: (line: string) => logs.push(line) });
  const stores = await openStores({
    redisUrl: setup.redisUrl,
    cooldown: setup.cooldown ?? { answers: 0, seconds: 30 },
    logger,
  });
  const store = await KnowledgeStore.open(KNOWLEDGE_DIR, logger, {
    stats: (scope) => stores.stats.snapshot(scope),
  });
  const extra = setup.extraCommands ?? [];
  const commands = (): CommandSet => ({
    ...store.current,
    commands: [...store.current.commands, ...extra],
    byName: new Map([
      ...store.current.byName,
      ...extra.map((command) => [command.definition.name, command] as const),
    ]),
  });
  const bot = await startHttpBot({
    port: 0,
    host: '127.0.0.1',
    publicKey: fake.publicKeyHex,
    token: fake.token,
    guildId: fake.guildId,
    apiUrl: fake.apiUrl,
    rest: { retries: 1, timeout: 2000 },
    deferAfterMs: setup.deferAfterMs,
    logger,
    commands,
    cooldown: stores.cooldown,
    questions: stores.stats,
  });
  const endpoint = `http://127.0.0.1:${bot.port}/interactions`;
  return {
    bot,
    endpoint,
    stores,
    commands,
    logs,
    command(name, options = {}, extra = {}) {
      return fake.postInteraction(endpoint, commandInteraction(name, options, extra));
    },
    press(message, customId, extra = {}) {
      return fake.postInteraction(endpoint, componentInteraction(message, customId, extra));
    },
    async stop() {
      await bot.close();
      await stores.close();
    },
  };
}
