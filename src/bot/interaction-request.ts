import {
  ApplicationCommandOptionType,
  ApplicationIntegrationType,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type CommandInteractionOption,
  type Interaction,
  type MessageContextMenuCommandInteraction,
  PermissionFlagsBits,
} from 'discord.js';
import type { BotRuntime } from './bot-runtime.ts';
import type { CommandRequest, OptionValue } from './command.ts';
import { placeOf } from './custom-id.ts';
import { languageOf } from './i18n.ts';

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
export function serverOf(interaction: Interaction): string | null {
  const { guildId } = interaction;
  if (guildId === null) return null;
  const installedIn =
    interaction.authorizingIntegrationOwners?.[ApplicationIntegrationType.GuildInstall];
  return installedIn === guildId ? guildId : null;
}

export function requestOf(
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
