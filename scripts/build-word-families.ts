/**
 * `npm run build:lexicon` (seventh step): rebuilds `src/search/lexicon/word-families.json`, the
 * words of one language that are forms of one another (`nouvelle` ↔ `nouveau`, `vendus` ↔
 * `vendre`, `women` ↔ `woman`) or derived from one another (`réparation` ↔ `réparer`, `ventes` ↔
 * `vendre`, `visitors` ↔ `visit`), so that a question in the reader's wording finds the article's.
 * Needs `apt-get install -y lttoolbox apertium-fr-es hunspell-fr-classical wordnet-base`, and the
 * lexicon files of the first two steps.
 *
 * Words are kept as the engine's stems (`stem`): a family is the stems its forms fall into, and
 * only a family of two stems or more says anything the stemmer does not already (`vendu`, `vend`,
 * `vendr`). Inflection: French from Apertium's generator, each Hunspell stem that is a lexicon
 * headword put in every person, tense, participle, gender and number, a headword's forms being
 * kept even where they are a headword themselves (`nouvelle`, news, is also `nouveau`'s feminine);
 * English from WordNet's lists of irregular forms (`noun.exc`, `verb.exc`, `adj.exc`).
 * Derivation: English from WordNet's derivationally-related-form pointers (`+`); French, which has
 * no such list in Debian, where two French headwords of one beginning are translated by one English
 * word or by two that WordNet relates so (`chauffage` → heating, `chauffer` → heat).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { stem } from '../src/search/normalize.ts';
import { fold, packageVersion } from './dictd.ts';
import { frenchTags, GENERATOR_PACKAGES, generateFrench } from './french-generator.ts';

const OUTPUT = new URL('../src/search/lexicon/word-families.json', import.meta.url);
const LEXICON = ['fr-en.json', 'fr-en-wikdict.json'].map(
  (name) => new URL(`../src/search/lexicon/${name}`, import.meta.url),
);
const WORDNET = '/usr/share/wordnet';
const PACKAGES = [...GENERATOR_PACKAGES, 'wordnet-base'];

/**
 * Letters two words must begin with alike to be read as derived from one another: a shared
 * translation alone joins synonyms (`vente`, `solde`); a shared beginning keeps the ones built on
 * one root (`vente`, `vendre`). Three letters only where both words are short.
 */
const sameRoot = (a: string, b: string): boolean => {
  let shared = 0;
  while (shared < a.length && a[shared] === b[shared]) shared++;
  return shared >= 4 || (shared >= 3 && Math.max(a.length, b.length) <= 6);
};
/**
 * Whether two words' stems begin alike for three quarters of the shorter: a shared translation
 * and beginning still join words of two roots (`remporter`, `remplir`), a derivation keeps its
 * root's stem whole or nearly (`chauffage`, `chauffer`; `construction`, `construire`).
 */
const sameStem = (a: string, b: string): boolean => {
  const [x, y] = [stem(a), stem(b)];
  let shared = 0;
  while (shared < x.length && x[shared] === y[shared]) shared++;
  return shared >= 0.75 * Math.min(x.length, y.length);
};
const isWord = (word: string): boolean => /^[a-z]{3,}$/u.test(word);

/**
 * A language's families (the stems of one headword's forms, the headword's first) and derivations
 * (two stems).
 */
