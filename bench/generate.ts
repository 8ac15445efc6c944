/**
 * Deterministic synthetic knowledge folders for the benchmark: French-like articles in the plain
 * text format (title line, blank line, paragraphs separated by blank lines, short heading lines),
 * with figures, and questions whose expected sentence is known.
 *
 *   npx tsx bench/generate.ts 1000 10000 100000   # writes bench/out/<size>/
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Bump when the output changes, so that folders generated before are rebuilt. */
const GENERATOR_VERSION = 2;
export const DEFAULT_SEED = 20_240_127;
export const OUT_DIR = fileURLToPath(new URL('./out', import.meta.url));
const SENTENCES_PER_ARTICLE = 30;
const CONTENT_WORDS = 5000;
const NAMES = 400;
const QUESTIONS = 300;
const OUT_OF_SCOPE_SHARE = 0.1;

/** A question and the sentence that answers it, verbatim, or null when nothing does. */
export interface BenchQuestion {
  q: string;
  expect: string | null;
}

export interface BenchCorpus {
  dir: string;
  sentences: number;
  articles: number;
  questions: BenchQuestion[];
}

/** mulberry32: a tiny, fast, good-enough 32-bit PRNG. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

class Random {
  readonly next: () => number;
  constructor(next: () => number) {
    this.next = next;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(probability: number): boolean {
    return this.next() < probability;
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)] as T;
  }
}

const fold = (text: string): string =>
  text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/œ/gu, 'oe')
    .replace(/æ/gu, 'ae');

const ONSETS = [
  'b',
  'c',
  'd',
  'f',
  'g',
  'j',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'ch',
  'gr',
  'tr',
  'pr',
  'br',
  'cr',
  'pl',
  'fl',
  'qu',
  'gn',
  'ç',
];
/** Plain vowels are the most common, as in French; `é` often, other accents now and then. */
const VOWELS = [
  ...['a', 'a', 'e', 'e', 'i', 'i', 'o', 'o', 'u', 'ou', 'ai', 'au', 'eu', 'on', 'an', 'in', 'en'],
  ...['oi', 'ie', 'é', 'é', 'é', 'è', 'ê', 'â', 'î', 'ô'],
];
const SUFFIXES = [
  'tion',
  'tions',
  'ment',
  'ments',
  'eur',
  'eurs',
  'ique',
  'iques',
  'ité',
  'age',
  'isme',
  'ance',
  'ence',
  'eux',
  'euse',
  'ier',
  'ière',
  'able',
  'ais',
  'oise',
  'ard',
  'ette',
  'ure',
  'ée',
  'és',
  'er',
  'ir',
  'aient',
  'ait',
  'ant',
];
/** Real French words between the content words; most are stop words for the engine. */
const FUNCTION_WORDS = [
  'le',
  'la',
  'les',
  'de',
  'des',
  'du',
  'un',
  'une',
  'et',
  'à',
  'en',
  'dans',
  'pour',
  'par',
  'sur',
  'avec',
  'qui',
  'que',
  'est',
  'sont',
  'a',
  'ont',
  'ce',
  'cette',
  'il',
  'elle',
  'ils',
  'au',
  'aux',
  'plus',
  'mais',
  'selon',
  'entre',
  'depuis',
  'après',
  'avant',
  'très',
  'déjà',
  'où',
  'été',
  'être',
  'leur',
  'son',
  'ses',
];
const ELIDED: Record<string, string> = { le: 'l’', la: 'l’', de: 'd’', que: 'qu’' };
const MONTHS = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];
const DURATION_UNITS = ['heures', 'jours', 'semaines', 'mois', 'ans', 'années'];
const COUNT_UNITS = ['personnes', 'habitants', 'emplois', 'tonnes', 'ménages', 'élèves', 'décès'];
/** Letters the corpus never starts a syllable with, for out-of-scope questions. */
const FOREIGN_ONSETS = ['k', 'w', 'z', 'x', 'kh', 'zw', 'wy', 'kr', 'sk', 'zh'];
const FOREIGN_VOWELS = ['y', 'aa', 'oo', 'uy', 'yo', 'ah', 'oh'];
const VOWEL_START = /^[aeiouyéèêâîôûh]/u;

