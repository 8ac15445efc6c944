import {
  type ChatInputCommandInteraction,
  type MessageContextMenuCommandInteraction,
  MessageFlags,
  type REST,
} from 'discord.js';
import type { Command, CommandContext, CommandOutcome, CommandRequest } from './command.ts';
import { HIDE_OPTION } from './commands/shared-options.ts';
import { sendDeferredAnswer } from './interaction-webhooks.ts';

/**
 * Who answers now and who waits, when many readers ask at once.
 *
 * Answering is synchronous work (search, rendering) on the one event loop: in a burst of 100
 * questions the last reader's acknowledgement would otherwise wait behind 99 searches, and
 * Discord gives 3 s to acknowledge. So a question that arrives while nobody else's is waiting is
 * answered at once, in one reply; one that arrives behind others gets a deferral ("thinking…")
 * straight away, then its answer in turn, one per turn of the event loop so that the network
 * (other deferrals, incoming interactions) keeps moving between two searches.
 */
export class AnswerTurns {
  /** Deferred answers not yet given (waiting for their deferral to go out, or their turn). */
  private waiting = 0;
  /** An answer was computed in this turn of the event loop: the next one waits for the next turn. */
  private computedThisTurn = false;
  private readonly queue: (() => void)[] = [];
  private pumping = false;

  /** Whether a question arriving now would wait behind another: then it is deferred first. */
  get busy(): boolean {
    return this.computedThisTurn || this.waiting > 0;
  }

  /** Marks an answer computed now, at once: whoever comes in the same turn waits. */
  answerNow(): void {
    if (this.computedThisTurn) return;
    this.computedThisTurn = true;
    setImmediate(() => {
      this.computedThisTurn = false;
    });
  }

  /**
   * Holds a place for a deferred answer (call before deferring, so later arrivals see it), and
   * returns the wait for its turn: `await turn()` once the deferral is sent, then compute at once
   * and call `done()`, whatever happened.
   */
  reserve(): { turn: () => Promise<void>; done: () => void } {
    this.waiting++;
    let finished = false;
    return {
      turn: () =>
        new Promise<void>((resolve) => {
          this.queue.push(resolve);
          this.pump();
        }),
      done: () => {
        if (finished) return;
        finished = true;
        this.waiting--;
      },
    };
  }

  /** Lets one waiting answer go per turn of the event loop. */
  private pump(): void {
    if (this.pumping) return;
    this.pumping = true;
    setImmediate(() => {
      this.pumping = false;
      const next = this.queue.shift();
      if (next === undefined) return;
      this.answerNow();
      next();
      if (this.queue.length > 0) this.pump();
    });
  }
}

/**
 * Whether a deferral must be private: unless the reader asked for a public answer (`hide` not set,
 * on a command that has it). A deferral chooses before the answer exists, and an answer meant to
 * be private (e.g. /stats) must never come out public.
 */
export function defersPrivately(
  definition: Command['definition'] | undefined,
  hide: unknown,
): boolean {
  const hasHide = definition?.options?.some((option) => option.name === HIDE_OPTION.name) === true;
  return !hasHide || hide === true;
}

/** Answers deferred in a burst: their turns, and the webhook client their answers go through. */
export interface InTurn {
  turns: AnswerTurns;
  webhooks: REST;
}

/**
 * A question that arrived behind others: acknowledged at once with a deferral, answered in its
 * turn by an edit. The deferral is private unless the reader asked for a public answer; a private
 * answer after a public deferral replaces it by a private follow-up, never a public edit.
 */
export async function answerInTurn(
  interaction: ChatInputCommandInteraction | MessageContextMenuCommandInteraction,
  command: Pick<Command, 'execute'>,
  request: CommandRequest,
  context: CommandContext,
  inTurn: InTurn,
): Promise<CommandOutcome> {
  const definition = interaction.isChatInputCommand()
    ? context.commands.find((entry) => entry.definition.name === interaction.commandName)
        ?.definition
    : undefined;
  const privately = defersPrivately(definition, request.options.get(HIDE_OPTION.name));
  const place = inTurn.turns.reserve();
  try {
    await interaction.deferReply(privately ? { flags: MessageFlags.Ephemeral } : {});
    await place.turn();
    const outcome = await command.execute(request, context);
    place.done();
    await sendDeferredAnswer(inTurn.webhooks, interaction, outcome.reply, privately);
    return outcome;
  } finally {
    place.done();
  }
}
