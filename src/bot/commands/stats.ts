import {
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Command } from '../command.ts';
import { MESSAGES } from '../i18n.ts';
import { COLOURS, escapeText } from '../render-answer.ts';

/** `/stats` (Manage Server): what readers asked, and what the articles did not answer. */
export const statsCommand: Command = {
  definition: {
    name: 'stats',
    name_localizations: { fr: 'statistiques' },
    description: 'Questions asked since start-up, and those the articles did not answer',
    description_localizations: {
      fr: 'Questions posées depuis le démarrage, et celles restées sans réponse',
    },
    default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
  } satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,

  execute(request, context) {
    const messages = MESSAGES[request.language];
    const stats = context.services.stats();
    const list = (entries: [string, number][]) =>
      entries.length === 0
        ? messages.statsNone
        : entries.map(([name, count]) => `${escapeText(name)} — ${count}`).join('\n');
    return {
      reply: {
        ephemeral: true,
        embeds: [
          {
            title: messages.statsTitle,
            description: messages.statsSummary(stats.total, stats.answered),
            color: COLOURS.answer,
            fields: [
              { name: messages.statsByCommand, value: list(stats.byCommand), inline: true },
              { name: messages.statsByLocale, value: list(stats.byLocale), inline: true },
              { name: messages.statsUnanswered, value: list(stats.unanswered) },
            ],
          },
        ],
      },
    };
  },
};