function syllables(random: Random, count: number): string {
  let word = '';
  for (let i = 0; i < count; i++) {
    let onset = random.pick(ONSETS);
    const vowel = random.pick(VOWELS);
    // `ç` only before a, o, u, as French writes it.
    if (onset === 'ç' && !/^[aou]/u.test(vowel)) onset = 's';
    if (onset === 'qu' && vowel.startsWith('u')) onset = 'c';
    word += onset + vowel;
  }
  return word;
}

interface Vocabulary {
  /** Content words, the most frequent first (Zipf). */
  words: string[];
  /** Cumulative Zipf weights over `words`. */
  cumulative: Float64Array;
  names: string[];
  folded: Set<string>;
}

function makeVocabulary(random: Random): Vocabulary {
  const words: string[] = [];
  const folded = new Set<string>(FUNCTION_WORDS.map(fold));
  for (const word of [...MONTHS, ...DURATION_UNITS, ...COUNT_UNITS]) folded.add(fold(word));
  const taken = new Set(folded);
  while (words.length < CONTENT_WORDS) {
    let word = syllables(random, random.int(1, 3));
    if (random.chance(0.6)) word += random.pick(SUFFIXES);
    if (word.length < 4 || taken.has(fold(word))) continue;
    taken.add(fold(word));
    words.push(word);
  }
  const names: string[] = [];
  while (names.length < NAMES) {
    const word = syllables(random, random.int(2, 3));
    if (taken.has(fold(word))) continue;
    taken.add(fold(word));
    names.push((word[0] ?? '').toUpperCase() + word.slice(1));
  }
  const cumulative = new Float64Array(words.length);
  let total = 0;
  for (let rank = 0; rank < words.length; rank++) {
    total += 1 / (rank + 1) ** 0.9;
    cumulative[rank] = total;
  }
  for (const word of [...words, ...names]) folded.add(fold(word));
  return { words, cumulative, names, folded };
}

function zipfWord(random: Random, vocabulary: Vocabulary): string {
  const { cumulative, words } = vocabulary;
  const target = random.next() * (cumulative[cumulative.length - 1] ?? 0);
  let low = 0;
  let high = cumulative.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((cumulative[middle] ?? 0) < target) low = middle + 1;
    else high = middle;
  }
  return words[low] ?? '';
}

/** `70 000` with a plain, no-break or narrow no-break space between groups. */
function grouped(random: Random, value: number): string {
  const separator = random.pick([' ', ' ', '\u00A0', '\u202F']);
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/gu, separator);
}

/** A figure as French news writes it, with the number as a reader would type it. */
function makeFigure(random: Random): { text: string; typed: string } {
  const year = random.int(1990, 2030);
  switch (random.int(0, 5)) {
    case 0: {
      const value = random.int(2, 72);
      return { text: `${value} ${random.pick(DURATION_UNITS)}`, typed: String(value) };
    }
    case 1: {
      const value = random.int(2, 900) * random.pick([1, 10, 100, 1000]);
      return {
        text: `${grouped(random, value)} ${random.pick(COUNT_UNITS)}`,
        typed: String(value),
      };
    }
    case 2: {
      const value = random.int(1, 99);
      const decimal = random.chance(0.3) ? `,${random.int(1, 9)}` : '';
      const space = random.pick([' ', '\u00A0', '\u202F']);
      return { text: `${value}${decimal}${space}%`, typed: String(value) };
    }
    case 3: {
      const value = random.int(2, 950);
      const text = random.pick([
        `${value} M$ US`,
        `${value} millions de dollars`,
        `${value} milliards d’euros`,
        `${value} €`,
      ]);
      return { text, typed: String(value) };
    }
    case 4: {
      const month = random.pick(MONTHS);
      const day = random.chance(0.4) ? `${random.int(2, 28)} ` : '';
      return { text: `${day}${month} ${year}`, typed: String(year) };
    }
    default:
      return { text: `en ${year}`, typed: String(year) };
  }
}

