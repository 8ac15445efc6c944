import type { CheckReport } from '../search/claims/claim-types.ts';
import { citation } from './render-text.ts';

const LABELS = {
  supported: 'SUPPORTED — the articles say so',
  contradicted: 'CONTRADICTED — the articles say otherwise',
  'not-found': 'NOT FOUND — the articles do not say (which does not make it false)',
} as const;

/** Terminal rendering of a checked message: each claim's verdict, conflicts and quotes. */
export function renderCheckText(report: CheckReport): string {
  if (report.claims.length === 0) return 'No claim to check in this text.\n';
  const lines = [
    `${LABELS[report.verdict]}`,
    report.found > report.claims.length
      ? `(checked the first ${report.claims.length} of ${report.found} claims)`
      : `(checked ${report.claims.length} claim${report.claims.length === 1 ? '' : 's'})`,
    '',
  ];
  report.claims.forEach((claim, rank) => {
    lines.push(`${rank + 1}. ${claim.text}`, `   ${LABELS[claim.verdict]}`);
    for (const conflict of claim.conflicts) {
      lines.push(`   The article gives ${conflict.article}, not ${conflict.claimed}.`);
    }
    for (const passage of claim.results) {
      lines.push(`   « ${passage.sentence} »`, `   — ${citation(passage)}`);
    }
    if (claim.claimedElsewhere.length > 0) {
      lines.push('   What the claim states is said of something else here:');
      for (const passage of claim.claimedElsewhere) {
        lines.push(`   « ${passage.sentence} »`, `   — ${citation(passage)}`);
      }
    }
    lines.push('');
  });
  return lines.join('\n');
}
