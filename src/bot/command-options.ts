import { ApplicationCommandOptionType } from 'discord.js';
import type { CommandRequest } from './command.ts';

/**
 * A command's options, typed from its own definition (as yuudachi's `ArgsParam<typeof Command>`):
 * `argsOf(askDefinition, request)` gives `{ question: string; hide: boolean | undefined }`, so a
 * handler never reads an option by a string name its definition does not declare.
 */

/** What an option definition must say for its value to be typed. */
interface OptionDefinition {
  readonly name: string;
  readonly type: ApplicationCommandOptionType;
  readonly required?: boolean;
}

/** A definition as `as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody` keeps it. */
interface DefinitionWithOptions {
  readonly options?: readonly OptionDefinition[];
}

type ValueOf<T extends ApplicationCommandOptionType> = T extends ApplicationCommandOptionType.String
  ? string
  : T extends ApplicationCommandOptionType.Boolean
    ? boolean
    : T extends ApplicationCommandOptionType.Integer | ApplicationCommandOptionType.Number
      ? number
      : never;

/** The typed arguments of a definition: required options always hold a value. */
export type ArgsOf<D extends DefinitionWithOptions> = {
  [O in NonNullable<D['options']>[number] as O['name']]: O extends { readonly required: true }
    ? ValueOf<O['type']>
    : ValueOf<O['type']> | undefined;
};

/** The JavaScript type each option type arrives as. */
const RUNTIME_TYPES: Partial<Record<ApplicationCommandOptionType, string>> = {
  [ApplicationCommandOptionType.String]: 'string',
  [ApplicationCommandOptionType.Boolean]: 'boolean',
  [ApplicationCommandOptionType.Integer]: 'number',
  [ApplicationCommandOptionType.Number]: 'number',
};

/**
 * Reads a request's options as its definition declares them. Strings are trimmed; an empty,
 * absent or mistyped value is `undefined`, except a required string, which is `''` (the console
 * may send a command without it; the handler then says what is missing).
 */
export function argsOf<D extends DefinitionWithOptions>(
  definition: D,
  request: CommandRequest,
): ArgsOf<D> {
  const args: Record<string, string | number | boolean | undefined> = {};
  for (const option of definition.options ?? []) {
    const raw = request.options.get(option.name);
    let value = typeof raw === RUNTIME_TYPES[option.type] ? raw : undefined;
    if (typeof value === 'string') value = value.trim() || undefined;
    if (
      value === undefined &&
      option.required &&
      option.type === ApplicationCommandOptionType.String
    )
      value = '';
    args[option.name] = value;
  }
  return args as ArgsOf<D>;
}
