import { describe, expect, it } from 'vitest';
import { type CommandDefinition, sameCommands } from '../src/bot/command-registration.ts';
import { buildCommands, definitionsOf } from '../src/bot/commands/registry.ts';
import { loadSeedIndex } from './helpers.ts';

async function definitions(): Promise<CommandDefinition[]> {
  const unused = () => Promise.reject(new Error('unused'));
  const commands = buildCommands(await loadSeedIndex(), {
    version: '',
    services: { reload: unused, stats: unused, reloadWait: () => 0 },
  });
  return definitionsOf(commands);
}

/**
 * A command as Discord's GET returns it: ids, version, and its defaults filled in (a message
 * command's description is '').
 */
function asDiscordReturnsIt(definition: CommandDefinition, index: number) {
  const options = 'options' in definition ? (definition.options ?? []) : [];
  return {
    description: '',
    id: String(1_300_000_000_000_000_000n + BigInt(index)),
    application_id: '1187000000000000001',
    guild_id: '1187000000000000100',
    version: '1300000000000000999',
    type: 1,
    default_member_permissions: null,
    dm_permission: true,
    nsfw: false,
    contexts: null,
    integration_types: [0],
    name_localizations: null,
    description_localizations: null,
    ...JSON.parse(JSON.stringify(definition)),
    options: options.map((option) => ({
      ...option,
      required: 'required' in option ? option.required : false,
    })),
  };
}

describe('registering commands only when they changed', () => {
  it('takes Discord’s copy, with its ids and defaults, for the same commands, in any order', async () => {
    const local = await definitions();
    const registered = local.map(asDiscordReturnsIt).reverse();
    expect(sameCommands(local, registered)).toBe(true);
  });

  it('sees a changed description, a removed permission, a missing or an extra command', async () => {
    const local = await definitions();
    const registered = local.map(asDiscordReturnsIt);
    const changed = structuredClone(registered);
    changed[0].description = 'An older description';
    expect(sameCommands(local, changed)).toBe(false);
    const withPermission = structuredClone(registered);
    withPermission[0].default_member_permissions = '32';
    expect(sameCommands(local, withPermission)).toBe(false);
    expect(sameCommands(local, registered.slice(1))).toBe(false);
    expect(sameCommands(local.slice(1), registered)).toBe(false);
    expect(sameCommands([], [])).toBe(true);
  });
});
