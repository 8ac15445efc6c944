import type { APIEmbed } from 'discord.js';

/**
 * Discord's limits, enforced here and nowhere else: every reply goes through `fitReply` before it
 * is sent, so a 6000-character question or a huge article can never get a message rejected.
 */
export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  embedsTotal: 6000,
  embeds: 10,
  choiceName: 100,
  choiceValue: 100,
  choices: 25,
} as const;

const ELLIPSIS = '…';

/**
 * Cuts `text` to at most `max` characters, at a word boundary when one is near, ending with `…`.
 * Characters are counted as UTF-16 units (never fewer than Discord counts) and never split.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 1) return ELLIPSIS.slice(0, max);
  let cut = '';
  for (const char of text) {
    if (cut.length + char.length > max - 1) break;
    cut += char;
  }
  const space = cut.search(/\s\S*$/u);
  // Keep the word boundary unless it throws away more than a fifth of the room.
  const kept = space > (max - 1) * 0.8 ? cut.slice(0, space) : cut;
  return `${kept.trimEnd()}${ELLIPSIS}`;
}

const length = (text: string | undefined): number => text?.length ?? 0;

function embedLength(embed: APIEmbed): number {
  return (
    length(embed.title) +
    length(embed.description) +
    length(embed.footer?.text) +
    length(embed.author?.name) +
    (embed.fields ?? []).reduce(
      (total, field) => total + length(field.name) + length(field.value),
      0,
    )
  );
}

function fitEmbed(embed: APIEmbed): APIEmbed {
  const fitted: APIEmbed = { ...embed };
  if (embed.title !== undefined) fitted.title = truncate(embed.title, LIMITS.embedTitle);
  if (embed.description !== undefined) {
    fitted.description = truncate(embed.description, LIMITS.embedDescription);
  }
  if (embed.footer)
    fitted.footer = { ...embed.footer, text: truncate(embed.footer.text, LIMITS.footer) };
  if (embed.author)
    fitted.author = { ...embed.author, name: truncate(embed.author.name, LIMITS.fieldName) };
  if (embed.fields) {
    fitted.fields = embed.fields.slice(0, LIMITS.embedFields).map((field) => ({
      ...field,
      name: truncate(field.name, LIMITS.fieldName) || '\u200b',
      value: truncate(field.value, LIMITS.fieldValue) || '\u200b',
    }));
  }
  return fitted;
}

export interface FittableMessage {
  content?: string;
  embeds?: APIEmbed[];
}

/** Returns the message cut to every Discord limit, dropping the least important parts first. */
export function fitReply<T extends FittableMessage>(message: T): T {
  const fitted: T = { ...message };
  if (message.content !== undefined) fitted.content = truncate(message.content, LIMITS.content);
  if (message.embeds === undefined) return fitted;
  const embeds = message.embeds.slice(0, LIMITS.embeds).map(fitEmbed);
  // 6000 characters across all embeds: drop trailing fields, then shorten descriptions.
  let total = embeds.reduce((sum, embed) => sum + embedLength(embed), 0);
  for (let i = embeds.length - 1; i >= 0 && total > LIMITS.embedsTotal; i--) {
    const embed = embeds[i] as APIEmbed;
    while (embed.fields && embed.fields.length > 0 && total > LIMITS.embedsTotal) {
      const field = embed.fields.pop();
      total -= length(field?.name) + length(field?.value);
    }
    if (total > LIMITS.embedsTotal && embed.description) {
      const room = Math.max(1, length(embed.description) - (total - LIMITS.embedsTotal));
      total -= length(embed.description) - room;
      embed.description = truncate(embed.description, room);
    }
  }
  fitted.embeds = embeds;
  return fitted;
}

/** Autocomplete choices within Discord's limits: 25 at most, names 1–100, values ≤ 100. */
export function fitChoices<T extends { name: string; value: string }>(choices: T[]): T[] {
  return choices
    .filter((choice) => choice.value.length <= LIMITS.choiceValue && choice.name.trim() !== '')
    .slice(0, LIMITS.choices)
    .map((choice) => ({ ...choice, name: truncate(choice.name, LIMITS.choiceName) }));
}
