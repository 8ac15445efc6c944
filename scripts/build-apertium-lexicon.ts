/**
 * `npm run build:lexicon` (ninth step): rebuilds `src/search/lexicon/fr-en-apertium.json`, French↔
 * English translations found through the bilingual dictionaries of Apertium's translation pairs,
 * as Debian packages them compiled (`apt-get install -y lttoolbox apertium-fr-es apertium-eng-spa
 * apertium-eo-fr apertium-eo-en hunspell-fr-classical hunspell-en-us`).
 *
 * FreeDict and WikDict miss plain words of local news (`mairie`, `salarié`, `barrage`, `fermeture`;
 * `staff`, `closure`, `household`). Apertium has no French–English pair in Debian, but French to
 * Spanish and Esperanto, and each of those to English, written for translating running text: each
 * word has one default translation, its most usual sense. A pair is read three ways: French →
 * Spanish → English, French → Esperanto → English, and English → Spanish → French. A pair is kept
 * when it is reached through both middle languages: one alone may go through another sense of its
 * middle word (`barrage` → Esperanto `baraĵo` → `prey`; `barrage` → Spanish `embalse` →
 * `reservoir`, and back), and both Spanish ways often through the same one.
 *
 * Words put through: the Hunspell dictionaries' stems that Apertium's own analyser reads as a
 * noun, verb or adjective in their dictionary form (CONTENT_TAGS; no names).
 */
import { readFileSync } from 'node:fs';
import { APERTIUM, HUNSPELL, ltProc, outputsOf } from './apertium.ts';
import { dropFalseFriends, fold, MAX_WORDS, writeLexicon } from './dictd.ts';

const OUTPUT = new URL('../src/search/lexicon/fr-en-apertium.json', import.meta.url);
/** Middle languages a pair must be reached through. */
const MIN_PIVOTS = 2;
const MAX_TRANSLATIONS = 6;
/** Apertium's parts of speech worth translating: noun, verb, adjective. */
const CONTENT_TAGS = new Set(['n', 'vblex', 'adj']);
/**
 * The lexicon files read before this one: a headword they translate keeps their translations
 * alone, Apertium's only filling their gaps (its one default sense would add a second reading to
 * words FreeDict and WikDict already know: `dépense` → `cost`, then `coûter` → `dépense`).
 */
const EARLIER = ['fr-en.json', 'fr-en-wikdict.json'].map(
  (file) =>
    JSON.parse(readFileSync(new URL(`../src/search/lexicon/${file}`, import.meta.url), 'utf8')) as {
      fr: Record<string, string>;
      en: Record<string, string>;
    },
);
const known = (language: 'fr' | 'en', headword: string): boolean =>
  EARLIER.some((file) => Object.hasOwn(file[language], headword));

/** One way from a language to the other: its analyser, then bilingual dictionaries in turn. */
interface Route {
  name: string;
  /** The middle language. */
  pivot: string;
  from: 'fr' | 'en';
  analyser: string;
  dictionaries: string[];
}

const ROUTES: Route[] = [
  {
    name: 'fr-es-en',
    pivot: 'es',
    from: 'fr',
    analyser: 'apertium-fr-es/fr-es.automorf.bin',
    dictionaries: ['apertium-fr-es/fr-es.autobil.bin', 'apertium-eng-spa/spa-eng.autobil.bin'],
  },
  {
    name: 'fr-eo-en',
    pivot: 'eo',
    from: 'fr',
    analyser: 'apertium-eo-fr/fr-eo.automorf.bin',
    dictionaries: ['apertium-eo-fr/fr-eo.autobil.bin', 'apertium-eo-en/eo-en.autobil.bin'],
  },
  {
    name: 'en-es-fr',
    pivot: 'es',
    from: 'en',
    analyser: 'apertium-eng-spa/eng-spa.automorf.bin',
    dictionaries: ['apertium-eng-spa/eng-spa.autobil.bin', 'apertium-fr-es/es-fr.autobil.bin'],
  },
];
const PACKAGES = [
  'apertium-fr-es',
  'apertium-eng-spa',
  'apertium-eo-fr',
  'apertium-eo-en',
  'hunspell-fr-classical',
  'hunspell-en-us',
];

