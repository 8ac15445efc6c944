/**
 * The development articles of `test/fixtures/dev-articles/` (a copy of `shared/dev-articles/`):
 * three fictional articles, one English and two French, each asked 16 questions in both
 * languages. Each article is loaded alone, as a knowledge folder of its own, so that what one
 * article says never helps another.
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { findPassages } from '../src/search/find-passages.ts';
import { buildIndex, type IndexOptions, type SearchIndex } from '../src/search/search-index.ts';
import { FIXTURES } from './helpers.ts';

export const DEV_ARTICLES = join(FIXTURES, 'dev-articles');
/**
 * Four more articles in other domains (two French, two English), each with its questions in
 * `<article>.questions.json`, written by an author who saw only the articles: for tuning.
 */
export const TUNING_ARTICLES = join(FIXTURES, 'tuning-articles');
/**
 * Three more articles with their questions, claims and figures, written by an author who saw
 * only them (test/fixtures/validation-articles/README.md): to judge a change on articles it was
 * not made for, before the frozen held-out set. Measured, not tuned on.
 */
export const VALIDATION_ARTICLES = join(FIXTURES, 'validation-articles');
/**
 * Three more, by another author who saw only the format of the first validation set
 * (test/fixtures/validation2-articles/README.md): measured first on 2026-11-30, never tuned on.
 */
export const VALIDATION2_ARTICLES = join(FIXTURES, 'validation2-articles');
/**
 * Three more (one French, two English), by a third author who saw only the same format notes
 * (test/fixtures/validation3-articles/README.md): measured first on 2026-11-30, never tuned on.
 */
export const VALIDATION3_ARTICLES = join(FIXTURES, 'validation3-articles');
/** Three more (two French, one English), by a fourth author in the same way: never tuned on. */
export const VALIDATION4_ARTICLES = join(FIXTURES, 'validation4-articles');
/** Three more (one French, two English), by a fifth author in the same way: never tuned on. */
export const VALIDATION5_ARTICLES = join(FIXTURES, 'validation5-articles');
/** Three more (two French, one English), by a sixth author in the same way: never tuned on. */
export const VALIDATION6_ARTICLES = join(FIXTURES, 'validation6-articles');
/** Three more (one French, two English), by a seventh author in the same way: never tuned on. */
export const VALIDATION7_ARTICLES = join(FIXTURES, 'validation7-articles');
/** Three more (two French, one English), by an eighth author in the same way: opened at 21:00. */
export const VALIDATION8_ARTICLES = join(FIXTURES, 'validation8-articles');
/** Three more (one French, two English), by a ninth author in the same way: opened at 22:00. */
export const VALIDATION9_ARTICLES = join(FIXTURES, 'validation9-articles');
/** Three more (two French, one English), by a tenth author in the same way: opened at 23:20. */
export const VALIDATION10_ARTICLES = join(FIXTURES, 'validation10-articles');
/** Three more (one French, two English), by an eleventh author in the same way: opened at 23:20. */
export const VALIDATION11_ARTICLES = join(FIXTURES, 'validation11-articles');
/** Three more (two French, one English), by a twelfth author in the same way: opened at 02:00. */
export const VALIDATION12_ARTICLES = join(FIXTURES, 'validation12-articles');
/** Three more (one French, two English), by a thirteenth author in the same way: opened at 02:00. */
export const VALIDATION13_ARTICLES = join(FIXTURES, 'validation13-articles');
/** Three more (one French, two English), by a fourteenth author in the same way: measured first on 2026-12-01, opened at 04:35. */
export const VALIDATION14_ARTICLES = join(FIXTURES, 'validation14-articles');
/** Three more (two French, one English), by a fifteenth author in the same way: measured first on 2026-12-01, opened at 04:35. */
export const VALIDATION15_ARTICLES = join(FIXTURES, 'validation15-articles');
/** Three more (two French, one English), by a sixteenth author in the same way: measured first on 2026-12-01, opened at 07:35. */
export const VALIDATION16_ARTICLES = join(FIXTURES, 'validation16-articles');
/** Three more (one French, two English), by a seventeenth author in the same way: measured first on 2026-12-01, opened at 07:35. */
export const VALIDATION17_ARTICLES = join(FIXTURES, 'validation17-articles');
/** Three more (two French, one English), by an eighteenth author in the same way: measured first on 2026-12-01, opened at 11:31. */
export const VALIDATION18_ARTICLES = join(FIXTURES, 'validation18-articles');
/** Three more (one French, two English), by a nineteenth author in the same way: measured first on 2026-12-01, opened at 11:31. */
export const VALIDATION19_ARTICLES = join(FIXTURES, 'validation19-articles');
/** Three more (two French, one English), by a twentieth author in the same way: measured first on 2026-12-02, opened at 05:45. */
export const VALIDATION20_ARTICLES = join(FIXTURES, 'validation20-articles');
/** Three more (one French, two English), by a twenty-first author in the same way: measured first on 2026-12-02, opened at 05:45. */
export const VALIDATION21_ARTICLES = join(FIXTURES, 'validation21-articles');
/** Three more (two French, one English), by a twenty-second author in the same way: measured first on 2026-12-02, opened at 12:40. */
export const VALIDATION22_ARTICLES = join(FIXTURES, 'validation22-articles');
/** Three more (one French, two English), by a twenty-third author in the same way: measured first on 2026-12-02, opened at 12:40. */
export const VALIDATION23_ARTICLES = join(FIXTURES, 'validation23-articles');
/** Three more (two French, one English), by a twenty-fourth author in the same way: measured first on 2026-12-02, opened at 16:35. */
export const VALIDATION24_ARTICLES = join(FIXTURES, 'validation24-articles');
/** Three more (one French, two English), by a twenty-fifth author in the same way: measured first on 2026-12-02, opened at 16:35. */
export const VALIDATION25_ARTICLES = join(FIXTURES, 'validation25-articles');
/** Articles written to test figures (test/measure-figures.ts); the negatives sets ask them too. */
export const FIGURE_CHECK_ARTICLES = join(FIXTURES, 'figure-check-articles');
/**
 * Questions the articles do not answer, two off-topic and three traps per article, by two more
 * independent authors who read only the articles: A's (`negatives-a-questions`) are open to
 * tuning, B's (`negatives-b-questions`) are measured and never tuned on.
 */
