import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Command } from '../command.ts';
import { LIMITS } from '../discord-limits.ts';
import { MESSAGES } from '../i18n.ts';
import { COLOURS, escapeText } from '../render-answer.ts';

/** `/source`: which articles the bot knows, and how it cites them. */
export const sourceCommand: Command = {
  definition: {
    name: 'source',
    name_localizations: { fr: 'source' },
    description: 'Which articles I know and how I cite them',
    description_localizations: { fr: 'Les articles que je connais et comment je les cite' },
  } satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,

  execute(request, context) {
    const messages = MESSAGES[request.language];
    const { documents } = context.index.corpus;
    // A field per article, as many as an embed holds; the rest are counted.
    const shown = documents.slice(0, LIMITS.embedFields);
    const fields = shown.map((document) => {
      const counts = context.prepared.documents[document.id] ?? { sentences: 0, figures: 0 };
      const paragraphs = document.sections.reduce(
        (total, section) => total + section.paragraphs.length,
        0,
      );
      const headings = document.sections
        .map((section) => section.heading)
        .filter((heading): heading is string => heading !== null);
      const details = [
        messages.sourceCounts(
          document.sections.length,
          paragraphs,
          counts.sentences,
          counts.figures,
        ),
        ...headings.map((heading) => `• ${escapeText(heading)}`),
        [document.source, document.published, document.url]
          .filter(Boolean)
          .map(String)
          .map(escapeText)
          .join(' · '),
        `\`${escapeText(document.file)}\``,
      ].filter((line) => line !== '');
      return { name: escapeText(document.title), value: details.join('\n') };
    });
    return {
      reply: {
        ephemeral: true,
        embeds: [
          {
            title: messages.sourceTitle,
            description:
              documents.length > shown.length
                ? `${messages.sourceHowCited}\n\n${messages.sourceMore(documents.length, documents.length - shown.length)}`
                : messages.sourceHowCited,
            color: COLOURS.answer,
            fields,
          },
        ],
      },
    };
  },
};
