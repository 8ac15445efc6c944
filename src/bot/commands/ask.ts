import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { findPassages } from '../../search/find-passages.ts';
import { passagesFor } from '../../search/passages-for.ts';
import {
  type Command,
  type CommandContext,
  type CommandRequest,
  commandNamesIn,
} from '../command.ts';
import { argsOf } from '../command-options.ts';
import { LIMITS, truncate } from '../discord-limits.ts';
import { MESSAGES } from '../i18n.ts';
import { MAX_RESULTS, renderAnswer, renderPage } from '../render-answer.ts';
import { HIDE_OPTION, questionOption } from './shared-options.ts';

/** An autocomplete choice's value: `§<knowledge version>:<sentence id>`, well under 100 characters. */
const REFERENCE = /^§([0-9a-z]{1,8}):([0-9a-z]{1,7})$/u;

const referenceOf = (version: string, sentenceId: number) =>
  `§${version}:${sentenceId.toString(36)}`;

/** Whom and where the buttons belong to, when replies may carry them. */
export function buttonsFor(request: CommandRequest, context: CommandContext) {
  return context.interactive
    ? { owner: request.userId, version: context.version, place: request.place }
    : undefined;
}

const askDefinition = {
  name: 'ask',
  name_localizations: { fr: 'question' },
  description: 'Ask about the articles: I answer by quoting them',
  description_localizations: {
    fr: 'Posez une question sur les articles : je réponds en les citant',
  },
  options: [
    {
      ...questionOption(true, {
        en: 'Your question, in French or English',
        fr: 'Votre question, en français ou en anglais',
      }),
      autocomplete: true,
    },
    HIDE_OPTION,
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** `/ask question:<text>`: the passages that answer a free question, suggested as one types. */
export const askCommand: Command = {
  definition: askDefinition,
  answers: true,

  execute(request, context) {
    const { question, hide } = argsOf(askDefinition, request);
    const messages = MESSAGES[request.language];
    if (question === '') {
      return { reply: { ephemeral: true, embeds: [{ description: messages.missingQuestion }] } };
    }
    const ephemeral = hide ?? false;
    const buttons = buttonsFor(request, context);
    // A suggestion chosen while typing: answer with that very sentence.
    const reference = REFERENCE.exec(question);
    if (reference && reference[1] === context.version) {
      const passages = passagesFor(context.index, [Number.parseInt(reference[2] ?? '', 36)], '');
      const [passage] = passages ?? [];
      if (passage) {
        const title = truncate(passage.sentence.replace(/\s+/gu, ' '), LIMITS.choiceName);
        const reply = renderPage([passage], {
          language: request.language,
          safeTitle: title,
          ephemeral,
          page: 0,
          buttons,
        });
        return { reply, answered: true, results: 1, question: passage.sentence };
      }
    }
    const answer = findPassages(context.index, question, { limit: MAX_RESULTS });
    const reply = renderAnswer(answer, {
      language: request.language,
      title: question,
      topics: context.index.corpus.topics,
      commandNames: commandNamesIn(context.commands, request.language),
      ephemeral,
      buttons,
    });
    return {
      reply,
      answered: answer.answered,
      results: answer.results.length,
      question,
      sentenceIds: answer.results.map((passage) => passage.sentenceId),
    };
  },

  autocomplete(typed, _request, context) {
    const text = typed.trim();
    const sentences = context.index.corpus.sentences;
    // Nothing typed yet: the opening sentence of each section, as a sampler of what can be asked.
    const ids =
      text === ''
        ? context.index.corpus.documents.flatMap((document) =>
            document.sections.flatMap(
              (section) => section.paragraphs[0]?.sentenceIds.slice(0, 1) ?? [],
            ),
          )
        : findPassages(context.index, text, { limit: LIMITS.choices }).results.map(
            (passage) => passage.sentenceId,
          );
    return ids.slice(0, LIMITS.choices).flatMap((id) => {
      const sentence = sentences[id];
      if (sentence === undefined) return [];
      return [
        {
          name: truncate(sentence.text.replace(/\s+/gu, ' '), LIMITS.choiceName),
          value: referenceOf(context.version, id),
        },
      ];
    });
  },
};
