import {
  type InteractionReplyOptions,
  type InteractionUpdateOptions,
  MessageFlags,
} from 'discord.js';
import { fitReply } from './discord-limits.ts';
import { COLOURS } from './render-answer.ts';
import type { BotReply } from './reply.ts';

/** A reply as discord.js sends it: limits enforced, and never a ping, whatever the text says. */
export function toDiscordMessage(reply: BotReply): InteractionReplyOptions {
  const fitted = fitReply({ content: reply.content, embeds: reply.embeds });
  return {
    ...(fitted.content !== undefined ? { content: fitted.content } : {}),
    embeds: fitted.embeds,
    ...(reply.components ? { components: reply.components } : {}),
    ...(reply.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
    allowedMentions: { parse: [] },
  };
}

/** The same for an update of the message a button sits on: old components are replaced. */
export function toDiscordUpdate(reply: BotReply): InteractionUpdateOptions {
  const fitted = fitReply({ content: reply.content, embeds: reply.embeds });
  return {
    embeds: fitted.embeds,
    components: reply.components ?? [],
    allowedMentions: { parse: [] },
  };
}

/** A short private note: a refusal, a stale button, an apology. */
export function note(text: string): BotReply {
  return { ephemeral: true, embeds: [{ description: text, color: COLOURS.noAnswer }] };
}
