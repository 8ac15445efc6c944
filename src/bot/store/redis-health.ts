import type { Logger } from '../logger.ts';

/**
 * Whether Redis answers, told once per outage: the first failure logs one warning (cooldowns
 * fall back to this replica's memory), the first success after it logs that sharing is back.
 */
export class RedisHealth {
  private down = false;

  private readonly logger: Logger;

  constructor(logger: Logger) {
    this.logger = logger;
  }

  get degraded(): boolean {
    return this.down;
  }

  failed(error: unknown): void {
    if (this.down) return;
    this.down = true;
    this.logger.warn(
      { reason: error instanceof Error ? error.message : String(error) },
      'Redis unreachable: cooldowns per replica and stats not recorded until it is back',
    );
  }

  succeeded(): void {
    if (!this.down) return;
    this.down = false;
    this.logger.info('Redis is back: cooldowns and stats shared again');
  }
}
