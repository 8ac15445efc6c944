// A fake Discord on 127.0.0.1 that the real discord.js v14 client can log in to: REST under
// /api/v10 on an HTTP server and a plain-JSON gateway (ws) on the same port. Tests drive it
// (sendInteraction, failNext, dropGateway) and read what the bot sent (requests, waitForCallback).
// Behaviour and limits follow /work/shared/discord-facts.md.
//
//   const fake = await startFakeDiscord();
//   const client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: fake.apiUrl } });
//   await client.login(fake.token);            // then wait for Events.ClientReady
//   const { id } = fake.sendInteraction({ data: { name: 'ask', options: [...] }, locale: 'fr' });
//   const body = await fake.waitForCallback(id); // { type: 4, data: { content, ... } }
//   await client.destroy(); await fake.close();
//
// HTTP interactions: Discord POSTs each interaction, signed with the application's Ed25519 key,
// to the bot's endpoint, and takes the response body as the interaction callback:
//
//   const { privateKey, publicKey } = generateKeyPairSync('ed25519');
//   const fake = await startFakeDiscord({ signingKey: privateKey });  // publicKeyHex for the bot
//   const delivery = await fake.postInteraction('http://127.0.0.1:PORT/interactions', { data });
//   delivery.status; delivery.body;        // also captured as the callback: waitForCallback works

