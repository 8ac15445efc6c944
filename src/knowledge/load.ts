import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { extractFigures } from './figures.ts';
import { KnowledgeError, type ParsedArticle, parseMarkdown, parsePlainText } from './parse.ts';
import { splitSentences } from './segment.ts';
import type { ArticleDocument, Corpus, Glossary, Sentence, Topic } from './types.ts';
import { parseGlossary, parseTopics } from './vocabulary.ts';

export const TOPICS_FILE = 'topics.json';
export const GLOSSARY_FILE = 'glossary.json';
/**
 * A larger file is almost surely a mistake (a dump, a binary): 100,000 sentences of news in one
 * file take about 12 MB.
 */
export const MAX_FILE_BYTES = 40 * 1024 * 1024;
/** How many article files, and how many bytes, are read ahead of the one being parsed. */
const READ_AHEAD = 8;
const READ_AHEAD_BYTES = 16 * 1024 * 1024;

const ARTICLE_PARSERS: Record<string, (file: string, text: string) => ParsedArticle> = {
  '.txt': parsePlainText,
  '.md': parseMarkdown,
  '.markdown': parseMarkdown,
};

export interface LoadOptions {
  /** Names a topic may not take (the bot's own commands). */
  reservedTopicNames?: ReadonlySet<string>;
  /** Told after each article file is parsed: a folder of thousands takes seconds to read. */
  onProgress?: (filesRead: number, filesTotal: number, sentences: number) => void;
}

const extensionOf = (file: string): string => /\.[^./]+$/u.exec(file)?.[0].toLowerCase() ?? '';

/** Every file under `dir`, relative, sorted, skipping hidden ones. */
async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((file) => !file.split('/').some((part) => part.startsWith('.')))
    .sort();
}

/**
 * Reads a file as UTF-8 text, refusing binary, oversized and mis-encoded files by name. `size`
 * is the file's size when it is already known.
 */
async function readText(dir: string, file: string, size?: number): Promise<string> {
  const path = join(dir, file);
  let bytes: Buffer;
  try {
    size ??= (await stat(path)).size;
    if (size > MAX_FILE_BYTES) {
      const megabytes = (size / 1024 / 1024).toFixed(1);
      throw new KnowledgeError(
        file,
        `is ${megabytes} MB, over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit`,
      );
    }
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof KnowledgeError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    throw new KnowledgeError(file, `cannot be read (${code})`);
  }
  if (bytes.includes(0)) throw new KnowledgeError(file, 'is binary, not text');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })
      .decode(bytes)
      .replace(/\r\n?/gu, '\n');
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const line = bytes.subarray(0, offset).toString('latin1').split('\n').length;
    throw new KnowledgeError(file, 'is not valid UTF-8 text (save it as UTF-8)', line);
  }
}

/** Offset of the first byte that breaks UTF-8, to point at the line. */
function firstInvalidUtf8(bytes: Buffer): number {
  // A prefix decodes (in stream mode, which waits for unfinished sequences) until the bad byte.
  const decodes = (length: number): boolean => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, length), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  let low = 0;
  let high = bytes.length;
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    if (decodes(middle)) low = middle;
    else high = middle;
  }
  return low;
}

function buildDocument(
  id: number,
  file: string,
  article: ParsedArticle,
  sentences: Sentence[],
): ArticleDocument {
  let paragraphNumber = 0;
  // A heading with nothing under it (or an empty lead) is kept out of citations.
  const sections = article.sections
    .filter((section) => section.paragraphs.length > 0)
    .map((section, sectionIndex) => ({
      heading: section.heading,
      paragraphs: section.paragraphs.map((text) => {
        paragraphNumber++;
        const sentenceIds = splitSentences(text).map((sentenceText, position) => {
          const sentence: Sentence = {
            id: sentences.length,
            text: sentenceText,
            documentId: id,
            sectionIndex,
            paragraph: paragraphNumber,
            position,
            figures: extractFigures(sentenceText),
          };
          sentences.push(sentence);
          return sentence.id;
        });
        return { number: paragraphNumber, sentenceIds };
      }),
    }));
  return { id, file, ...article.meta, sections };
}

/**
 * Reads a knowledge folder: every `.txt` and `.md` file is an article; `topics.json` and
 * `glossary.json` are optional. Throws a `KnowledgeError` naming the first bad file: nothing is
 * half-loaded.
 */
export async function loadKnowledge(dir: string, options: LoadOptions = {}): Promise<Corpus> {
  let files: string[];
  try {
    files = await listFiles(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const problem = code === 'ENOENT' ? 'folder not found' : `cannot be read (${code ?? 'error'})`;
    throw new KnowledgeError(dir, problem);
  }
  const articleFiles = files.filter((file) => extensionOf(file) in ARTICLE_PARSERS);
  if (articleFiles.length === 0) {
    throw new KnowledgeError(dir, 'no article files (.txt, .md) in the knowledge folder');
  }

  const documents: ArticleDocument[] = [];
  const sentences: Sentence[] = [];
  // Files are read a few ahead of the one being parsed, so that a folder of thousands of small
  // articles does not wait on the disk once per file; they are still parsed, and fail, in order.
  // What is read ahead is bounded in bytes too, so that large files are not all held at once.
  // A file whose size cannot be read is left to `readText`, which names the problem.
  const sizes = await Promise.all(
    articleFiles.map((file) =>
      stat(join(dir, file)).then(
        ({ size }): number | undefined => size,
        () => undefined,
      ),
    ),
  );
  const reads = new Map<number, Promise<string>>();
  let nextRead = 0;
  let bytesAhead = 0;
  for (const [position, file] of articleFiles.entries()) {
    while (
      nextRead < articleFiles.length &&
      (nextRead <= position ||
        (nextRead <= position + READ_AHEAD &&
          bytesAhead + (sizes[nextRead] ?? 0) <= READ_AHEAD_BYTES))
    ) {
      const read = readText(dir, articleFiles[nextRead] ?? '', sizes[nextRead]);
      // Handled when awaited in turn; a file after the first bad one must not crash the process.
      read.catch(() => {});
      reads.set(nextRead, read);
      bytesAhead += sizes[nextRead] ?? 0;
      nextRead++;
    }
    const read = reads.get(position) ?? readText(dir, file);
    reads.delete(position);
    bytesAhead -= sizes[position] ?? 0;
    const text = await read;
    const parse = ARTICLE_PARSERS[extensionOf(file)] ?? parsePlainText;
    const before = sentences.length;
    const document = buildDocument(documents.length, file, parse(file, text), sentences);
    if (sentences.length === before) throw new KnowledgeError(file, 'has no sentences');
    documents.push(document);
    options.onProgress?.(documents.length, articleFiles.length, sentences.length);
  }

  let topics: Topic[] = [];
  if (files.includes(TOPICS_FILE)) {
    const text = await readText(dir, TOPICS_FILE);
    topics = parseTopics(TOPICS_FILE, text, options.reservedTopicNames ?? new Set());
  }
  let glossary: Glossary = new Map();
  if (files.includes(GLOSSARY_FILE)) {
    glossary = parseGlossary(GLOSSARY_FILE, await readText(dir, GLOSSARY_FILE));
  }
  return { documents, sentences, topics, glossary };
}
