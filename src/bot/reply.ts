import type { APIActionRowComponent, APIComponentInMessageActionRow, APIEmbed } from 'discord.js';

/**
 * What a command answers, before it is sent: the Discord adapter turns it into an interaction
 * reply (always with `allowed_mentions: { parse: [] }`), the console prints it as text.
 */
export interface BotReply {
  content?: string;
  embeds: APIEmbed[];
  components?: APIActionRowComponent<APIComponentInMessageActionRow>[];
  /** Only the reader sees it (Discord's ephemeral flag). */
  ephemeral: boolean;
}
