/**
 * `npm run build:lexicon` (fifth step): rebuilds `src/search/lexicon/thesaurus.json`, words of
 * one language that mean the same (`grownup` ↔ `adult`, `illimite` ↔ `infini`), folded, so that a
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

/** How many of a word's most frequent senses (per part of speech) may give it a synonym. */
const WORDNET_SENSES = 1;
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
  // Synset offset → its words, per part of speech; lemma → its synsets' offsets, most frequent first.
  const table = new Map<string, string[]>();
  for (const pos of ['noun', 'verb', 'adj', 'adv']) {
    const synsetWords = new Map<string, string[]>();
    for (const line of readFileSync(`${WORDNET}/data.${pos}`, 'utf8').split('\n')) {
      if (line === '' || line.startsWith('  ')) continue;
      const fields = line.split(' ');
      const count = Number.parseInt(fields[3] ?? '0', 16);
      const words: string[] = [];
      for (let i = 0; i < count; i++) {
        // Adjectives may carry their position: `galore(ip)`.
        // Names (`Interahamwe`, `FAR`) are capitalized: left out, as `far` is no name.
        const written = (fields[4 + 2 * i] ?? '').replace(/\(.*\)$/u, '');
        if (written === written.toLowerCase()) words.push(written);
      }
      synsetWords.set(fields[0] ?? '', words);
    }
    const firstSenses = new Map<string, Set<string>>();
    for (const line of readFileSync(`${WORDNET}/index.${pos}`, 'utf8').split('\n')) {
      if (line === '' || line.startsWith('  ')) continue;
      const fields = line.trim().split(' ');
      const synsetCount = Number(fields[2]);
      const offsets = fields.slice(fields.length - synsetCount);
      firstSenses.set(fields[0] ?? '', new Set(offsets.slice(0, WORDNET_SENSES)));
    }
    for (const [lemma, offsets] of firstSenses) {
      const word = usableWord(lemma);
      if (word === undefined) continue;
      for (const offset of offsets) {
        for (const other of synsetWords.get(offset) ?? []) {
          const otherWord = usableWord(other);
          if (otherWord === undefined || !firstSenses.get(other)?.has(offset)) continue;
          link(table, word, otherWord);
        }
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
