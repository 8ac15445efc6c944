import {
  type APIInteraction,
  DefaultRestOptions,
  InteractionResponseType,
  InteractionType,
  type REST,
  type ResponseLike,
  Routes,
} from 'discord.js';
import type { Logger } from '../logger.ts';

/** Writes the HTTP response to Discord's POST; resolves once it is handed to the socket. */
export type RespondFn = (body: unknown) => Promise<void>;

/** Sent when the handler is not done by the deadline: what keeps the interaction alive. */
export type Deferral =
  | { type: InteractionResponseType.DeferredChannelMessageWithSource; data?: { flags: number } }
  | { type: InteractionResponseType.DeferredMessageUpdate }
  | { type: InteractionResponseType.ApplicationCommandAutocompleteResult; data: { choices: [] } };

interface Pending {
  raw: APIInteraction;
  respond: RespondFn;
  /** Null while Discord's POST still waits; else what it was answered with. */
  answered: 'reply' | Deferral | null;
  /** After a deferral: whether the late answer was sent through REST. */
  delivered: boolean;
  timer: NodeJS.Timeout;
}

/** Discord's ephemeral message flag. */
const EPHEMERAL = 64;

const CALLBACK = /\/interactions\/(\d{1,20})\/([^/?]+)\/callback$/u;
/** Discord allows 3 s for the first response; the rest is the network's. */
export const DEFAULT_DEFER_AFTER_MS = 2000;

const empty = (status: number) => new Response(null, { status }) as unknown as ResponseLike;
const failure = (status: number, message: string, code: number) =>
  new Response(JSON.stringify({ message, code }), {
    status,
    headers: { 'content-type': 'application/json' },
  }) as unknown as ResponseLike;

/**
 * The handlers answer through discord.js (`interaction.reply()` and friends), which POSTs the
 * interaction callback to Discord's REST API. For an interaction received over HTTP, that callback
 * must instead be the body of the response to Discord's own POST. This bridge is discord.js's
 * `makeRequest`: it takes such a callback out of the REST stream and writes it into the waiting
 * HTTP response; every other request (edits, follow-ups, registration) goes to Discord as usual.
 *
 * A handler that is not done by the deadline gets a deferral sent for it; its late callback is
 * then turned into the REST request that delivers the same answer (an edit of the original
 * message, or a follow-up).
 */
export class ReplyBridge {
  private readonly pending = new Map<string, Pending>();
  private rest: REST | undefined;
  private readonly logger: Logger;
  private readonly deferral: (raw: APIInteraction) => Deferral;
  private readonly deferAfterMs: number;

  constructor(
    logger: Logger,
    deferral: (raw: APIInteraction) => Deferral,
    deferAfterMs = DEFAULT_DEFER_AFTER_MS,
  ) {
    this.logger = logger;
    this.deferral = deferral;
    this.deferAfterMs = deferAfterMs;
  }

  /** The REST client late answers are sent through (the one this bridge is the makeRequest of). */
  attach(rest: REST): void {
    this.rest = rest;
  }

  get waiting(): number {
    return this.pending.size;
  }

  /** An interaction is about to reach the handlers; its HTTP response is `respond`. */
  expect(raw: APIInteraction, respond: RespondFn): void {
    const timer = setTimeout(() => void this.defer(raw.id), this.deferAfterMs);
    timer.unref();
    this.pending.set(raw.id, { raw, respond, answered: null, delivered: false, timer });
  }

  /** The handler is done: forget the interaction, and answer for it if it never did. */
  settle(id: string, fallback: () => unknown): void {
    const entry = this.pending.get(id);
    if (entry === undefined) return;
    clearTimeout(entry.timer);
    this.pending.delete(id);
    if (entry.answered === null) {
      this.logger.warn({ interaction: id }, 'handler sent no response: answered for it');
      entry.answered = 'reply';
      entry.respond(fallback()).catch(() => {});
    } else if (entry.answered !== 'reply' && !entry.delivered) {
      // Deferred, then nothing came: the reader would see "thinking…" until Discord gives up.
      this.logger.warn(
        { interaction: id },
        'handler sent nothing after the deferral: answered for it',
      );
      void this.deliverLate(
        entry,
        fallback() as { type: number; data?: Record<string, unknown> },
      ).catch((error: unknown) =>
        this.logger.warn({ interaction: id, reason: (error as Error).message }, 'apology lost'),
      );
    }
  }

