import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { KnowledgeCounts } from './knowledge-store.ts';

/** How a slash command ended, for /metrics. */
export type InteractionOutcome =
  | 'answered'
  | 'unanswered'
  /** A command that does not answer a question (/help, /source, /stats…) replied. */
  | 'done'
  | 'cooldown'
  /** The reader may not use it here (/stats without Manage Server, /reload by a non-owner). */
  | 'refused'
  | 'unknown'
  | 'error';

/** What the bot tells the metrics as it answers. */
export interface BotMetrics {
  interaction(command: string, outcome: InteractionOutcome, seconds: number): void;
}

/** What the metrics read when scraped. */
export interface MetricSources {
  knowledge: () => KnowledgeCounts;
  /** Gateway heartbeat round trip in milliseconds; -1 (or absent) while unknown. */
  gatewayPingMs?: () => number;
}

/**
 * The bot's Prometheus metrics, in a registry of their own (not prom-client's global one, so a
 * test can build several): interactions by command and outcome, answer latency, the unanswered
 * count, knowledge size, gateway ping, and Node's process metrics.
 */
export function createMetrics(sources: MetricSources): BotMetrics & { registry: Registry } {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const interactions = new Counter({
    name: 'bot_interactions_total',
    help: 'Slash commands received, by command and outcome',
    labelNames: ['command', 'outcome'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'bot_answer_seconds',
    help: 'Time from receiving a slash command to its reply sent',
    labelNames: ['command'] as const,
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const unanswered = new Counter({
    name: 'bot_unanswered_total',
    help: 'Questions the articles did not answer',
    registers: [registry],
  });
  new Gauge({
    name: 'bot_knowledge_size',
    help: 'What the served knowledge holds, by kind (articles, sentences, figures, topics)',
    labelNames: ['kind'] as const,
    registers: [registry],
    collect() {
      for (const [kind, count] of Object.entries(sources.knowledge())) this.set({ kind }, count);
    },
  });
  new Gauge({
    name: 'bot_gateway_ping_seconds',
    help: 'Round trip of the last gateway heartbeat (-1 while unknown)',
    registers: [registry],
    collect() {
      const ms = sources.gatewayPingMs?.() ?? -1;
      this.set(ms < 0 ? -1 : ms / 1000);
    },
  });
  return {
    registry,
    interaction(command, outcome, seconds) {
      interactions.inc({ command, outcome });
      if (outcome !== 'unknown' && outcome !== 'cooldown' && outcome !== 'refused') {
        latency.observe({ command }, seconds);
      }
      if (outcome === 'unanswered') unanswered.inc();
    },
  };
}
