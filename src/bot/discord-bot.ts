import {
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  Client,
  type CommandInteractionOption,
  DiscordAPIError,
  Events,
  GatewayIntentBits,
  HTTPError,
  type Interaction,
  type InteractionReplyOptions,
  type InteractionUpdateOptions,
  type MessageContextMenuCommandInteraction,
  MessageFlags,
  Options,
  PermissionFlagsBits,
  type StringSelectMenuInteraction,
} from 'discord.js';
import { findPassages, findTopicPassages } from '../search/find-passages.ts';
import { passagesFor } from '../search/passages-for.ts';
import { AnswerTurns, answerInTurn, type InTurn } from './answer-turns.ts';
import {
  type Command,
  type CommandContext,
  type CommandOutcome,
  type CommandRequest,
  commandNamesIn,
  type OptionValue,
} from './command.ts';
import type { CommandSet } from './commands/registry.ts';
import { decodeCustomId, type PageState, placeOf } from './custom-id.ts';
import { fitChoices, fitReply } from './discord-limits.ts';
import { FatalGatewayError, isFatalCloseCode } from './gateway-fatal.ts';
import { type Language, languageOf, MESSAGES } from './i18n.ts';
import type { InFlight } from './in-flight.ts';
import { interactionWebhooks } from './interaction-webhooks.ts';
import type { Logger } from './logger.ts';
import type { BotMetrics, InteractionOutcome } from './metrics.ts';
import type { Owners } from './owners.ts';
import {
  CHOICE_TOPIC,
  CHOICE_WORD,
  COLOURS,
  escapeText,
  MAX_RESULTS,
  PAGE_SIZE,
  renderAnswer,
  renderPage,
} from './render-answer.ts';
import type { BotReply } from './reply.ts';
import type { CooldownStore, StatsStore } from './store/types.ts';

/** What answering needs, shared by every interaction. */
export interface BotRuntime {
  /** The current commands; read at each interaction, so a reload takes effect at once. */
  commands: () => CommandSet;
  cooldown: CooldownStore;
  stats: StatsStore;
  owners: Owners;
  logger: Logger;
  /** Counts and times interactions for /metrics (HEALTH_PORT). */
  metrics?: BotMetrics;
  /** In a burst, who is answered at once and who is deferred (absent: everyone at once). */
  inTurn?: InTurn;
}

export interface DiscordBotOptions extends BotRuntime {
  token: string;
  guildId?: string;
  apiUrl?: string;
  /** Lower REST retries and timeouts, for tests. */
  rest?: { retries?: number; timeout?: number };
  /** First wait before logging in again while Discord is unreachable; doubles up to a minute. */
  retryDelayMs?: number;
  /** A group of shards for this process (else one shard, or those a ShardingManager assigned). */
  shards?: { ids: number[]; count: number };
  /** Interactions being answered, for a drained shutdown. */
  inFlight?: InFlight;
  /**
   * Registers the commands once the client is ready (where this process runs shard 0); a
   * refusal stops the start with its one line.
   */
  register?: (client: Client<true>, commands: CommandSet) => Promise<void>;
  /** Told when Discord closes the gateway for good after start-up (4004, 4010–4014). */
  onFatal?: (error: FatalGatewayError) => void;
}

/** Thrown when Discord refuses the token: retrying cannot help. */
export class TokenRefusedError extends Error {
  override name = 'TokenRefusedError';
}

