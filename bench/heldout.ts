/**
 * `npm run bench:heldout`: the frozen held-out set of `test/heldout/` (written from the articles
 * alone, never tuned on), reported as it is:
 * - questions on four articles (the seed with its knowledge folder, the others each alone):
 *   answerable ones right first, and right first with no `missing` flag, by kind; off-topic ones
 *   refused; near-miss traps refused or flagged with `missing`;
 * - ablations: without the glossary, without the lexicon; and MiniSearch 7 given the same stop
 *   words, folding and lexicon expansion, in the same run;
 * - the figures of each article found, with the right unit, and names with digits left out;
 * - the verdicts of 40 claims.
 * `--json` prints one JSON object instead of the tables.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadKnowledge } from '../src/knowledge/load.ts';
import type { Corpus } from '../src/knowledge/types.ts';
import type { Answer } from '../src/search/answer.ts';
import { checkMessage } from '../src/search/claims/check-claims.ts';
import { findPassages } from '../src/search/find-passages.ts';
import { fold } from '../src/search/normalize.ts';
import { buildIndex, type IndexOptions, type SearchIndex } from '../src/search/search-index.ts';
import { FIXTURES, foldSpaces, KNOWLEDGE_DIR, PROJECT_ROOT } from '../test/helpers.ts';
import { occurrences, sameUnit, span } from '../test/measure-figures.ts';
import { miniSearchOf } from './minisearch-baseline.ts';

const HELDOUT = join(PROJECT_ROOT, 'test', 'heldout');
/** Where each question file's article lives; the seed is asked with its whole knowledge folder. */
const ARTICLE_FOLDERS: Record<string, string> = {
  'article-us-chine.fr.txt': KNOWLEDGE_DIR,
  'harbour-reopening.en.md': join(FIXTURES, 'second-article'),
};
const SEED_FILE = 'us-chine-discussions-2024.fr.txt';

interface Item {
  id: string;
  lang: 'fr' | 'en';
  q: string;
  any: string[];
  kind: string;
  neg: boolean;
}
interface QuestionFile {
  article: string;
  items: Item[];
  figures: string[];
  figure_units: Record<string, string>;
  not_figures: string[];
}
interface Claim {
  id: string;
  article: string;
  text: string;
  verdict: string;
}

const looseFold = (text: string): string =>
  fold(text.replace(/[\u00A0\u202F]/gu, ' ').replace(/’/gu, "'"));

/** The article's knowledge folder: the seed's own, or a folder holding this article alone. */
function folderOf(article: string): { folder: string; temporary: boolean } {
  const known = ARTICLE_FOLDERS[article];
  if (known !== undefined) return { folder: known, temporary: false };
  const folder = mkdtempSync(join(tmpdir(), 'heldout-'));
  copyFileSync(join(HELDOUT, 'articles', article), join(folder, article));
  return { folder, temporary: true };
}

type Ask = (question: string) => { answered: boolean; first: string; flagged: boolean };

interface Tally {
  /** Answerable: by kind, asked / right first / right first and not flagged. */
  kinds: Record<string, { asked: number; first: number; unflagged: number }>;
  offTopic: { asked: number; refused: number };
  traps: { asked: number; refusedOrFlagged: number; refused: number };
  misses: string[];
}

function measure(items: Item[], ask: Ask): Tally {
  const tally: Tally = {
    kinds: {},
    offTopic: { asked: 0, refused: 0 },
    traps: { asked: 0, refusedOrFlagged: 0, refused: 0 },
    misses: [],
  };
  for (const item of items) {
    const answer = ask(item.q);
    if (item.neg && item.kind === 'trap') {
      tally.traps.asked++;
      if (!answer.answered) tally.traps.refused++;
      if (!answer.answered || answer.flagged) tally.traps.refusedOrFlagged++;
      else tally.misses.push(item.id);
    } else if (item.neg) {
      tally.offTopic.asked++;
      if (!answer.answered) tally.offTopic.refused++;
      else tally.misses.push(item.id);
    } else {
      const kind = tally.kinds[item.kind] ?? { asked: 0, first: 0, unflagged: 0 };
      tally.kinds[item.kind] = kind;
      kind.asked++;
      const right =
        answer.answered && item.any.some((key) => looseFold(answer.first).includes(looseFold(key)));
      if (right) kind.first++;
      if (right && !answer.flagged) kind.unflagged++;
      else tally.misses.push(item.id);
    }
  }
  return tally;
}

const oursAsk =
  (index: SearchIndex): Ask =>
  (question) => {
    const answer: Answer = findPassages(index, question);
    const [best] = answer.results;
    const missing = (best as { missing?: string[] } | undefined)?.missing ?? [];
    return { answered: answer.answered, first: best?.sentence ?? '', flagged: missing.length > 0 };
  };

/** MiniSearch as the other quality benches give it: our tokens, the same expansion, no refusal. */
function miniSearchAsk(index: SearchIndex): Ask {
  const search = miniSearchOf(index);
  return (question) => {
    const [best] = search(question);
    return { answered: best !== undefined, first: best ?? '', flagged: false };
  };
}

interface FigureTally {
  figures: number;
  found: number;
  rightUnit: number;
  namesExtracted: string[];
}

