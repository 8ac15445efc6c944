import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { findPassages } from '../../search/find-passages.ts';
import { booleanOption, type Command, stringOption } from '../command.ts';
import { MESSAGES } from '../i18n.ts';
import { renderAnswer } from '../render-answer.ts';
import { HIDE_OPTION, questionOption } from './shared-options.ts';

/** `/ask question:<text>`: the passages that answer a free question. */
export const askCommand: Command = {
  definition: {
    name: 'ask',
    name_localizations: { fr: 'question' },
    description: 'Ask about the articles: I answer by quoting them',
    description_localizations: {
      fr: 'Posez une question sur les articles : je réponds en les citant',
    },
    options: [
      questionOption(true, {
        en: 'Your question, in French or English',
        fr: 'Votre question, en français ou en anglais',
      }),
      HIDE_OPTION,
    ],
  } satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,

  execute(request, context) {
    const question = stringOption(request, 'question');
    if (question === '') {
      return {
        reply: {
          ephemeral: true,
          embeds: [{ description: MESSAGES[request.language].missingQuestion }],
        },
      };
    }
    const answer = findPassages(context.index, question);
    const reply = renderAnswer(answer, {
      language: request.language,
      title: question,
      topicCommands: context.topicCommands,
      ephemeral: booleanOption(request, 'hide'),
    });
    return { reply, answered: answer.answered, results: answer.results.length };
  },
};
