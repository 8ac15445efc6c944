import {
  type APIChatInputApplicationCommandInteraction,
  type APIInteraction,
  Client,
  Events,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  Options,
} from 'discord.js';
import { defersPrivately } from '../answer-turns.ts';
import type { BotRuntime } from '../bot-runtime.ts';
import type { CommandSet } from '../commands/registry.ts';
import { HIDE_OPTION } from '../commands/shared-options.ts';
import { handleInteraction } from '../handle-interaction.ts';
import { languageOf, MESSAGES } from '../i18n.ts';
import { startInteractionsServer } from './interactions-server.ts';
import { type Deferral, ReplyBridge } from './reply-bridge.ts';
import { publicKeyFromHex } from './signature.ts';

export interface HttpBotOptions extends BotRuntime {
  port: number;
  host?: string;
  /** The application's public key, 64 hex digits. */
  publicKey: string;
  apiUrl?: string;
  rest?: { retries?: number; timeout?: number };
  /** How long a handler may take before a deferral is sent for it (default 2 s). */
  deferAfterMs?: number;
}

export interface HttpBot {
  port: number;
  client: Client;
  /** Stops taking requests, answers those received (late edits included), then closes. */
  close(): Promise<void>;
}

/**
 * The deferral sent when a handler is slow. A command's is private unless the reader asked for a
 * public answer (`hide` not set on a command that has it): a deferral must choose before the
 * answer exists, and an answer meant to be private (e.g. /stats) must never come out public.
 */
function deferralFor(raw: APIInteraction, commands: CommandSet): Deferral {
  if (raw.type === InteractionType.MessageComponent) {
    return { type: InteractionResponseType.DeferredMessageUpdate };
  }
  if (raw.type === InteractionType.ApplicationCommandAutocomplete) {
    return {
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
      data: { choices: [] },
    };
  }
  let isPublic = false;
  if (raw.type === InteractionType.ApplicationCommand) {
    const data = (raw as APIChatInputApplicationCommandInteraction).data;
    const hide = data.options?.find((option) => option.name === HIDE_OPTION.name);
    isPublic = !defersPrivately(
      commands.byName.get(data.name)?.definition,
      hide && 'value' in hide ? hide.value : undefined,
    );
  }
  return {
    type: InteractionResponseType.DeferredChannelMessageWithSource,
    ...(isPublic ? {} : { data: { flags: MessageFlags.Ephemeral } }),
  };
}

/** What Discord gets when a handler ended without answering: never a reader left without a reply. */
function apologyFor(raw: { type: InteractionType; locale?: string }): unknown {
  if (raw.type === InteractionType.ApplicationCommandAutocomplete) {
    return {
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
      data: { choices: [] },
    };
  }
  return {
    type: InteractionResponseType.ChannelMessageWithSource,
    data: {
      content: MESSAGES[languageOf(raw.locale)].error,
      flags: MessageFlags.Ephemeral,
      allowed_mentions: { parse: [] },
    },
  };
}

/**
 * The bot as a web service: Discord POSTs each interaction to `/interactions` and no gateway is
 * opened. The handlers are the gateway's own: a discord.js client that never logs in turns each
 * verified payload into the same Interaction objects the gateway would (its InteractionCreate
 * action), and the REST strategy of that client puts their replies into the HTTP responses.
 */
export async function startHttpBot(options: HttpBotOptions): Promise<HttpBot> {
  const { logger } = options;
  const bridge = new ReplyBridge(
    logger,
    (raw) => deferralFor(raw, options.commands()),
    options.deferAfterMs,
  );
  const client = new Client({
    intents: [],
    rest: {
      ...(options.apiUrl ? { api: options.apiUrl } : {}),
      ...(options.rest ?? {}),
      makeRequest: bridge.makeRequest,
    },
    // Nothing here needs a cache: every interaction carries what answering it needs.
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      UserManager: 0,
      GuildMemberManager: 0,
      MessageManager: 0,
    }),
  });
  bridge.attach(client.rest);

  let built: string | null = null;
  client.on(Events.InteractionCreate, (interaction) => {
    built = interaction.id;
    void handleInteraction(interaction, options).finally(() =>
      bridge.settle(interaction.id, () => apologyFor(interaction)),
    );
  });
  // discord.js's own construction of Interaction objects, as for a gateway INTERACTION_CREATE.
  const createInteraction = (
    client as unknown as {
      actions: { InteractionCreate: { handle(data: APIInteraction): void } };
    }
  ).actions.InteractionCreate;

  const server = await startInteractionsServer({
    port: options.port,
    host: options.host,
    publicKey: publicKeyFromHex(options.publicKey),
    logger,
    onInteraction(raw, respond) {
      bridge.expect(raw, respond);
      built = null;
      try {
        createInteraction.handle(raw);
      } catch (error) {
        logger.error({ err: error, interaction: raw.id }, 'could not read the interaction');
      }
      // A kind discord.js does not build (handle() then emits nothing) still gets an answer.
      if (built !== raw.id) bridge.settle(raw.id, () => apologyFor(raw));
    },
    extraRoutes(req, res) {
      if (req.url !== '/healthz') return false;
      res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end('ok\n');
      return true;
    },
  });

  logger.info({ port: server.port }, 'answering interactions over HTTP');
  return {
    port: server.port,
    client,
    async close() {
      // No new requests; those received are answered, and slow answers' edits sent, first.
      const closed = server.close();
      await bridge.drain(5000);
      await closed;
      bridge.clear();
      await client.destroy();
    },
  };
}
