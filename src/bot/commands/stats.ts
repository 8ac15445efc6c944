import {
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import { type Command, type CommandRequest, commandNamesIn } from '../command.ts';
import { MESSAGES } from '../i18n.ts';
import { COLOURS, escapeText } from '../render-answer.ts';
import type { BotReply } from '../reply.ts';

const refusal = (text: string): BotReply => ({
  ephemeral: true,
  embeds: [{ description: text, color: COLOURS.noAnswer }],
});

/**
 * Whose questions the reader may see: their server's, when they may manage it; every server's
 * and the DMs', for the bot's owners outside a server. Null with the refusal otherwise.
 */
function scopeFor(request: CommandRequest): { scope: string | 'all' } | { refused: BotReply } {
  const messages = MESSAGES[request.language];
  if (request.guildId === null) {
    return request.isOwner ? { scope: 'all' } : { refused: refusal(messages.statsServerOnly) };
  }
  // Server admins can override `default_member_permissions`: the member's own permissions decide.
  return request.canManageGuild
    ? { scope: request.guildId }
    : { refused: refusal(messages.needManageServer) };
}

/** `/stats` (servers, Manage Server): what this server's readers asked, and what went unanswered. */
export const statsCommand: Command = {
  definition: {
    name: 'stats',
    name_localizations: { fr: 'statistiques' },
    description: 'Questions asked here since start-up, and those the articles did not answer',
    description_localizations: {
      fr: 'Questions posées ici depuis le démarrage, et celles restées sans réponse',
    },
    default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
    contexts: [InteractionContextType.Guild],
    integration_types: [ApplicationIntegrationType.GuildInstall],
  } satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,
  // The store may be on disk or shared by replicas: defer rather than race Discord's 3 s.
  slow: true,

  refuse(request) {
    const allowed = scopeFor(request);
    return 'refused' in allowed ? allowed.refused : null;
  },

  async execute(request, context) {
    const messages = MESSAGES[request.language];
    const allowed = scopeFor(request);
    if ('refused' in allowed) return { reply: allowed.refused };
    const stats = await context.services.stats(allowed.scope);
    const names = commandNamesIn(context.commands, request.language);
    const list = (entries: [string, number][]) =>
      entries.length === 0
        ? messages.statsNone
        : entries.map(([name, count]) => `${escapeText(name)} — ${count}`).join('\n');
    return {
      reply: {
        ephemeral: true,
        embeds: [
          {
            title: allowed.scope === 'all' ? messages.statsAllServers : messages.statsTitle,
            description: messages.statsSummary(stats.total, stats.answered),
            color: COLOURS.answer,
            fields: [
              {
                name: messages.statsByCommand,
                value: list(stats.byCommand.map(([name, n]) => [names.get(name) ?? name, n])),
                inline: true,
              },
              { name: messages.statsByLocale, value: list(stats.byLocale), inline: true },
              { name: messages.statsUnanswered, value: list(stats.unanswered) },
            ],
          },
        ],
      },
    };
  },
};
