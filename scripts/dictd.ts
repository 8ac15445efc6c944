/**
 * Reading Debian's dictd dictionaries (FreeDict), shared by the scripts that build the lexicon:
 * each entry's headword and its translations by sense, cleaned of what a search cannot use.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { fold as foldText } from '../src/search/normalize.ts';

const DICTD = '/usr/share/dictd';
/** Words a headword or a gloss may have at most. */
export const MAX_WORDS = 3;

/** Folded as the engine folds its articles, with the dictionaries' dashes and apostrophes plain. */
export const fold = (text: string): string =>
  foldText(text.replace(/[‐‑–—]/gu, '-').replace(/’/gu, "'"));

/** dictd's index offsets are base 64 over this alphabet. */
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const decode64 = (text: string): number =>
  [...text].reduce((value, letter) => value * 64 + BASE64.indexOf(letter), 0);

export interface Entry {
  headword: string;
  /** Translations by sense, in the dictionary's order. */
  senses: string[][];
}

/** A headword worth a key: a word or short phrase, not an abbreviation (`ABC`, `U.S.A.`). */
export function usableHeadword(headword: string): boolean {
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
export function readDictionary(name: string): Entry[] {
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
    // `abandonner /abɑ̃dɔne/ <v>`: the headword is what comes before the pronunciation, of which
    // WikDict may give several (`bois /bwa/ /bwɑ/ <n, masc>`), each to be dropped.
    const headword = first.replace(/(\s*\/[^/]*\/)*\s*(<[^>]*>)?\s*$/u, '').trim();
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

export function packageVersion(name: string): string {
  // dpkg-query's own format placeholder, not a template string.
  const format = ['$', '{Version}'].join('');
  return execFileSync('dpkg-query', ['-W', '-f', format, name], { encoding: 'utf8' });
}

/**
 * Drops the folded words that are headwords of both dictionaries with unrelated meanings: those
 * whose entries share no translation and neither of which translates the word as itself
 * (`question` → `question` is a word both languages share).
 */
export function dropFalseFriends(
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
      englishMeanings.includes(key) ||
      // One step of translation joins the two senses: French `automobile` → `car`, English
      // `automobile` → `voiture`, and `voiture` → `car`.
      englishMeanings.some((meaning) =>
        fraEng.get(meaning)?.some((back) => frenchMeanings.includes(back)),
      );
    if (related) continue;
    french.delete(key);
    english.delete(key);
    dropped.push(key);
  }
  return dropped;
}

/**
 * Writes a lexicon file: both directions with their keys sorted and translations joined by `|`,
 * and where they come from (the Debian packages and their versions).
 */
export function writeLexicon(
  output: URL,
  comment: string,
  packages: string[],
  french: Map<string, string[]>,
  english: Map<string, string[]>,
): void {
  const sorted = (map: Map<string, string[]>): Record<string, string> =>
    Object.fromEntries(
      [...map].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, v.join('|')]),
    );
  const lexicon = {
    $comment: comment,
    source: packages.map((name) => `${name} ${packageVersion(name)}`).join(', '),
    fr: sorted(french),
    en: sorted(english),
  };
  writeFileSync(output, `${JSON.stringify(lexicon, null, 2)}\n`);
}

/**
 * Writes a forms file (`fr-forms.json`, `en-forms.json`): each form that is the form of one
 * headword only, with that headword, sorted; returns how many forms and headwords it kept.
 */
export function writeForms(
  output: URL,
  comment: string,
  source: string,
  formsOf: Map<string, Set<string>>,
): string {
  const forms = [...formsOf]
    .filter(([, of]) => of.size === 1)
    .map(([form, of]) => [form, [...of][0] ?? ''] as const)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  const file = { $comment: comment, source, forms: Object.fromEntries(forms) };
  writeFileSync(output, `${JSON.stringify(file, null, 2)}\n`);
  return `${forms.length} forms of ${new Set(forms.map(([, of]) => of)).size} headwords`;
}