export const NEGATIVES_A_QUESTIONS = join(FIXTURES, 'negatives-a-questions');
export const NEGATIVES_B_QUESTIONS = join(FIXTURES, 'negatives-b-questions');
/**
 * Six answerable questions for each article of A's, by two more authors: open to tuning, the
 * tuning half of the pair whose other half is B's below.
 */
export const ANSWERABLES_A_QUESTIONS = join(FIXTURES, 'answerables-a-questions');
/** Four answerable questions for each article of B's, by a third author: never tuned on. */
export const ANSWERABLES_B_QUESTIONS = join(FIXTURES, 'answerables-b-questions');
/**
 * Four off-topic questions for each article, by two more authors (one word shared, the domain's
 * general knowledge, another news figure, chit-chat): A's open to tuning, B's never tuned on.
 */
export const OFFTOPIC_A_QUESTIONS = join(FIXTURES, 'offtopic-a-questions');
export const OFFTOPIC_B_QUESTIONS = join(FIXTURES, 'offtopic-b-questions');
/** Three more (two French, one English), by a twenty-sixth author in the same way: never tuned on. */
export const VALIDATION26_ARTICLES = join(FIXTURES, 'validation26-articles');
/** Three more (one French, two English), by a twenty-seventh author in the same way: never tuned on. */
export const VALIDATION27_ARTICLES = join(FIXTURES, 'validation27-articles');
/** Three more (two French, one English), by a twenty-eighth author in the same way: never tuned on. */
export const VALIDATION28_ARTICLES = join(FIXTURES, 'validation28-articles');
/** Three more (one French, two English), by a twenty-ninth author in the same way: never tuned on. */
export const VALIDATION29_ARTICLES = join(FIXTURES, 'validation29-articles');
/** Three more (two French, one English), by a thirtieth author in the same way: never tuned on. */
export const VALIDATION30_ARTICLES = join(FIXTURES, 'validation30-articles');
/** Three more (one French, two English), by a thirty-first author in the same way: never tuned on. */
export const VALIDATION31_ARTICLES = join(FIXTURES, 'validation31-articles');
/** Three more (two French, one English), by a thirty-second author in the same way: never tuned on. */
export const VALIDATION32_ARTICLES = join(FIXTURES, 'validation32-articles');
/** Three more (one French, two English), by a thirty-third author in the same way: never tuned on. */
export const VALIDATION33_ARTICLES = join(FIXTURES, 'validation33-articles');
/** Three more (two French, one English), by a thirty-fourth author in the same way: open to tuning. */
export const VALIDATION34_ARTICLES = join(FIXTURES, 'validation34-articles');
/** Three more (two French, one English), by a thirty-fifth author in the same way: open to tuning. */
export const VALIDATION35_ARTICLES = join(FIXTURES, 'validation35-articles');
/** Three more (one French, two English), by a thirty-sixth author: measured blind, then opened. */
export const VALIDATION36_ARTICLES = join(FIXTURES, 'validation36-articles');
/** Three more (two French, one English), by a thirty-seventh author: measured blind, then opened. */
export const VALIDATION37_ARTICLES = join(FIXTURES, 'validation37-articles');
/** Three more (two French, one English), by a thirty-eighth author: measured blind, then opened. */
export const VALIDATION38_ARTICLES = join(FIXTURES, 'validation38-articles');
/** Three more (one French, two English), by a thirty-ninth author: measured blind, then opened. */
export const VALIDATION39_ARTICLES = join(FIXTURES, 'validation39-articles');

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
  /** Of those, the off-topic ones (not traps): they must be refused. */
  offTopic: { asked: number; refused: number };
  /** Of those, the traps (another year, city, a figure not given): refused or answered flagged. */
  traps: { asked: number; held: number };
  /** Answerable questions refused. */
  refusedAnswerable: number;
  /** Ids of the questions answered wrong: a wrong first sentence, or a negative not held. */
  misses: string[];
}

