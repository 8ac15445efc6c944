/**
 * How many of the opened articles' and questions' content words the shipped lexicon cannot
 * translate: each word's dictionary form by Apertium's analysers (French: `apertium-fr-es`,
 * English: `apertium-eng-spa`, both Debian packages; only nouns, verbs and adjectives, no names),
 * looked up as a headword of the lexicon files on its side. Prints the totals per language and the
 * untranslated words most often met.
 *
 *   npx tsx bench/lexicon-gap.ts [lexicon files…]   (default: every `fr-en*.json`)
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fold } from '../src/search/normalize.ts';

const LEXICON = new URL('../src/search/lexicon/', import.meta.url);
const APERTIUM = '/usr/share/apertium';
const ANALYSERS = {
  fr: `${APERTIUM}/apertium-fr-es/fr-es.automorf.bin`,
  en: `${APERTIUM}/apertium-eng-spa/eng-spa.automorf.bin`,
} as const;
type Language = keyof typeof ANALYSERS;
const CONTENT_TAGS = new Set(['n', 'vblex', 'adj']);

const files =
  process.argv.slice(2).length > 0
    ? process.argv.slice(2)
    : readdirSync(LEXICON).filter((file) => /^fr-en.*\.json$/u.test(file));
const headwords: Record<Language, Set<string>> = { fr: new Set(), en: new Set() };
for (const file of files) {
  const json = JSON.parse(readFileSync(new URL(file, LEXICON), 'utf8')) as Record<
    Language,
    Record<string, string>
  >;
  for (const language of ['fr', 'en'] as const)
    for (const key of Object.keys(json[language])) headwords[language].add(key);
}
const forms = new Map<string, string>();
for (const file of ['fr-forms.json', 'en-forms.json']) {
  const json = JSON.parse(readFileSync(new URL(file, LEXICON), 'utf8')) as {
    forms: Record<string, string>;
  };
  for (const [form, lemma] of Object.entries(json.forms)) forms.set(form, lemma);
}

/** Each opened text's words (as written, lowercased), by language. */
const met: Record<Language, Map<string, number>> = { fr: new Map(), en: new Map() };
const count = (language: Language, text: string) => {
  // Words after a sentence's start written with a capital are names: left out.
  for (const match of text.matchAll(/(^|[.!?]\s+|)(\p{L}[\p{L}’'-]*)/gmu)) {
    const word = match[2] ?? '';
    if (match[1] === '' && match.index > 0 && /^\p{Lu}/u.test(word)) continue;
    for (const part of word.toLowerCase().split(/[’'-]/u)) {
      if (part.length < 3) continue;
      met[language].set(part, (met[language].get(part) ?? 0) + 1);
    }
  }
};
const folders = readdirSync('test/fixtures')
  .filter((name) => name.endsWith('-articles') && !/^validation[45]-/u.test(name))
  .map((name) => `test/fixtures/${name}`)
  .concat('../shared/dev-articles');
for (const folder of folders) {
  for (const file of readdirSync(folder)) {
    const language = /\.(fr|en)\.txt/u.exec(file)?.[1] as Language | undefined;
    if (language === undefined) continue;
    const text = readFileSync(`${folder}/${file}`, 'utf8');
    if (file.endsWith('.txt')) count(language, text);
    else if (file.endsWith('.json')) {
      const items = (JSON.parse(text) as { items?: { q: string; lang?: Language }[] }).items ?? [];
      for (const item of items) count(item.lang === 'en' ? 'en' : 'fr', item.q);
    }
  }
}

for (const language of ['fr', 'en'] as const) {
  const words = [...met[language].keys()];
  const analysed = execFileSync('lt-proc', [ANALYSERS[language]], {
    input: `${words.join('\n')}\n`,
    maxBuffer: 1 << 28,
  })
    .toString()
    .trim()
    .split('\n');
  let content = 0;
  let contentTimes = 0;
  const missing: [string, number][] = [];
  analysed.forEach((line, i) => {
    const word = words[i] ?? '';
    const lemmas = new Set<string>();
    for (const analysis of line
      .replace(/^\^|\$$/gu, '')
      .split('/')
      .slice(1)) {
      const tag = /<([^>]+)>/u.exec(analysis)?.[1];
      if (tag !== undefined && CONTENT_TAGS.has(tag)) lemmas.add(analysis.replace(/<.*$/u, ''));
    }
    if (lemmas.size === 0) return;
    const times = met[language].get(word) ?? 0;
    content++;
    contentTimes += times;
    const folded = fold(word);
    const known = [folded, forms.get(folded), ...[...lemmas].map(fold)].some(
      (key) => key !== undefined && headwords[language].has(key),
    );
    if (!known) missing.push([[...lemmas].join('|'), times]);
  });
  const byLemma = new Map<string, number>();
  for (const [lemma, times] of missing) byLemma.set(lemma, (byLemma.get(lemma) ?? 0) + times);
  const missingTimes = missing.reduce((sum, [, times]) => sum + times, 0);
  console.log(
    `${language}: ${content} content words (${contentTimes} times), ${missing.length} untranslated (${missingTimes} times), ${byLemma.size} lemmas`,
  );
  const top = [...byLemma].sort(([, a], [, b]) => b - a).slice(0, Number(process.env.TOP ?? 80));
  console.log(top.map(([lemma, times]) => `${lemma}:${times}`).join(' '));
}
