import type { SearchIndex } from '../../search/search-index.ts';
import type { Command, CommandContext } from '../command.ts';
import { askCommand } from './ask.ts';
import { figuresCommand } from './figures.ts';
import { helpCommand } from './help.ts';
import { sourceCommand } from './source.ts';
import { topicCommand } from './topic.ts';

/**
 * Names the built-in commands use, in every language, plus those kept for later ones: a topic in
 * `topics.json` may not take them.
 */
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
]);

/** Every command for this index, and what their handlers need: built anew when topics change. */
export interface CommandSet extends CommandContext {
  byName: ReadonlyMap<string, Command>;
}

export function buildCommands(index: SearchIndex): CommandSet {
  const { topics } = index.corpus;
  const taken = new Set([...RESERVED_NAMES, ...topics.map((topic) => topic.name)]);
  const topicCommands = topics.map((topic) => topicCommand(topic, taken));
  const commands: Command[] = [
    askCommand,
    ...topicCommands,
    figuresCommand(topics),
    sourceCommand,
    helpCommand,
  ];
  return {
    index,
    commands,
    topicCommands: topics.map((topic) => topic.name),
    byName: new Map(commands.map((command) => [command.definition.name, command])),
  };
}
