import { DiscordAPIError, HTTPError, type Interaction } from 'discord.js';
import { answerAutocomplete, answerCommand } from './answer-command.ts';
import { answerComponent } from './answer-component.ts';
import type { BotRuntime } from './bot-runtime.ts';
import { note, toDiscordMessage } from './discord-message.ts';
import { languageOf, MESSAGES } from './i18n.ts';
import { localeOf } from './interaction-request.ts';
import type { InteractionOutcome } from './metrics.ts';

/**
 * A modal submit, a context-menu command, a user, role or channel menu: nothing the bot offers,
 * but a reader must never be left without a reply. A short note, and a log line.
 */
async function answerUnsupported(interaction: Interaction, runtime: BotRuntime): Promise<void> {
  runtime.logger.warn(
    { interaction: interaction.id, type: interaction.type, guild: interaction.guildId },
    'unsupported interaction',
  );
  if (!interaction.isRepliable()) return;
  const text = MESSAGES[languageOf(localeOf(interaction))].unsupportedInteraction;
  await interaction.reply(toDiscordMessage(note(text)));
}

/**
 * Discord could not take a request (an HTTP error, a 10062 "unknown interaction" when it came too
 * late, a timeout): an apology would fail the same way, so it is logged once and left there.
 */
function isDiscordFailure(error: unknown): boolean {
  return (
    error instanceof DiscordAPIError ||
    error instanceof HTTPError ||
    (error instanceof Error &&
      (error.name === 'AbortError' || error.name === 'ConnectTimeoutError'))
  );
}

/** Answers one interaction; a failure gets a short apology and a log line, never a crash. */
export async function handleInteraction(
  interaction: Interaction,
  runtime: BotRuntime,
): Promise<void> {
  const started = performance.now();
  const observe = (outcome: InteractionOutcome) => {
    if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand()) {
      const seconds = (performance.now() - started) / 1000;
      runtime.metrics?.interaction(interaction.commandName, outcome, seconds);
    }
  };
  try {
    if (interaction.isChatInputCommand() || interaction.isMessageContextMenuCommand())
      observe(await answerCommand(interaction, runtime));
    else if (interaction.isAutocomplete()) await answerAutocomplete(interaction, runtime);
    else if (interaction.isButton() || interaction.isStringSelectMenu())
      await answerComponent(interaction, runtime);
    else await answerUnsupported(interaction, runtime);
  } catch (error) {
    observe('error');
    const log = {
      interaction: interaction.id,
      command:
        interaction.isCommand() || interaction.isAutocomplete()
          ? interaction.commandName
          : undefined,
    };
    if (isDiscordFailure(error)) {
      const code = error instanceof DiscordAPIError ? error.code : undefined;
      runtime.logger.warn(
        {
          ...log,
          code,
          status: (error as { status?: number }).status,
          reason: (error as Error).message,
        },
        'Discord refused or lost the reply',
      );
      return;
    }
    runtime.logger.error({ ...log, err: error }, 'interaction failed');
    if (!interaction.isRepliable()) return;
    const apology = toDiscordMessage(note(MESSAGES[languageOf(localeOf(interaction))].error));
    try {
      if (interaction.deferred && !interaction.replied) {
        const { flags: _flags, ...edit } = apology;
        await interaction.editReply(edit);
      } else if (interaction.replied) await interaction.followUp(apology);
      else await interaction.reply(apology);
    } catch (apologyError) {
      runtime.logger.warn(
        { ...log, reason: (apologyError as Error).message },
        'could not send the apology',
      );
    }
  }
}