interface Generated {
  text: string;
  /** Content words (generated vocabulary and names) and typed figures, as written. */
  keywords: string[];
}

function makeSentence(random: Random, vocabulary: Vocabulary): Generated {
  const parts: string[] = [];
  const keywords: string[] = [];
  const length = random.int(7, 20);
  const figureAt = random.chance(0.35) ? random.int(1, length - 2) : -1;
  const nameAt = random.chance(0.3) ? random.int(0, length - 2) : -1;
  for (let i = 0; i < length; i++) {
    if (i === figureAt) {
      const figure = makeFigure(random);
      parts.push(figure.text);
      keywords.push(figure.typed);
      continue;
    }
    if (i === nameAt) {
      const name = random.pick(vocabulary.names);
      parts.push(name);
      keywords.push(name);
      continue;
    }
    // The sentence ends on a content word, so that no abbreviation or initial precedes its period.
    if (i < length - 1 && random.chance(0.4)) {
      parts.push(random.pick(FUNCTION_WORDS));
      continue;
    }
    let word = zipfWord(random, vocabulary);
    while (i === length - 1 && word.length < 6) word = zipfWord(random, vocabulary);
    parts.push(word);
    keywords.push(word);
    if (i < length - 2 && random.chance(0.07)) parts.push(',');
  }
  let text = '';
  for (const [i, part] of parts.entries()) {
    const next = parts[i + 1] ?? '';
    const elided = ELIDED[part];
    // An elided article is written against the next word, with a space before it as any word.
    const written = elided !== undefined && VOWEL_START.test(next) ? elided : part;
    if (written === ',') text += ',';
    else text += (text === '' || text.endsWith('’') ? '' : ' ') + written;
  }
  text = (text[0] ?? '').toUpperCase() + text.slice(1);
  return { text: `${text.replace(/ ,/gu, ',')}.`, keywords };
}

function makeHeading(random: Random, vocabulary: Vocabulary): string {
  const words = Array.from({ length: random.int(2, 5) }, () => zipfWord(random, vocabulary));
  const heading = words.join(' ');
  return (heading[0] ?? '').toUpperCase() + heading.slice(1);
}

/** A typo as readers make them: two letters swapped, or one dropped. */
function typo(random: Random, word: string): string {
  const chars = [...word];
  const at = random.int(1, chars.length - 2);
  if (random.chance(0.5)) {
    const swapped = chars[at] as string;
    chars[at] = chars[at + 1] as string;
    chars[at + 1] = swapped;
  } else {
    chars.splice(at, 1);
  }
  return chars.join('');
}

const stripAccents = (word: string): string =>
  word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC');

function makeQuestion(random: Random, sentence: Generated): BenchQuestion {
  const candidates = [...new Set(sentence.keywords)];
  const count = Math.min(candidates.length, random.int(3, 5));
  const chosen: string[] = [];
  while (chosen.length < count) {
    const word = candidates.splice(random.int(0, candidates.length - 1), 1)[0] ?? '';
    chosen.push(word);
  }
  const words = chosen.map((word) => {
    let written = random.chance(0.7) ? word.toLowerCase() : word;
    if (random.chance(0.4)) written = stripAccents(written);
    if (written.length >= 6 && !/\d/u.test(written) && random.chance(0.3)) {
      written = typo(random, written);
    }
    return written;
  });
  return { q: words.join(' ') + (random.chance(0.3) ? ' ?' : ''), expect: sentence.text };
}

