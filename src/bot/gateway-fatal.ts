/**
 * Gateway close codes that no reconnection can fix: the bot stops with one line saying what to
 * change, rather than retry forever or go on without a gateway.
 */
const FATAL_CLOSE_CODES: Record<number, string> = {
  4004: 'Discord refused DISCORD_TOKEN at the gateway (close 4004, authentication failed): copy the bot token again from the Developer Portal',
  4010: 'Discord refused the shard (close 4010, invalid shard): check SHARD_COUNT and SHARD_IDS',
  4011: 'Discord requires sharding for this bot (close 4011): set SHARD_COUNT=auto',
  4012: 'Discord refused the gateway version (close 4012, invalid API version): update discord.js',
  4013: 'Discord refused the gateway intents (close 4013, invalid intents): fix the intents the client asks for',
  4014: 'Discord refused a privileged intent (close 4014, disallowed intents): enable it in the Developer Portal (Bot → Privileged Gateway Intents) or stop asking for it',
};

/** A gateway close the bot cannot recover from. */
export class FatalGatewayError extends Error {
  override name = 'FatalGatewayError';

  readonly code: number;

  constructor(code: number) {
    super(FATAL_CLOSE_CODES[code] ?? `Discord closed the gateway for good (close ${code})`);
    this.code = code;
  }
}

export const isFatalCloseCode = (code: number): boolean => code in FATAL_CLOSE_CODES;
