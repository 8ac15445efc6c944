import type { DocumentMeta } from './types.ts';

/** A knowledge file that cannot be used: names the file (and line) and says what is wrong. */
export class KnowledgeError extends Error {
  readonly file: string;
  readonly problem: string;
  readonly line: number | undefined;

  constructor(file: string, problem: string, line?: number) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${problem}`);
    this.name = 'KnowledgeError';
    this.file = file;
    this.problem = problem;
    this.line = line;
  }
}

export interface ParsedSection {
  heading: string | null;
  /** Paragraph texts, lines joined by a space. */
  paragraphs: string[];
}

export interface ParsedArticle {
  meta: DocumentMeta;
  sections: ParsedSection[];
}

const BLANK = /^[\s\u00A0\u202F\uFEFF]*$/u;
const HEADING_MAX_LENGTH = 120;
const HEADING_MAX_WORDS = 16;
/** A line ending like this is prose, not a heading. */
const PROSE_END = /[.!?…:;,»"”]$/u;

function trimLine(line: string): string {
  return line.replace(/^[\s\u00A0\u202F\uFEFF]+|[\s\u00A0\u202F]+$/gu, '');
}

/** Groups lines into blocks separated by blank lines, keeping each block's first line number. */
function blocks(lines: string[], firstLine: number): { text: string[]; line: number }[] {
  const result: { text: string[]; line: number }[] = [];
  let current: { text: string[]; line: number } | null = null;
  lines.forEach((raw, index) => {
    if (BLANK.test(raw)) {
      current = null;
      return;
    }
    if (current === null) {
      current = { text: [], line: firstLine + index };
      result.push(current);
    }
    current.text.push(trimLine(raw));
  });
  return result;
}

function isPlainHeading(block: string[]): boolean {
  const [line] = block;
  if (block.length !== 1 || line === undefined) return false;
  return (
    line.length <= HEADING_MAX_LENGTH &&
    line.split(/\s+/u).length <= HEADING_MAX_WORDS &&
    !PROSE_END.test(line)
  );
}

/**
 * Plain text: the first line is the title, blank lines separate paragraphs, and a short
 * single-line paragraph without final punctuation is a section heading.
 */
export function parsePlainText(file: string, text: string): ParsedArticle {
  const lines = text.split('\n');
  const [titleBlock, ...body] = blocks(lines, 1);
  if (titleBlock === undefined) throw new KnowledgeError(file, 'the file is empty');
  const meta: DocumentMeta = { title: titleBlock.text.join(' ') };
  const sections: ParsedSection[] = [{ heading: null, paragraphs: [] }];
  for (const block of body) {
    if (isPlainHeading(block.text)) {
      sections.push({ heading: block.text[0] ?? '', paragraphs: [] });
    } else {
      sections[sections.length - 1]?.paragraphs.push(block.text.join(' '));
    }
  }
  return { meta, sections };
}

const FRONT_MATTER_KEYS = new Set(['title', 'source', 'url', 'published', 'language']);

function parseFrontMatter(file: string, lines: string[]): Partial<DocumentMeta> {
  const meta: Record<string, string> = {};
  lines.forEach((line, index) => {
    if (BLANK.test(line) || line.trimStart().startsWith('#')) return;
    const match = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/u.exec(line.trim());
    if (match === null) {
      throw new KnowledgeError(file, 'front matter line is not "key: value"', index + 2);
    }
    const [, key = '', rawValue = ''] = match;
    const value = rawValue.replace(/^(["'])(.*)\1$/u, '$2').trim();
    if (FRONT_MATTER_KEYS.has(key.toLowerCase()) && value !== '') meta[key.toLowerCase()] = value;
  });
  return meta;
}

/** Removes Markdown markup so that quotes read as the article reads. */
function stripInline(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/gu, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/gu, '$1')
    .replace(/`([^`]*)`/gu, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/gu, '$2')
    .replace(/(\*|_)(?=\S)(.+?)(?<=\S)\1/gu, '$2')
    .replace(/<!--.*?-->/gu, '')
    .trim();
}

const LIST_ITEM = /^(?:[-*+]|\d+[.)])\s+/u;

/**
 * Markdown: optional front matter (`title`, `source`, `url`, `published`, `language`), the first
 * `#` heading is the title when the front matter gives none, other headings open sections.
 */
export function parseMarkdown(file: string, text: string): ParsedArticle {
  let lines = text.split('\n');
  let firstLine = 1;
  let meta: Partial<DocumentMeta> = {};
  if (/^---\s*$/u.test(lines[0] ?? '')) {
    const end = lines.findIndex((line, index) => index > 0 && /^(---|\.\.\.)\s*$/u.test(line));
    if (end === -1) throw new KnowledgeError(file, 'front matter is not closed by "---"', 1);
    meta = parseFrontMatter(file, lines.slice(1, end));
    lines = lines.slice(end + 1);
    firstLine = end + 2;
  }
  // Fenced code is not article prose.
  let fenced = false;
  lines = lines.map((line) => {
    if (/^\s*(```|~~~)/u.test(line)) {
      fenced = !fenced;
      return '';
    }
    return fenced ? '' : line;
  });

  const sections: ParsedSection[] = [{ heading: null, paragraphs: [] }];
  let title = meta.title;
  for (const block of blocks(lines, firstLine)) {
    let paragraph: string[] = [];
    const flush = (): void => {
      const joined = stripInline(paragraph.join(' '));
      if (joined !== '') sections[sections.length - 1]?.paragraphs.push(joined);
      paragraph = [];
    };
    for (const line of block.text) {
      const heading = /^(#{1,6})\s+(.*?)\s*#*\s*$/u.exec(line);
      if (heading !== null) {
        flush();
        const headingText = stripInline(heading[2] ?? '');
        if (heading[1] === '#' && title === undefined) title = headingText;
        // The front matter's title repeated as the first heading is not a section.
        else if (heading[1] !== '#' || headingText !== title) {
          sections.push({ heading: headingText, paragraphs: [] });
        }
      } else if (LIST_ITEM.test(line)) {
        flush();
        paragraph.push(line.replace(LIST_ITEM, ''));
      } else if (/^(?:-{3,}|\*{3,}|_{3,})$/u.test(line)) {
        flush();
      } else {
        paragraph.push(line.replace(/^>\s?/u, ''));
      }
    }
    flush();
  }
  const fallbackTitle = file.replace(/^.*\//u, '').replace(/\.[^.]+$/u, '');
  return { meta: { ...meta, title: title ?? fallbackTitle }, sections };
}
