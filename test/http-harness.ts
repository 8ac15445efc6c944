import { generateKeyPairSync } from 'node:crypto';
import type { Command } from '../src/bot/command.ts';
import type { CommandSet } from '../src/bot/commands/registry.ts';
import { type HttpReplica, launchHttpBot } from '../src/bot/http/launch-http.ts';
import { createLogger } from '../src/bot/logger.ts';
import { openStores, type Stores } from '../src/bot/store/open-stores.ts';
import {
  type Callback,
  commandInteraction,
  componentInteraction,
  type Extra,
} from './bot-harness.ts';
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
  replica: HttpReplica;
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
    extra?: Extra,
  ): Promise<HttpDelivery>;
  /** Presses a component of a message another reply (on any replica) carried. */
  press(message: Callback, customId: string, extra?: Extra): Promise<HttpDelivery>;
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
  const extra = setup.extraCommands ?? [];
  const replica = await launchHttpBot({
    port: 0,
    host: '127.0.0.1',
    publicKey: fake.publicKeyHex,
    token: fake.token,
    guildId: fake.guildId,
    apiUrl: fake.apiUrl,
    owners: { ids: [] },
    knowledgeDir: KNOWLEDGE_DIR,
    rest: { retries: 1, timeout: 2000 },
    ...(setup.deferAfterMs ? { deferAfterMs: setup.deferAfterMs } : {}),
    logger,
    cooldown: stores.cooldown,
    stats: stores.stats,
    wrapCommands: (current) => ({
      ...current,
      commands: [...current.commands, ...extra],
      byName: new Map([
        ...current.byName,
        ...extra.map((command) => [command.definition.name, command] as const),
      ]),
    }),
  });
  const endpoint = `http://127.0.0.1:${replica.bot.port}/interactions`;
  return {
    replica,
    endpoint,
    stores,
    commands: replica.commands,
    logs,
    command(name, options = {}, extra = {}) {
      const { overrides, send } = commandInteraction(name, options, extra);
      return fake.postInteraction(endpoint, overrides, send);
    },
    press(message, customId, extra = {}) {
      const { overrides, send } = componentInteraction(message, customId, extra);
      return fake.postInteraction(endpoint, overrides, send);
    },
    async stop() {
      await replica.stop();
      await stores.close();
    },
  };
}
