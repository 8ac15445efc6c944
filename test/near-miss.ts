/**
 * The near-miss set of `test/fixtures/dev-near-miss.json`: traps that reuse an article's words for
 * what it does not say, and answerable figure questions that name a place or a period. Each is
 * asked of its own article: the seed knowledge folder, or a development article alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findPassages } from '../src/search/find-passages.ts';
import type { SearchIndex } from '../src/search/search-index.ts';
import { loadDevArticle, looseFold } from './dev-articles.ts';
import { FIXTURES, loadSeedIndex } from './helpers.ts';

interface NearMissItem {
  id: string;
  article: string;
  q: string;
  any: string[];
  neg: boolean;
}

export interface NearMissTally {
  traps: { asked: number; refused: number; flagged: number };
  answerable: { asked: number; first: number; firstUnflagged: number };
  /** Ids of traps answered with nothing flagged, and of answerable questions not first unflagged. */
  misses: string[];
}

export async function measureNearMiss(): Promise<NearMissTally> {
  const { items } = JSON.parse(readFileSync(join(FIXTURES, 'dev-near-miss.json'), 'utf8')) as {
    items: NearMissItem[];
  };
  const indexes = new Map<string, SearchIndex>();
  const tally: NearMissTally = {
    traps: { asked: 0, refused: 0, flagged: 0 },
    answerable: { asked: 0, first: 0, firstUnflagged: 0 },
    misses: [],
  };
  for (const item of items) {
    let index = indexes.get(item.article);
    if (index === undefined) {
      index = item.article.startsWith('dev-')
        ? await loadDevArticle(item.article)
        : await loadSeedIndex();
      indexes.set(item.article, index);
    }
    const answer = findPassages(index, item.q);
    const first = answer.results[0];
    const flagged = (first?.missing.length ?? 0) > 0;
    if (item.neg) {
      tally.traps.asked++;
      if (!answer.answered) tally.traps.refused++;
      else if (flagged) tally.traps.flagged++;
      else tally.misses.push(item.id);
      continue;
    }
    tally.answerable.asked++;
    const right = item.any.some((key) => looseFold(first?.sentence ?? '').includes(looseFold(key)));
    if (right) tally.answerable.first++;
    if (right && !flagged) tally.answerable.firstUnflagged++;
    else tally.misses.push(item.id);
  }
  return tally;
}
