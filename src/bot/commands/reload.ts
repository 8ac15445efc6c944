import {
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Command } from '../command.ts';
import { MESSAGES } from '../i18n.ts';
import type { KnowledgeCounts } from '../knowledge-store.ts';
import { COLOURS, escapeText } from '../render-answer.ts';

const describe = (counts: KnowledgeCounts) =>
  `${counts.articles} articles · ${counts.sentences} sentences · ${counts.figures} figures · ${counts.topics} topics`;

/** `/reload` (Manage Server): re-reads the knowledge folder; a broken file keeps the old one serving. */
export const reloadCommand: Command = {
  definition: {
    name: 'reload',
    name_localizations: { fr: 'recharger' },
    description: 'Re-read the knowledge folder (articles, topics, glossary)',
    description_localizations: {
      fr: 'Relire le dossier des connaissances (articles, sujets, glossaire)',
    },
    default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
  } satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,
  slow: true,

  async execute(request, context) {
    const messages = MESSAGES[request.language];
    const report = await context.services.reload();
    const lines = [
      messages.reloadCounts(describe(report.before), report.after ? describe(report.after) : '—'),
    ];
    if (report.error) lines.push(`\`\`\`\n${report.error.replaceAll('`', "'")}\n\`\`\``);
    if (report.commandsChanged) lines.push(messages.reloadCommandsUpdated);
    return {
      answered: report.error === undefined,
      reply: {
        ephemeral: true,
        embeds: [
          {
            title: report.error ? messages.reloadFailed : messages.reloadDone,
            description: lines
              .map((line) => (line.startsWith('```') ? line : escapeText(line)))
              .join('\n'),
            color: report.error ? COLOURS.noAnswer : COLOURS.answer,
          },
        ],
      },
    };
  },
};