import {
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  randomBytes,
  sign,
} from 'node:crypto';
import {
  Agent,
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { type RawData, WebSocket, WebSocketServer } from 'ws';
import {
  checkChoices,
  checkCommand,
  checkCommandList,
  checkMessage,
  type DiscordErrorBody,
  type FieldError,
  invalidFormBody,
  isEmptyMessage,
} from './limits.ts';
import {
  buildInteraction,
  buildMessage,
  editMessage,
  type InteractionOverrides,
  type InteractionPayload,
  shardForGuild,
  snowflake,
  type UserPayload,
} from './payloads.ts';

export type { InteractionOverrides, InteractionPayload } from './payloads.ts';
export { guildIdForShard, shardForGuild, snowflake } from './payloads.ts';

export interface FakeDiscordOptions {
  /** Shard count `GET /gateway/bot` recommends (default 1). */
  shards?: number;
  /** Answer every authenticated REST call (so `login()`) with 401, and IDENTIFY with close 4004. */
  rejectToken?: boolean;
  /** How long an interaction may go unacknowledged before its callback gets 10062 (default 3000). */
  ackDeadlineMs?: number;
  /** heartbeat_interval sent in HELLO (default 41250, as Discord). */
  heartbeatIntervalMs?: number;
  /**
   * session_start_limit.max_concurrency (default: the shard count). Discord says 1 for small bots,
   * which makes discord.js wait 5 s between shard identifies; tests rarely want that.
   */
  maxConcurrency?: number;
  /**
   * Close every IDENTIFY with this code (e.g. 4004 for a token the gateway refuses while REST
   * took it, 4014 for a privileged intent the application lacks).
   */
  identifyCloseCode?: number;
  /** The application's Ed25519 private key, for signing HTTP interactions (default: a new one). */
  signingKey?: KeyObject;
}

export interface SendOptions {
  /** From a DM with the bot: no guild, no member, the user at the top level (context 1). */
  dm?: boolean;
  /** Top-level fields left out of the payload, as Discord sometimes does (e.g. 'locale'). */
  omit?: string[];
}

export interface PostOptions extends SendOptions {
  /** Send this signature instead of the right one ('' sends none). */
  signature?: string;
  /** Sign and send this timestamp (seconds) instead of now. */
  timestamp?: number;
}

/** What the bot's interactions endpoint answered to one signed POST. */
export interface HttpDelivery extends SentInteraction {
  status: number;
  /** Parsed JSON, or the text when the response was not JSON. */
  body: unknown;
  /** From sending to the whole response read. */
  ms: number;
}

export interface CapturedFile {
  field: string;
  name: string;
  size: number;
  contentType: string;
}

export interface CapturedRequest {
  method: string;
  /** Decoded, without the /api/v10 prefix, e.g. '/webhooks/1/tok/messages/@original'. */
  path: string;
  query: Record<string, string>;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  /** Parsed JSON (multipart: its payload_json), or null without a body. */
  body: unknown;
  /** Files of a multipart request. */
  files: CapturedFile[];
  /** Arrival time, ms since the epoch. */
  at: number;
  /** Status the fake answered with. */
  status: number;
}

export interface IdentifyPayload {
  token: string;
  intents: number;
  properties: Record<string, string>;
  shard?: [number, number];
  compress?: boolean;
  large_threshold?: number;
  presence?: unknown;
}

export interface ResumePayload {
  token: string;
  session_id: string;
  seq: number;
}

export interface InteractionCallbackBody {
  type: number;
  data?: Record<string, unknown>;
}

export interface SentInteraction {
  id: string;
  token: string;
  interaction: InteractionPayload;
}

export interface FailOptions {
  /** Only fail requests with this method (any by default). */
  method?: string;
  headers?: Record<string, string>;
}

interface Reply {
  status: number;
  /** JSON body; undefined sends no body (204). */
  body?: unknown;
  headers?: Record<string, string>;
}

interface Fault {
  pattern: RegExp;
  method?: string;
  reply?: Reply;
  delayMs?: number;
}

interface Waiter {
  predicate: (request: CapturedRequest) => boolean;
  resolve: (request: CapturedRequest) => void;
  timer: NodeJS.Timeout;
}

interface GatewaySession {
  id: string;
  shard: [number, number];
  seq: number;
  socket: WebSocket | null;
  /** Every dispatch sent, so a RESUME can replay what the client missed. */
  backlog: { s: number; text: string }[];
  /** Closed normally by the client (1000/1001): Discord then refuses to resume it. */
  invalid: boolean;
}

interface InteractionRecord {
  payload: InteractionPayload;
  createdAt: number;
  ack: { type: number; at: number } | null;
  original: Record<string, unknown> | null;
  followups: Map<string, Record<string, unknown>>;
}

type Handler = (request: CapturedRequest, params: Record<string, string>) => Reply;

interface Route {
  method: string;
  segments: string[];
  auth: boolean;
  handler: Handler;
}

const APPLICATION_ID = '1187000000000000001';
const BOT_USER_ID = '1187000000000000002';
const GUILD_ID = '1187000000000000100';
const CHANNEL_ID = '1187000000000000101';
const USER_ID = '1187000000000000102';
// Shaped like a real token (base64 user id . timestamp . hmac); the fake accepts any token.
const TOKEN = `${Buffer.from(BOT_USER_ID).toString('base64')}.GfAkE0.fake-discord-token-for-tests`;
const BACKLOG_LIMIT = 1000;
const WEBHOOK_LIFETIME_MS = 15 * 60 * 1000;
const LOADING_FLAG = 128;
const EPHEMERAL_FLAG = 64;

const errors = {
  unauthorized: { message: '401: Unauthorized', code: 0 },
  notFound: { message: '404: Not Found', code: 0 },
  unknownInteraction: { message: 'Unknown interaction', code: 10062 },
  alreadyAcknowledged: { message: 'Interaction has already been acknowledged.', code: 40060 },
  unknownWebhook: { message: 'Unknown Webhook', code: 10015 },
  invalidWebhookToken: { message: 'Invalid Webhook Token', code: 50027 },
  unknownMessage: { message: 'Unknown Message', code: 10008 },
  unknownChannel: { message: 'Unknown Channel', code: 10003 },
  emptyMessage: { message: 'Cannot send an empty message', code: 50006 },
  missingAccess: { message: 'Missing Access', code: 50001 },
  invalidJson: { message: 'The request body contains invalid JSON.', code: 50109 },
} satisfies Record<string, DiscordErrorBody>;

function json(status: number, body: unknown): Reply {
  return { status, body };
}

function formError(fieldErrors: FieldError[]): Reply {
  return json(400, invalidFormBody(fieldErrors));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function decodePath(rawPath: string): string {
  return rawPath
    .split('/')
    .map((segment) => {
      try {
        return decodeURIComponent(segment);
      } catch {
        return segment;
      }
    })
    .join('/');
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Parses JSON bodies, and multipart ones (discord.js sends files with a payload_json part). */
async function parseBody(
  contentType: string,
  raw: Buffer,
): Promise<{ body: unknown; files: CapturedFile[]; invalid: boolean }> {
  if (raw.length === 0) return { body: null, files: [], invalid: false };
  try {
    if (contentType.startsWith('multipart/form-data')) {
      const form = await new Response(raw, { headers: { 'content-type': contentType } }).formData();
      const files: CapturedFile[] = [];
      let body: unknown = null;
      for (const [field, value] of form.entries()) {
        if (typeof value === 'string') {
          if (field === 'payload_json') body = JSON.parse(value);
        } else {
          files.push({ field, name: value.name, size: value.size, contentType: value.type });
        }
      }
      return { body, files, invalid: false };
    }
    return { body: JSON.parse(raw.toString('utf8')), files: [], invalid: false };
  } catch {
    return { body: null, files: [], invalid: true };
  }
}

export class FakeDiscord {
  readonly applicationId = APPLICATION_ID;
  readonly botUserId = BOT_USER_ID;
  /** Guild, channel and user that interactions come from unless overridden. */
  readonly guildId = GUILD_ID;
  readonly channelId = CHANNEL_ID;
  readonly userId = USER_ID;
  readonly token = TOKEN;
  readonly apiUrl: string;
  readonly gatewayUrl: string;

  /** Every REST request, in arrival order. */
  readonly requests: CapturedRequest[] = [];
  /** `d` of every IDENTIFY received. */
  readonly identifies: IdentifyPayload[] = [];
  /** `d` of every RESUME received. */
  readonly resumes: ResumePayload[] = [];
  /** Close codes of gateway sockets the client closed, in order (1000: a clean shutdown). */
  readonly clientCloses: number[] = [];
  /** Commands as registered: key 'global' or a guild id, then command name. */
  readonly commands = new Map<string, Map<string, Record<string, unknown>>>();

  readonly botUser: UserPayload = {
    id: BOT_USER_ID,
    username: 'fake-bot',
    discriminator: '0',
    global_name: null,
    avatar: null,
    bot: true,
    public_flags: 0,
  };
  readonly user: UserPayload = {
    id: USER_ID,
    username: 'reader',
    discriminator: '0',
    global_name: 'Reader',
    avatar: null,
    public_flags: 0,
  };

  private readonly options: Required<Omit<FakeDiscordOptions, 'signingKey'>>;
  private readonly signingKey: KeyObject;
  /** Kept-alive connections to interactions endpoints, a few per endpoint, as a proxy keeps. */
  private readonly endpointAgent = new Agent({ keepAlive: true, maxSockets: 32 });
  private readonly server: Server;
  private readonly wss: WebSocketServer;
  private readonly routes: Route[] = [];
  private readonly faults: Fault[] = [];
  private readonly waiters = new Set<Waiter>();
  private readonly sessions = new Map<string, GatewaySession>();
  private readonly socketSessions = new Map<WebSocket, GatewaySession>();
  private readonly serverClosed = new WeakSet<WebSocket>();
  private readonly interactions = new Map<string, InteractionRecord>();
  private readonly interactionsByToken = new Map<string, InteractionRecord>();
  private readonly readyPromise: Promise<void>;
  private markReady: () => void = () => {};
  private closed = false;

  private constructor(server: Server, options: FakeDiscordOptions) {
    const shards = Math.max(1, options.shards ?? 1);
    this.options = {
      shards,
      rejectToken: options.rejectToken ?? false,
      ackDeadlineMs: options.ackDeadlineMs ?? 3000,
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      maxConcurrency: options.maxConcurrency ?? shards,
      identifyCloseCode: options.identifyCloseCode ?? 0,
    };
    this.signingKey = options.signingKey ?? generateKeyPairSync('ed25519').privateKey;
    this.server = server;
    const { port } = server.address() as AddressInfo;
    this.apiUrl = `http://127.0.0.1:${port}/api`;
    this.gatewayUrl = `ws://127.0.0.1:${port}`;
    this.readyPromise = new Promise((resolve) => {
      this.markReady = resolve;
    });
    this.wss = new WebSocketServer({ server });
    this.wss.on('connection', (socket) => this.onGatewayConnection(socket));
    server.on('request', (req, res) => void this.handleHttp(req, res));
    this.defineRoutes();
  }

  /** Listens on an ephemeral port of 127.0.0.1. */
  static async start(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    return new FakeDiscord(server, options);
  }

  // ---------------------------------------------------------------- test-facing API

  /** Gateway sockets currently open. */
  get connections(): number {
    return [...this.wss.clients].filter((s) => s.readyState === WebSocket.OPEN).length;
  }

  /** Resolves once a gateway session has been IDENTIFY'd and sent READY. */
  ready(): Promise<void> {
    return this.readyPromise;
  }

  /** First captured request (past or future) matching `predicate`. */
  waitForRequest(
    predicate: (request: CapturedRequest) => boolean,
    timeoutMs = 5000,
  ): Promise<CapturedRequest> {
    const found = this.requests.find(predicate);
    if (found) return Promise.resolve(found);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        predicate,
        resolve,
        timer: setTimeout(() => {
          this.waiters.delete(waiter);
          const seen = this.requests.map((r) => `${r.method} ${r.path} → ${r.status}`);
          reject(
            new Error(`waitForRequest timed out after ${timeoutMs} ms; saw: ${seen.join(', ')}`),
          );
        }, timeoutMs),
      };
      this.waiters.add(waiter);
    });
  }

  /** Body of the first POST /interactions/{id}/{token}/callback for this interaction. */
  async waitForCallback(interactionId: string, timeoutMs = 5000): Promise<InteractionCallbackBody> {
    const prefix = `/interactions/${interactionId}/`;
    const request = await this.waitForRequest(
      (r) => r.method === 'POST' && r.path.startsWith(prefix) && r.path.endsWith('/callback'),
      timeoutMs,
    );
    return request.body as InteractionCallbackBody;
  }

  /**
   * Dispatches an INTERACTION_CREATE to the shard that owns its guild and returns it.
   * `overrides` are deep-merged over a complete default (a /ping command from `user`).
   */
  sendInteraction(overrides: InteractionOverrides = {}, send: SendOptions = {}): SentInteraction {
    const interaction = this.newInteraction(overrides, send);
    // DMs go to shard 0, as on Discord.
    const targets = this.liveSessions().filter(
      (s) =>
        (interaction.guild_id === undefined
          ? 0
          : shardForGuild(interaction.guild_id, s.shard[1])) === s.shard[0],
    );
    if (targets.length === 0) {
      throw new Error(
        `No gateway session for guild ${interaction.guild_id}; log a client in and await ready first`,
      );
    }
    for (const session of targets) this.dispatch(session, 'INTERACTION_CREATE', interaction);
    return { id: interaction.id, token: interaction.token, interaction };
  }

  /** The application's public key as the Developer Portal shows it: 64 hex digits. */
  get publicKeyHex(): string {
    const jwk = createPublicKey(this.signingKey).export({ format: 'jwk' });
    return Buffer.from(jwk.x ?? '', 'base64url').toString('hex');
  }

  /**
   * Sends an interaction as Discord does to an Interactions Endpoint URL: a signed POST. A 200 JSON
   * answer within the acknowledgement deadline is taken as the interaction's callback (checked as
   * the REST callback is, and captured as `POST /interactions/{id}/{token}/callback` with the
   * header `x-via: http-response`), so edits and follow-ups after it work as with the gateway.
   */
  async postInteraction(
    endpoint: string,
    overrides: InteractionOverrides = {},
    options: PostOptions = {},
  ): Promise<HttpDelivery> {
    const interaction = this.newInteraction(overrides, options);
    const delivery = await this.postSigned(endpoint, interaction, options);
    const callbackPath = `/interactions/${interaction.id}/${interaction.token}/callback`;
    if (delivery.status === 200 && typeof delivery.body === 'object' && delivery.body !== null) {
      const captured: CapturedRequest = {
        method: 'POST',
        path: callbackPath,
        query: {},
        headers: { 'x-via': 'http-response' },
        body: delivery.body,
        files: [],
        at: Date.now(),
        status: 0,
      };
      captured.status = this.callback(captured, {
        id: interaction.id,
        token: interaction.token,
      }).status;
      this.record(captured);
    }
    return { id: interaction.id, token: interaction.token, interaction, ...delivery };
  }

  /**
   * A complete interaction (overrides deep-merged over a /ping from `user`, or from a DM), awaiting
   * its acknowledgement.
   */
  private newInteraction(overrides: InteractionOverrides, send: SendOptions): InteractionPayload {
    const interaction = buildInteraction(
      {
        applicationId: this.applicationId,
        botUser: this.botUser,
        guildId: this.guildId,
        channelId: this.channelId,
        user: this.user,
      },
      overrides,
    );
    if (send.dm) {
      const { member, guild_id: _guild, guild_locale: _locale, ...rest } = interaction;
      Object.assign(rest, {
        user: member.user,
        context: 1,
        channel: { id: interaction.channel_id, type: 1, recipients: [member.user] },
        // Outside servers, a guild install shows as owner "0".
        authorizing_integration_owners: { '0': '0' },
      });
      for (const key of Object.keys(interaction)) delete interaction[key];
      Object.assign(interaction, rest);
    }
    for (const key of send.omit ?? []) delete interaction[key];
    const record: InteractionRecord = {
      payload: interaction,
      createdAt: Date.now(),
      ack: null,
      original: null,
      followups: new Map(),
    };
    this.interactions.set(interaction.id, record);
    this.interactionsByToken.set(interaction.token, record);
    return interaction;
  }

  /** Discord's endpoint check: a PING, which must be answered `{ type: 1 }` (PONG). */
  async postPing(endpoint: string, options: PostOptions = {}) {
    const ping = {
      id: snowflake(),
      application_id: this.applicationId,
      type: 1,
      token: randomBytes(24).toString('base64url'),
      version: 1,
    };
    return this.postSigned(endpoint, ping, options);
  }

  private async postSigned(
    endpoint: string,
    payload: unknown,
    options: PostOptions,
  ): Promise<{ status: number; body: unknown; ms: number }> {
    const body = JSON.stringify(payload);
    const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
    const signature =
      options.signature ??
      sign(null, Buffer.from(timestamp + body), this.signingKey).toString('hex');
    const started = performance.now();
    const response = await new Promise<{ status: number; type: string; text: string }>(
      (resolve, reject) => {
        const request = httpRequest(endpoint, {
          method: 'POST',
          agent: this.endpointAgent,
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            'user-agent': 'Discord-Interactions/1.0 (+https://discord.com)',
            'x-signature-timestamp': timestamp,
            ...(signature === '' ? {} : { 'x-signature-ed25519': signature }),
          },
        });
        request.on('response', (res) => {
          readBody(res).then(
            (raw) =>
              resolve({
                status: res.statusCode ?? 0,
                type: res.headers['content-type'] ?? '',
                text: raw.toString('utf8'),
              }),
            reject,
          );
        });
        request.on('error', reject);
        request.end(body);
      },
    );
    const parsed: unknown = response.type.startsWith('application/json')
      ? JSON.parse(response.text)
      : response.text;
    return { status: response.status, body: parsed, ms: performance.now() - started };
  }

  /**
   * Sends any dispatch event (e.g. GUILD_CREATE) to every live session, or to one shard.
   * Returns how many sessions got it.
   */
  sendDispatch(event: string, data: unknown, shardId?: number): number {
    const targets = this.liveSessions().filter(
      (s) => shardId === undefined || s.shard[0] === shardId,
    );
    for (const session of targets) this.dispatch(session, event, data);
    return targets.length;
  }

  /**
   * The next request whose path matches gets this response instead (once per call; calls queue).
   * A 429 gets a retry-after header from `body.retry_after` so discord.js retries it.
   */
  failNext(pathRegex: RegExp, status: number, body?: unknown, options: FailOptions = {}): void {
    const payload = body ?? this.defaultFaultBody(status);
    const headers: Record<string, string> = { ...options.headers };
    if (status === 429 && isRecord(payload)) {
      const retryAfter = typeof payload.retry_after === 'number' ? payload.retry_after : 0.1;
      headers['retry-after'] ??= String(retryAfter);
      headers['x-ratelimit-scope'] ??= 'user';
      if (payload.global === true) headers['x-ratelimit-global'] ??= 'true';
    }
    this.faults.push({
      pattern: pathRegex,
      method: options.method?.toUpperCase(),
      reply: { status, body: payload, headers },
    });
  }

  /** The next request whose path matches is answered normally, but only after `ms`. */
  delayNext(pathRegex: RegExp, ms: number, options: Pick<FailOptions, 'method'> = {}): void {
    this.faults.push({ pattern: pathRegex, method: options.method?.toUpperCase(), delayMs: ms });
  }

  /**
   * Closes every gateway socket with `code` (default 4000, unknown error), which discord.js
   * answers by reconnecting and sending RESUME. Dispatches sent meanwhile are replayed then.
   */
  async dropGateway(code = 4000): Promise<void> {
    const closing = [...this.wss.clients].map(
      (socket) =>
        new Promise<void>((resolve) => {
          if (socket.readyState === WebSocket.CLOSED) return resolve();
          socket.once('close', () => resolve());
          this.serverClosed.add(socket);
          socket.close(code, 'Dropped by the fake');
        }),
    );
    await Promise.all(closing);
  }

  /** Stops HTTP and gateway, dropping every connection. Pending waiters are left unresolved. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const waiter of this.waiters) clearTimeout(waiter.timer);
    this.waiters.clear();
    this.endpointAgent.destroy();
    for (const socket of this.wss.clients) socket.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  // ---------------------------------------------------------------- gateway

  private liveSessions(): GatewaySession[] {
    return [...this.sessions.values()].filter((s) => !s.invalid);
  }

  private send(socket: WebSocket, payload: unknown): void {
    if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(payload));
  }

  /** Sends a dispatch with the session's next sequence number, or keeps it for a RESUME. */
  private dispatch(session: GatewaySession, event: string, data: unknown): void {
    session.seq += 1;
    const text = JSON.stringify({ op: 0, t: event, s: session.seq, d: data });
    session.backlog.push({ s: session.seq, text });
    if (session.backlog.length > BACKLOG_LIMIT) session.backlog.shift();
    if (session.socket?.readyState === WebSocket.OPEN) session.socket.send(text);
  }

  private onGatewayConnection(socket: WebSocket): void {
    socket.on('message', (data) => this.onGatewayMessage(socket, data));
    socket.on('error', () => {});
    socket.on('close', (code) => {
      if (!this.serverClosed.has(socket)) this.clientCloses.push(code);
      const session = this.socketSessions.get(socket);
      this.socketSessions.delete(socket);
      if (!session || session.socket !== socket) return;
      session.socket = null;
      // A normal close by the client ends the session, as on Discord; drops keep it resumable.
      if ((code === 1000 || code === 1001) && !this.serverClosed.has(socket))
        session.invalid = true;
    });
    this.send(socket, { op: 10, d: { heartbeat_interval: this.options.heartbeatIntervalMs } });
  }

  private onGatewayMessage(socket: WebSocket, data: RawData): void {
    let payload: { op?: unknown; d?: unknown };
    try {
      payload = JSON.parse(data.toString());
    } catch {
      socket.close(4002, 'Error while decoding payload.');
      return;
    }
    const authenticated = this.socketSessions.has(socket);
    switch (payload.op) {
      case 1:
        this.send(socket, { op: 11 });
        return;
      case 2:
        if (authenticated) {
          socket.close(4005, 'Already authenticated.');
          return;
        }
        this.onIdentify(socket, payload.d as IdentifyPayload);
        return;
      case 6:
        this.onResume(socket, payload.d as ResumePayload);
        return;
      case 3:
      case 4:
      case 8:
        // Presence, voice state, request guild members: accepted, nothing to answer here.
        if (!authenticated) socket.close(4003, 'Not authenticated.');
        return;
      default:
        socket.close(4001, 'Unknown opcode.');
    }
  }

  private onIdentify(socket: WebSocket, identify: IdentifyPayload): void {
    if (!identify || typeof identify.token !== 'string' || this.options.rejectToken) {
      socket.close(4004, 'Authentication failed.');
      return;
    }
    if (this.options.identifyCloseCode !== 0) {
      socket.close(this.options.identifyCloseCode, 'Refused by the fake.');
      return;
    }
    this.identifies.push(identify);
    const shard: [number, number] = identify.shard ?? [0, 1];
    if (shard[1] < 1 || shard[0] < 0 || shard[0] >= shard[1]) {
      socket.close(4010, 'Invalid shard.');
      return;
    }
    const session: GatewaySession = {
      id: randomBytes(16).toString('hex'),
      shard,
      seq: 0,
      socket,
      backlog: [],
      invalid: false,
    };
    this.sessions.set(session.id, session);
    this.socketSessions.set(socket, session);
    this.dispatch(session, 'READY', {
      v: 10,
      user: { ...this.botUser, verified: true, mfa_enabled: false, flags: 0 },
      // Empty: a guild listed as unavailable would make discord.js wait 15 s for GUILD_CREATE.
      guilds: [],
      session_id: session.id,
      session_type: 'normal',
      resume_gateway_url: this.gatewayUrl,
      shard,
      application: { id: this.applicationId, flags: 0 },
      private_channels: [],
      presences: [],
      relationships: [],
      user_settings: {},
      geo_ordered_rtc_regions: [],
      _trace: ['["fake-discord-gateway",{"micros":0}]'],
    });
    this.markReady();
  }

  private onResume(socket: WebSocket, resume: ResumePayload): void {
    const session = resume ? this.sessions.get(resume.session_id) : undefined;
    if (!session || session.invalid || this.options.rejectToken) {
      // Discord's "invalid session, not resumable": discord.js then identifies afresh.
      this.send(socket, { op: 9, d: false });
      return;
    }
    this.resumes.push(resume);
    const previous = session.socket;
    if (previous && previous !== socket) {
      this.socketSessions.delete(previous);
      this.serverClosed.add(previous);
      previous.close(4000, 'Session resumed elsewhere');
    }
    session.socket = socket;
    this.socketSessions.set(socket, session);
    for (const entry of session.backlog) {
      if (entry.s > resume.seq) socket.send(entry.text);
    }
    this.dispatch(session, 'RESUMED', { _trace: ['["fake-discord-gateway",{"micros":0}]'] });
  }

  // ---------------------------------------------------------------- REST plumbing

  private async handleHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = Date.now();
    try {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const raw = await readBody(req);
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(req.headers)) {
        if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
      }
      const { body, files, invalid } = await parseBody(headers['content-type'] ?? '', raw);
      const prefix = /^\/api(?:\/v\d+)?(\/.*)?$/.exec(url.pathname);
      const captured: CapturedRequest = {
        method: (req.method ?? 'GET').toUpperCase(),
        path: decodePath(prefix?.[1] ?? url.pathname),
        query: Object.fromEntries(url.searchParams),
        headers,
        body,
        files,
        at,
        status: 0,
      };
      const fault = this.takeFault(captured);
      if (fault?.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
      let reply: Reply;
      if (fault?.reply) reply = fault.reply;
      else if (!prefix) reply = json(404, errors.notFound);
      else if (invalid) reply = json(400, errors.invalidJson);
      else reply = this.route(captured);
      captured.status = reply.status;
      this.record(captured);
      this.respond(res, reply);
    } catch (error) {
      // A bug in the fake must show up in the test output, not as a hung request.
      console.error('fake-discord: handler failed', error);
      this.respond(res, json(500, { message: '500: Internal Server Error', code: 0 }));
    }
  }

  private respond(res: ServerResponse, reply: Reply): void {
    if (res.headersSent || res.destroyed) return;
    const headers: Record<string, string> = { ...reply.headers };
    if (reply.body === undefined) {
      res.writeHead(reply.status, headers).end();
      return;
    }
    const text = JSON.stringify(reply.body);
    headers['content-type'] = 'application/json';
    headers['content-length'] = String(Buffer.byteLength(text));
    res.writeHead(reply.status, headers).end(text);
  }

  private record(request: CapturedRequest): void {
    this.requests.push(request);
    for (const waiter of [...this.waiters]) {
      if (waiter.predicate(request)) {
        clearTimeout(waiter.timer);
        this.waiters.delete(waiter);
        waiter.resolve(request);
      }
    }
  }

  private takeFault(request: CapturedRequest): Fault | undefined {
    const index = this.faults.findIndex(
      (f) => f.pattern.test(request.path) && (!f.method || f.method === request.method),
    );
    if (index === -1) return undefined;
    return this.faults.splice(index, 1)[0];
  }

  private defaultFaultBody(status: number): unknown {
    if (status === 429) {
      return { message: 'You are being rate limited.', retry_after: 0.1, global: false };
    }
    return { message: `${status}: Fake failure`, code: 0 };
  }

  private addRoute(method: string, pattern: string, auth: boolean, handler: Handler): void {
    this.routes.push({ method, segments: pattern.split('/'), auth, handler });
  }

  private route(request: CapturedRequest): Reply {
    const segments = request.path.split('/');
    let pathMatched = false;
    for (const route of this.routes) {
      const params = matchSegments(route.segments, segments);
      if (!params) continue;
      pathMatched = true;
      if (route.method !== request.method) continue;
      if (route.auth && (this.options.rejectToken || !request.headers.authorization)) {
        return json(401, errors.unauthorized);
      }
      return route.handler(request, params);
    }
    return pathMatched
      ? json(405, { message: '405: Method Not Allowed', code: 0 })
      : json(404, errors.notFound);
  }

  // ---------------------------------------------------------------- REST routes

  private defineRoutes(): void {
    this.addRoute('GET', '/gateway', false, () => json(200, { url: this.gatewayUrl }));
    this.addRoute('GET', '/gateway/bot', true, () =>
      json(200, {
        url: this.gatewayUrl,
        shards: this.options.shards,
        session_start_limit: {
          total: 1000,
          remaining: 999,
          reset_after: 86_400_000,
          max_concurrency: this.options.maxConcurrency,
        },
      }),
    );
    this.addRoute('GET', '/users/@me', true, () =>
      json(200, { ...this.botUser, verified: true, mfa_enabled: false, flags: 0 }),
    );
    this.addRoute('GET', '/applications/@me', true, () => json(200, this.applicationObject()));
    this.addRoute('GET', '/oauth2/applications/@me', true, () =>
      json(200, this.applicationObject()),
    );
    this.addRoute('GET', '/channels/:channel', true, (_r, p) =>
      p.channel === this.channelId
        ? json(200, { id: this.channelId, type: 0, guild_id: this.guildId, name: 'general' })
        : json(404, errors.unknownChannel),
    );
    this.addRoute('POST', '/channels/:channel/messages', true, (r, p) =>
      this.createChannelMessage(r, p),
    );

    for (const scope of [
      '/applications/:app/commands',
      '/applications/:app/guilds/:guild/commands',
    ]) {
      this.addRoute('GET', scope, true, (_r, p) => this.listCommands(p));
      this.addRoute('PUT', scope, true, (r, p) => this.overwriteCommands(r, p));
      this.addRoute('POST', scope, true, (r, p) => this.createCommand(r, p));
      this.addRoute('DELETE', `${scope}/:command`, true, (_r, p) => this.deleteCommand(p));
    }

    this.addRoute('POST', '/interactions/:id/:token/callback', false, (r, p) =>
      this.callback(r, p),
    );
    this.addRoute('POST', '/webhooks/:app/:token', false, (r, p) => this.followUp(r, p));
    this.addRoute('GET', '/webhooks/:app/:token/messages/:message', false, (_r, p) =>
      this.webhookMessage(p, 'GET'),
    );
    this.addRoute('PATCH', '/webhooks/:app/:token/messages/:message', false, (r, p) =>
      this.webhookMessage(p, 'PATCH', r.body),
    );
    this.addRoute('DELETE', '/webhooks/:app/:token/messages/:message', false, (_r, p) =>
      this.webhookMessage(p, 'DELETE'),
    );
  }

  private applicationObject(): Record<string, unknown> {
    return {
      id: this.applicationId,
      name: 'Fake Bot',
      icon: null,
      description: '',
      summary: '',
      type: null,
      bot_public: true,
      bot_require_code_grant: false,
      verify_key: this.publicKeyHex,
      flags: 0,
      team: null,
      owner: { ...this.user },
      bot: { ...this.botUser },
      approximate_guild_count: 1,
      interactions_endpoint_url: null,
      tags: [],
    };
  }

  private createChannelMessage(request: CapturedRequest, params: Record<string, string>): Reply {
    if (params.channel !== this.channelId) return json(404, errors.unknownChannel);
    const body = isRecord(request.body) ? request.body : {};
    const problems = checkMessage(body);
    if (problems.length > 0) return formError(problems);
    if (isEmptyMessage(body) && request.files.length === 0) return json(400, errors.emptyMessage);
    return json(
      200,
      buildMessage({
        applicationId: this.applicationId,
        author: this.botUser,
        channelId: this.channelId,
        guildId: this.guildId,
        type: 0,
        body,
      }),
    );
  }

  private commandScope(params: Record<string, string>): Map<string, Record<string, unknown>> {
    const key = params.guild ?? 'global';
    let scope = this.commands.get(key);
    if (!scope) {
      scope = new Map();
      this.commands.set(key, scope);
    }
    return scope;
  }

  /** A command as Discord returns it: the sent JSON plus ids, version and defaults. */
  private commandObject(
    input: Record<string, unknown>,
    params: Record<string, string>,
    existing?: Record<string, unknown>,
  ): Record<string, unknown> {
    return {
      type: 1,
      description: '',
      default_member_permissions: null,
      nsfw: false,
      contexts: null,
      integration_types: [0],
      name_localizations: null,
      description_localizations: null,
      ...input,
      id: existing?.id ?? snowflake(),
      application_id: this.applicationId,
      ...(params.guild ? { guild_id: params.guild } : {}),
      version: snowflake(),
    };
  }

  private listCommands(params: Record<string, string>): Reply {
    if (params.app !== this.applicationId) return json(403, errors.missingAccess);
    return json(200, [...this.commandScope(params).values()]);
  }

  private overwriteCommands(request: CapturedRequest, params: Record<string, string>): Reply {
    if (params.app !== this.applicationId) return json(403, errors.missingAccess);
    if (!Array.isArray(request.body)) {
      return formError([{ path: [], code: 'LIST_TYPE_CONVERT', message: 'Must be an array.' }]);
    }
    const problems = checkCommandList(request.body);
    if (problems.length > 0) return formError(problems);
    const scope = this.commandScope(params);
    const next = new Map<string, Record<string, unknown>>();
    for (const input of request.body as Record<string, unknown>[]) {
      const name = String(input.name);
      next.set(name, this.commandObject(input, params, scope.get(name)));
    }
    this.commands.set(params.guild ?? 'global', next);
    return json(200, [...next.values()]);
  }

  private createCommand(request: CapturedRequest, params: Record<string, string>): Reply {
    if (params.app !== this.applicationId) return json(403, errors.missingAccess);
    const problems = checkCommand(request.body);
    if (problems.length > 0 || !isRecord(request.body)) return formError(problems);
    const scope = this.commandScope(params);
    const name = String(request.body.name);
    const existing = scope.get(name);
    const command = this.commandObject(request.body, params, existing);
    scope.set(name, command);
    // Discord answers 200 when the command already existed (an update), 201 when created.
    return json(existing ? 200 : 201, command);
  }

  private deleteCommand(params: Record<string, string>): Reply {
    if (params.app !== this.applicationId) return json(403, errors.missingAccess);
    const scope = this.commandScope(params);
    for (const [name, command] of scope) {
      if (command.id === params.command) {
        scope.delete(name);
        return { status: 204 };
      }
    }
    return json(404, { message: 'Unknown application command', code: 10063 });
  }

  private callback(request: CapturedRequest, params: Record<string, string>): Reply {
    const record = this.interactions.get(params.id ?? '');
    if (!record || record.payload.token !== params.token)
      return json(404, errors.unknownInteraction);
    if (record.ack) return json(400, errors.alreadyAcknowledged);
    if (Date.now() - record.createdAt > this.options.ackDeadlineMs) {
      return json(404, errors.unknownInteraction);
    }
    const body = request.body;
    if (!isRecord(body) || typeof body.type !== 'number') {
      return formError([
        { path: ['type'], code: 'BASE_TYPE_REQUIRED', message: 'This field is required' },
      ]);
    }
    const data = isRecord(body.data) ? body.data : {};
    const kind = record.payload.type;
    const allowed = kind === 4 ? [8] : kind === 3 || kind === 5 ? [4, 5, 6, 7, 9] : [4, 5, 9, 12];
    if (!allowed.includes(body.type)) {
      return formError([
        {
          path: ['type'],
          code: 'INTERACTION_CALLBACK_TYPE_INVALID',
          message: `Callback type ${body.type} is not valid for interaction type ${kind}.`,
        },
      ]);
    }
    if (body.type === 4 || body.type === 7) {
      const problems = checkMessage(data, ['data']);
      if (problems.length > 0) return formError(problems);
      if (body.type === 4 && isEmptyMessage(data) && request.files.length === 0) {
        return json(400, errors.emptyMessage);
      }
    }
    if (body.type === 8) {
      const problems = checkChoices(data, ['data']);
      if (problems.length > 0) return formError(problems);
    }

    record.ack = { type: body.type, at: Date.now() };
    const flags = typeof data.flags === 'number' ? data.flags : 0;
    const messageType = kind === 2 ? 20 : 0;
    if (body.type === 4) {
      record.original = this.interactionMessage(record, messageType, data);
    } else if (body.type === 5) {
      const loading = { content: '', flags: (flags & EPHEMERAL_FLAG) | LOADING_FLAG };
      record.original = this.interactionMessage(record, messageType, loading);
    } else if ((body.type === 6 || body.type === 7) && record.payload.message) {
      record.original =
        body.type === 7 ? editMessage(record.payload.message, data) : record.payload.message;
    }

    if (request.query.with_response !== 'true') return { status: 204 };
    const original = record.original;
    const originalFlags = typeof original?.flags === 'number' ? original.flags : 0;
    return json(200, {
      interaction: {
        id: record.payload.id,
        type: kind,
        activity_instance_id: null,
        response_message_id: original?.id ?? null,
        response_message_loading: (originalFlags & LOADING_FLAG) !== 0,
        response_message_ephemeral: (originalFlags & EPHEMERAL_FLAG) !== 0,
      },
      resource: original && body.type !== 8 ? { type: body.type, message: original } : null,
    });
  }

  private interactionMessage(
    record: InteractionRecord,
    type: number,
    body: Record<string, unknown>,
    id?: string,
  ): Record<string, unknown> {
    return buildMessage({
      applicationId: this.applicationId,
      author: this.botUser,
      channelId: record.payload.channel_id,
      guildId: record.payload.guild_id,
      type,
      body,
      id,
      interaction: record.payload,
    });
  }

  /** The interaction behind a webhook URL, or the error Discord gives for it. */
  private webhookInteraction(params: Record<string, string>): InteractionRecord | Reply {
    if (params.app !== this.applicationId) return json(404, errors.unknownWebhook);
    const record = this.interactionsByToken.get(params.token ?? '');
    if (!record || Date.now() - record.createdAt > WEBHOOK_LIFETIME_MS) {
      return json(401, errors.invalidWebhookToken);
    }
    return record;
  }

  private followUp(request: CapturedRequest, params: Record<string, string>): Reply {
    const record = this.webhookInteraction(params);
    if ('status' in record) return record;
    // The interaction webhook exists only once the interaction was acknowledged.
    if (!record.ack) return json(404, errors.unknownWebhook);
    const body = isRecord(request.body) ? request.body : {};
    const problems = checkMessage(body);
    if (problems.length > 0) return formError(problems);
    if (isEmptyMessage(body) && request.files.length === 0) return json(400, errors.emptyMessage);
    const originalFlags = typeof record.original?.flags === 'number' ? record.original.flags : 0;
    let message: Record<string, unknown>;
    if (record.original && (originalFlags & LOADING_FLAG) !== 0) {
      // After a defer, the first follow-up replaces the "thinking…" message.
      message = editMessage(record.original, { ...body, flags: originalFlags & ~LOADING_FLAG });
      record.original = message;
    } else {
      message = this.interactionMessage(record, 0, body);
      record.followups.set(String(message.id), message);
    }
    return request.query.wait === 'false' ? { status: 204 } : json(200, message);
  }

  private webhookMessage(
    params: Record<string, string>,
    method: 'GET' | 'PATCH' | 'DELETE',
    body?: unknown,
  ): Reply {
    const record = this.webhookInteraction(params);
    if ('status' in record) return record;
    const isOriginal = params.message === '@original' || params.message === record.original?.id;
    const current = isOriginal ? record.original : record.followups.get(params.message ?? '');
    if (!current) return json(404, errors.unknownMessage);
    const store = (message: Record<string, unknown> | null) => {
      if (isOriginal) record.original = message;
      else if (message) record.followups.set(String(message.id), message);
      else record.followups.delete(String(current.id));
    };
    if (method === 'GET') return json(200, current);
    if (method === 'DELETE') {
      store(null);
      return { status: 204 };
    }
    const edit = isRecord(body) ? body : {};
    const problems = checkMessage(edit);
    if (problems.length > 0) return formError(problems);
    const flags = typeof current.flags === 'number' ? current.flags : 0;
    // Editing a deferred reply ends its loading state.
    const edited = editMessage({ ...current, flags: flags & ~LOADING_FLAG }, edit);
    store(edited);
    return json(200, edited);
  }
}

/** Matches '/a/:x/b' against a concrete path; returns the params or null. */
function matchSegments(pattern: string[], path: string[]): Record<string, string> | null {
  if (pattern.length !== path.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < pattern.length; i += 1) {
    const expected = pattern[i] ?? '';
    const actual = path[i] ?? '';
    if (expected.startsWith(':')) {
      if (actual === '') return null;
      params[expected.slice(1)] = actual;
    } else if (expected !== actual) {
      return null;
    }
  }
  return params;
}

/** Starts a fake Discord on 127.0.0.1 (ephemeral port). Close it with `close()`. */
export function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  return FakeDiscord.start(options);
}