/** What a search engine answers: whether it answered, its sentences, and the first's gaps. */
export type Ask = (question: string) => {
  answered: boolean;
  sentences: string[];
  missing: string[];
};

/** Our engine, as a reader sees it. */
export const askOurs =
  (index: SearchIndex): Ask =>
  (question) => {
    const answer = findPassages(index, question);
    return {
      answered: answer.answered,
      sentences: answer.results.map((result) => result.sentence),
      missing: answer.results[0]?.missing ?? [],
    };
  };

/** The index of one development or tuning article, alone in its knowledge folder. */
export async function loadDevArticle(article: string, options: IndexOptions = {}) {
  const folder = mkdtempSync(join(tmpdir(), 'dev-article-'));
  const source =
    [
      DEV_ARTICLES,
      TUNING_ARTICLES,
      VALIDATION_ARTICLES,
      VALIDATION2_ARTICLES,
      VALIDATION3_ARTICLES,
      VALIDATION4_ARTICLES,
      VALIDATION5_ARTICLES,
      VALIDATION6_ARTICLES,
      VALIDATION7_ARTICLES,
      VALIDATION8_ARTICLES,
      VALIDATION9_ARTICLES,
      VALIDATION10_ARTICLES,
      VALIDATION11_ARTICLES,
      VALIDATION12_ARTICLES,
      VALIDATION13_ARTICLES,
      VALIDATION14_ARTICLES,
      VALIDATION15_ARTICLES,
      VALIDATION16_ARTICLES,
      VALIDATION17_ARTICLES,
      VALIDATION18_ARTICLES,
      VALIDATION19_ARTICLES,
      VALIDATION20_ARTICLES,
      VALIDATION21_ARTICLES,
      VALIDATION22_ARTICLES,
      VALIDATION23_ARTICLES,
      VALIDATION24_ARTICLES,
      FIGURE_CHECK_ARTICLES,
      VALIDATION25_ARTICLES,
      VALIDATION26_ARTICLES,
      VALIDATION27_ARTICLES,
      VALIDATION28_ARTICLES,
      VALIDATION29_ARTICLES,
      VALIDATION30_ARTICLES,
      VALIDATION31_ARTICLES,
      VALIDATION32_ARTICLES,
      VALIDATION33_ARTICLES,
      VALIDATION34_ARTICLES,
      VALIDATION35_ARTICLES,
      VALIDATION36_ARTICLES,
      VALIDATION37_ARTICLES,
      VALIDATION38_ARTICLES,
    ].find((folder) => existsSync(join(folder, article))) ?? VALIDATION39_ARTICLES;
  try {
    copyFileSync(join(source, article), join(folder, article));
    return buildIndex(await loadKnowledge(folder), options);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The question files of a folder of articles (`…-questions.json` or `….questions.json`). */
export const questionFiles = (folder: string): string[] =>
  readdirSync(folder)
    .filter((file) => file.endsWith('questions.json'))
    .sort()
    .map((file) => join(folder, file));

/**
 * Asks each development article (or each article of `folder`) its questions, the article alone
 * in its knowledge folder, with our engine or with the engine `engine` builds from the index.
 */
export async function measureDevArticles(
  options: IndexOptions = {},
  folder: string = DEV_ARTICLES,
  engine: (index: SearchIndex) => Ask = askOurs,
): Promise<DevTally[]> {
  const tallies: DevTally[] = [];
  for (const file of questionFiles(folder)) {
    const set = JSON.parse(readFileSync(file, 'utf8')) as DevQuestionFile;
    const ask = engine(await loadDevArticle(set.article, options));
    const tally: DevTally = {
      article: set.article,
      byLanguage: {
        fr: { asked: 0, first: 0, firstUnflagged: 0, topThree: 0 },
        en: { asked: 0, first: 0, firstUnflagged: 0, topThree: 0 },
      },
      negatives: { asked: 0, refused: 0, held: 0 },
      offTopic: { asked: 0, refused: 0 },
      traps: { asked: 0, held: 0 },
      refusedAnswerable: 0,
      misses: [],
    };
    for (const item of set.items) {
      const answer = ask(item.q);
      if (item.neg) {
        const held = !answer.answered || answer.missing.length > 0;
        if (item.kind === 'trap') {
          tally.traps.asked++;
          if (held) tally.traps.held++;
        } else {
          tally.offTopic.asked++;
          if (!answer.answered) tally.offTopic.refused++;
        }
        tally.negatives.asked++;
        if (held) tally.negatives.held++;
        if (!answer.answered) tally.negatives.refused++;
        if (!held) tally.misses.push(item.id);
        continue;
      }
      const language = tally.byLanguage[item.lang];
      language.asked++;
      const rank = answer.sentences.findIndex((sentence) =>
        item.any.some((key) => looseFold(sentence).includes(looseFold(key))),
      );
      if (!answer.answered) tally.refusedAnswerable++;
      if (rank >= 0 && rank < 3) language.topThree++;
      if (rank === 0) {
        language.first++;
        if (answer.missing.length === 0) language.firstUnflagged++;
      } else tally.misses.push(item.id);
    }
    tallies.push(tally);
  }
  return tallies;
}
