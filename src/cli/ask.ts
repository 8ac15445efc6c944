import { createInterface } from 'node:readline';
import { ConfigError, loadConfig } from '../config.ts';
import { loadKnowledge } from '../knowledge/load.ts';
import { KnowledgeError } from '../knowledge/parse.ts';
import { checkMessage } from '../search/claims/check-claims.ts';
import { findPassages, warmUp } from '../search/find-passages.ts';
import { listFigures } from '../search/list-figures.ts';
import { buildIndex } from '../search/search-index.ts';
import { openIndex } from '../search/snapshot.ts';
import { renderCheckText } from './render-check-text.ts';
import { renderAnswerText, renderFiguresText } from './render-text.ts';

const USAGE =
  'usage: npm run ask -- [--json] [--figures] [--check] "question or text to check"   (--json alone reads questions from stdin)';

/** Exit codes: 0 answered or not, 2 bad usage or bad knowledge folder. */
async function main(argv: string[]): Promise<number> {
  const flags = new Set(argv.filter((arg) => arg.startsWith('--')));
  const unknown = [...flags].filter(
    (flag) => !['--json', '--figures', '--check', '--help'].includes(flag),
  );
  if (flags.has('--help') || unknown.length > 0) {
    process.stderr.write(`${unknown.length > 0 ? `unknown option ${unknown[0]}\n` : ''}${USAGE}\n`);
    return flags.has('--help') ? 0 : 2;
  }
  const json = flags.has('--json');
  const question = argv
    .filter((arg) => !arg.startsWith('--'))
    .join(' ')
    .trim();
  const readsStdin = json && !flags.has('--figures') && question === '';
  if (!readsStdin && !flags.has('--figures') && question === '') {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }

  const config = loadConfig();
  const { index } = await openIndex({
    knowledgeDir: config.knowledgeDir,
    dataDir: config.dataDir,
    build: async () => buildIndex(await loadKnowledge(config.knowledgeDir)),
    // stdout is the answer: only what went wrong reaches stderr.
    log: (level, fields, message) => {
      if (level === 'warn') process.stderr.write(`note: ${message} (${String(fields.reason)})\n`);
    },
  });
  warmUp(index);

  if (flags.has('--figures')) {
    const figures = listFigures(index);
    process.stdout.write(json ? `${JSON.stringify({ figures })}\n` : renderFiguresText(figures));
    return 0;
  }
  if (flags.has('--check')) {
    const report = checkMessage(index, question);
    process.stdout.write(json ? `${JSON.stringify(report)}\n` : renderCheckText(report));
    return 0;
  }
  if (readsStdin) {
    // One question a line, one JSON Answer a line, in order: output line N answers input line N,
    // a blank line too (not answered).
    for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
      process.stdout.write(`${JSON.stringify(findPassages(index, line.trim()))}\n`);
    }
    return 0;
  }
  const answer = findPassages(index, question);
  process.stdout.write(
    json ? `${JSON.stringify(answer)}\n` : renderAnswerText(answer, process.stdout.isTTY),
  );
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // Expected problems get one line; anything else is a bug and keeps its stack.
    if (error instanceof KnowledgeError || error instanceof ConfigError) {
      process.stderr.write(`error: ${error.message}\n`);
      process.exitCode = 2;
    } else {
      throw error;
    }
  },
);