function makeOutOfScope(random: Random, vocabulary: Vocabulary): BenchQuestion {
  const words: string[] = [];
  while (words.length < random.int(2, 4)) {
    let word = '';
    for (let i = random.int(2, 3); i > 0; i--) {
      word += random.pick(FOREIGN_ONSETS) + random.pick(FOREIGN_VOWELS);
    }
    if (!vocabulary.folded.has(fold(word))) words.push(word);
  }
  return { q: words.join(' '), expect: null };
}

/**
 * Writes `sentenceCount` sentences of articles into `dir` (emptied first), and returns questions:
 * 90 % built from a random sentence, 10 % of words the articles never use.
 */
export function generateCorpus(
  dir: string,
  sentenceCount: number,
  seed = DEFAULT_SEED,
): BenchCorpus {
  // The vocabulary is the same at every size; the articles differ.
  const vocabulary = makeVocabulary(new Random(mulberry32(seed)));
  const random = new Random(mulberry32(seed ^ sentenceCount));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const sentences: Generated[] = [];
  let articles = 0;
  while (sentences.length < sentenceCount) {
    articles++;
    const target = Math.min(
      sentenceCount - sentences.length,
      random.int(SENTENCES_PER_ARTICLE - 8, SENTENCES_PER_ARTICLE + 8),
    );
    const blocks = [makeHeading(random, vocabulary)];
    let written = 0;
    let paragraphs = 0;
    while (written < target) {
      if (paragraphs > 0 && paragraphs % 3 === 0 && random.chance(0.6)) {
        blocks.push(makeHeading(random, vocabulary));
      }
      const count = Math.min(target - written, random.int(2, 5));
      const paragraph: string[] = [];
      for (let i = 0; i < count; i++) {
        const sentence = makeSentence(random, vocabulary);
        sentences.push(sentence);
        paragraph.push(sentence.text);
      }
      blocks.push(paragraph.join(' '));
      written += count;
      paragraphs++;
    }
    const name = `article-${String(articles).padStart(5, '0')}.txt`;
    writeFileSync(join(dir, name), `${blocks.join('\n\n')}\n`);
  }
  const questions: BenchQuestion[] = [];
  for (let i = 0; i < QUESTIONS; i++) {
    questions.push(
      random.chance(OUT_OF_SCOPE_SHARE)
        ? makeOutOfScope(random, vocabulary)
        : makeQuestion(random, random.pick(sentences)),
    );
  }
  const corpus = { sentences: sentences.length, articles, questions };
  writeFileSync(
    join(dir, 'questions.json'),
    `${JSON.stringify({ version: GENERATOR_VERSION, seed, ...corpus }, null, 1)}\n`,
  );
  return { dir, ...corpus };
}

/** The folder for a size under `bench/out/`, generated unless an identical one is there. */
export function ensureCorpus(sentenceCount: number, seed = DEFAULT_SEED): BenchCorpus {
  const dir = join(OUT_DIR, String(sentenceCount));
  const manifest = join(dir, 'questions.json');
  if (existsSync(manifest)) {
    const saved = JSON.parse(readFileSync(manifest, 'utf8')) as Omit<BenchCorpus, 'dir'> & {
      version: number;
      seed: number;
    };
    if (
      saved.version === GENERATOR_VERSION &&
      saved.seed === seed &&
      saved.sentences === sentenceCount
    ) {
      return {
        dir,
        sentences: saved.sentences,
        articles: saved.articles,
        questions: saved.questions,
      };
    }
  }
  return generateCorpus(dir, sentenceCount, seed);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((size) => Number.isInteger(size) && size > 0);
  for (const size of sizes.length > 0 ? sizes : [1000, 10_000, 100_000]) {
    const started = performance.now();
    const corpus = ensureCorpus(size);
    const took = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `${corpus.dir}: ${corpus.sentences} sentences, ${corpus.articles} articles (${took} s)`,
    );
  }
}
