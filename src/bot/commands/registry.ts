import type { SearchIndex } from '../../search/search-index.ts';
import type { BotServices, Command, CommandContext, MessageCommand } from '../command.ts';
import { prepareViews } from '../prepared-views.ts';
import { askCommand } from './ask.ts';
import { checkCommand, checkMessageCommand } from './check.ts';
import { figuresCommand } from './figures.ts';
import { helpCommand } from './help.ts';
import { reloadCommand } from './reload.ts';
import { sourceCommand } from './source.ts';
import { statsCommand } from './stats.ts';
import { topicCommand } from './topic.ts';

/** Names the built-in commands use, in every language: a topic in `topics.json` may not take them. */
export const RESERVED_NAMES: ReadonlySet<string> = new Set([
  'ask',
  'question',
  'figures',
  'chiffres',
  'source',
  'help',
  'aide',
  'reload',
  'recharger',
  'stats',
  'statistiques',
  'check',
  'vérifier',
]);

/** Every command for this index, and what their handlers need: built anew on reload. */
export interface CommandSet extends Omit<CommandContext, 'interactive'> {
  byName: ReadonlyMap<string, Command>;
  /** Commands of a message's context menu, by their (English) name. */
  messageCommands: ReadonlyMap<string, MessageCommand>;
}

/** What Discord registers: the slash commands, then the context-menu ones. */
export function definitionsOf(commands: CommandSet) {
  return [
    ...commands.commands.map((command) => command.definition),
    ...[...commands.messageCommands.values()].map((command) => command.definition),
  ];
}

export function buildCommands(
  index: SearchIndex,
  options: { version: string; services: BotServices },
): CommandSet {
  const { topics } = index.corpus;
  const taken = new Set([...RESERVED_NAMES, ...topics.map((topic) => topic.name)]);
  const commands: Command[] = [
    askCommand,
    ...topics.map((topic) => topicCommand(topic, taken)),
    figuresCommand(topics),
    checkCommand,
    sourceCommand,
    helpCommand,
    reloadCommand,
    statsCommand,
  ];
  return {
    index,
    version: options.version,
    services: options.services,
    prepared: prepareViews(index),
    commands,
    topicCommands: topics.map((topic) => topic.name),
    byName: new Map(commands.map((command) => [command.definition.name, command])),
    messageCommands: new Map([[checkMessageCommand.definition.name, checkMessageCommand]]),
  };
}
