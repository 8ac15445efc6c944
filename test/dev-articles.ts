/**
 * The development articles of `test/fixtures/dev-articles/` (a copy of `shared/dev-articles/`):
 * three fictional articles, one English and two French, each asked 16 questions in both
 * languages. Each article is loaded alone, as a knowledge folder of its own, so that what one
 * article says never helps another.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { findPassages } from '../src/search/find-passages.ts';
import { buildIndex, type IndexOptions } from '../src/search/search-index.ts';
import { FIXTURES } from './helpers.ts';

export const DEV_ARTICLES = join(FIXTURES, 'dev-articles');

export interface DevItem {
  id: string;
  lang: 'fr' | 'en';
  q: string;
  /** The first quoted sentence is right when it holds any of these. */
  any: string[];
  /** The question is not answered by the article: it must be refused. */
  neg: boolean;
  /** `trap` for a negative that reuses the article's words for what it does not say. */
  kind: string;
}

interface DevQuestionFile {
  article: string;
  items: DevItem[];
}

/** Folded as the question files define their keys: spaces, apostrophes, accents and case. */
export const looseFold = (text: string): string =>
  text
    .replace(/[\u00A0\u202F]/gu, ' ')
    .replace(/’/gu, "'")
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();

export interface DevTally {
  article: string;
  /**
   * Answerable questions by language: asked, answered first with the right sentence, the same with
   * nothing flagged missing, and the right sentence in the first three.
   */
  byLanguage: Record<
    'fr' | 'en',
    { asked: number; first: number; firstUnflagged: number; topThree: number }
  >;
  /**
   * Questions the article does not answer: asked, refused, and held (refused, or answered with
   * what the article lacks flagged in `missing`).
   */
  negatives: { asked: number; refused: number; held: number };
  /** Of those, the traps (another year, city, a figure not given): refused or answered flagged. */
  traps: { asked: number; held: number };
  /** Ids of the questions answered wrong: a wrong first sentence, or a negative not held. */
  misses: string[];
}

/** The index of one development article (`dev-…fr.txt`), alone in its knowledge folder. */
export async function loadDevArticle(article: string, options: IndexOptions = {}) {
  const folder = mkdtempSync(join(tmpdir(), 'dev-article-'));
  try {
    copyFileSync(join(DEV_ARTICLES, article), join(folder, article));
    return buildIndex(await loadKnowledge(folder), options);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Asks each development article its questions, the article alone in its knowledge folder. */
export async function measureDevArticles(options: IndexOptions = {}): Promise<DevTally[]> {
  const files = readdirSync(DEV_ARTICLES).filter((file) => file.endsWith('-questions.json'));
  const tallies: DevTally[] = [];
  for (const file of files.sort()) {
    const set = JSON.parse(readFileSync(join(DEV_ARTICLES, file), 'utf8')) as DevQuestionFile;
    const index = await loadDevArticle(set.article, options);
    const tally: DevTally = {
      article: set.article,
      byLanguage: {
        fr: { asked: 0, first: 0, firstUnflagged: 0, topThree: 0 },
        en: { asked: 0, first: 0, firstUnflagged: 0, topThree: 0 },
      },
      negatives: { asked: 0, refused: 0, held: 0 },
      traps: { asked: 0, held: 0 },
      misses: [],
    };
    for (const item of set.items) {
      const answer = findPassages(index, item.q);
      if (item.neg) {
        const held = !answer.answered || (answer.results[0]?.missing.length ?? 0) > 0;
        if (item.kind === 'trap') {
          tally.traps.asked++;
          if (held) tally.traps.held++;
        }
        tally.negatives.asked++;
        if (held) tally.negatives.held++;
        if (!answer.answered) tally.negatives.refused++;
        if (!held) tally.misses.push(item.id);
        continue;
      }
      const language = tally.byLanguage[item.lang];
      language.asked++;
      const rank = answer.results.findIndex((result) =>
        item.any.some((key) => looseFold(result.sentence).includes(looseFold(key))),
      );
      if (rank >= 0 && rank < 3) language.topThree++;
      if (rank === 0) {
        language.first++;
        if (answer.results[0]?.missing.length === 0) language.firstUnflagged++;
      } else tally.misses.push(item.id);
    }
    tallies.push(tally);
  }
  return tallies;
}
