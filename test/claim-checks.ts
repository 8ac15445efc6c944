/** Helpers for the claim-rule tests: one claim's verdict, quote and conflicts; a written article. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { checkMessage } from '../src/search/claims/check-claims.ts';
import { buildIndex, type SearchIndex } from '../src/search/search-index.ts';
import { foldSpaces } from './helpers.ts';

/** The verdict, the first quoted sentence and the conflicts of a one-claim message. */
export function checkIn(index: SearchIndex, text: string) {
  const report = checkMessage(index, text);
  const [claim] = report.claims;
  return {
    verdict: report.verdict,
    quoted: foldSpaces(claim?.results[0]?.sentence ?? ''),
    conflicts: (claim?.conflicts ?? []).map(({ claimed, article }) => [claimed, article]),
  };
}

/** The index of one small article written for a test, its lines joined. */
export async function articleIndex(file: string, lines: string[]): Promise<SearchIndex> {
  const folder = mkdtempSync(join(tmpdir(), 'claims-'));
  writeFileSync(join(folder, file), lines.join('\n'));
  return buildIndex(await loadKnowledge(folder));
}
