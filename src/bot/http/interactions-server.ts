import type { KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type APIInteraction, InteractionResponseType, InteractionType } from 'discord.js';
import type { Logger } from '../logger.ts';
import type { RespondFn } from './reply-bridge.ts';
import { checkSignature } from './signature.ts';

/** Interactions are a few kilobytes; a component's message with its embeds stays far below this. */
export const MAX_BODY_BYTES = 512 * 1024;

export interface InteractionsServerOptions {
  port: number;
  host?: string;
  publicKey: KeyObject;
  logger: Logger;
  /** A verified interaction other than PING; `respond` writes the HTTP response. */
  onInteraction(raw: APIInteraction, respond: RespondFn): void;
  /** Other routes (e.g. /healthz, /metrics): true when handled. */
  extraRoutes?(req: IncomingMessage, res: ServerResponse): boolean;
}

export interface InteractionsServer {
  server: Server;
  port: number;
  close(): Promise<void>;
}

function send(res: ServerResponse, status: number, text: string, type = 'text/plain'): void {
  if (res.headersSent || res.destroyed) return;
  res.writeHead(status, {
    'content-type': `${type}; charset=utf-8`,
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** Resolves with the body, or null once it passed `max` bytes (the request is then answered 413). */
function readBody(req: IncomingMessage, max: number): Promise<Buffer | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > max) {
        req.removeAllListeners('data');
        req.resume();
        resolve(null);
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const header = (req: IncomingMessage, name: string) => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/**
 * `POST /interactions` as Discord calls it: the Ed25519 signature checked over the raw body
 * before anything is parsed (401 otherwise, which is also how Discord tests the endpoint), PING
 * answered PONG, and every other interaction handed on with a way to answer it.
 */
export async function startInteractionsServer(
  options: InteractionsServerOptions,
): Promise<InteractionsServer> {
  const { logger } = options;
  const server = createServer(async (req, res) => {
    try {
      const path = (req.url ?? '/').split('?')[0];
      if (options.extraRoutes?.(req, res)) return;
      if (path !== '/interactions') return send(res, 404, 'not found');
      if (req.method !== 'POST') {
        res.setHeader('allow', 'POST');
        return send(res, 405, 'method not allowed');
      }
      if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) {
        res.setHeader('connection', 'close');
        return send(res, 413, 'request body too large');
      }
      const body = await readBody(req, MAX_BODY_BYTES);
      if (body === null) {
        res.setHeader('connection', 'close');
        return send(res, 413, 'request body too large');
      }
      const check = checkSignature(
        options.publicKey,
        header(req, 'x-signature-ed25519'),
        header(req, 'x-signature-timestamp'),
        body,
      );
      if (check !== 'ok') {
        logger.debug({ check }, 'refused an unsigned or badly signed request');
        return send(res, 401, 'invalid request signature');
      }
      let raw: APIInteraction;
      try {
        raw = JSON.parse(body.toString('utf8')) as APIInteraction;
      } catch {
        return send(res, 400, 'invalid JSON');
      }
      if (raw.type === InteractionType.Ping) {
        return send(
          res,
          200,
          JSON.stringify({ type: InteractionResponseType.Pong }),
          'application/json',
        );
      }
      if (typeof raw.id !== 'string' || typeof raw.token !== 'string') {
        return send(res, 400, 'not an interaction');
      }
      options.onInteraction(raw, (answer) => respondJson(res, answer));
    } catch (error) {
      logger.error({ err: error }, 'interactions endpoint failed');
      send(res, 500, 'internal error');
    }
  });
  // Slow or idle clients cannot hold sockets for long; a keep-alive longer than a proxy's or load
  // balancer's own idle timeout (60 s for nginx and most) keeps it from reusing a closed socket.
  server.headersTimeout = 10_000;
  server.requestTimeout = 15_000;
  server.keepAliveTimeout = 75_000;
  server.maxHeadersCount = 100;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
}

/** Writes a JSON answer; rejects when Discord's request is gone (it gave up, or the socket died). */
function respondJson(res: ServerResponse, answer: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    if (res.headersSent || res.destroyed) {
      reject(new Error('the HTTP request is already answered or gone'));
      return;
    }
    const text = JSON.stringify(answer);
    res.once('finish', () => resolve());
    res.once('close', () => reject(new Error('the HTTP request closed before the answer')));
    res.writeHead(200, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(text),
    });
    res.end(text);
  });
}
