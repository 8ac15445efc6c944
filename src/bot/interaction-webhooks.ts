import {
  MessageFlags,
  REST,
  type RESTPatchAPIWebhookWithTokenMessageJSONBody,
  Routes,
} from 'discord.js';
import { fitReply } from './discord-limits.ts';
import type { BotReply } from './reply.ts';

/**
 * The REST client for an interaction's own webhook (the edit of a deferral, a follow-up). Discord
 * does not count these against the bot's global rate limit (50 requests per second), but
 * discord.js does: in a burst of 100 deferred answers the last would wait 2 s for nothing. This
 * client has no global cap; each interaction's token is still its own rate-limit bucket.
 */
export function interactionWebhooks(options: {
  apiUrl?: string;
  rest?: { retries?: number; timeout?: number };
}): REST {
  return new REST({
    ...(options.apiUrl ? { api: options.apiUrl } : {}),
    ...(options.rest ?? {}),
    globalRequestsPerSecond: Number.MAX_SAFE_INTEGER,
  });
}

/** A reply as Discord's API takes it in a webhook message: limits enforced, never a ping. */
function webhookMessageOf(reply: BotReply): RESTPatchAPIWebhookWithTokenMessageJSONBody {
  const fitted = fitReply({ content: reply.content, embeds: reply.embeds });
  return {
    ...(fitted.content !== undefined ? { content: fitted.content } : {}),
    embeds: fitted.embeds,
    components: reply.components ?? [],
    allowed_mentions: { parse: [] },
  };
}

/**
 * The answer to a deferred interaction: the edit of its "thinking…". A private answer after a
 * public deferral replaces it by a private follow-up, never an edit everyone would see.
 */
export async function sendDeferredAnswer(
  webhooks: REST,
  interaction: { applicationId: string; token: string },
  reply: BotReply,
  deferredPrivately: boolean,
): Promise<void> {
  const original = Routes.webhookMessage(interaction.applicationId, interaction.token, '@original');
  const message = webhookMessageOf(reply);
  if (reply.ephemeral && !deferredPrivately) {
    await webhooks.delete(original, { auth: false });
    await webhooks.post(Routes.webhook(interaction.applicationId, interaction.token), {
      body: { ...message, flags: MessageFlags.Ephemeral },
      auth: false,
    });
    return;
  }
  await webhooks.patch(original, { body: message, auth: false });
}
