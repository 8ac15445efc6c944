/**
 * `npm run bench:claims`: the claim checker's verdicts on the development claims, the tuning
 * claims and the validation claims (measured, not tuned on) of `test/fixtures/`, by expected
 * verdict, with each wrong one.
 */
import { measureClaims, readClaimSet } from '../test/claim-sets.ts';

for (const name of ['dev-claims.json', 'tuning-claims.json', 'validation-claims.json']) {
  const claims = readClaimSet(name);
  const { right, total, misses } = await measureClaims(claims);
  const byVerdict = ['supported', 'contradicted', 'not-found'].map((verdict) => {
    const expected = claims.filter((claim) => claim.verdict === verdict).length;
    const wrong = misses.filter((miss) => miss.claim.verdict === verdict).length;
    return `${verdict} ${expected - wrong}/${expected}`;
  });
  console.log(`${name}: ${right}/${total} right (${byVerdict.join(', ')})`);
  for (const { claim, got } of misses) {
    console.log(`  ${claim.id} expected ${claim.verdict}, got ${got}: ${claim.text}`);
  }
}
