import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Registry } from 'prom-client';
import type { Logger } from './logger.ts';

export interface HealthServer {
  /** The port listened on (the one asked for, or the one given for 0). */
  port: number;
  close(): Promise<void>;
}

export interface HealthOptions {
  port: number;
  /** 127.0.0.1 by default; 0.0.0.0 for a container's published port. */
  host?: string;
  /** Whether the bot can answer now (index loaded, gateway or HTTP endpoint ready). */
  ready: () => boolean;
  /** Served at /metrics in Prometheus text; absent: 404. */
  metrics?: Registry;
  logger: Logger;
}

/**
 * `GET /healthz`: 200 when `ready()`, else 503 (for a container's HEALTHCHECK or a load
 * balancer); `GET /metrics`: Prometheus text. Anything else: 404. Nothing here changes state.
 */
export async function startHealthServer(options: HealthOptions): Promise<HealthServer> {
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0];
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
    } else if (path === '/healthz') {
      const ready = options.ready();
      response
        .writeHead(ready ? 200 : 503, { 'content-type': 'text/plain; charset=utf-8' })
        .end(ready ? 'ok\n' : 'starting\n');
    } else if (path === '/metrics' && options.metrics) {
      const registry = options.metrics;
      registry.metrics().then(
        (text) => response.writeHead(200, { 'content-type': registry.contentType }).end(text),
        (error: unknown) => {
          options.logger.warn({ err: error }, 'metrics failed');
          response.writeHead(500).end();
        },
      );
    } else {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found\n');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  options.logger.info({ port, host: options.host ?? '127.0.0.1' }, 'health server listening');
  return {
    port,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