function measureFigures(corpus: Corpus, file: QuestionFile): FigureTally {
  const document = corpus.documents.find(
    (entry) =>
      entry.file === file.article ||
      (file.article.startsWith('article-us') && entry.file === SEED_FILE),
  );
  const sentences = corpus.sentences.filter((sentence) => sentence.documentId === document?.id);
  const tally: FigureTally = {
    figures: file.figures.length,
    found: 0,
    rightUnit: 0,
    namesExtracted: [],
  };
  for (const phrase of file.figures) {
    const places = occurrences(sentences, phrase);
    const covering = places.map(([sentence, at]) =>
      sentence.figures.find((figure) => {
        const [from, to] = span(sentence.text, figure);
        return from <= at && at + phrase.length <= to;
      }),
    );
    if (places.length === 0 || covering.some((figure) => figure === undefined)) continue;
    tally.found++;
    const expected = file.figure_units[phrase] ?? file.figure_units[foldSpaces(phrase)] ?? '';
    if (covering.every((figure) => figure && sameUnit(figure.unit, figure.kind, expected))) {
      tally.rightUnit++;
    }
  }
  for (const name of file.not_figures) {
    for (const [sentence, at] of occurrences(sentences, name)) {
      if (
        sentence.figures.some((f) => f.start < at + name.length && at < f.start + f.text.length)
      ) {
        tally.namesExtracted.push(name);
      }
    }
  }
  return tally;
}

/** A corpus without its glossary: what the engine does with the lexicon and rules alone. */
const withoutGlossary = (corpus: Corpus): Corpus => ({ ...corpus, glossary: new Map() });

const json = process.argv.includes('--json');
const files = readdirSync(join(HELDOUT, 'questions'))
  .filter((file) => file.endsWith('.json'))
  .sort();
const claims = (
  JSON.parse(readFileSync(join(HELDOUT, 'claims.json'), 'utf8')) as { claims: Claim[] }
).claims;
const report: Record<string, unknown> = {};
const configurations: [string, (corpus: Corpus) => SearchIndex][] = [
  ['ours', (corpus) => buildIndex(corpus)],
  ['ours without glossary', (corpus) => buildIndex(withoutGlossary(corpus))],
  ['ours without lexicon', (corpus) => buildIndex(corpus, { lexicon: false } as IndexOptions)],
];
const rows: string[] = [];
const claimRows: string[] = [];
const figureRows: string[] = [];
for (const name of files) {
  const file = JSON.parse(readFileSync(join(HELDOUT, 'questions', name), 'utf8')) as QuestionFile;
  const { folder, temporary } = folderOf(file.article);
  try {
    const corpus = await loadKnowledge(folder);
    const articleReport: Record<string, unknown> = {};
    for (const [label, build] of configurations) {
      const index = build(corpus);
      articleReport[label] = measure(file.items, oursAsk(index));
      if (label === 'ours') {
        articleReport.MiniSearch = measure(file.items, miniSearchAsk(index));
        const figures = measureFigures(corpus, file);
        articleReport.figures = figures;
        figureRows.push(
          `| ${file.article} | ${figures.found}/${figures.figures} | ${figures.rightUnit}/${figures.figures} | ${figures.namesExtracted.length} |`,
        );
        const own = claims.filter((claim) => claim.article === file.article);
        const right = own.filter(
          (claim) => checkMessage(index, claim.text).verdict === claim.verdict,
        );
        articleReport.claims = {
          asked: own.length,
          right: right.length,
          wrong: own.filter((c) => !right.includes(c)).map((c) => c.id),
        };
        claimRows.push(`| ${file.article} | ${right.length}/${own.length} |`);
      }
    }
    for (const [label, tally] of Object.entries(articleReport)) {
      if (!('kinds' in (tally as object))) continue;
      const t = tally as Tally;
      const answerable = Object.values(t.kinds).reduce((sum, kind) => sum + kind.asked, 0);
      const first = Object.values(t.kinds).reduce((sum, kind) => sum + kind.first, 0);
      const unflagged = Object.values(t.kinds).reduce((sum, kind) => sum + kind.unflagged, 0);
      const kinds = Object.entries(t.kinds)
        .map(([kind, k]) => `${kind} ${k.unflagged}/${k.asked}`)
        .join(', ');
      rows.push(
        `| ${file.article} | ${label} | ${first}/${answerable} | ${unflagged}/${answerable} | ${kinds} | ${t.offTopic.refused}/${t.offTopic.asked} | ${t.traps.refusedOrFlagged}/${t.traps.asked} (${t.traps.refused} refused) |`,
      );
    }
    report[file.article] = articleReport;
  } finally {
    if (temporary) rmSync(folder, { recursive: true, force: true });
  }
}
if (json) {
  process.stdout.write(`${JSON.stringify(report)}\n`);
} else {
  console.log(
    'Questions (right first; right first with no `missing` flag, by kind; off-topic refused; traps refused or flagged):\n',
  );
  console.log(
    '| article | engine | first | first, unflagged | by kind (unflagged) | off-topic refused | traps refused or flagged |',
  );
  console.log('| --- | --- | ---: | ---: | --- | ---: | ---: |');
  for (const row of rows) console.log(row);
  console.log(
    '\nFigures:\n\n| article | found | right unit | names listed as figures |\n| --- | ---: | ---: | ---: |',
  );
  for (const row of figureRows) console.log(row);
  console.log('\nClaims:\n\n| article | right verdicts |\n| --- | ---: |');
  for (const row of claimRows) console.log(row);
}
