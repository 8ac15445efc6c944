/**
 * `npm run build:lexicon` (sixth step): rebuilds `src/search/lexicon/thesaurus.json`, words of
 * one language that mean the same (`grownup` ↔ `adult`, `illimite` ↔ `immense`), folded, so that a
 * reader's paraphrase reaches the article's own word. English from WordNet
 * (`apt-get install -y wordnet-base`), French from LibreOffice's Dicollecte thesaurus
 * (`apt-get install -y mythes-fr`).
 *
 * A thesaurus lists every sense of a word (`staff`: the employees, a stick, a stave): only
 * synonyms two ways agree on are kept. English: two words sharing a synset that is the first
 * sense of each (WordNet orders a word's senses by how often they are meant), so that `make` is
 * not `earn`, whose shared sense is not `make`'s usual one. French: two words each listing the
 * other, that the French–English lexicon (`fr-en.json`, `fr-en-wikdict.json`) translates by one
 * English word. Single words only; names, stop words and a word's own inflections are left out.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { inflectionKey, STOP_WORDS } from '../src/search/normalize.ts';
import { fold, packageVersion } from './dictd.ts';

/** Synonyms kept per word at most, those of its first senses first. */
const MAX_SYNONYMS = 6;

const WORDNET = '/usr/share/wordnet';
const MYTHES_FR = '/usr/share/mythes/thes_fr.dat';

/** A folded single word of letters, at least three, and no stop word; undefined otherwise. */
function usableWord(text: string): string | undefined {
  const word = fold(text);
  return /^[a-z]{3,}$/u.test(word) && !STOP_WORDS.has(word) ? word : undefined;
}

/** Adds `b` to `a`'s synonyms (and nothing when they are forms of one word). */
function link(table: Map<string, string[]>, a: string, b: string): void {
  if (a === b || inflectionKey(a) === inflectionKey(b)) return;
  const known = table.get(a);
  if (known === undefined) table.set(a, [b]);
  else if (!known.includes(b)) known.push(b);
}

function englishSynonyms(): Map<string, string[]> {
  // Per part of speech: synset offset → its words; lemma → its first sense's synset, and how often
  // the lemma was found meant in that part of speech (WordNet's tagged sense count).
  const parts = ['noun', 'verb', 'adj', 'adv'].map((pos) => {
    const synsetWords = new Map<string, string[]>();
    for (const line of readFileSync(`${WORDNET}/data.${pos}`, 'utf8').split('\n')) {
      if (line === '' || line.startsWith('  ')) continue;
      const fields = line.split(' ');
      const count = Number.parseInt(fields[3] ?? '0', 16);
      const words: string[] = [];
      for (let i = 0; i < count; i++) {
        // Adjectives may carry their position (`galore(ip)`); names (`Interahamwe`, `FAR`) are
        // capitalized and left out, as `far` is no name.
        const written = (fields[4 + 2 * i] ?? '').replace(/\(.*\)$/u, '');
        if (written === written.toLowerCase()) words.push(written);
      }
      synsetWords.set(fields[0] ?? '', words);
    }
    const firstSense = new Map<string, { offset: string; tagged: number }>();
    for (const line of readFileSync(`${WORDNET}/index.${pos}`, 'utf8').split('\n')) {
      if (line === '' || line.startsWith('  ')) continue;
      // lemma pos synset_cnt p_cnt [pointer]… sense_cnt tagsense_cnt offset…
      const fields = line.trim().split(' ');
      const pointers = Number(fields[3]);
      const tagged = Number(fields[5 + pointers]);
      const offsets = fields.slice(fields.length - Number(fields[2]));
      firstSense.set(fields[0] ?? '', { offset: offsets[0] ?? '', tagged });
    }
    return { synsetWords, firstSense };
  });
  // A word's synonyms come from its most often meant part of speech only: `sick` is `ill`, not
  // the verb's `vomit`.
  const tagged = new Map<string, number>();
  for (const { firstSense } of parts) {
    for (const [lemma, sense] of firstSense) {
      tagged.set(lemma, Math.max(tagged.get(lemma) ?? 0, sense.tagged));
    }
  }
  const table = new Map<string, string[]>();
  for (const { synsetWords, firstSense } of parts) {
    for (const [lemma, sense] of firstSense) {
      const word = usableWord(lemma);
      if (word === undefined || sense.tagged < (tagged.get(lemma) ?? 0)) continue;
      for (const other of synsetWords.get(sense.offset) ?? []) {
        const otherWord = usableWord(other);
        if (otherWord === undefined || firstSense.get(other)?.offset !== sense.offset) continue;
        link(table, word, otherWord);
      }
    }
  }
  return table;
}

