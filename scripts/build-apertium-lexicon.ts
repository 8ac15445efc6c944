/**
 * `npm run build:lexicon` (fourth step): rebuilds `src/search/lexicon/fr-en-apertium.json`,
 * French↔English translations found through Spanish, Catalan and Esperanto in Apertium's
 * bilingual dictionaries (`apt-get install -y lttoolbox hunspell-fr-classical apertium-fr-es
 * apertium-eng-spa apertium-fra-cat apertium-eng-cat apertium-eo-fr apertium-eo-en`).
 *
 * FreeDict's French–English pair and WikDict's pivots miss everyday words of news articles
 * (`entrepôt`, `loyer`, `grève`, `subvention`). Apertium's dictionaries are written for machine
 * translation, where such words come first, but Debian has no Apertium French–English pair.
 * Each French word of the Hunspell dictionary is looked up as a noun, verb, adjective and adverb
 * with `lt-proc -b` (the dictionaries are compiled transducers), and what it gives is looked up in
 * the middle language's English dictionary. As for WikDict, one middle language alone often
 * leads to another sense of its middle word: a translation is kept when at least `MIN_PIVOTS` of
 * the three lead to it, those reached through most first. The English side is the same pairs
 * read the other way, and each English word of the Hunspell dictionary looked up the same way
 * through Spanish and Catalan (Debian has no English→Esperanto→French), both agreeing. Only the
 * headwords FreeDict's and WikDict's files lack are kept: it fills their gaps.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dropFalseFriends, fold, usableHeadword, writeLexicon } from './dictd.ts';

const OUTPUT = new URL('../src/search/lexicon/fr-en-apertium.json', import.meta.url);
const APERTIUM = '/usr/share/apertium';
/** The lexicon files built before this one (`npm run build:lexicon`'s first two steps). */
const KNOWN = ['fr-en.json', 'fr-en-wikdict.json'].map(
  (name) => new URL(`../src/search/lexicon/${name}`, import.meta.url),
);

/** A compiled bilingual dictionary: its Debian package and its name. */
type Transducer = readonly [pkg: string, name: string];
/** A middle language: the dictionary into it, then the one out of it. */
type Pivot = readonly [into: Transducer, outOf: Transducer];

/**
 * One language's side: its Hunspell stems, the tag strings a stem is looked up with (Apertium's
 * dictionaries match a word with its whole tag string, `entrepôt<n><m><sg>`, not its part of
 * speech alone), and its middle languages towards the other language.
 */
interface Side {
  words: string;
  letters: RegExp;
  forms: readonly string[];
  pivots: readonly Pivot[];
}
const FRENCH: Side = {
  words: '/usr/share/hunspell/fr.dic',
  letters: /^[a-zàâäçéèêëîïôöùûüÿœæ-]{2,}$/u,
  forms: ['n><m><sg', 'n><f><sg', 'n><mf><sg', 'vblex><inf', 'adj><m><sg', 'adj><mf><sg', 'adv'],
  pivots: [
    [
      ['apertium-fr-es', 'fr-es'],
      ['apertium-eng-spa', 'spa-eng'],
    ],
    [
      ['apertium-fra-cat', 'fra-cat'],
      ['apertium-eng-cat', 'cat-eng'],
    ],
    [
      ['apertium-eo-fr', 'fr-eo'],
      ['apertium-eo-en', 'eo-en'],
    ],
  ],
};
const ENGLISH: Side = {
  words: '/usr/share/hunspell/en_US.dic',
  letters: /^[a-z-]{2,}$/u,
  forms: ['n><sg', 'vblex><inf', 'adj><sint', 'adj', 'adv'],
  pivots: [
    [
      ['apertium-eng-spa', 'eng-spa'],
      ['apertium-fr-es', 'es-fr'],
    ],
    [
      ['apertium-eng-cat', 'eng-cat'],
      ['apertium-fra-cat', 'cat-fra'],
    ],
  ],
};
/** A middle word given without gender and number (`nuevo<adj>`) is looked up with them too. */
const MIDDLE_ENDINGS = ['', '><m><sg', '><mf><sg', '><f><sg'];
const MIN_PIVOTS = 2;
const MAX_TRANSLATIONS = 6;

/** A word and its tags, as `lt-proc` reads and writes them: `almacén`, `n><m><sg`. */
type Form = readonly [lemma: string, tags: string];

const path = ([pkg, name]: Transducer): string => `${APERTIUM}/${pkg}/${name}.autobil.bin`;

/**
 * Each form's translations through one compiled bilingual dictionary. `lt-proc -b` answers one
 * line per input line, `^word<tags>/translation<tags>/…$`, an `@` marking a word it lacks.
 */