class Families {
  /**
   * @param shortStemFine whether a word of four letters, its own stem, may be linked (`wind` ↔
   * `windy`): for English, where it is no French word or stem.
   */
  constructor(shortStemFine: (stem: string) => boolean = () => false) {
    this.shortStemFine = shortStemFine;
  }
  private readonly shortStemFine: (stem: string) => boolean;
  readonly families: string[][] = [];
  /** Stems of the lexicon's headwords (`nouvelle`, `part`): words of their own. */
  readonly wholeWords = new Set<string>();
  readonly links = new Map<string, Set<string>>();
  addFamily(headword: string, forms: Iterable<string>): void {
    const stems = new Set([stem(headword), ...[...forms].map(stem)]);
    if (stems.size > 1) this.families.push([...stems]);
  }
  /**
   * A derivation between two words, kept when both stems have five letters or more: a shorter
   * stem is as often a word of the other language (English `payee`'s `paye`, French `payé`).
   * A word of four letters that is its own stem is enough where the language's own test says it
   * is no such word (English `wind` ↔ `windy`, `year` ↔ `yearly`: no French word).
   */
  link(a: string, b: string): void {
    // A word of four letters that is its own stem (`wind`, not `answering`'s `answ`).
    const shortWords = new Set([a, b].filter((word) => word.length === 4 && stem(word) === word));
    const [from, to] = [stem(a), stem(b)].sort();
    if (from === undefined || to === undefined || from === to) return;
    const longEnough = (x: string) => x.length >= 5 || (shortWords.has(x) && this.shortStemFine(x));
    if (!longEnough(from) || !longEnough(to)) return;
    this.links.get(from)?.add(to) ?? this.links.set(from, new Set([to]));
  }
  /**
   * A form's stem shared by two headwords' families belongs to the one it is the headword of
   * (`repar` is `réparer`'s, not `repartir`'s `repars`), and to none where it is neither's. A form
   * that is also a word of its own (`nouvelle`, news, and `nouveau`'s feminine; `part`, a share,
   * and `partir`'s `il part`) is kept marked `*`: the engine weighs it less.
   */
  toJson() {
    const heads = new Set(this.families.map(([head]) => head));
    const familiesOf = new Map<string, number>();
    for (const family of this.families) {
      for (const member of family) familiesOf.set(member, (familiesOf.get(member) ?? 0) + 1);
    }
    const kept = this.families
      .map(([head = '', ...members]) => [
        head,
        ...members.flatMap((member) =>
          heads.has(member)
            ? []
            : this.wholeWords.has(member)
              ? [`*${member}`]
              : familiesOf.get(member) === 1
                ? [member]
                : [],
        ),
      ])
      .filter((family) => family.length > 1);
    const inflections = [...new Set(kept.map((family) => family.join(' ')))];
    const derivations = [...this.links].flatMap(([from, tos]) =>
      [...tos].map((to) => `${from} ${to}`),
    );
    return { inflections: inflections.sort(), derivations: derivations.sort() };
  }
}

const files = LEXICON.map(
  (url) =>
    JSON.parse(readFileSync(url, 'utf8')) as {
      fr: Record<string, string>;
      en: Record<string, string>;
    },
);

/**
 * French words and their stems, folded (`words.fr.txt`, the second step's list from Hunspell): an
 * English stem of four letters that is one of them may be read in a French article.
 */
