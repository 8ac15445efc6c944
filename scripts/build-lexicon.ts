/**
 * `npm run build:lexicon`: rebuilds `src/search/lexicon/fr-en.json`, the French↔English lexicon the
 * search uses to reach an article in the other language, from Debian's FreeDict dictionaries
 * (`apt-get install -y dict-freedict-fra-eng dict-freedict-eng-fra`). Only this script needs
 * them: the generated file is committed, and the bot and tests read that.
 *
 * Each dictionary's entries are kept in the dictionary's order, folded (lowercase, accent-free),
 * without what a search cannot use: pronunciations, parts of speech, domain labels, notes in
 * parentheses, example sentences, abbreviations, glosses of more than three words. Each headword
 * keeps at most `MAX_TRANSLATIONS`, those both dictionaries agree on first. A folded word that is
 * a headword in both languages with unrelated meanings (`pain`, `coin`, `son`) is left out: a
 * question's language is not known, and `pain` would bring `bread` to a question about pain.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fold as foldText } from '../src/search/normalize.ts';

const DICTD = '/usr/share/dictd';
const OUTPUT = new URL('../src/search/lexicon/fr-en.json', import.meta.url);
const PACKAGES = ['dict-freedict-fra-eng', 'dict-freedict-eng-fra'];
const MAX_TRANSLATIONS = 6;
const MAX_WORDS = 3;

/** Folded as the engine folds its articles, with the dictionaries' dashes and apostrophes plain. */
const fold = (text: string): string => foldText(text.replace(/[‐‑–—]/gu, '-').replace(/’/gu, "'"));

/** dictd's index offsets are base 64 over this alphabet. */
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const decode64 = (text: string): number =>
  [...text].reduce((value, letter) => value * 64 + BASE64.indexOf(letter), 0);

interface Entry {
  headword: string;
  /** Translations by sense, in the dictionary's order. */
  senses: string[][];
}

/** A headword worth a key: a word or short phrase, not an abbreviation (`ABC`, `U.S.A.`). */
function usableHeadword(headword: string): boolean {
  if (/[.0-9]|^-|-$/u.test(headword) || headword.split(/\s+/u).length > MAX_WORDS) return false;
  return !(headword.length >= 2 && headword === headword.toUpperCase());
}

/**
 * A gloss as a search may use it: `(act of) loading` → `loading`, `to run` → `run`; undefined for
 * abbreviations, sentences and glosses of more than `MAX_WORDS` words.
 */
