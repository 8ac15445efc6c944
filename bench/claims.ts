/**
 * `npm run bench:claims`: the claim checker's verdicts on the claim sets of `test/fixtures/`, by
 * expected verdict, with each wrong one: development, tuning, the validation claims (an
 * independent author's, opened to tuning since 2026-11-30), the fresh-check claims (written
 * before the round that opened them, measured and never tuned on), rounds 4–7 of chat-style
 * claims by independent authors, the second and third validation sets (opened to tuning for
 * claims9 and claims10), the fourth validation set (opened to tuning for claims11), and the fifth
 * (opened to tuning for claims12); the sixth (opened to tuning for claims13), the seventh (opened to tuning for claims15), the eighth (opened at 21:00 for this session's rounds), the ninth (opened at 22:00), the tenth and eleventh (opened at 23:20), the twelfth and thirteenth (opened at 02:00 on 2026-12-01), the fourteenth and fifteenth (opened at 04:35 on 2026-12-01), and the sixteenth and seventeenth (opened at 07:35).
 */
import { measureClaims, readClaimSet } from '../test/claim-sets.ts';

const SETS: Array<[file: string, title: string]> = [
  ['dev-claims.json', 'dev'],
  ['tuning-claims.json', 'tuning'],
  ['validation-claims.json', 'validation (tuning since 2026-11-30, first measured 26/36)'],
  ['fresh-check-claims.json', 'fresh check (measured, never tuned on)'],
  ['round4-claims.json', 'round 4 (tuning since 2026-11-30, first measured 26/48)'],
  ['round5-claims.json', 'round 5 (tuning since 2026-11-30, first measured 20/36)'],
  ['round6-claims.json', 'round 6 (tuning since 2026-11-30, first measured 28/48)'],
  [
    'validation2-claims.json',
    'second validation set (first measured 22/36, opened to tuning 2026-11-30 for claims9)',
  ],
  ['round7-claims.json', 'round 7 (tuning since 2026-11-30, first measured 27/45)'],
  [
    'validation3-claims.json',
    'third validation set (first measured 32/48, opened to tuning 2026-11-30 for claims10)',
  ],
  [
    'validation4-claims.json',
    'fourth validation set (first measured 27/48, opened to tuning 2026-11-30 for claims11)',
  ],
  [
    'validation5-claims.json',
    'fifth validation set (first measured 30/48, 6 confident wrong, opened to tuning 2026-11-30 for claims12)',
  ],
  [
    'validation6-claims.json',
    'sixth validation set (first measured 37/48, 4 confident wrong; 38/48 after claims12; opened to tuning 2026-11-30 for claims13)',
  ],
  [
    'validation7-claims.json',
    'seventh validation set (first measured 34/48, 5 confident wrong; 35/48 after figures8; opened to tuning 2026-11-30 for claims15)',
  ],
  [
    'validation8-claims.json',
    'eighth validation set (opened to tuning on 2026-11-30 at 21:00, first measured 34/48)',
  ],
  [
    'validation9-claims.json',
    'ninth validation set (first measured 33/48, 5 confident wrong; 34/48 when opened to tuning on 2026-11-30 at 22:00)',
  ],
  [
    'validation10-claims.json',
    'tenth validation set (first measured 31/48, 8 confident wrong; 33/48 when opened to tuning on 2026-11-30 at 23:20)',
  ],
  [
    'validation11-claims.json',
    'eleventh validation set (first measured 32/48, 9 confident wrong; 32/48 when opened to tuning on 2026-11-30 at 23:20)',
  ],
  [
    'validation12-claims.json',
    'twelfth validation set (first measured 36/48, 7 confident wrong; 36/48 when opened to tuning on 2026-12-01 at 02:00)',
  ],
  [
    'validation13-claims.json',
    'thirteenth validation set (first measured 35/48, 5 confident wrong; 35/48 when opened to tuning on 2026-12-01 at 02:00)',
  ],
  ['validation14-claims.json', 'fourteenth validation set (opened at 04:35 on 2026-12-01)'],
  ['validation15-claims.json', 'fifteenth validation set (opened at 04:35 on 2026-12-01)'],
  [
    'validation16-claims.json',
    'sixteenth validation set (first measured 30/48, 10 confident wrong; opened at 07:35 on 2026-12-01 at 31, 9)',
  ],
  [
    'validation17-claims.json',
    'seventeenth validation set (first measured 36/48, 2 confident wrong; opened at 07:35 on 2026-12-01 at 37, 1)',
  ],
  [
    'validation18-claims.json',
    'eighteenth validation set (first measured 34/48, 8 confident wrong; opened at 11:31 on 2026-12-01 at 34, 8)',
  ],
  [
    'validation19-claims.json',
    'nineteenth validation set (first measured 35/48, 5 confident wrong; opened at 11:31 on 2026-12-01 at 35, 5)',
  ],
  [
    'validation20-claims.json',
    'twentieth validation set (first measured 34/48, 5 confident wrong; opened at 05:45 on 2026-12-02 at 34, 5)',
  ],
  [
    'validation21-claims.json',
    'twenty-first validation set (first measured 39/48, 1 confident wrong; opened at 05:45 on 2026-12-02 at 39, 1)',
  ],
  [
    'validation22-claims.json',
    'twenty-second validation set (first measured 37/48, 3 confident wrong; opened at 12:40 on 2026-12-02 at 37, 3)',
  ],
  [
    'validation23-claims.json',
    'twenty-third validation set (first measured 33/48, 2 confident wrong; opened at 12:40 on 2026-12-02 at 34, 2)',
  ],
  [
    'validation24-claims.json',
    'twenty-fourth validation set (first measured 30/48, 6 confident wrong; opened at 16:35 on 2026-12-02 at 30, 6)',
  ],
  [
    'validation25-claims.json',
    'twenty-fifth validation set (first measured 30/48, 6 confident wrong; opened at 16:35 on 2026-12-02 at 30, 6)',
  ],
  ['validation26-claims.json', 'twenty-sixth validation set (measured, never tuned on)'],
  ['validation27-claims.json', 'twenty-seventh validation set (measured, never tuned on)'],
  ['validation28-claims.json', 'twenty-eighth validation set (measured, never tuned on)'],
  ['validation29-claims.json', 'twenty-ninth validation set (measured, never tuned on)'],
  ['validation30-claims.json', 'thirtieth validation set (measured, never tuned on)'],
  ['validation31-claims.json', 'thirty-first validation set (measured, never tuned on)'],
  ['validation32-claims.json', 'thirty-second validation set (measured, never tuned on)'],
  ['validation33-claims.json', 'thirty-third validation set (measured, never tuned on)'],
  [
    'validation34-claims.json',
    'thirty-fourth validation set (first measured 37/48, 4 confident wrong on 2026-12-04; open to tuning)',
  ],
  [
    'validation35-claims.json',
    'thirty-fifth validation set (first measured 37/48, 2 confident wrong on 2026-12-04; open to tuning)',
  ],
  [
    'validation36-claims.json',
    'thirty-sixth validation set (measured blind on 2026-12-04: 35/48, 4 confident wrong before the round and after; open to tuning)',
  ],
  [
    'validation37-claims.json',
    'thirty-seventh validation set (measured blind on 2026-12-04: 34/48, 8 confident wrong before the round and after; open to tuning)',
  ],
  [
    'validation38-claims.json',
    'thirty-eighth validation set (measured blind on 2026-12-04: 33/48, 4 confident wrong before the round and after; open to tuning)',
  ],
  [
    'validation39-claims.json',
    'thirty-ninth validation set (measured blind on 2026-12-04: 33/48, 5 confident wrong before the round and after; open to tuning)',
  ],
  ['claims-a.json', "claims A: two blind authors, 6 per article of A's half (open to tuning)"],
  [
    'claims-b.json',
    "claims B: two blind authors, 6 per article of B's half (measured, never tuned on)",
  ],
];

/** A set's title says whether it was ever tuned on: one place to say it, read below. */
const isNeverTuned = (title: string): boolean => title.includes('never tuned on');

for (const [file, title] of SETS) {
  const claims = readClaimSet(file);
  const { right, total, misses } = await measureClaims(claims);
  const byVerdict = ['supported', 'contradicted', 'not-found'].map((verdict) => {
    const expected = claims.filter((claim) => claim.verdict === verdict).length;
    const wrong = misses.filter((miss) => miss.claim.verdict === verdict).length;
    return `${verdict} ${expected - wrong}/${expected}`;
  });
  // A confident wrong verdict (supported or contradicted, and wrong) misleads a reader; a
  // not-found one only fails to help.
  const confident = misses.filter(({ got }) => got !== 'not-found').length;
  console.log(
    `${title} (${file}): ${right}/${total} right (${byVerdict.join(', ')}; ${confident} confident wrong)`,
  );
  // The misses of a set never tuned on stay unread: reading them would be tuning on them.
  if (isNeverTuned(title)) continue;
  for (const { claim, got } of misses) {
    console.log(`  ${claim.id} expected ${claim.verdict}, got ${got}: ${claim.text}`);
  }
}
