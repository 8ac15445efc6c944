import { fileURLToPath } from 'node:url';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { buildIndex, type SearchIndex } from '../src/search/search-index.ts';

export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const KNOWLEDGE_DIR = fileURLToPath(new URL('../knowledge', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('./fixtures', import.meta.url));

/** Spaces folded as the question sets define them: regular, no-break and narrow no-break. */
export const foldSpaces = (text: string): string => text.replace(/[\s\u00A0\u202F]+/gu, ' ');

let seedIndex: Promise<SearchIndex> | undefined;
/** The index of the project's own knowledge folder, built once per test file. */
export function loadSeedIndex(): Promise<SearchIndex> {
  seedIndex ??= loadKnowledge(KNOWLEDGE_DIR).then(buildIndex);
  return seedIndex;
}
