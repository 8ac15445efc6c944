import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Topic } from '../../knowledge/types.ts';
import type { CitedFigure } from '../../search/list-figures.ts';
import type { Command } from '../command.ts';
import { argsOf } from '../command-options.ts';
import { LIMITS, truncate } from '../discord-limits.ts';
import { type Language, MESSAGES } from '../i18n.ts';
import { COLOURS, escapeText } from '../render-answer.ts';
import { HIDE_OPTION } from './shared-options.ts';

/** The figures of one sentence, in reading order, with the sentence and where it stands. */
interface FiguresOfSentence {
  first: CitedFigure;
  figures: CitedFigure[];
}

function bySentence(figures: readonly CitedFigure[]): FiguresOfSentence[] {
  const groups = new Map<number, FiguresOfSentence>();
  for (const figure of figures) {
    const group = groups.get(figure.sentenceId);
    if (group) group.figures.push(figure);
    else groups.set(figure.sentenceId, { first: figure, figures: [figure] });
  }
  return [...groups.values()];
}

/** The sentence, escaped, each of its figures in bold. */
function sentenceWithFigures({ first, figures }: FiguresOfSentence): string {
  const parts: string[] = [];
  let from = 0;
  for (const figure of figures) {
    const at = first.sentence.indexOf(figure.text, from);
    if (at < 0) continue;
    parts.push(escapeText(first.sentence.slice(from, at)), `**${escapeText(figure.text)}**`);
    from = at + figure.text.length;
  }
  parts.push(escapeText(first.sentence.slice(from)));
  return parts.join('');
}

/** `• sentence — *section, § 3*`, then what each figure measures: `84 % : pourcentage`. */
function sentenceLines(group: FiguresOfSentence, language: Language): string {
  const messages = MESSAGES[language];
  const where = [group.first.section, messages.paragraph(group.first.paragraph)]
    .filter(Boolean)
    .join(', ');
  const measures = group.figures
    .map((figure) => `${escapeText(figure.text)} : ${escapeText(messages.measures(figure))}`)
    .join(' · ');
  return `• ${sentenceWithFigures(group)} — *${escapeText(where)}*\n  ↳ ${measures}`;
}

/**
 * `/figures [topic]`: each sentence that holds figures, once, its figures in bold, with where it
 * comes from and what each figure measures.
 */
export function figuresCommand(topics: readonly Topic[]): Command {
  const definition = {
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
  } as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;
  return {
    definition,
    answers: true,

    execute(request, context) {
      const messages = MESSAGES[request.language];
      const { topic: name, hide } = argsOf(definition, request);
      const topic = context.index.corpus.topics.find((candidate) => candidate.name === name);
      const ephemeral = hide ?? false;
      if (name !== undefined && topic === undefined) {
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
      for (const group of bySentence(figures)) {
        const line = sentenceLines(group, request.language);
        // Whole lines only: a list cut mid-line reads as a mistake.
        if (length + line.length + 1 > LIMITS.embedDescription - 2) break;
        lines.push(line);
        documents.add(group.first.document);
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
              // The articles the listed sentences come from; none: no footer at all.
              ...(documents.size > 0 ? { footer: { text: [...documents].join(' · ') } } : {}),
            },
          ],
        },
      };
    },
  };
}