/** A reply as discord.js sends it: limits enforced, and never a ping, whatever the text says. */
export function toDiscordMessage(reply: BotReply): InteractionReplyOptions {
  const fitted = fitReply({ content: reply.content, embeds: reply.embeds });
  return {
    ...(fitted.content !== undefined ? { content: fitted.content } : {}),
    embeds: fitted.embeds,
    ...(reply.components ? { components: reply.components } : {}),
    ...(reply.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
    allowedMentions: { parse: [] },
  };
}

/** The same for an update of the message a button sits on: old components are replaced. */
function toDiscordUpdate(reply: BotReply): InteractionUpdateOptions {
  const fitted = fitReply({ content: reply.content, embeds: reply.embeds });
  return {
    embeds: fitted.embeds,
    components: reply.components ?? [],
    allowedMentions: { parse: [] },
  };
}

function note(text: string): BotReply {
  return { ephemeral: true, embeds: [{ description: text, color: COLOURS.noAnswer }] };
}

function collectOptions(
  options: readonly CommandInteractionOption[],
  into: Map<string, OptionValue>,
): void {
  for (const option of options) {
    if (option.options) collectOptions(option.options, into);
    const { value } = option;
    if (
      value !== undefined &&
      value !== null &&
      (option.type === ApplicationCommandOptionType.String ||
        option.type === ApplicationCommandOptionType.Boolean ||
        option.type === ApplicationCommandOptionType.Integer ||
        option.type === ApplicationCommandOptionType.Number)
    ) {
      into.set(option.name, value);
    }
  }
}

/** The reader's locale; Discord may leave it out (then the server's, else English). */
export function localeOf(interaction: Interaction): string {
  return interaction.locale ?? interaction.guildLocale ?? 'en-US';
}

/**
 * The server whose data the interaction may see: the one it comes from when the bot is installed
 * there; null in a DM, or where only the reader installed the app.
 */
function serverOf(interaction: Interaction): string | null {
  const { guildId } = interaction;
  if (guildId === null) return null;
  const installedIn =
    interaction.authorizingIntegrationOwners?.[ApplicationIntegrationType.GuildInstall];
  return installedIn === guildId ? guildId : null;
}

function requestOf(
  interaction:
    | ChatInputCommandInteraction
    | AutocompleteInteraction
    | MessageContextMenuCommandInteraction,
  runtime: BotRuntime,
): CommandRequest {
  const options = new Map<string, OptionValue>();
  if (!interaction.isMessageContextMenuCommand()) collectOptions(interaction.options.data, options);
  const guildId = serverOf(interaction);
  return {
    options,
    language: languageOf(localeOf(interaction)),
    userId: interaction.user.id,
    guildId,
    place: placeOf(interaction.guildId, interaction.channelId),
    // The member's permissions in this channel, as Discord computed them for this interaction.
    canManageGuild:
      guildId !== null &&
      (interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false),
    isOwner: runtime.owners.has(interaction.user.id),
  };
}

/** Counts an answer for /stats; a store that fails is logged, never the reader's problem. */
async function recordStats(
  runtime: BotRuntime,
  interaction: Interaction,
  entry: { command: string; answered: boolean; question?: string | undefined },
): Promise<void> {
  try {
    await runtime.stats.record({
      guildId: serverOf(interaction),
      locale: localeOf(interaction),
      command: entry.command,
      answered: entry.answered,
      ...(entry.question ? { question: entry.question } : {}),
    });
  } catch (error) {
    runtime.logger.warn(
      { interaction: interaction.id, reason: (error as Error).message },
      'could not record stats',
    );
  }
}

const contextOf = (commands: CommandSet): CommandContext => ({ ...commands, interactive: true });

/** The reader must slow down: a short private note, or null to go on. */
async function cooldownNote(
  runtime: BotRuntime,
  userId: string,
  language: Language,
): Promise<BotReply | null> {
  const waitMs = await runtime.cooldown.take(userId);
  return waitMs > 0 ? note(MESSAGES[language].slowDown(Math.ceil(waitMs / 1000))) : null;
}

async function answerCommand(
  interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction,
  runtime: BotRuntime,
): Promise<InteractionOutcome> {
  const started = performance.now();
  const commands = runtime.commands();
  const request = requestOf(interaction, runtime);
  const command: CommandHandler | undefined = interaction.isMessageContextMenuCommand()
    ? messageCommandOf(interaction, commands)
    : commands.byName.get(interaction.commandName);
  const log = {
    interaction: interaction.id,
    command: interaction.commandName,
    locale: localeOf(interaction),
  };
  if (command === undefined) {
    await interaction.reply(toDiscordMessage(note(MESSAGES[request.language].unknownCommand)));
    runtime.logger.warn(log, 'unknown command');
    return 'unknown';
  }
  const slowDown = command.answers
    ? await cooldownNote(runtime, request.userId, request.language)
    : null;
  if (slowDown) {
    await interaction.reply(toDiscordMessage(slowDown));
    runtime.logger.info(log, 'cooldown');
    return 'cooldown';
  }
  const context = contextOf(commands);
  const refusal = command.refuse?.(request, context) ?? null;
  if (refusal) {
    await interaction.reply(toDiscordMessage(refusal));
    runtime.logger.info({ ...log, guild: interaction.guildId }, 'refused');
    return 'refused';
  }
  let outcome: CommandOutcome;
  if (command.slow) {
    // Deferring first keeps the interaction alive past Discord's 3 seconds.
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    outcome = await command.execute(request, context);
    const { flags: _flags, ...message } = toDiscordMessage(outcome.reply);
    await interaction.editReply(message);
  } else if (command.answers && runtime.inTurn?.turns.busy) {
    outcome = await answerInTurn(interaction, command, request, context, runtime.inTurn);
  } else {
    runtime.inTurn?.turns.answerNow();
    outcome = await command.execute(request, context);
    await interaction.reply(toDiscordMessage(outcome.reply));
  }
  if (command.answers) {
    await recordStats(runtime, interaction, {
      command: interaction.commandName,
      answered: outcome.answered ?? false,
      question: outcome.question,
    });
  }
  runtime.logger.info(
    {
      ...log,
      answered: outcome.answered,
      results: outcome.results,
      ms: Math.round(performance.now() - started),
    },
    'replied',
  );
  if (!command.answers) return 'done';
  return outcome.answered ? 'answered' : 'unanswered';
}

/** What answering a command needs of it, slash or context-menu. */
type CommandHandler = Pick<Command, 'answers' | 'execute' | 'slow' | 'refuse'>;

/**
 * A command of a message's context menu, as the slash commands' handler runs it: its target is the
 * message as Discord resolved it with the interaction (no Message Content intent needed).
 */
function messageCommandOf(
  interaction: MessageContextMenuCommandInteraction,
  commands: CommandSet,
): CommandHandler | undefined {
  const command = commands.messageCommands.get(interaction.commandName);
  if (command === undefined) return undefined;
  const message = interaction.targetMessage;
  const target = {
    content: message.content,
    hasOtherContent:
      message.attachments.size > 0 || message.embeds.length > 0 || message.stickers.size > 0,
  };
  return {
    ...(command.answers ? { answers: true } : {}),
    execute: (request, context) => command.execute(target, request, context),
  };
}

async function answerAutocomplete(
  interaction: AutocompleteInteraction,
  runtime: BotRuntime,
): Promise<void> {
  const commands = runtime.commands();
  const command = commands.byName.get(interaction.commandName);
  const focused = interaction.options.getFocused();
  const choices = command?.autocomplete?.(
    String(focused).slice(0, 300),
    requestOf(interaction, runtime),
    contextOf(commands),
  );
  await interaction.respond(fitChoices(choices ?? []));
}

/** The page an answer's button asks for, rebuilt from its custom_id and the message it sits on. */
function pageReply(
  interaction: ButtonInteraction,
  state: PageState,
  commands: CommandSet,
  language: Language,
): BotReply | null {
  const title = interaction.message.embeds[0]?.title ?? '';
  const passages = passagesFor(commands.index, state.sentenceIds, title);
  if (passages === null || state.page * PAGE_SIZE >= passages.length) return null;
  const ephemeral =
    state.action === 'share' ? false : interaction.message.flags.has(MessageFlags.Ephemeral);
  return renderPage(passages, {
    language,
    safeTitle: title,
    page: state.page,
    ephemeral,
    buttons: { owner: state.owner, version: commands.version, place: state.place },
  });
}

/** The whole paragraph around a quoted sentence, the sentence in bold. */
function contextReply(
  commands: CommandSet,
  sentenceId: number,
  language: Language,
): BotReply | null {
  const { corpus } = commands.index;
  const sentence = corpus.sentences[sentenceId];
  if (sentence === undefined) return null;
  const document = corpus.documents[sentence.documentId];
  const section = document?.sections[sentence.sectionIndex];
  const paragraph = section?.paragraphs.find((entry) => entry.number === sentence.paragraph);
  const text = (paragraph?.sentenceIds ?? [sentenceId])
    .map((id) => corpus.sentences[id]?.text ?? '')
    .map((part, _index, all) =>
      all.length > 1 && part === sentence.text ? `**${escapeText(part)}**` : escapeText(part),
    )
    .join(' ');
  const messages = MESSAGES[language];
  return {
    ephemeral: true,
    embeds: [
      {
        title: messages.contextTitle,
        description: `> ${text}\n— ${escapeText([section?.heading ?? messages.sectionLead, messages.paragraph(sentence.paragraph)].join(' — '))}`,
        color: COLOURS.answer,
        footer: { text: document?.title ?? '' },
      },
    ],
  };
}

async function answerComponent(
  interaction: ButtonInteraction | StringSelectMenuInteraction,
  runtime: BotRuntime,
): Promise<void> {
  const commands = runtime.commands();
  const language = languageOf(localeOf(interaction));
  const messages = MESSAGES[language];
  const state = decodeCustomId(interaction.customId);
  const log = {
    interaction: interaction.id,
    component: interaction.customId.slice(0, 1),
    locale: localeOf(interaction),
  };
  const stale = () => interaction.reply(toDiscordMessage(note(messages.staleButton)));
  if (state === null) {
    runtime.logger.info(log, 'stale or unknown component');
    await stale();
    return;
  }
  // Made in another server or channel (or a DM) and replayed here: refused.
  if (state.place !== placeOf(interaction.guildId, interaction.channelId)) {
    runtime.logger.info({ ...log, guild: interaction.guildId }, 'component from elsewhere');
    await interaction.reply(toDiscordMessage(note(messages.wrongPlace)));
    return;
  }
  if (state.action === 'share-message') {
    // The private reply the button sits on, posted as it is: it holds no state to go stale.
    if (state.owner !== interaction.user.id) {
      await interaction.reply(toDiscordMessage(note(messages.notYourAnswer)));
      return;
    }
    const embeds = interaction.message.embeds.map((embed) => embed.toJSON());
    await interaction.reply(toDiscordMessage({ ephemeral: false, embeds }));
    runtime.logger.info(log, 'component answered');
    return;
  }
  if (state.version !== commands.version) {
    runtime.logger.info(log, 'stale or unknown component');
    await stale();
    return;
  }
  if (state.action === 'context') {
    const reply = contextReply(commands, state.sentenceId, language);
    await (reply ? interaction.reply(toDiscordMessage(reply)) : stale());
    return;
  }
  if (state.owner !== interaction.user.id) {
    await interaction.reply(toDiscordMessage(note(messages.notYourAnswer)));
    return;
  }
  if (state.action === 'did-you-mean') {
    if (!interaction.isStringSelectMenu()) return stale().then(() => undefined);
    const slowDown = await cooldownNote(runtime, interaction.user.id, language);
    if (slowDown) {
      await interaction.reply(toDiscordMessage(slowDown));
      return;
    }
    const [choice = ''] = interaction.values;
    const topic = choice.startsWith(CHOICE_TOPIC)
      ? commands.index.corpus.topics.find(
          (candidate) => candidate.name === choice.slice(CHOICE_TOPIC.length),
        )
      : undefined;
    const word = choice.startsWith(CHOICE_WORD) ? choice.slice(CHOICE_WORD.length) : '';
    if (topic === undefined && word === '') {
      await stale();
      return;
    }
    const answer = topic
      ? findTopicPassages(commands.index, topic, undefined, { limit: MAX_RESULTS })
      : findPassages(commands.index, word, { limit: MAX_RESULTS });
    await recordStats(runtime, interaction, {
      command: 'did-you-mean',
      answered: answer.answered,
      question: topic ? undefined : word,
    });
    const reply = renderAnswer(answer, {
      language,
      title: topic ? topic.label[language] : word,
      topics: commands.index.corpus.topics,
      commandNames: commandNamesIn(commands.commands, language),
      ephemeral: interaction.message.flags.has(MessageFlags.Ephemeral),
      buttons: { owner: state.owner, version: commands.version, place: state.place },
    });
    await interaction.update(toDiscordUpdate(reply));
    return;
  }
  if (!interaction.isButton()) {
    await stale();
    return;
  }
  const reply = pageReply(interaction, state, commands, language);
  if (reply === null) {
    await stale();
  } else if (state.action === 'share') {
    await interaction.reply(toDiscordMessage(reply));
  } else {
    await interaction.update(toDiscordUpdate(reply));
  }
  runtime.logger.info({ ...log, page: state.page }, 'component answered');
}

/**
 * A modal submit, a context-menu command, a user, role or channel menu: nothing the bot offers,
 * but a reader must never be left without a reply. A short note, and a log line.
 */
async function answerUnsupported(interaction: Interaction, runtime: BotRuntime): Promise<void> {
  runtime.logger.warn(
    { interaction: interaction.id, type: interaction.type, guild: interaction.guildId },
    'unsupported interaction',
  );
  if (!interaction.isRepliable()) return;
  const text = MESSAGES[languageOf(localeOf(interaction))].unsupportedInteraction;
  await interaction.reply(toDiscordMessage(note(text)));
}

/**
 * Discord could not take a request (an HTTP error, a 10062 "unknown interaction" when it came too
 * late, a timeout): an apology would fail the same way, so it is logged once and left there.
 */
function isDiscordFailure(error: unknown): boolean {
  return (
    error instanceof DiscordAPIError ||
    error instanceof HTTPError ||
    (error instanceof Error &&
      (error.name === 'AbortError' || error.name === 'ConnectTimeoutError'))
  );
}

/** Answers one interaction; a failure gets a short apology and a log line, never a crash. */
export async function handleInteraction(
  interaction: Interaction,
  runtime: BotRuntime,
): Promise<void> {
  const started = performance.now();
  const observe = (outcome: InteractionOutcome) => {
    if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand()) {
      const seconds = (performance.now() - started) / 1000;
      runtime.metrics?.interaction(interaction.commandName, outcome, seconds);
    }
  };
  try {
    if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand())
      observe(await answerCommand(interaction, runtime));
    else if (interaction.isAutocomplete()) await answerAutocomplete(interaction, runtime);
    else if (interaction.isButton() || interaction.isStringSelectMenu())
      await answerComponent(interaction, runtime);
    else await answerUnsupported(interaction, runtime);
  } catch (error) {
    observe('error');
    const log = {
      interaction: interaction.id,
      command:
        interaction.isCommand() || interaction.isAutocomplete()
          ? interaction.commandName
          : undefined,
    };
    if (isDiscordFailure(error)) {
      const code = error instanceof DiscordAPIError ? error.code : undefined;
      runtime.logger.warn(
        {
          ...log,
          code,
          status: (error as { status?: number }).status,
          reason: (error as Error).message,
        },
        'Discord refused or lost the reply',
      );
      return;
    }
    runtime.logger.error({ ...log, err: error }, 'interaction failed');
    if (!interaction.isRepliable()) return;
    const apology = toDiscordMessage(note(MESSAGES[languageOf(localeOf(interaction))].error));
    try {
      if (interaction.deferred && !interaction.replied) {
        const { flags: _flags, ...edit } = apology;
        await interaction.editReply(edit);
      } else if (interaction.replied) await interaction.followUp(apology);
      else await interaction.reply(apology);
    } catch (apologyError) {
      runtime.logger.warn(
        { ...log, reason: (apologyError as Error).message },
        'could not send the apology',
      );
    }
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const MAX_BACKOFF_MS = 60_000;

/**
 * Logs in, retrying with backoff while Discord is unreachable; a refused token, or a gateway
 * closed for good (`fatal` settles), is final.
 */
async function logIn(
  client: Client,
  token: string,
  logger: Logger,
  firstDelayMs: number,
  fatal: Promise<never>,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await Promise.race([client.login(token), fatal]);
      return;
    } catch (error) {
      if (error instanceof FatalGatewayError) throw error;
      const code = (error as { code?: unknown }).code;
      if (code === 'TokenInvalid' || (error as { status?: unknown }).status === 401) {
        throw new TokenRefusedError(
          'Discord refused DISCORD_TOKEN: copy the bot token again from the Developer Portal',
        );
      }
      const delay = Math.min(MAX_BACKOFF_MS, firstDelayMs * 2 ** (attempt - 1));
      const reason = error instanceof Error ? error.message : String(error);
      logger.warn({ attempt, retryInMs: delay, reason }, 'cannot reach Discord, retrying');
      await Promise.race([sleep(delay), fatal]);
    }
  }
}

