/**
 * What the index's dictionaries give for a phrase the reader typed: the glossary's synonyms and
 * the lexicon's translations, found through the phrase's inflections, its infinitive or its
 * dictionary form.
 */
import { masculinesOf } from './french-genders.ts';
import { lemmaOf } from './lexicon.ts';
import { infinitiveOf, inflectionKey } from './normalize.ts';
import type { SearchIndex } from './search-index.ts';

/**
 * What the glossary gives for a phrase the reader typed (folded content words): its entry, or
 * the entry it is an inflected form of (`téléphoné` → `téléphoner`), or, for one conjugated French
 * verb, its infinitive's entry (`bossent` → `bosser`). Undefined when the glossary does not know it.
 */
export function glossaryEntry(index: SearchIndex, words: string[]): string[][] | undefined {
  return entryOf(index.synonyms, index.synonymsByInflection, words);
}

/** What the lexicon gives for a phrase the reader typed, found as `glossaryEntry` finds it. */
export function lexiconEntry(index: SearchIndex, words: string[]): string[][] | undefined {
  return entryOf(index.translations, index.translationsByInflection, words);
}

/**
 * The first words of the glossary's and lexicon's phrases of two words or more, as written and
 * without inflection, per index: a window of the question whose first word is none of them is
 * no phrase, and is not looked up as one.
 */
const phraseStarts = new WeakMap<SearchIndex, Set<string>>();

/** Whether a glossary or lexicon phrase of two words or more may begin with `word`. */
export function mayStartPhrase(index: SearchIndex, word: string): boolean {
  let starts = phraseStarts.get(index);
  if (starts === undefined) {
    starts = new Set();
    for (const entries of [
      index.synonyms,
      index.synonymsByInflection,
      index.translations,
      index.translationsByInflection,
    ]) {
      for (const key of entries.keys()) {
        const space = key.indexOf(' ');
        if (space > 0) starts.add(key.slice(0, space));
      }
    }
    phraseStarts.set(index, starts);
  }
  return starts.has(word) || starts.has(inflectionKey(word));
}

function entryOf(
  entries: Map<string, string[][]>,
  byInflection: Map<string, string[][]>,
  words: string[],
): string[][] | undefined {
  return entryParts(entries, byInflection, words)?.all;
}

/**
 * The forms of the reader's own word that a lexicon entry was found through (`bossent` →
 * `bosser`): in the question's language, not translations of it.
 */
export function lexiconOwnForms(index: SearchIndex, words: string[]): string[][] {
  return entryParts(index.translations, index.translationsByInflection, words)?.ownForms ?? [];
}

/**
 * An entry's word lists (`all`), with the forms of the phrase it was found through among them
 * when not the phrase itself (`ownForms`).
 */
function entryParts(
  entries: Map<string, string[][]>,
  byInflection: Map<string, string[][]>,
  words: string[],
): { ownForms: string[][]; all: string[][] } | undefined {
  const key = words.join(' ');
  const uninflected = inflectionKey(key);
  // The phrase, a phrase it is an inflection of, or the phrase without its inflection when that is
  // an entry itself (`calls` → `call`, where `call` and `called` share their inflection key).
  const entry = entries.get(key) ?? byInflection.get(uninflected) ?? entries.get(uninflected);
  if (words.length !== 1) return entry && { ownForms: [], all: entry };
  // A French participle folded (`fermé`, `payées`) is spelled as a noun (`ferme`, a farm; `paye`):
  // the verb's translations too, as the reader may mean either.
  const participle = /^(.{3,})ee?s?$/u.exec(key)?.[1];
  const verb = participle === undefined ? undefined : entries.get(`${participle}er`);
  if (entry !== undefined && verb !== undefined) {
    const verbForm = [`${participle}er`];
    return { ownForms: [verbForm], all: [...entry, verbForm, ...verb] };
  }
  if (entry !== undefined) return { ownForms: [], all: entry };
  const infinitive = infinitiveOf(key);
  const conjugated = infinitive === key ? undefined : entries.get(infinitive);
  if (conjugated !== undefined) {
    const own = [infinitive];
    return { ownForms: [own], all: [own, ...conjugated] };
  }
  // A form whose ending the rules cannot undo (`détruits`, `reçus`): its dictionary form's entry;
  // else a French feminine's masculine (`nouvelle` → `nouveau`, `sportive` → `sportif`).
  const lemma = [lemmaOf(key), ...masculinesOf(key)].find(
    (form) => form !== undefined && entries.has(form),
  );
  const lemmaEntry = lemma && entries.get(lemma);
  if (!lemma || !lemmaEntry) return undefined;
  const own = [lemma];
  return { ownForms: [own], all: [own, ...lemmaEntry] };
}
