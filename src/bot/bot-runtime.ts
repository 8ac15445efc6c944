import type { Interaction } from 'discord.js';
import type { InTurn } from './answer-turns.ts';
import type { CommandContext } from './command.ts';
import type { CommandSet } from './commands/registry.ts';
import { note } from './discord-message.ts';
import { type Language, MESSAGES } from './i18n.ts';
import { localeOf, serverOf } from './interaction-request.ts';
import type { Logger } from './logger.ts';
import type { BotMetrics } from './metrics.ts';
import type { Owners } from './owners.ts';
import type { BotReply } from './reply.ts';
import type { CooldownStore, StatsStore } from './store/types.ts';

/** What answering needs, shared by every interaction. */
export interface BotRuntime {
  /** The current commands; read at each interaction, so a reload takes effect at once. */
  commands: () => CommandSet;
  cooldown: CooldownStore;
  stats: StatsStore;
  owners: Owners;
  logger: Logger;
  /** Counts and times interactions for /metrics (HEALTH_PORT). */
  metrics?: BotMetrics;
  /** In a burst, who is answered at once and who is deferred (absent: everyone at once). */
  inTurn?: InTurn;
}

/** Counts an answer for /stats; a store that fails is logged, never the reader's problem. */
export async function recordStats(
  runtime: BotRuntime,
  interaction: Interaction,
  entry: { command: string; answered: boolean; question?: string | undefined },
): Promise<void> {
  try {
    await runtime.stats.record({
      guildId: serverOf(interaction),
      locale: localeOf(interaction),
      command: entry.command,
      answered: entry.answered,
      ...(entry.question ? { question: entry.question } : {}),
    });
  } catch (error) {
    runtime.logger.warn(
      { interaction: interaction.id, reason: (error as Error).message },
      'could not record stats',
    );
  }
}

export const contextOf = (commands: CommandSet): CommandContext => ({
  ...commands,
  interactive: true,
});

/** The reader must slow down: a short private note, or null to go on. */
export async function cooldownNote(
  runtime: BotRuntime,
  userId: string,
  language: Language,
): Promise<BotReply | null> {
  const waitMs = await runtime.cooldown.take(userId);
  return waitMs > 0 ? note(MESSAGES[language].slowDown(Math.ceil(waitMs / 1000))) : null;
}
