import { createPublicKey, type KeyObject, verify } from 'node:crypto';

/** How far a request's timestamp may be from now: older ones are replays, refused. */
export const MAX_SKEW_SECONDS = 5 * 60;

/** DER header of an Ed25519 SubjectPublicKeyInfo: the 32 raw key bytes follow it. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

/** The application's public key (64 hex digits, as the Developer Portal shows it) as a KeyObject. */
export function publicKeyFromHex(hex: string): KeyObject {
  const raw = Buffer.from(hex, 'hex');
  if (raw.length !== 32) throw new Error('an Ed25519 public key is 32 bytes (64 hex digits)');
  return createPublicKey({
    key: Buffer.concat([ED25519_SPKI_PREFIX, raw]),
    format: 'der',
    type: 'spki',
  });
}

export type SignatureCheck = 'ok' | 'missing' | 'stale' | 'bad';

/**
 * Discord signs `X-Signature-Timestamp` + the raw body with the application's Ed25519 key and
 * sends the signature, hex, in `X-Signature-Ed25519`. Checked with node:crypto (OpenSSL): no
 * dependency, synchronous, and about 50 µs a request.
 */
export function checkSignature(
  key: KeyObject,
  signature: string | undefined,
  timestamp: string | undefined,
  body: Buffer,
  nowSeconds = Date.now() / 1000,
): SignatureCheck {
  if (!signature || !timestamp) return 'missing';
  if (!/^[0-9a-f]{128}$/iu.test(signature)) return 'bad';
  const seconds = Number(timestamp);
  if (!/^\d{1,12}$/u.test(timestamp) || Math.abs(nowSeconds - seconds) > MAX_SKEW_SECONDS) {
    return 'stale';
  }
  const signed = Buffer.concat([Buffer.from(timestamp, 'utf8'), body]);
  return verify(null, signed, key, Buffer.from(signature, 'hex')) ? 'ok' : 'bad';
}
