import { ApplicationCommandOptionType } from 'discord.js';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { CommandRequest } from '../src/bot/command.ts';
import { argsOf } from '../src/bot/command-options.ts';

const definition = {
  name: 'example',
  description: 'An example',
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'question',
      description: 'q',
      required: true,
    },
    { type: ApplicationCommandOptionType.Boolean, name: 'hide', description: 'h' },
    { type: ApplicationCommandOptionType.Integer, name: 'page', description: 'p' },
  ],
} as const;

const request = (options: Record<string, string | number | boolean>): CommandRequest =>
  ({ options: new Map(Object.entries(options)) }) as unknown as CommandRequest;

describe('options typed from their definition', () => {
  it('reads each declared option by its type, trimmed, and nothing else', () => {
    const args = argsOf(
      definition,
      request({ question: '  Canada ?  ', hide: true, page: 2, other: 'x' }),
    );
    expect(args).toEqual({ question: 'Canada ?', hide: true, page: 2 });
    expectTypeOf(args).toEqualTypeOf<{
      question: string;
      hide: boolean | undefined;
      page: number | undefined;
    }>();
  });

  it('gives undefined for an absent, empty or mistyped option, and "" for a missing required string', () => {
    expect(argsOf(definition, request({ hide: 'yes', page: '2' }))).toEqual({
      question: '',
      hide: undefined,
      page: undefined,
    });
    expect(argsOf(definition, request({ question: '   ' })).question).toBe('');
  });
});
