import type {
  APIApplicationCommandOptionChoice,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
  RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import type { SearchIndex } from '../search/search-index.ts';
import type { Language } from './i18n.ts';
import type { ReloadReport } from './knowledge-store.ts';
import type { PreparedViews } from './prepared-views.ts';
import type { StatsSnapshot } from './question-log.ts';
import type { BotReply } from './reply.ts';

export type OptionValue = string | number | boolean;

/** A slash command as the handlers see it, whether it came from Discord or from the console. */
export interface CommandRequest {
  options: ReadonlyMap<string, OptionValue>;
  language: Language;
  /** The reader's id: buttons let only them page their answer. */
  userId: string;
  /** The server the command was typed in; null in a DM or a user-installed context. */
  guildId: string | null;
  /** `placeOf` the server or channel: buttons work only where they were posted. */
  place: string;
  /** Whether the reader may manage this server (Manage Server), from the interaction itself. */
  canManageGuild: boolean;
  /** Whether the reader is one of the bot's owners (application owner or team, OWNER_IDS). */
  isOwner: boolean;
}

/** What the bot offers commands beyond the index. */
export interface BotServices {
  /** Re-reads the knowledge, on every shard; the report says what Discord made of the commands. */
  reload(): Promise<ReloadReport>;
  /** One server's stats (null: DMs), or all of them added up, across shards. */
  stats(scope: string | null | 'all'): Promise<StatsSnapshot>;
  /** Milliseconds this owner must still wait before reloading again (0: go), the use recorded. */
  reloadWait(userId: string): number;
}

export interface CommandContext {
  index: SearchIndex;
  /** Version of the knowledge, carried by buttons. */
  version: string;
  /** Names of the topic commands, offered when nothing answers. */
  topicCommands: string[];
  /** Every command, for /help. */
  commands: readonly Command[];
  services: BotServices;
  /** What /source and /figures show, computed with the index. */
  prepared: PreparedViews;
  /** Whether replies may carry buttons (not in the console). */
  interactive: boolean;
}

export interface CommandOutcome {
  reply: BotReply;
  /** For the logs and /stats: whether the articles answered, with how many passages, to what. */
  answered?: boolean;
  results?: number;
  question?: string;
  /** The answer's passages, for paging where there are no buttons (the console). */
  sentenceIds?: number[];
}

/** A command's definition (what Discord registers) and its handlers, side by side. */
export interface Command {
  definition: RESTPostAPIChatInputApplicationCommandsJSONBody;
  /** Work that may outlast Discord's 3 seconds: the reply is deferred (privately) first. */
  slow?: boolean;
  /**
   * Who may not use it (checked before anything, deferral included): a short private refusal,
   * or null to go on. Discord's own permissions can be overridden by server admins.
   */
  refuse?(request: CommandRequest, context: CommandContext): BotReply | null;
  /** Answers count against the reader's cooldown. */
  answers?: boolean;
  execute(
    request: CommandRequest,
    context: CommandContext,
  ): CommandOutcome | Promise<CommandOutcome>;
  /** Choices while the reader types an option marked `autocomplete`. */
  autocomplete?(
    typed: string,
    request: CommandRequest,
    context: CommandContext,
  ): APIApplicationCommandOptionChoice<string>[];
}

/** The message a context-menu command was used on, as Discord resolved it. */
export interface MessageTarget {
  content: string;
  /** Attachments, embeds or stickers: something there, though no text to read. */
  hasOtherContent: boolean;
}

/** A command on a message's context menu (Apps → …), its definition and handler side by side. */
export interface MessageCommand {
  definition: RESTPostAPIContextMenuApplicationCommandsJSONBody;
  /** Answers count against the reader's cooldown. */
  answers?: boolean;
  execute(target: MessageTarget, request: CommandRequest, context: CommandContext): CommandOutcome;
}

/** A command's name as a reader of `language` sees it in Discord. */
export const commandNameIn = (definition: Command['definition'], language: Language): string =>
  (language === 'fr' && definition.name_localizations?.fr) || definition.name;

/** Every command's name in `language`, by its own name. */
export const commandNamesIn = (
  commands: readonly Command[],
  language: Language,
): ReadonlyMap<string, string> =>
  new Map(commands.map(({ definition }) => [definition.name, commandNameIn(definition, language)]));