/** The English translations of each French headword in the lexicon's files, built by the earlier steps. */
const englishOf = new Map<string, Set<string>>();
for (const file of ['fr-en.json', 'fr-en-wikdict.json']) {
  const { fr } = JSON.parse(
    readFileSync(new URL(`../src/search/lexicon/${file}`, import.meta.url), 'utf8'),
  ) as { fr: Record<string, string> };
  for (const word in fr) {
    const known = englishOf.get(word) ?? new Set<string>();
    for (const translation of (fr[word] ?? '').split('|')) known.add(translation);
    englishOf.set(word, known);
  }
}
/** Whether the French lexicon gives two words an English translation in common. */
function sameTranslation(a: string, b: string): boolean {
  const ofB = englishOf.get(b);
  return ofB !== undefined && [...(englishOf.get(a) ?? [])].some((english) => ofB.has(english));
}

function frenchSynonyms(): Map<string, string[]> {
  const lists = new Map<string, string[]>();
  const lines = readFileSync(MYTHES_FR, 'utf8').split('\n');
  // `headword|senses`, then one line per sense: `(Nom)|word|word|…`.
  for (let at = 1; at < lines.length; at++) {
    const [headword, senses] = (lines[at] ?? '').split('|');
    const count = Number(senses);
    if (headword === undefined || !Number.isInteger(count)) continue;
    const word = usableWord(headword);
    for (let sense = 1; sense <= count; sense++) {
      const [, ...synonyms] = (lines[at + sense] ?? '').split('|');
      if (word === undefined) continue;
      const known = lists.get(word) ?? [];
      for (const synonym of synonyms) {
        const other = usableWord(synonym);
        if (other !== undefined && !known.includes(other)) known.push(other);
      }
      lists.set(word, known);
    }
    at += count;
  }
  // Two words each listing the other, to which the French–English lexicon gives an English
  // translation in common: `voiture` and `véhicule`, not `acheter` and `vendre`, which Dicollecte
  // lists together as it lists every sense and neighbour of a word in one cloud.
  const table = new Map<string, string[]>();
  for (const [word, synonyms] of lists) {
    for (const other of synonyms) {
      if (lists.get(other)?.includes(word) && sameTranslation(word, other))
        link(table, word, other);
    }
  }
  return table;
}

const asRecord = (table: Map<string, string[]>): Record<string, string> =>
  Object.fromEntries(
    [...table.keys()]
      .sort()
      .map((word) => [word, (table.get(word) ?? []).slice(0, MAX_SYNONYMS).join('|')]),
  );

const en = englishSynonyms();
const fr = frenchSynonyms();
const output = new URL('../src/search/lexicon/thesaurus.json', import.meta.url);
writeFileSync(
  output,
  `${JSON.stringify(
    {
      $comment:
        'Generated by `npm run build:lexicon` from WordNet (WordNet 3.0 license) and Dicollecte (LGPL-2.1-or-later): see README.md beside this file. Keys and synonyms folded; synonyms separated by |.',
      source: `wordnet-base ${packageVersion('wordnet-base')} and mythes-fr ${packageVersion('mythes-fr')}: see README.md beside this file`,
      en: asRecord(en),
      fr: asRecord(fr),
    },
    null,
    2,
  )}\n`,
);
console.log(`thesaurus: ${en.size} English words, ${fr.size} French words`);
