/**
 * The claim sets of `test/fixtures/`: `dev-claims.json` (the seed and the second article),
 * `tuning-claims.json` (those and the seven development and tuning articles),
 * `validation-claims.json` (the validation articles) and `fresh-check-claims.json` (validation and
 * tuning articles), each claim checked against its own article alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { checkMessage } from '../src/search/claims/check-claims.ts';
import type { Verdict } from '../src/search/claims/claim-types.ts';
import { buildIndex, type SearchIndex } from '../src/search/search-index.ts';
import { loadDevArticle } from './dev-articles.ts';
import { FIXTURES, loadSeedIndex } from './helpers.ts';

export interface ClaimItem {
  id: string;
  /** `seed`, `second-article` or an article file of the dev or tuning folders. */
  article?: string;
  lang: 'fr' | 'en';
  text: string;
  verdict: Verdict;
}

export const readClaimSet = (name: string): ClaimItem[] =>
  (JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as { claims: ClaimItem[] }).claims;

/** The dev set names no article: `hx-` claims are on the second article, the others on the seed. */
const articleOf = (claim: ClaimItem): string =>
  claim.article ?? (claim.id.startsWith('hx') ? 'second-article' : 'seed');

const indexes = new Map<string, Promise<SearchIndex>>();
/** The index of one article alone: `seed`, `second-article` or a dev or tuning article file. */
export function claimIndex(article: string): Promise<SearchIndex> {
  let index = indexes.get(article);
  if (index === undefined) {
    if (article === 'seed') index = loadSeedIndex();
    else if (article === 'second-article')
      index = loadKnowledge(join(FIXTURES, 'second-article')).then(buildIndex);
    else index = loadDevArticle(article);
    indexes.set(article, index);
  }
  return index;
}

export interface ClaimMiss {
  claim: ClaimItem;
  got: Verdict;
}

/** Each claim checked against its article: how many verdicts are right, and the wrong ones. */
export async function measureClaims(
  claims: ClaimItem[],
): Promise<{ right: number; total: number; misses: ClaimMiss[] }> {
  const misses: ClaimMiss[] = [];
  for (const claim of claims) {
    const got = checkMessage(await claimIndex(articleOf(claim)), claim.text).verdict;
    if (got !== claim.verdict) misses.push({ claim, got });
  }
  return { right: claims.length - misses.length, total: claims.length, misses };
}
