import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Command } from '../command.ts';
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
    const { documents, sentences } = context.index.corpus;
    const fields = documents.map((document) => {
      const ownSentences = sentences.filter((sentence) => sentence.documentId === document.id);
      const paragraphs = document.sections.reduce(
        (total, section) => total + section.paragraphs.length,
        0,
      );
      const figures = ownSentences.reduce((total, sentence) => total + sentence.figures.length, 0);
      const headings = document.sections
        .map((section) => section.heading)
        .filter((heading): heading is string => heading !== null);
      const details = [
        messages.sourceCounts(document.sections.length, paragraphs, ownSentences.length, figures),
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
            description: messages.sourceHowCited,
            color: COLOURS.answer,
            fields,
          },
        ],
      },
    };
  },
};
