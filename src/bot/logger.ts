import { type DestinationStream, pino } from 'pino';
import type { LogLevel } from '../config.ts';

export type Logger = pino.Logger;

/**
 * JSON lines (pino). The token is never passed to the logger; the redaction is a second lock in
 * case an error object ever carries it.
 */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  return pino(
    {
      level,
      base: undefined,
      redact: {
        paths: ['token', '*.token', 'headers.authorization', '*.headers.authorization'],
        censor: '[secret]',
      },
    },
    destination ?? pino.destination(1),
  );
}
