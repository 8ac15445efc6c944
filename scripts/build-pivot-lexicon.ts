/**
 * `npm run build:lexicon` (third step): rebuilds `src/search/lexicon/fr-en-wikdict.json`, French↔
 * English translations found through three other languages, from Debian's FreeDict dictionaries
 * made by WikDict from Wiktionary (`apt-get install -y dict-freedict-fra-fin dict-freedict-fin-eng
 * dict-freedict-fra-pol dict-freedict-pol-eng dict-freedict-fra-ell dict-freedict-ell-eng
 * dict-freedict-fin-fra dict-freedict-pol-fra dict-freedict-ell-fra dict-freedict-eng-fin`).
 *
 * FreeDict's own French–English dictionaries are small (about 8,500 headwords each) and miss common
 * words (`coûter`, `insulaire`). WikDict has no French–English pair in Debian, but has French to
 * Finnish, Polish and Greek, and each of those to English. A word reached through one of them
 * may be another sense of the middle word (`patron` → Finnish `isäntä` → `landlord`); a translation
 * kept must be reached through at least `MIN_PIVOTS` of the three languages, those reached through
 * most first. The English side is the same pairs read the other way.
 *
 * Each middle language's own dictionaries, read back, lead there too: Finnish, Polish and Greek
 * into French (`fin-fra`, `pol-fra`, `ell-fra`) and English into Finnish (`eng-fin`), all WikDict's
 * (`bénévole` → `volunteer`, which the French side alone leaves untranslated). The
 * French headwords only they translate go to `fr-en-wikdict-reverse.json`, which the engine reads
 * after the others, for French words none of them translates, and never as a way back through a
 * translation.
 */
import { readFileSync } from 'node:fs';
import { dropFalseFriends, fold, readDictionary, usableHeadword, writeLexicon } from './dictd.ts';

const readLexiconFile = (url: URL): { fr: Record<string, string> } =>
  JSON.parse(readFileSync(url, 'utf8')) as { fr: Record<string, string> };

const OUTPUT = new URL('../src/search/lexicon/fr-en-wikdict.json', import.meta.url);
const FREEDICT = new URL('../src/search/lexicon/fr-en.json', import.meta.url);
const ENGLISH_WORDS = new URL('../src/search/lexicon/words.en.txt', import.meta.url);
const FRENCH_WORDS = new URL('../src/search/lexicon/words.fr.txt', import.meta.url);
const OUTPUT_REVERSE = new URL('../src/search/lexicon/fr-en-wikdict-reverse.json', import.meta.url);
const PIVOTS = ['fin', 'pol', 'ell'];
const MIN_PIVOTS = 2;
const MAX_TRANSLATIONS = 6;
/**
 * Middle languages whose dictionary from English is WikDict's too (CC BY-SA 3.0): Debian's
 * `eng-pol` and `eng-ell` are FreeDict's older GPL dictionaries, whose license does not combine.
 */
const WIKDICT_FROM_ENGLISH = ['fin'];

/** A dictionary as headword → every translation, folded. */
function translations(name: string): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const { headword, senses } of readDictionary(name)) {
    const known = map.get(headword) ?? new Set<string>();
    for (const sense of senses) for (const gloss of sense) known.add(gloss);
    map.set(headword, known);
  }
  return map;
}

/**
 * A dictionary read the other way: each translation → the headwords it translates. A middle
 * language's own dictionary into French (`fin-fra`) lists, under each of its words, the French
 * words of that sense, as its dictionary into English lists the English ones.
 */
function reversed(name: string): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const [headword, glosses] of translations(name)) {
    for (const gloss of glosses) {
      const known = map.get(gloss) ?? new Set<string>();
      known.add(headword);
      map.set(gloss, known);
    }
  }
  return map;
}

/** Headword → translations maps as one, the translations of all kept. */
function merged(...maps: Map<string, Set<string>>[]): Map<string, Set<string>> {
  const all = new Map<string, Set<string>>();
  for (const map of maps) {
    for (const [headword, glosses] of map) {
      const known = all.get(headword) ?? new Set<string>();
      for (const gloss of glosses) known.add(gloss);
      all.set(headword, known);
    }
  }
  return all;
}

/** French headword → English word → the pivot languages it was reached through. */
type Reached = Map<string, Map<string, Set<string>>>;

