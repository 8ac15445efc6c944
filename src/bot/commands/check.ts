import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
  type RESTPostAPIContextMenuApplicationCommandsJSONBody,
} from 'discord.js';
import { checkMessage } from '../../search/claims/check-claims.ts';
import { CHECK_MESSAGES } from '../check-messages.ts';
import type {
  Command,
  CommandContext,
  CommandOutcome,
  CommandRequest,
  MessageCommand,
} from '../command.ts';
import { argsOf } from '../command-options.ts';
import { checkNote, renderCheck } from '../render-check.ts';

/** A chat message is at most 4,000 characters (with Nitro); a pasted one as well. */
const TEXT_MAX_LENGTH = 4000;

/** Checks a text and renders the verdicts privately, with a button to post them. */
function checkText(text: string, request: CommandRequest, context: CommandContext): CommandOutcome {
  const report = checkMessage(context.index, text.slice(0, TEXT_MAX_LENGTH));
  const reply = renderCheck(report, {
    language: request.language,
    ephemeral: true,
    ...(context.interactive ? { share: { owner: request.userId, place: request.place } } : {}),
  });
  return {
    reply,
    answered: report.verdict !== 'not-found',
    results: report.claims.reduce((sum, claim) => sum + claim.results.length, 0),
    question: text,
  };
}

const checkDefinition = {
  name: 'check',
  name_localizations: { fr: 'vérifier' },
  description: 'Check a claim against the articles: supported, contradicted or not found',
  description_localizations: {
    fr: 'Vérifier une affirmation dans les articles : confirmée, contredite ou absente',
  },
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'text',
      name_localizations: { fr: 'texte' },
      description: 'The claim or message to check, in French or English',
      description_localizations: {
        fr: 'L’affirmation ou le message à vérifier, en français ou en anglais',
      },
      required: true,
      max_length: TEXT_MAX_LENGTH,
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** `/check text:` (`/vérifier texte:`): the claims of a pasted text, against the articles. */
export const checkCommand: Command = {
  definition: checkDefinition,
  answers: true,

  execute(request, context) {
    const { text } = argsOf(checkDefinition, request);
    if (text === '') return { reply: checkNote(CHECK_MESSAGES[request.language].missingText) };
    return checkText(text, request, context);
  },
};

/** Apps → "Check in the articles" on any message: no Message Content intent needed. */
export const checkMessageCommand: MessageCommand = {
  definition: {
    type: ApplicationCommandType.Message,
    name: 'Check in the articles',
    name_localizations: { fr: 'Vérifier dans les articles' },
    // Servers, the bot's DMs and other private channels; installed to a server or by a user.
    contexts: [0, 1, 2],
    integration_types: [0, 1],
  } satisfies RESTPostAPIContextMenuApplicationCommandsJSONBody,
  answers: true,

  execute(target, request, context) {
    if (target.content.trim() === '') {
      const messages = CHECK_MESSAGES[request.language];
      return { reply: checkNote(target.hasOtherContent ? messages.noText : messages.noClaim) };
    }
    // Somebody else's message, perhaps from a private chat: counted in /stats, never kept.
    const { question: _notKept, ...outcome } = checkText(target.content, request, context);
    return outcome;
  },
};
