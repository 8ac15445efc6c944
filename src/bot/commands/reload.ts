import {
  ApplicationIntegrationType,
  InteractionContextType,
  PermissionFlagsBits,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Command } from '../command.ts';
import { MESSAGES } from '../i18n.ts';
import type { ReloadReport } from '../knowledge-store.ts';
import { COLOURS, escapeText } from '../render-answer.ts';
import type { BotReply } from '../reply.ts';

const refusal = (text: string): BotReply => ({
  ephemeral: true,
  embeds: [{ description: text, color: COLOURS.noAnswer }],
});

/** The lines of a reload's outcome: counts, the folder's problem, and Discord's answer. */
function outcomeLines(report: ReloadReport, language: 'en' | 'fr'): string[] {
  const messages = MESSAGES[language];
  const lines = [
    escapeText(
      messages.reloadCounts(
        messages.knowledgeCounts(report.before),
        report.after ? messages.knowledgeCounts(report.after) : '—',
      ),
    ),
  ];
  if (report.error) lines.push(`\`\`\`\n${report.error.replaceAll('`', "'")}\n\`\`\``);
  const registration = report.registration;
  if (registration?.status === 'registered') lines.push(messages.reloadCommandsUpdated);
  if (registration?.status === 'refused') {
    lines.push(escapeText(messages.reloadRegistrationRefused(registration.reason)));
  }
  if (registration?.status === 'unreachable') lines.push(messages.reloadRegistrationPending);
  return lines;
}

/**
 * `/reload` (the bot's owners): re-reads the knowledge folder, for every server. A broken file
 * keeps the old one serving; the reply says what Discord made of the commands.
 */
export const reloadCommand: Command = {
  definition: {
    name: 'reload',
    name_localizations: { fr: 'recharger' },
    description: 'Re-read the knowledge folder (articles, topics, glossary), for every server',
    description_localizations: {
      fr: 'Relire le dossier des connaissances (articles, sujets, glossaire), pour tous les serveurs',
    },
    default_member_permissions: PermissionFlagsBits.ManageGuild.toString(),
    contexts: [InteractionContextType.Guild, InteractionContextType.BotDM],
    integration_types: [ApplicationIntegrationType.GuildInstall],
  } satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,
  slow: true,

  refuse(request, context) {
    const messages = MESSAGES[request.language];
    // The knowledge serves every server: a server's own admins may not reload it.
    if (!request.isOwner) return refusal(messages.ownersOnly);
    const waitMs = context.services.reloadWait(request.userId);
    return waitMs > 0 ? refusal(messages.reloadTooSoon(Math.ceil(waitMs / 1000))) : null;
  },

  async execute(request, context) {
    const report = await context.services.reload();
    const failed = report.error !== undefined || report.registration?.status === 'refused';
    return {
      answered: !failed,
      reply: {
        ephemeral: true,
        embeds: [
          {
            title: report.error
              ? MESSAGES[request.language].reloadFailed
              : MESSAGES[request.language].reloadDone,
            description: outcomeLines(report, request.language).join('\n'),
            color: failed ? COLOURS.noAnswer : COLOURS.answer,
          },
        ],
      },
    };
  },
};
