import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, parse as parsePath } from 'node:path';
import { settlePoundWords } from './figure-pound-words.ts';
import { extractFigures } from './figures.ts';
import { documentLanguage } from './language.ts';
import { KnowledgeError, type ParsedArticle, parseMarkdown, parsePlainText } from './parse.ts';
import { boundedPieces, splitSentences } from './segment.ts';
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
  /** Told of a file skipped (a name that is not UTF-8, a symlink loop, a file gone meanwhile). */
  onWarning?: (file: string, problem: string) => void;
  /** Awaited between files: lets a program that serves answers go on while a folder loads. */
  pause?: () => Promise<void>;
}

/**
 * Past this many entries, a folder is not an articles folder (a home folder, a disk): the walk
 * stops there rather than read the whole disk. 100,000 sentences of news take about 3,300 files.
 */
export const MAX_FOLDER_ENTRIES = 100_000;
const MAX_DEPTH = 16;

const extensionOf = (file: string): string => /\.[^./]+$/u.exec(file)?.[0].toLowerCase() ?? '';

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** A file name as bytes, shown with the bytes that are not UTF-8 as `\\xE9`. */
const escapedName = (name: Buffer): string =>
  [...name]
    .map((byte) =>
      byte < 0x80 && byte >= 0x20
        ? String.fromCharCode(byte)
        : `\\x${byte.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');

/**
 * Every file under `dir`, relative, sorted, skipping hidden ones. Symbolic links are followed, a
 * link back into a folder already walked is skipped with a warning, and so is a name that is not
 * UTF-8. The root of a disk, or a folder with more than `MAX_FOLDER_ENTRIES` entries, is refused.
 */
export async function listFiles(
  dir: string,
  warn: (file: string, problem: string) => void,
): Promise<string[]> {
  if (parsePath(dir).root === dir) {
    throw new KnowledgeError(dir, 'is the root of the disk, not an articles folder');
  }
  const files: string[] = [];
  const walked = new Set<string>([await realpath(dir)]);
  let entries = 0;
  const walk = async (folder: string, prefix: string, depth: number): Promise<void> => {
    // The entries' types come with the listing: only links (and types the file system does not
    // report) are stat'ed, one await each, which took seconds on folders of tens of thousands.
    const entriesHere = await readdir(join(dir, folder), {
      encoding: 'buffer',
      withFileTypes: true,
    });
    for (const entry of entriesHere) {
      const raw = entry.name as unknown as Buffer;
      if (++entries > MAX_FOLDER_ENTRIES) {
        throw new KnowledgeError(
          dir,
          `holds more than ${MAX_FOLDER_ENTRIES} entries: not an articles folder`,
        );
      }
      let name: string;
      try {
        name = UTF8.decode(raw);
      } catch {
        warn(`${prefix}${escapedName(raw)}`, 'skipped: its name is not UTF-8 (rename it)');
        continue;
      }
      if (name.startsWith('.')) continue;
      const relative = `${prefix}${name}`;
      const path = join(dir, relative);
      // stat follows symbolic links; a dangling one or a file gone meanwhile is skipped.
      const plain = entry.isFile() || entry.isDirectory();
      const info = plain ? entry : await stat(path).catch(() => null);
      if (info === null) {
        warn(relative, 'skipped: it vanished or points nowhere');
      } else if (info.isFile()) {
        files.push(relative);
      } else if (info.isDirectory()) {
        const real = await realpath(path);
        if (walked.has(real) || depth >= MAX_DEPTH) {
          warn(relative, 'skipped: a link back into a folder already read');
          continue;
        }
        walked.add(real);
        await walk(relative, `${relative}/`, depth + 1);
      }
    }
  };
  await walk('', '', 0);
  return files.sort();
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
    if (code === 'ENOENT') throw new VanishedError(file);
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

/** A file listed, then gone before it was read (deleted or renamed meanwhile). */
class VanishedError extends KnowledgeError {
  constructor(file: string) {
    super(file, 'vanished while the folder was being read');
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
  const firstSentence = sentences.length;
  // A heading with nothing under it (or an empty lead) is kept out of citations.
  const sections = article.sections
    .filter((section) => section.paragraphs.length > 0)
    .map((section, sectionIndex) => ({
      heading: section.heading,
      paragraphs: section.paragraphs.map((text) => {
        paragraphNumber++;
        const pieces = splitSentences(text).flatMap((sentenceText) => boundedPieces(sentenceText));
        const sentenceIds = pieces.map((sentenceText, position) => {
          const sentence: Sentence = {
            id: sentences.length,
            text: sentenceText,
            documentId: id,
            sectionIndex,
            paragraph: paragraphNumber,
            position,
            // The sentence before may name what a pronoun stands for (`of them`, `en`).
            figures: extractFigures(sentenceText, pieces[position - 1]),
          };
          sentences.push(sentence);
          return sentence.id;
        });
        return { number: paragraphNumber, sentenceIds };
      }),
    }));
  const text = article.sections.flatMap((section) => section.paragraphs).join('\n');
  settlePoundWords(text, sentences.slice(firstSentence));
  const language = documentLanguage(article.meta.language, file, text);
  return { id, file, ...article.meta, language, sections };
}

/**
 * Reads a knowledge folder: every `.txt` and `.md` file is an article; `topics.json` and
 * `glossary.json` are optional. Throws a `KnowledgeError` naming the first bad file: nothing is
 * half-loaded.
 */
export async function loadKnowledge(dir: string, options: LoadOptions = {}): Promise<Corpus> {
  const warn = options.onWarning ?? (() => {});
  let files: string[];
  try {
    files = await listFiles(dir, warn);
  } catch (error) {
    if (error instanceof KnowledgeError) throw error;
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
    let text: string;
    try {
      text = await read;
    } catch (error) {
      if (!(error instanceof VanishedError)) throw error;
      warn(file, error.problem);
      continue;
    }
    await options.pause?.();
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
