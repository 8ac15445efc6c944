import { type REST, type RESTPutAPIApplicationCommandsJSONBody, Routes } from 'discord.js';

/** A slash command or a context-menu command, as registered. */
export type CommandDefinition = RESTPutAPIApplicationCommandsJSONBody[number];

/** Where commands live: one server (instant) or every server (global). */
export interface CommandScope {
  applicationId: string;
  guildId: string | undefined;
}

const routeOf = ({ applicationId, guildId }: CommandScope) =>
  guildId
    ? Routes.applicationGuildCommands(applicationId, guildId)
    : Routes.applicationCommands(applicationId);

export const scopeName = (scope: CommandScope) => (scope.guildId ? 'guild' : 'global');

/** The commands Discord has, with their full localizations (as we send them). */
export async function fetchCommands(
  rest: REST,
  scope: CommandScope,
): Promise<Record<string, unknown>[]> {
  return (await rest.get(routeOf(scope), {
    query: new URLSearchParams({ with_localizations: 'true' }),
  })) as Record<string, unknown>[];
}

/** One bulk overwrite: what is not in `definitions` is deleted (so `[]` clears the scope). */
export async function putCommands(
  rest: REST,
  scope: CommandScope,
  definitions: readonly CommandDefinition[],
): Promise<Record<string, unknown>[]> {
  return (await rest.put(routeOf(scope), { body: definitions })) as Record<string, unknown>[];
}

/** Fields Discord adds to a command it returns, which we never send. */
const ADDED_BY_DISCORD = new Set([
  'id',
  'application_id',
  'guild_id',
  'version',
  'dm_permission',
  'name_localized',
  'description_localized',
]);

/**
 * A command as compared: Discord's own fields dropped, and what reads the same as absent (null,
 * false, '', empty lists, the default type and install context) dropped too, keys sorted.
 */
function normalise(value: unknown, top = false): unknown {
  if (Array.isArray(value)) return value.map((item) => normalise(item));
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([key]) => !ADDED_BY_DISCORD.has(key))
    .filter(([key, field]) => !(top && key === 'type' && field === 1))
    .filter(([key, field]) => !(top && key === 'integration_types' && `${field}` === '0'))
    .map(([key, field]) => [key, normalise(field)] as const)
    .filter(
      ([, field]) =>
        field !== null &&
        field !== undefined &&
        field !== false &&
        field !== '' &&
        !(Array.isArray(field) && field.length === 0) &&
        !(typeof field === 'object' && !Array.isArray(field) && Object.keys(field).length === 0),
    )
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(entries);
}

const canonical = (commands: readonly unknown[]) =>
  JSON.stringify(
    commands
      .map((command) => normalise(command, true) as { name?: string; type?: number })
      .map((command) => ({ key: `${command.type ?? 1}:${command.name}`, command }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
      .map(({ command }) => command),
  );

/** Whether Discord already has exactly these commands (order and Discord's defaults aside). */
export function sameCommands(
  local: readonly CommandDefinition[],
  registered: readonly unknown[],
): boolean {
  return canonical(local) === canonical(registered);
}