/** Lower-case Hunspell stems, as written. */
function stems(file: string): string[] {
  const [, ...lines] = readFileSync(`${HUNSPELL}/${file}`, 'utf8').split('\n');
  const all = new Set<string>();
  for (const line of lines) {
    const stem = line.split(/[/\s]/u)[0] ?? '';
    if (stem.length >= 2 && stem === stem.toLowerCase() && /^[\p{L}'’-]+$/u.test(stem))
      all.add(stem);
  }
  return [...all];
}

/** A word in its dictionary form, with the analyser's tags: `^entreprise<n><f><sg>$`. */
function dictionaryForms(analyser: string, words: string[]): string[] {
  const forms = new Set<string>();
  ltProc([`${APERTIUM}/${analyser}`], words).forEach((line, i) => {
    for (const analysis of outputsOf(line)) {
      const lemma = analysis.replace(/<.*$/u, '');
      const tag = /<([^>]+)>/u.exec(analysis)?.[1] ?? '';
      if (lemma === words[i] && CONTENT_TAGS.has(tag)) forms.add(analysis);
    }
  });
  return [...forms];
}

/** Esperanto's dictionaries name a verb by its transitivity, Apertium's others `vblex`. */
const VERB_TAGS = /<(vbtr_ntr|vbtr|vbntr|vbser|vbhaver|vbmod)>/u;

/** Each tagged word's translations through one bilingual dictionary, tagged. */
function translate(dictionary: string, tagged: string[]): Map<string, string[]> {
  const path = `${APERTIUM}/${dictionary}`;
  const result = new Map<string, string[]>();
  const unknownVerbs: string[] = [];
  ltProc(
    ['-b', path],
    tagged.map((word) => `^${word}$`),
  ).forEach((line, i) => {
    const word = tagged[i] ?? '';
    const outputs = outputsOf(line);
    if (outputs.length > 0) result.set(word, outputs);
    else if (VERB_TAGS.test(word)) unknownVerbs.push(word);
  });
  const retried = unknownVerbs.map((word) => `^${word.replace(VERB_TAGS, '<vblex>')}$`);
  ltProc(['-b', path], retried).forEach((line, i) => {
    const outputs = outputsOf(line);
    if (outputs.length > 0) result.set(unknownVerbs[i] ?? '', outputs);
  });
  return result;
}

/** A tagged dictionary word as the lexicon writes it: `give# back<vblex>…` → `give back`. */
function plain(tagged: string): string | undefined {
  const text = fold(tagged.replace(/<.*$/u, '').replace(/#/gu, '')).replace(/\s+/gu, ' ').trim();
  if (text === '' || /[.0-9_]/u.test(text) || text.split(' ').length > MAX_WORDS) return undefined;
  return text;
}

/** French word → English word → the middle languages it is reached through. */
const reached = new Map<string, Map<string, Set<string>>>();
/** The pairs an English word's own default translation gives (`english french`): English → French. */
const englishDefaults = new Set<string>();
const words = { fr: stems('fr.dic'), en: stems('en_US.dic') };
for (const route of ROUTES) {
  let layer = new Map<string, Set<string>>();
  for (const form of dictionaryForms(route.analyser, words[route.from]))
    layer.set(form, new Set([form]));
  for (const dictionary of route.dictionaries) {
    const middles = [...new Set([...layer.values()].flatMap((set) => [...set]))];
    const translated = translate(dictionary, middles);
    const next = new Map<string, Set<string>>();
    for (const [origin, set] of layer) {
      const outputs = [...set].flatMap((middle) => translated.get(middle) ?? []);
      if (outputs.length > 0) next.set(origin, new Set(outputs));
    }
    layer = next;
  }
  let pairs = 0;
  for (const [origin, outputs] of layer) {
    const source = plain(origin);
    if (source === undefined) continue;
    for (const output of outputs) {
      const target = plain(output);
      if (target === undefined || target === source) continue;
      const [french, english] = route.from === 'fr' ? [source, target] : [target, source];
      const byEnglish = reached.get(french) ?? new Map<string, Set<string>>();
      const pivots = byEnglish.get(english) ?? new Set<string>();
      pivots.add(route.pivot);
      if (route.from === 'en') englishDefaults.add(`${english} ${french}`);
      byEnglish.set(english, pivots);
      reached.set(french, byEnglish);
      pairs++;
    }
  }
  console.log(`${route.name}: ${pairs} pairs`);
}

const french = new Map<string, string[]>();
const english = new Map<string, string[]>();
for (const [headword, byEnglish] of reached) {
  const kept = [...byEnglish]
    .filter(([, pivots]) => pivots.size >= MIN_PIVOTS)
    .map(([word]) => word);
  if (kept.length === 0) continue;
  if (!known('fr', headword)) french.set(headword, kept.slice(0, MAX_TRANSLATIONS));
  // A French word the earlier files lack is one they could not give any English word either
  // (`berger` for `shepherd`, which FreeDict translates `pasteur`): its pair is read the other way
  // too, after the earlier files' translations of the English word, where it is also the English
  // word's own usual translation (not `open` → `écarquiller`, a rare French word for one sense).
  const newFrench = !known('fr', headword);
  for (const word of kept) {
    if (known('en', word) && !(newFrench && englishDefaults.has(`${word} ${headword}`))) continue;
    const back = english.get(word) ?? [];
    if (!back.includes(headword)) back.push(headword);
    english.set(word, back);
  }
}
for (const [word, back] of english) english.set(word, back.slice(0, MAX_TRANSLATIONS));
// A new headword may be a word of the other language the earlier files know (`location`).
const earlier = (language: 'fr' | 'en'): Map<string, string[]> => {
  const all = new Map<string, string[]>();
  for (const file of EARLIER)
    for (const [key, glosses] of Object.entries(file[language]))
      all.set(key, [...(all.get(key) ?? []), ...glosses.split('|')]);
  return all;
};
const withEarlier = (language: 'fr' | 'en', added: Map<string, string[]>) => {
  const all = earlier(language);
  for (const [key, glosses] of added) all.set(key, [...(all.get(key) ?? []), ...glosses]);
  return all;
};
const falseFriends = [
  ...dropFalseFriends(french, english, french, withEarlier('en', english)),
  ...dropFalseFriends(french, english, withEarlier('fr', french), english),
];

writeLexicon(
  OUTPUT,
  "Generated by `npm run build:lexicon` from Apertium's bilingual dictionaries (GPL-2): see README.md beside this file. Keys and translations folded; translations separated by |, each reached through both Spanish and Esperanto.",
  PACKAGES,
  french,
  english,
);
console.log(
  `${french.size} French and ${english.size} English headwords, ${falseFriends.length} false friends left out`,
);
