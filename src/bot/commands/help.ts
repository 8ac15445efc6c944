import type { RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { type Command, commandNameIn } from '../command.ts';
import { MESSAGES } from '../i18n.ts';
import { COLOURS } from '../render-answer.ts';

const EXAMPLES = {
  en: ['`/ask question: How many overdose deaths in Canada?`', '`/figures`', '`/source`'],
  fr: ['`/question question: Combien de décès par surdose ?`', '`/chiffres`', '`/source`'],
};

/** `/help`: what each command does, in the reader's language, with examples. */
export const helpCommand: Command = {
  definition: {
    name: 'help',
    name_localizations: { fr: 'aide' },
    description: 'What I can do, with examples',
    description_localizations: { fr: 'Ce que je sais faire, avec des exemples' },
  } satisfies RESTPostAPIChatInputApplicationCommandsJSONBody,

  execute(request, context) {
    const { language } = request;
    const lines = context.commands.map(({ definition }) => {
      const name = commandNameIn(definition, language);
      const description =
        (language === 'fr' && definition.description_localizations?.fr) || definition.description;
      return `\`/${name}\` — ${description}`;
    });
    return {
      reply: {
        ephemeral: true,
        embeds: [
          {
            title: MESSAGES[language].helpTitle,
            description: `${MESSAGES[language].helpIntro}\n\n${lines.join('\n')}\n\n${EXAMPLES[language].join('\n')}`,
            color: COLOURS.answer,
          },
        ],
      },
    };
  },
};
