import {
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
  type MessageContextMenuCommandInteraction,
  MessageFlags,
} from 'discord.js';
import { answerInTurn } from './answer-turns.ts';
import { type BotRuntime, contextOf, cooldownNote, recordStats } from './bot-runtime.ts';
import type { Command, CommandOutcome } from './command.ts';
import type { CommandSet } from './commands/registry.ts';
import { fitChoices } from './discord-limits.ts';
import { note, toDiscordMessage } from './discord-message.ts';
import { MESSAGES } from './i18n.ts';
import { localeOf, requestOf } from './interaction-request.ts';
import type { InteractionOutcome } from './metrics.ts';

export async function answerCommand(
  interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction,
  runtime: BotRuntime,
): Promise<InteractionOutcome> {
  const started = performance.now();
  const commands = runtime.commands();
  const request = requestOf(interaction, runtime);
  const command: CommandHandler | undefined = interaction.isMessageContextMenuCommand()
    ? messageCommandOf(interaction, commands)
    : commands.byName.get(interaction.commandName);
  const log = {
    interaction: interaction.id,
    command: interaction.commandName,
    locale: localeOf(interaction),
  };
  if (command === undefined) {
    await interaction.reply(toDiscordMessage(note(MESSAGES[request.language].unknownCommand)));
    runtime.logger.warn(log, 'unknown command');
    return 'unknown';
  }
  const slowDown = command.answers
    ? await cooldownNote(runtime, request.userId, request.language)
    : null;
  if (slowDown) {
    await interaction.reply(toDiscordMessage(slowDown));
    runtime.logger.info(log, 'cooldown');
    return 'cooldown';
  }
  const context = contextOf(commands);
  const refusal = command.refuse?.(request, context) ?? null;
  if (refusal) {
    await interaction.reply(toDiscordMessage(refusal));
    runtime.logger.info({ ...log, guild: interaction.guildId }, 'refused');
    return 'refused';
  }
  let outcome: CommandOutcome;
  if (command.slow) {
    // Deferring first keeps the interaction alive past Discord's 3 seconds.
    await interaction.deferReply({ flags: MessageFlags.Ephemeral });
    outcome = await command.execute(request, context);
    const { flags: _flags, ...message } = toDiscordMessage(outcome.reply);
    await interaction.editReply(message);
  } else if (command.answers && runtime.inTurn?.turns.busy) {
    outcome = await answerInTurn(interaction, command, request, context, runtime.inTurn);
  } else {
    runtime.inTurn?.turns.answerNow();
    outcome = await command.execute(request, context);
    await interaction.reply(toDiscordMessage(outcome.reply));
  }
  if (command.answers) {
    await recordStats(runtime, interaction, {
      command: interaction.commandName,
      answered: outcome.answered ?? false,
      question: outcome.question,
    });
  }
  runtime.logger.info(
    {
      ...log,
      answered: outcome.answered,
      results: outcome.results,
      ms: Math.round(performance.now() - started),
    },
    'replied',
  );
  if (!command.answers) return 'done';
  return outcome.answered ? 'answered' : 'unanswered';
}

/** What answering a command needs of it, slash or context-menu. */
type CommandHandler = Pick<Command, 'answers' | 'execute' | 'slow' | 'refuse'>;

/**
 * A command of a message's context menu, as the slash commands' handler runs it: its target is the
 * message as Discord resolved it with the interaction (no Message Content intent needed).
 */
function messageCommandOf(
  interaction: MessageContextMenuCommandInteraction,
  commands: CommandSet,
): CommandHandler | undefined {
  const command = commands.messageCommands.get(interaction.commandName);
  if (command === undefined) return undefined;
  const message = interaction.targetMessage;
  const target = {
    content: message.content,
    hasOtherContent:
      message.attachments.size > 0 || message.embeds.length > 0 || message.stickers.size > 0,
  };
  return {
    ...(command.answers ? { answers: true } : {}),
    execute: (request, context) => command.execute(target, request, context),
  };
}

export async function answerAutocomplete(
  interaction: AutocompleteInteraction,
  runtime: BotRuntime,
): Promise<void> {
  const commands = runtime.commands();
  const command = commands.byName.get(interaction.commandName);
  const focused = interaction.options.getFocused();
  const choices = command?.autocomplete?.(
    String(focused).slice(0, 300),
    requestOf(interaction, runtime),
    contextOf(commands),
  );
  await interaction.respond(fitChoices(choices ?? []));
}