function cleanGloss(gloss: string): string | undefined {
  let text = gloss
    .replace(/\([^)]*\)/gu, ' ')
    .replace(/\[[^\]]*\]/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
  text = text.replace(/^to /u, '');
  if (text === '' || /["«»!?;:.0-9/=]|^-|-$/u.test(text)) return undefined;
  if (text.length >= 2 && text === text.toUpperCase() && /\p{L}/u.test(text)) return undefined;
  if (text.split(' ').length > MAX_WORDS) return undefined;
  return fold(text);
}

/** Reads one dictd dictionary: its `.index` names each entry's place in the `.dict.dz`. */
function readDictionary(name: string): Entry[] {
  const text = gunzipSync(readFileSync(`${DICTD}/${name}.dict.dz`));
  const entries: Entry[] = [];
  for (const line of readFileSync(`${DICTD}/${name}.index`, 'utf8').split('\n')) {
    const [, offset, length] = line.split('\t');
    if (offset === undefined || length === undefined || line.startsWith('00database')) continue;
    const start = decode64(offset);
    const [first = '', ...body] = text
      .subarray(start, start + decode64(length))
      .toString('utf8')
      .split('\n');
    // `abandonner /abɑ̃dɔne/ <v>`: the headword is what comes before the pronunciation.
    const headword = first.replace(/\s*(\/[^/]*\/)?\s*(<[^>]*>)?\s*$/u, '').trim();
    if (!usableHeadword(headword)) continue;
    const senses: string[][] = [];
    for (const bodyLine of body) {
      // `2. abandon, forsake`: a numbered sense; indented lines are examples.
      if (/^\s/u.test(bodyLine) || bodyLine.trim() === '') continue;
      const glosses = bodyLine.replace(/^\d+\.\s*/u, '').split(',');
      const sense = glosses.flatMap((gloss) => cleanGloss(gloss) ?? []);
      if (sense.length > 0) senses.push(sense);
    }
    if (senses.length > 0) entries.push({ headword: fold(headword), senses });
  }
  return entries;
}

/** Each folded headword's translations: senses taken in turn, first gloss of each first. */
function byHeadword(entries: Entry[]): Map<string, string[]> {
  const translations = new Map<string, string[]>();
  for (const { headword, senses } of entries) {
    const list = translations.get(headword) ?? [];
    const longest = Math.max(...senses.map((sense) => sense.length));
    for (let rank = 0; rank < longest; rank++) {
      for (const sense of senses) {
        const gloss = sense[rank];
        if (gloss !== undefined && !list.includes(gloss)) list.push(gloss);
      }
    }
    translations.set(headword, list);
  }
  return translations;
}

/**
 * One direction of the lexicon: each headword's own translations, plus those the other
 * dictionary gives the other way (`usine` from `factory → usine`), those both agree on first.
 */
function direction(
  forward: Map<string, string[]>,
  backward: Map<string, string[]>,
): Map<string, string[]> {
  const inverted = new Map<string, string[]>();
  for (const [headword, translations] of backward) {
    for (const translation of translations) {
      const list = inverted.get(translation) ?? [];
      if (!list.includes(headword)) list.push(headword);
      inverted.set(translation, list);
    }
  }
  const merged = new Map<string, string[]>();
  for (const key of new Set([...forward.keys(), ...inverted.keys()])) {
    if (!usableHeadword(key)) continue;
    const own = forward.get(key) ?? [];
    const other = inverted.get(key) ?? [];
    const agreed = own.filter((translation) => other.includes(translation));
    const ordered = [...new Set([...agreed, ...own, ...other])].filter((t) => t !== key);
    if (ordered.length > 0) merged.set(key, ordered.slice(0, MAX_TRANSLATIONS));
  }
  return merged;
}

/**
 * Drops the folded words that are headwords of both dictionaries with unrelated meanings: those
 * whose entries share no translation and neither of which translates the word as itself
 * (`question` → `question` is a word both languages share).
 */
function dropFalseFriends(
  french: Map<string, string[]>,
  english: Map<string, string[]>,
  fraEng: Map<string, string[]>,
  engFra: Map<string, string[]>,
): string[] {
  const dropped: string[] = [];
  for (const [key, frenchMeanings] of fraEng) {
    const englishMeanings = engFra.get(key);
    if (englishMeanings === undefined) continue;
    const related =
      frenchMeanings.some((meaning) => englishMeanings.includes(meaning)) ||
      frenchMeanings.includes(key) ||
      englishMeanings.includes(key);
    if (related) continue;
    french.delete(key);
    english.delete(key);
    dropped.push(key);
  }
  return dropped;
}

function packageVersion(name: string): string {
  // dpkg-query's own format placeholder, not a template string.
  const format = ['$', '{Version}'].join('');
  return execFileSync('dpkg-query', ['-W', '-f', format, name], { encoding: 'utf8' });
}

const fraEng = byHeadword(readDictionary('freedict-fra-eng'));
const engFra = byHeadword(readDictionary('freedict-eng-fra'));
const french = direction(fraEng, engFra);
const english = direction(engFra, fraEng);
const falseFriends = dropFalseFriends(french, english, fraEng, engFra);
const sorted = (map: Map<string, string[]>): Record<string, string> =>
  Object.fromEntries(
    [...map].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, v.join('|')]),
  );
const lexicon = {
  $comment:
    'Generated by `npm run build:lexicon` from FreeDict (GPL-2.0-or-later): see README.md beside this file. Keys and translations folded; translations separated by |, in order of confidence.',
  source: PACKAGES.map((name) => `${name} ${packageVersion(name)}`).join(', '),
  fr: sorted(french),
  en: sorted(english),
};
writeFileSync(OUTPUT, `${JSON.stringify(lexicon, null, 2)}\n`);
console.log(
  `${french.size} French and ${english.size} English headwords, ${falseFriends.length} false friends left out (${falseFriends.slice(0, 8).join(', ')}…)`,
);