/** The French and English headwords' translations that `MIN_PIVOTS` middle languages agree on. */
function agreed(withReverse: boolean): {
  french: Map<string, string[]>;
  english: Map<string, string[]>;
} {
  const reached: Reached = new Map();
  for (const pivot of PIVOTS) {
    const toPivot = withReverse
      ? merged(translations(`freedict-fra-${pivot}`), reversed(`freedict-${pivot}-fra`))
      : translations(`freedict-fra-${pivot}`);
    const toEnglish =
      withReverse && WIKDICT_FROM_ENGLISH.includes(pivot)
        ? merged(translations(`freedict-${pivot}-eng`), reversed(`freedict-eng-${pivot}`))
        : translations(`freedict-${pivot}-eng`);
    for (const [french, middles] of toPivot) {
      if (!usableHeadword(french)) continue;
      for (const middle of middles) {
        for (const english of toEnglish.get(fold(middle)) ?? []) {
          if (english === french) continue;
          const byEnglish = reached.get(french) ?? new Map<string, Set<string>>();
          const pivots = byEnglish.get(english) ?? new Set<string>();
          pivots.add(pivot);
          byEnglish.set(english, pivots);
          reached.set(french, byEnglish);
        }
      }
    }
  }
  const french = new Map<string, string[]>();
  const english = new Map<string, string[]>();
  for (const [headword, byEnglish] of reached) {
    const kept = [...byEnglish]
      .filter(([, pivots]) => pivots.size >= MIN_PIVOTS)
      .sort(([, a], [, b]) => b.size - a.size)
      .map(([word]) => word);
    if (kept.length === 0) continue;
    french.set(headword, kept.slice(0, MAX_TRANSLATIONS));
    for (const word of kept) {
      if (!usableHeadword(word)) continue;
      const back = english.get(word) ?? [];
      if (!back.includes(headword)) back.push(headword);
      english.set(word, back);
    }
  }
  for (const [word, back] of english) english.set(word, back.slice(0, MAX_TRANSLATIONS));
  return { french, english };
}

const forward = agreed(false);
const falseFriends = dropFalseFriends(
  forward.french,
  forward.english,
  forward.french,
  forward.english,
);
const both = agreed(true);
dropFalseFriends(both.french, both.english, both.french, both.english);

/**
 * The French headwords read both ways whose translations neither FreeDict's pair nor the
 * French-side reading gives any (`bénévole` → `volunteer`, `nageur` → `swimmer`). Measured: more
 * translations of words those already translate (`donner` → `deliver`, `salle` → `hall`), and the
 * English side (`heatwave` → `canicule`), let off-topic and trap questions be answered. Nor a
 * French word that is an English word too (`words.en.txt`, built first) and not its own
 * translation: the false friends rule of the other files, which a question's unknown language
 * needs (`barrage` is a dam in French, gunfire in English). And only words French's spelling
 * dictionary lists in lower case (`words.fr.txt`): Wiktionary's names (`thérèse` → `teresa`) would
 * otherwise be dictionary words, never read as a misspelled stop word (`theres`).
 */
const freeDict = readLexiconFile(FREEDICT);
const wordList = (url: URL) => new Set(readFileSync(url, 'utf8').split('\n'));
const englishWords = wordList(ENGLISH_WORDS);
const frenchWords = wordList(FRENCH_WORDS);
const reverseFrench = new Map(
  [...both.french].filter(
    ([headword, words]) =>
      !forward.french.has(headword) &&
      !Object.hasOwn(freeDict.fr, headword) &&
      headword.split(' ').every((word) => frenchWords.has(word)) &&
      (!englishWords.has(headword) || words.includes(headword)),
  ),
);

const forwardPackages = PIVOTS.flatMap((pivot) => [
  `dict-freedict-fra-${pivot}`,
  `dict-freedict-${pivot}-eng`,
]);
writeLexicon(
  OUTPUT,
  'Generated by `npm run build:lexicon` from FreeDict/WikDict dictionaries (CC BY-SA 3.0, from Wiktionary): see README.md beside this file. Keys and translations folded; translations separated by |, those reached through most languages first.',
  forwardPackages,
  forward.french,
  forward.english,
);
writeLexicon(
  OUTPUT_REVERSE,
  'Generated by `npm run build:lexicon` from FreeDict/WikDict dictionaries (CC BY-SA 3.0, from Wiktionary), read both ways: see README.md beside this file. Only French headwords neither fr-en.json nor fr-en-wikdict.json translates; no English side. Keys and translations folded; translations separated by |, those reached through most languages first.',
  [
    ...forwardPackages,
    ...PIVOTS.map((pivot) => `dict-freedict-${pivot}-fra`),
    ...WIKDICT_FROM_ENGLISH.map((pivot) => `dict-freedict-eng-${pivot}`),
  ],
  reverseFrench,
  new Map(),
);
console.log(
  `${forward.french.size} French and ${forward.english.size} English headwords, ${falseFriends.length} false friends left out; read both ways, ${reverseFrench.size} French headwords more`,
);