function translate(transducer: Transducer, forms: readonly Form[]): Map<string, Form[]> {
  const input = forms.map(([lemma, tags]) => `^${lemma}<${tags}>$\n`).join('');
  const output = execFileSync('lt-proc', ['-b', path(transducer)], {
    input,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  }).split('\n');
  const translations = new Map<string, Form[]>();
  forms.forEach(([lemma, tags], line) => {
    const [, ...readings] = (output[line] ?? '')
      .trim()
      .replace(/^\^|\$$/gu, '')
      .split('/');
    const found: Form[] = [];
    for (const reading of readings) {
      const match = /^([^<@][^<]*)<(.*)>$/u.exec(reading);
      // `go# down`: `#` marks where a multiword's inflection goes.
      if (match?.[1] !== undefined && match[2] !== undefined)
        found.push([match[1].replace(/#/gu, ''), match[2]]);
    }
    if (found.length > 0) translations.set(`${lemma}<${tags}>`, found);
  });
  return translations;
}

/** Folded word → folded translation → the middle languages that lead to it. */
function throughPivots(side: Side): Map<string, Map<string, Set<string>>> {
  const lemmas = new Set(
    readFileSync(side.words, 'utf8')
      .split('\n')
      .map((line) => line.split('/')[0]?.trim() ?? '')
      .filter((word) => side.letters.test(word)),
  );
  const forms = [...lemmas].flatMap((lemma) => side.forms.map((tags) => [lemma, tags] as const));
  const reached = new Map<string, Map<string, Set<string>>>();
  for (const [into, outOf] of side.pivots) {
    const middle = translate(into, forms);
    const middles = new Map<string, Form>();
    for (const [word, tags] of [...middle.values()].flat()) {
      for (const ending of MIDDLE_ENDINGS)
        middles.set(`${word}<${tags}${ending}>`, [word, tags + ending]);
    }
    const out = translate(outOf, [...middles.values()]);
    for (const [key, translations] of middle) {
      const source = fold(key.slice(0, key.indexOf('<')));
      for (const [word, tags] of translations) {
        for (const ending of MIDDLE_ENDINGS) {
          for (const [target] of out.get(`${word}<${tags}${ending}>`) ?? []) {
            const folded = fold(target);
            if (folded === source || !usableHeadword(folded)) continue;
            const byTarget = reached.get(source) ?? new Map<string, Set<string>>();
            const pivots = byTarget.get(folded) ?? new Set<string>();
            pivots.add(into[1]);
            byTarget.set(folded, pivots);
            reached.set(source, byTarget);
          }
        }
      }
    }
  }
  return reached;
}

/** Each headword's translations that MIN_PIVOTS middle languages lead to, most first. */
function agreed(reached: Map<string, Map<string, Set<string>>>): Map<string, string[]> {
  const kept = new Map<string, string[]>();
  for (const [headword, byTarget] of reached) {
    if (!usableHeadword(headword)) continue;
    const targets = [...byTarget]
      .filter(([, pivots]) => pivots.size >= MIN_PIVOTS)
      .sort(([, a], [, b]) => b.size - a.size)
      .map(([word]) => word);
    if (targets.length > 0) kept.set(headword, targets);
  }
  return kept;
}

const french = agreed(throughPivots(FRENCH));
const english = agreed(throughPivots(ENGLISH));
// The French pairs read the other way, after the English side's own.
for (const [headword, targets] of french) {
  for (const word of targets) {
    const back = english.get(word) ?? [];
    if (!back.includes(headword)) back.push(headword);
    english.set(word, back);
  }
}
for (const map of [french, english])
  for (const [word, targets] of map) map.set(word, targets.slice(0, MAX_TRANSLATIONS));
const falseFriends = dropFalseFriends(french, english, french, english);
// Only the words the other two files lack: theirs are read first, and Apertium's choices for a
// word they know (`foyer` → `home`, where they give `hearth`) would change what it reaches.
for (const file of KNOWN) {
  const known = JSON.parse(readFileSync(file, 'utf8')) as Record<'fr' | 'en', object>;
  for (const word of Object.keys(known.fr)) french.delete(word);
  for (const word of Object.keys(known.en)) english.delete(word);
}

const packages = new Set(
  [FRENCH, ENGLISH].flatMap((side) => side.pivots.flat().map(([pkg]) => pkg)),
);
writeLexicon(
  OUTPUT,
  'Generated by `npm run build:lexicon` from Apertium bilingual dictionaries (GPL-2) through Spanish, Catalan and Esperanto: see README.md beside this file. Keys and translations folded; translations separated by |, those reached through most languages first.',
  ['lttoolbox', 'hunspell-fr-classical', 'hunspell-en-us', ...packages],
  french,
  english,
);
console.log(
  `${french.size} French and ${english.size} English headwords, ${falseFriends.length} false friends left out`,
);
