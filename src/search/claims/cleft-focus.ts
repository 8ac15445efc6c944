// The part of a claim a cleft sets apart: `c'est le gouvernement thaïlandais qui a organisé…`.
import { fold } from '../normalize.ts';

/**
 * What a cleft claim says above all (`c'est X qui…`, `it was X that…`): X, which a sentence
 * must say for the claim to be said; the rest is what the cleft takes as known. Undefined when
 * the claim is no cleft.
 */
const CLEFT =
  /(?:^|[\s,;:])(?:c'est|c'etait|ce sont|ce n'est pas|it is|it was|it's|it wasn't|it isn't)\s+(.{3,60}?)\s+(?:qui|que|qu'|who|that|which)(?=[\s'])/u;

export function cleftFocus(claim: string): string | undefined {
  const match = CLEFT.exec(fold(claim).replace(/[’]/gu, "'"));
  return match?.[1];
}
