import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { SearchIndex } from '../search/search-index.ts';
import type { Language } from './i18n.ts';
import type { BotReply } from './reply.ts';

export type OptionValue = string | number | boolean;

/** A slash command as the handlers see it, whether it came from Discord or from the console. */
export interface CommandRequest {
  options: ReadonlyMap<string, OptionValue>;
  language: Language;
}

export interface CommandContext {
  index: SearchIndex;
  /** Names of the topic commands, offered when nothing answers. */
  topicCommands: string[];
  /** Every command, for /help. */
  commands: readonly Command[];
}

export interface CommandOutcome {
  reply: BotReply;
  /** For the logs: whether the articles answered, and with how many passages. */
  answered?: boolean;
  results?: number;
}

/** A command's definition (what Discord registers) and its handler, side by side. */
export interface Command {
  definition: RESTPostAPIChatInputApplicationCommandsJSONBody;
  execute(request: CommandRequest, context: CommandContext): CommandOutcome;
}

/** A string option, trimmed; absent, empty or of another type gives ''. */
export function stringOption(request: CommandRequest, name: string): string {
  const value = request.options.get(name);
  return typeof value === 'string' ? value.trim() : '';
}

export function booleanOption(request: CommandRequest, name: string): boolean {
  return request.options.get(name) === true;
}