const frenchWords = new Set(
  readFileSync(new URL('../src/search/lexicon/words.fr.txt', import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#')),
);

// English: WordNet's synsets, read once for the irregular forms' headwords and the derivations.
const english = new Families((shortStem) => !frenchWords.has(shortStem));
for (const file of files) {
  for (const headword of Object.keys(file.en)) {
    if (isWord(headword)) english.wholeWords.add(stem(headword));
  }
}
for (const list of ['noun.exc', 'verb.exc', 'adj.exc']) {
  const lemmaForms = new Map<string, Set<string>>();
  for (const line of readFileSync(`${WORDNET}/${list}`, 'utf8').split('\n')) {
    const [form, ...bases] = line.trim().split(' ');
    if (form === undefined || !isWord(form)) continue;
    for (const base of bases.filter(isWord)) {
      lemmaForms.get(base)?.add(form) ?? lemmaForms.set(base, new Set([form]));
    }
  }
  for (const [headword, forms] of lemmaForms) english.addFamily(headword, forms);
}
/** `pos offset` → the synset's words, in order. */
const synsetWords = new Map<string, string[]>();
const pointers: [from: string, word: number, to: string, toWord: number][] = [];
for (const pos of ['noun', 'verb', 'adj', 'adv']) {
  for (const line of readFileSync(`${WORDNET}/data.${pos}`, 'utf8').split('\n')) {
    if (line.startsWith(' ') || line === '') continue;
    const fields = line.split(' | ')[0]?.split(' ') ?? [];
    const [offset, , type, countHex] = fields;
    const count = Number.parseInt(countHex ?? '0', 16);
    const words = Array.from({ length: count }, (_, i) =>
      (fields[4 + i * 2] ?? '').toLowerCase().replace(/\(.*\)$/u, ''),
    );
    const key = `${type === 's' ? 'a' : type} ${offset}`;
    synsetWords.set(key, words);
    let at = 4 + count * 2;
    const pointerCount = Number(fields[at]);
    at++;
    for (let i = 0; i < pointerCount; i++, at += 4) {
      if (fields[at] !== '+') continue;
      const target = `${fields[at + 2] === 's' ? 'a' : fields[at + 2]} ${fields[at + 1]}`;
      const sourceTarget = fields[at + 3] ?? '0000';
      pointers.push([
        key,
        Number.parseInt(sourceTarget.slice(0, 2), 16),
        target,
        Number.parseInt(sourceTarget.slice(2), 16),
      ]);
    }
  }
}
/** English word → the English words WordNet derives from it or it from them. */
const derivedEnglish = new Map<string, Set<string>>();
for (const [from, word, to, toWord] of pointers) {
  const a = synsetWords.get(from)?.[word - 1];
  const b = synsetWords.get(to)?.[toWord - 1];
  if (a === undefined || b === undefined || !isWord(a) || !isWord(b)) continue;
  // WordNet relates `sale` and `sell`, which a French pair of one root may translate (`vente`,
  // `vendre`); in English itself, a link is kept only between words of one beginning.
  if (sameRoot(a, b)) english.link(a, b);
  for (const [x, y] of [
    [a, b],
    [b, a],
  ] as const) {
    derivedEnglish.get(x)?.add(y) ?? derivedEnglish.set(x, new Set([y]));
  }
}

// French inflection: every form of each headword, from Apertium's generator.
const frenchHeadwords = new Set(files.flatMap((file) => Object.keys(file.fr)));
const formsOf = new Map<string, Set<string>>();
for (const [lemma, form] of generateFrench(frenchHeadwords, frenchTags(['sg', 'pl']))) {
  const headword = fold(lemma);
  formsOf.get(headword)?.add(fold(form)) ?? formsOf.set(headword, new Set([fold(form)]));
}
const french = new Families();
for (const headword of frenchHeadwords) if (isWord(headword)) french.wholeWords.add(stem(headword));
for (const [headword, forms] of formsOf) french.addFamily(headword, forms);

// French derivation: two headwords of one root whose translations are one English word, or two
// that WordNet derives from one another. FreeDict's translations only (GPL-2+, as Apertium's
// data): WikDict's are CC BY-SA 3.0, which does not combine with the GPL.
const englishOf = new Map<string, Set<string>>();
const frenchOf = new Map<string, Set<string>>();
const translate = (frenchWord: string, englishWord: string) => {
  if (!isWord(frenchWord) || !isWord(englishWord)) return;
  englishOf.get(frenchWord)?.add(englishWord) ?? englishOf.set(frenchWord, new Set([englishWord]));
  frenchOf.get(englishWord)?.add(frenchWord) ?? frenchOf.set(englishWord, new Set([frenchWord]));
};
for (const file of files.slice(0, 1)) {
  for (const [word, glosses] of Object.entries(file.fr)) {
    for (const gloss of glosses.split('|')) translate(word, gloss);
  }
  for (const [word, glosses] of Object.entries(file.en)) {
    for (const gloss of glosses.split('|')) translate(gloss, word);
  }
}
for (const [word, translations] of englishOf) {
  for (const translation of translations) {
    for (const reached of [translation, ...(derivedEnglish.get(translation) ?? [])]) {
      for (const other of frenchOf.get(reached) ?? []) {
        if (other !== word && sameRoot(word, other) && sameStem(word, other))
          french.link(word, other);
      }
    }
  }
}

const file = {
  $comment:
    'Generated by `npm run build:lexicon` from Apertium’s French generator (GPL-2), WordNet 3.0 (WordNet 3.0 license) and the French–English lexicon: see README.md beside this file. Stems (`stem` of src/search/normalize.ts): each inflection a family of stems, each derivation two stems.',
  source: PACKAGES.map((name) => `${name} ${packageVersion(name)}`).join(', '),
  fr: french.toJson(),
  en: english.toJson(),
};
writeFileSync(OUTPUT, `${JSON.stringify(file)}\n`);
for (const language of ['fr', 'en'] as const) {
  console.log(
    `${language}: ${file[language].inflections.length} inflection families, ${file[language].derivations.length} derivations`,
  );
}