  /** discord.js's REST strategy: callbacks of waiting interactions go into their HTTP response. */
  readonly makeRequest = async (url: string, init: RequestInit): Promise<ResponseLike> => {
    const match = CALLBACK.exec(new URL(url).pathname);
    const entry = match ? this.pending.get(match[1] ?? '') : undefined;
    if (match === null || entry === undefined || entry.raw.token !== match[2]) {
      return DefaultRestOptions.makeRequest(url, init as never);
    }
    if (typeof init.body !== 'string') {
      // Files would need a multipart HTTP response; the bot sends none.
      return failure(400, 'files cannot be sent in an HTTP interaction response', 0);
    }
    const body = JSON.parse(init.body) as { type: number; data?: Record<string, unknown> };
    if (entry.answered === null) {
      clearTimeout(entry.timer);
      entry.answered = 'reply';
      try {
        await entry.respond(body);
      } catch {
        return failure(404, 'Unknown interaction', 10062);
      }
      return empty(204);
    }
    if (entry.answered === 'reply')
      return failure(400, 'Interaction has already been acknowledged.', 40060);
    return this.deliverLate(entry, body);
  };

  /** Resolves once every handler is done (late edits included), or after `timeoutMs`. */
  async drain(timeoutMs: number): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (this.pending.size > 0 && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Closes every waiting interaction's timer (the server answers or drops their requests). */
  clear(): void {
    for (const entry of this.pending.values()) clearTimeout(entry.timer);
    this.pending.clear();
  }

  private async defer(id: string): Promise<void> {
    const entry = this.pending.get(id);
    if (entry === undefined || entry.answered !== null) return;
    const deferral = this.deferral(entry.raw);
    entry.answered = deferral;
    this.logger.info({ interaction: id, type: deferral.type }, 'slow answer: deferred');
    await entry.respond(deferral).catch(() => {});
  }

  /** The answer that came after our deferral, sent the way Discord takes it now. */
  private async deliverLate(
    entry: Pending,
    callback: { type: number; data?: Record<string, unknown> },
  ): Promise<ResponseLike> {
    const { raw } = entry;
    const deferral = entry.answered as Deferral;
    const rest = this.rest;
    if (rest === undefined) throw new Error('ReplyBridge: attach() the REST client first');
    const { flags: _flags, ...edit } = callback.data ?? {};
    const original = Routes.webhookMessage(raw.application_id, raw.token, '@original');
    const followUp = Routes.webhook(raw.application_id, raw.token);
    // A private answer after a public deferral: the public "thinking…" goes, the answer comes
    // as a private follow-up, never as an edit everyone would see.
    const privateAfterPublic =
      (Number(callback.data?.flags ?? 0) & EPHEMERAL) !== 0 &&
      (Number((deferral as { data?: { flags?: number } }).data?.flags ?? 0) & EPHEMERAL) === 0;
    const late =
      deferral.type === InteractionResponseType.DeferredChannelMessageWithSource
        ? callback.type === InteractionResponseType.ChannelMessageWithSource
          ? privateAfterPublic
            ? async () => {
                await rest.delete(original, { auth: false });
                return rest.post(followUp, { body: callback.data ?? {}, auth: false });
              }
            : () => rest.patch(original, { body: edit, auth: false })
          : null
        : deferral.type === InteractionResponseType.DeferredMessageUpdate
          ? callback.type === InteractionResponseType.UpdateMessage
            ? () => rest.patch(original, { body: edit, auth: false })
            : callback.type === InteractionResponseType.ChannelMessageWithSource
              ? () => rest.post(followUp, { body: callback.data ?? {}, auth: false })
              : null
          : null;
    if (late === null) {
      // A deferral answering a deferral, or choices after their moment: nothing left to send.
      if (raw.type === InteractionType.ApplicationCommandAutocomplete) {
        this.logger.info({ interaction: raw.id }, 'autocomplete choices came too late');
      }
      return empty(204);
    }
    await late();
    entry.delivered = true;
    return empty(204);
  }
}
