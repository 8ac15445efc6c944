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
 * read the other way.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dropFalseFriends, fold, usableHeadword, writeLexicon } from './dictd.ts';

const OUTPUT = new URL('../src/search/lexicon/fr-en-apertium.json', import.meta.url);
const APERTIUM = '/usr/share/apertium';
const FRENCH_WORDS = '/usr/share/hunspell/fr.dic';
/** Each middle language's transducers, French to it then it to English, with their packages. */
const PIVOTS = [
  { fromFrench: ['apertium-fr-es', 'fr-es'], toEnglish: ['apertium-eng-spa', 'spa-eng'] },
  { fromFrench: ['apertium-fra-cat', 'fra-cat'], toEnglish: ['apertium-eng-cat', 'cat-eng'] },
  { fromFrench: ['apertium-eo-fr', 'fr-eo'], toEnglish: ['apertium-eo-en', 'eo-en'] },
] as const;
const transducer = ([pkg, name]: readonly [string, string]): string =>
  `${APERTIUM}/${pkg}/${name}.autobil.bin`;
/**
 * The forms a French lemma is looked up in: Apertium's bilingual dictionaries match a word with
 * its whole tag string (`entrepôt<n><m><sg>`), not its part of speech alone.
 */
const FORMS = [
  'n><m><sg',
  'n><f><sg',
  'n><mf><sg',
  'vblex><inf',
  'adj><m><sg',
  'adj><mf><sg',
  'adv',
];
const MIN_PIVOTS = 2;
const MAX_TRANSLATIONS = 6;

/** A word and its tags, as `lt-proc` reads and writes them: `almacén`, `n><m><sg`. */
type Form = readonly [lemma: string, tags: string];

/**
 * Each form's translations through one compiled bilingual dictionary. `lt-proc -b` answers one
 * line per input line, `^word<tags>/translation<tags>/…$`, an `@` marking a word it lacks.
 */
function translate(transducer: string, forms: readonly Form[]): Map<string, Form[]> {
  const input = forms.map(([lemma, tags]) => `^${lemma}<${tags}>$\n`).join('');
  const output = execFileSync('lt-proc', ['-b', transducer], {
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

// The French words to look up: Hunspell's stems written in lowercase letters (names are not).
const lemmas = [
  ...new Set(
    readFileSync(FRENCH_WORDS, 'utf8')
      .split('\n')
      .map((line) => line.split('/')[0]?.trim() ?? '')
      .filter((word) => /^[a-zàâäçéèêëîïôöùûüÿœæ-]{2,}$/u.test(word)),
  ),
].sort();
const forms: Form[] = lemmas.flatMap((lemma) => FORMS.map((tags) => [lemma, tags] as const));

/** Folded French word → folded English word → the middle languages it was reached through. */
const reached = new Map<string, Map<string, Set<string>>>();
for (const { fromFrench, toEnglish } of PIVOTS) {
  const middle = translate(transducer(fromFrench), forms);
  const middles = [...new Map([...middle.values()].flat().map((form) => [form.join('<'), form]))];
  const english = translate(
    transducer(toEnglish),
    middles.map(([, form]) => form),
  );
  for (const [key, translations] of middle) {
    const french = fold(key.slice(0, key.indexOf('<')));
    for (const [word, tags] of translations) {
      for (const [englishWord] of english.get(`${word}<${tags}>`) ?? []) {
        const folded = fold(englishWord);
        if (folded === french || !usableHeadword(folded)) continue;
        const byEnglish = reached.get(french) ?? new Map<string, Set<string>>();
        const pivots = byEnglish.get(folded) ?? new Set<string>();
        pivots.add(fromFrench[1]);
        byEnglish.set(folded, pivots);
        reached.set(french, byEnglish);
      }
    }
  }
}

const french = new Map<string, string[]>();
const english = new Map<string, string[]>();
for (const [headword, byEnglish] of reached) {
  if (!usableHeadword(headword)) continue;
  const kept = [...byEnglish]
    .filter(([, pivots]) => pivots.size >= MIN_PIVOTS)
    .sort(([, a], [, b]) => b.size - a.size)
    .map(([word]) => word);
  if (kept.length === 0) continue;
  french.set(headword, kept.slice(0, MAX_TRANSLATIONS));
  for (const word of kept) {
    const back = english.get(word) ?? [];
    if (!back.includes(headword)) back.push(headword);
    english.set(word, back);
  }
}
for (const [word, back] of english) english.set(word, back.slice(0, MAX_TRANSLATIONS));
const falseFriends = dropFalseFriends(french, english, french, english);

writeLexicon(
  OUTPUT,
  'Generated by `npm run build:lexicon` from Apertium bilingual dictionaries (GPL-2) through Spanish, Catalan and Esperanto: see README.md beside this file. Keys and translations folded; translations separated by |, those reached through most languages first.',
  [
    'lttoolbox',
    'hunspell-fr-classical',
    ...PIVOTS.flatMap((pivot) => [pivot.fromFrench[0], pivot.toEnglish[0]]),
  ],
  french,
  english,
);
console.log(
  `${french.size} French and ${english.size} English headwords, ${falseFriends.length} false friends left out`,
);
