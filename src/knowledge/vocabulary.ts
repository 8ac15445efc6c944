import { KnowledgeError } from './parse.ts';
import type { Glossary, Topic } from './types.ts';

/** Discord's rule for command names (lowercase). Topics become commands, so they follow it. */
const COMMAND_NAME = /^[-_'\p{Ll}\p{Lo}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;
const DESCRIPTION_MAX = 100;

/** The line of a JSON text at a character offset, for error messages. */
function lineAt(text: string, offset: number): number {
  return text.slice(0, offset).split('\n').length;
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/u.exec(message);
    const line = position ? lineAt(text, Number(position[1])) : undefined;
    throw new KnowledgeError(file, `invalid JSON (${message.replace(/^.*?: /u, '')})`, line);
  }
}

/** The line where a topic's name is written, so an error points at it. */
function lineOfName(text: string, name: unknown): number | undefined {
  if (typeof name !== 'string') return undefined;
  const offset = text.indexOf(JSON.stringify(name));
  return offset === -1 ? undefined : lineAt(text, offset);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function bilingual(value: unknown): { en: string; fr: string } | null {
  if (!isRecord(value) || typeof value.en !== 'string' || typeof value.fr !== 'string') return null;
  return { en: value.en.trim(), fr: value.fr.trim() };
}

/**
 * Reads `topics.json`: `{ "topics": [{ name, label: {en, fr}, description: {en, fr}, keywords }] }`.
 * `reserved` are command names the bot already uses, which a topic may not take.
 */
export function parseTopics(file: string, text: string, reserved: ReadonlySet<string>): Topic[] {
  const data = parseJson(file, text);
  const list = isRecord(data) ? data.topics : undefined;
  if (!Array.isArray(list)) throw new KnowledgeError(file, 'expected { "topics": [ … ] }');
  const seen = new Set<string>();
  return list.map((entry: unknown, index) => {
    const where = (problem: string, name?: unknown): KnowledgeError =>
      new KnowledgeError(file, `topic ${index + 1}: ${problem}`, lineOfName(text, name));
    if (!isRecord(entry)) throw where('must be an object');
    const { name } = entry;
    if (typeof name !== 'string' || !COMMAND_NAME.test(name)) {
      throw where(
        `name ${JSON.stringify(name)} is not a valid Discord command name (1–32 lowercase letters, digits, - or _)`,
        name,
      );
    }
    if (reserved.has(name)) throw where(`name "${name}" is already a built-in command`, name);
    if (seen.has(name)) throw where(`name "${name}" is used twice`, name);
    seen.add(name);
    const label = bilingual(entry.label);
    const description = bilingual(entry.description);
    if (label === null) throw where('label must be { "en": "…", "fr": "…" }', name);
    if (description === null) throw where('description must be { "en": "…", "fr": "…" }', name);
    for (const text of [description.en, description.fr]) {
      if (text.length === 0 || text.length > DESCRIPTION_MAX) {
        throw where(`description must be 1–${DESCRIPTION_MAX} characters`, name);
      }
    }
    const { keywords } = entry;
    if (
      !Array.isArray(keywords) ||
      keywords.length === 0 ||
      !keywords.every((keyword) => typeof keyword === 'string' && keyword.trim() !== '')
    ) {
      throw where('keywords must be a non-empty list of words', name);
    }
    return { name, label, description, keywords: keywords.map((keyword) => keyword.trim()) };
  });
}

/**
 * Reads `glossary.json`: `{ "overdose": ["surdose"], "ai": ["ia", "intelligence artificielle"] }`.
 * Each entry is a group of words that mean the same; the search treats them as one.
 */
export function parseGlossary(file: string, text: string): Glossary {
  const data = parseJson(file, text);
  if (!isRecord(data)) throw new KnowledgeError(file, 'expected { "word": ["synonym", …], … }');
  const glossary = new Map<string, string[]>();
  for (const [word, synonyms] of Object.entries(data)) {
    if (word.startsWith('$')) continue; // "$comment" and the like document the file.
    if (
      !Array.isArray(synonyms) ||
      !synonyms.every((synonym) => typeof synonym === 'string' && synonym.trim() !== '')
    ) {
      throw new KnowledgeError(
        file,
        `"${word}" must map to a list of words`,
        lineOfName(text, word),
      );
    }
    glossary.set(word, synonyms);
  }
  return glossary;
}
