import { type APIApplicationCommandBasicOption, ApplicationCommandOptionType } from 'discord.js';

/** Long enough for any real question; Discord itself allows 6000. */
export const QUESTION_MAX_LENGTH = 300;

export const HIDE_OPTION = {
  type: ApplicationCommandOptionType.Boolean,
  name: 'hide',
  name_localizations: { fr: 'masquer' },
  description: 'Only you see the answer',
  description_localizations: { fr: 'Vous seul voyez la réponse' },
} as const satisfies APIApplicationCommandBasicOption;

/** The `question` option; `required` keeps its literal type, so `argsOf` types its value. */
export function questionOption<const Required extends boolean>(
  required: Required,
  description: { en: string; fr: string },
): ReturnType<typeof questionOptionOf> & { readonly required: Required } {
  return questionOptionOf(required, description) as ReturnType<typeof questionOptionOf> & {
    readonly required: Required;
  };
}

function questionOptionOf(required: boolean, description: { en: string; fr: string }) {
  return {
    type: ApplicationCommandOptionType.String,
    name: 'question',
    name_localizations: { fr: 'question' },
    description: description.en,
    description_localizations: { fr: description.fr },
    required,
    max_length: QUESTION_MAX_LENGTH,
  } as const satisfies APIApplicationCommandBasicOption;
}
