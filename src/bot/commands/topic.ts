import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Topic } from '../../knowledge/types.ts';
import { findTopicPassages } from '../../search/find-passages.ts';
import { fold } from '../../search/normalize.ts';
import { type Command, commandNamesIn } from '../command.ts';
import { argsOf } from '../command-options.ts';
import { MAX_RESULTS, renderAnswer } from '../render-answer.ts';
import { buttonsFor } from './ask.ts';
import { HIDE_OPTION, questionOption } from './shared-options.ts';

const COMMAND_NAME = /^[-_'\p{Ll}\p{Lo}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

/** `Mer Rouge` → `mer-rouge`: a French command name from the topic's French label, when valid. */
export function localizedName(label: string, taken: Set<string>): string | undefined {
  const slug = fold(label)
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/gu, '')
    .slice(0, 32);
  if (!COMMAND_NAME.test(slug) || taken.has(slug)) return undefined;
  taken.add(slug);
  return slug;
}

/**
 * A topic from `knowledge/topics.json` as a slash command: without a question, the sentences that
 * speak most of it; with one, the answer among them. `taken` holds names already in use.
 */
export function topicCommand(topic: Topic, taken: Set<string>): Command {
  const frenchName = localizedName(topic.label.fr, taken);
  const definition = {
    name: topic.name,
    ...(frenchName && frenchName !== topic.name ? { name_localizations: { fr: frenchName } } : {}),
    description: topic.description.en,
    description_localizations: { fr: topic.description.fr },
    options: [
      questionOption(false, {
        en: `Narrow it down: a question about ${topic.label.en}`.slice(0, 100),
        fr: `Pour préciser : une question sur ${topic.label.fr}`.slice(0, 100),
      }),
      HIDE_OPTION,
    ],
  } as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;
  return {
    definition,
    answers: true,

    execute(request, context) {
      const { question = '', hide } = argsOf(definition, request);
      const answer = findTopicPassages(context.index, topic, question, { limit: MAX_RESULTS });
      const label = topic.label[request.language];
      const reply = renderAnswer(answer, {
        language: request.language,
        title: question === '' ? label : `${label} — ${question}`,
        topics: context.index.corpus.topics,
        commandNames: commandNamesIn(context.commands, request.language),
        ephemeral: hide ?? false,
        buttons: buttonsFor(request, context),
      });
      return {
        reply,
        answered: answer.answered,
        results: answer.results.length,
        question: question || undefined,
        sentenceIds: answer.results.map((passage) => passage.sentenceId),
      };
    },
  };
}
