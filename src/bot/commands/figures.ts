import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Topic } from '../../knowledge/types.ts';
import type { CitedFigure } from '../../search/list-figures.ts';
import { booleanOption, type Command, stringOption } from '../command.ts';
import { LIMITS, truncate } from '../discord-limits.ts';
import { type Language, MESSAGES } from '../i18n.ts';
import { COLOURS, escapeText } from '../render-answer.ts';
import { HIDE_OPTION } from './shared-options.ts';

/** Characters of the sentence shown on each side of a figure. */
const CONTEXT = 70;

/** `… environ **70 000** personnes sont décédées …` — the figure in the words around it. */
function figureInContext(figure: CitedFigure): string {
  const start = figure.sentence.indexOf(figure.text);
  const before = figure.sentence.slice(Math.max(0, start - CONTEXT), start);
  const after = figure.sentence.slice(
    start + figure.text.length,
    start + figure.text.length + CONTEXT,
  );
  const cutBefore = start > CONTEXT ? `…${before.replace(/^\S*\s/u, '')}` : before;
  const cutAfter =
    start + figure.text.length + CONTEXT < figure.sentence.length
      ? `${after.replace(/\s\S*$/u, '')}…`
      : after;
  return `${escapeText(cutBefore)}**${escapeText(figure.text)}**${escapeText(cutAfter)}`;
}

function figureLine(figure: CitedFigure, language: Language): string {
  const where = [figure.section, MESSAGES[language].paragraph(figure.paragraph)]
    .filter(Boolean)
    .join(', ');
  return `• ${figureInContext(figure)} — *${escapeText(where)}*`;
}

/** `/figures [topic]`: the articles' figures, each in its sentence, with where it comes from. */
export function figuresCommand(topics: readonly Topic[]): Command {
  return {
    definition: {
      name: 'figures',
      name_localizations: { fr: 'chiffres' },
      description: 'The key figures of the articles, each with the sentence it comes from',
      description_localizations: { fr: 'Les chiffres clés des articles, chacun avec sa phrase' },
      options: [
        {
          type: ApplicationCommandOptionType.String,
          name: 'topic',
          name_localizations: { fr: 'sujet' },
          description: 'Only the figures of one topic',
          description_localizations: { fr: 'Seulement les chiffres d’un sujet' },
          required: false,
          choices: topics.slice(0, LIMITS.choices).map((topic) => ({
            name: truncate(topic.label.en, LIMITS.choiceName),
            name_localizations: { fr: truncate(topic.label.fr, LIMITS.choiceName) },
            value: topic.name,
          })),
        },
        HIDE_OPTION,
      ],
    } satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,
    answers: true,

    execute(request, context) {
      const messages = MESSAGES[request.language];
      const name = stringOption(request, 'topic');
      const topic = context.index.corpus.topics.find((candidate) => candidate.name === name);
      const ephemeral = booleanOption(request, 'hide');
      if (name !== '' && topic === undefined) {
        return {
          reply: {
            ephemeral: true,
            embeds: [{ description: escapeText(messages.unknownTopic(name)) }],
          },
        };
      }
      const figures = context.prepared.figures.get(topic?.name ?? '') ?? [];
      const lines: string[] = [];
      const documents = new Set<string>();
      let length = 0;
      for (const figure of figures) {
        const line = figureLine(figure, request.language);
        // Whole lines only: a list cut mid-line reads as a mistake.
        if (length + line.length + 1 > LIMITS.embedDescription - 2) break;
        lines.push(line);
        documents.add(figure.document);
        length += line.length + 1;
      }
      return {
        answered: figures.length > 0,
        results: lines.length,
        reply: {
          ephemeral,
          embeds: [
            {
              title: messages.figuresTitle(topic ? topic.label[request.language] : null),
              description: lines.length > 0 ? lines.join('\n') : messages.noFigures,
              color: COLOURS.answer,
              footer: {
                text: [...documents].join(' · ') || '—',
              },
            },
          ],
        },
      };
    },
  };
}