/**
 * Starts the Discord client: logs in, registers the commands (where this process runs shard 0),
 * then answers interactions. A gateway Discord closes for good (4004, 4010–4014) rejects the
 * start, or, later, is handed to `onFatal`.
 */
export async function startDiscordBot(options: DiscordBotOptions): Promise<Client<true>> {
  const { logger } = options;
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { ...(options.apiUrl ? { api: options.apiUrl } : {}), ...(options.rest ?? {}) },
    ...(options.shards ? { shards: options.shards.ids, shardCount: options.shards.count } : {}),
    // Every reader who interacts lands in the user cache: bound it, and sweep it, so memory
    // settles however many readers come by. The bot reads no messages.
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      UserManager: { maxSize: 1000, keepOverLimit: (user) => user.id === user.client.user.id },
      GuildMemberManager: {
        maxSize: 1000,
        keepOverLimit: (member) => member.id === member.client.user.id,
      },
      MessageManager: 0,
    }),
    sweepers: {
      ...Options.DefaultSweeperSettings,
      users: { interval: 3600, filter: () => (user) => user.id !== user.client.user.id },
    },
  });
  const runtime: BotRuntime = {
    ...options,
    inTurn: { turns: new AnswerTurns(), webhooks: interactionWebhooks(options) },
  };
  client.on(Events.InteractionCreate, (interaction) => {
    const answering = handleInteraction(interaction, runtime);
    options.inFlight?.track(answering);
  });
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  let started = false;
  let failFatally: (error: FatalGatewayError) => void = () => {};
  const fatal = new Promise<never>((_resolve, reject) => {
    failFatally = reject;
  });
  fatal.catch(() => {});
  client.on(Events.ShardDisconnect, (event, shard) => {
    if (!isFatalCloseCode(event.code)) {
      logger.warn({ shard, code: event.code }, 'gateway closed');
      return;
    }
    const error = new FatalGatewayError(event.code);
    if (started) options.onFatal?.(error);
    else failFatally(error);
  });
  client.on(Events.ShardResume, (shard) => logger.info({ shard }, 'gateway resumed'));

  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
  try {
    await logIn(client, options.token, logger, options.retryDelayMs ?? 1000, fatal);
    const readyClient = await Promise.race([ready, fatal]);
    // Commands are registered once for the whole bot: by the process that runs shard 0.
    const shards = readyClient.ws.shards.map((shard) => shard.id);
    if (shards.length === 0 || shards.includes(0)) {
      await options.register?.(readyClient, options.commands());
    }
    started = true;
    logger.info(
      { user: readyClient.user.tag, guilds: readyClient.guilds.cache.size, shards },
      'ready',
    );
    return readyClient;
  } catch (error) {
    await client.destroy();
    throw error;
  }
}
