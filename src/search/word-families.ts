import { type Language, readLexiconJson } from './lexicon.ts';
import { stem } from './normalize.ts';

/**
 * Words of one language that are forms of one another (`nouvelle` ↔ `nouveau`, `vendus` ↔
 * `vendre`, `women` ↔ `woman`) or derived from one another (`chauffage` ↔ `chauffer`,
 * `construction` ↔ `construire`, `visitors` ↔ `visit`), as the engine's stems:
 * `src/search/lexicon/word-families.json`, from Apertium's French generator, WordNet and the
 * French–English lexicon by `npm run build:lexicon` (see its README). A reader paraphrases: the
 * question's word is often another form, or another part of speech, of the article's.
 */

/** A word's related stems, the stem of the word itself left out. */
export interface RelatedStems {
  /** Stems of the word's other forms: the same word, inflected. */
  inflected: readonly string[];
  /**
   * Stems of the word's other forms where the word or the form is also a word of its own
   * (`nouvelle`, news, for `nouveau`; `part`, a share, for `partir`): less sure.
   */
  wordForms: readonly string[];
  /** Stems of the words derived from it or it from them, and of their forms: a related word. */
  derived: readonly string[];
}

interface FamiliesFile {
  fr: LanguageFamilies;
  en: LanguageFamilies;
}
interface LanguageFamilies {
  /**
   * Each a headword's stem, then its forms' stems, space-separated; `*` marks a form that is a
   * headword of its own too.
   */
  inflections: string[];
  /** Each two stems, space-separated. */
  derivations: string[];
}

interface Tables {
  familiesOf: Map<string, string[][]>;
  derivedOf: Map<string, string[]>;
}

let tables: Record<Language, Tables> | undefined;

/** The families file as look-ups, read on first use (a few hundred kilobytes, once). */
function readTables(): Record<Language, Tables> {
  if (tables !== undefined) return tables;
  const file = readLexiconJson<FamiliesFile>('word-families.json');
  tables = { fr: tablesOf(file.fr), en: tablesOf(file.en) };
  return tables;
}

function tablesOf(language: LanguageFamilies): Tables {
  const familiesOf = new Map<string, string[][]>();
  const derivedOf = new Map<string, string[]>();
  for (const line of language.inflections) {
    const family = line.split(' ');
    for (const marked of family) {
      const member = marked.replace('*', '');
      const known = familiesOf.get(member);
      if (known === undefined) familiesOf.set(member, [family]);
      else known.push(family);
    }
  }
  for (const line of language.derivations) {
    const [a = '', b = ''] = line.split(' ');
    for (const [from, to] of [
      [a, b],
      [b, a],
    ] as const) {
      const known = derivedOf.get(from);
      if (known === undefined) derivedOf.set(from, [to]);
      else known.push(to);
    }
  }
  return { familiesOf, derivedOf };
}

const NO_STEMS: readonly string[] = [];

/**
 * The stems of a word's other forms in one language's families, from the word's stem, as
 * `relatedStems` gives them as `inflected`, for many words at once (every translation of the
 * lexicon, as an index is built): most words have no family, and cost one look-up.
 */
export function inflectedStems(own: string, language: Language): readonly string[] {
  const families = readTables()[language].familiesOf.get(own);
  if (families === undefined) return NO_STEMS;
  const forms = new Set<string>();
  for (const family of families) {
    if (family.includes(`*${own}`)) continue;
    for (const marked of family) if (!marked.startsWith('*') && marked !== own) forms.add(marked);
  }
  return [...forms];
}

const NONE: RelatedStems = { inflected: [], wordForms: [], derived: [] };
const relatedCache = new Map<string, RelatedStems>();
const RELATED_CACHED = 10_000;

/**
 * The stems of a folded word's other forms and of its derived words (see RelatedStems), in the
 * given languages' tables: stems are alike across languages (English `pay`, French `payé`), the
 * families are not.
 */
export function relatedStems(word: string, languages: readonly Language[]): RelatedStems {
  const key = `${languages.join(' ')} ${word}`;
  const cached = relatedCache.get(key);
  if (cached !== undefined) return cached;
  const own = stem(word);
  const inflected = new Set<string>();
  const wordForms = new Set<string>();
  const derived = new Set<string>();
  for (const language of languages) {
    const { familiesOf, derivedOf } = readTables()[language];
    const forms = new Set<string>([own]);
    for (const family of familiesOf.get(own) ?? []) {
      const ownIsWord = family.includes(`*${own}`);
      for (const marked of family) {
        const member = marked.replace('*', '');
        if (ownIsWord || marked !== member) wordForms.add(member);
        else forms.add(member);
      }
    }
    for (const from of forms) {
      inflected.add(from);
      for (const to of derivedOf.get(from) ?? []) {
        derived.add(to);
        for (const family of familiesOf.get(to) ?? []) {
          for (const marked of family) derived.add(marked.replace('*', ''));
        }
      }
    }
  }
  inflected.delete(own);
  for (const member of [own, ...inflected]) wordForms.delete(member);
  for (const member of [own, ...inflected, ...wordForms]) derived.delete(member);
  const related =
    inflected.size + wordForms.size + derived.size === 0
      ? NONE
      : { inflected: [...inflected], wordForms: [...wordForms], derived: [...derived] };
  if (relatedCache.size >= RELATED_CACHED) relatedCache.clear();
  relatedCache.set(key, related);
  return related;
}
