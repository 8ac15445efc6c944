/**
 * `npm run build:lexicon` (eighth step): rebuilds `src/search/lexicon/person-nouns.json`, the
 * nouns that name people (`donor`, `commuter`, `habitant`, `auditeur`), folded, so that a reader's
 * `how many people` or `combien de personnes` meets an article's `1 830 donateurs`.
 * Needs `apt-get install -y wordnet-base`, and the lexicon files of the first two steps.
 *
 * English: WordNet's nouns filed under `noun.person`, its lexicographer file of people, in their
 * first sense (WordNet orders a word's senses by how often they are meant) or in most of them:
 * `donor`, `visitor`, `climber` are; `head` (first a body part), `staff` (first a group) and
 * `commuter` (first a commutator, then a passenger) are not; a name is not (`More`, written capitalised in its
 * synset); and their irregular plurals (`noun.exc`: `women`). French: a headword of `fr-en.json` or
 * `fr-en-wikdict.json` whose first one-word translation is such a noun in its first sense and meant
 * as a noun at least as often as otherwise (`auditeur` → listener; not `ordinateur` → computer),
 * or, when the French side has no entry of its own for it, a one-word translation of such a noun on
 * the English side (`member` → `adherent`); never a verb (`cuire` → cook), which Apertium's forms
 * (`fr-forms.json`) conjugate (`cuisez`). Those dictionaries lack many French nouns of people
 * (`donateur`, `salarié`, `bénévole`): a Hunspell stem Apertium reads as a noun, whose translation
 * through Apertium's Spanish or Esperanto (`apertium-person-nouns.ts`), or through one of WikDict's
 * middle languages (`wikdict-person-nouns.ts`), is a person in its first sense by WordNet's tagged
 * texts (or its only sense), every way it is reached, is one too. Needs also `apt-get install -y
 * lttoolbox apertium-fr-es apertium-eng-spa apertium-eo-fr apertium-eo-en hunspell-fr-classical`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { APERTIUM_PACKAGES, apertiumNouns } from './apertium-person-nouns.ts';
import { fold, packageVersion } from './dictd.ts';
import { WIKDICT_PIVOTS, wikdictFirstTranslations } from './wikdict-person-nouns.ts';

const OUTPUT = new URL('../src/search/lexicon/person-nouns.json', import.meta.url);
const LEXICON = ['fr-en.json', 'fr-en-wikdict.json'].map(
  (name) => new URL(`../src/search/lexicon/${name}`, import.meta.url),
);
const WORDNET = '/usr/share/wordnet';
/** WordNet's lexicographer file number of `noun.person` (its `lexnames`). */
const NOUN_PERSON = '18';
/** Words for people in general: the question's own words, not a kind of person to find. */
const GENERAL = new Set(['person', 'people', 'individual', 'personne', 'gens', 'individu']);

/** Synset offset → the words of a `noun.person` synset, as written (`More` is a name). */
const personSynsets = new Map<string, string[]>();
for (const line of readFileSync(`${WORDNET}/data.noun`, 'utf8').split('\n')) {
  if (line === '' || line.startsWith('  ')) continue;
  const fields = line.split(' ');
  if (fields[1] !== NOUN_PERSON) continue;
  const count = Number.parseInt(fields[3] ?? '0', 16);
  const words = Array.from({ length: count }, (_, i) => fields[4 + 2 * i] ?? '');
  personSynsets.set(fields[0] ?? '', words);
}

/** A single word of letters, at least three, written in lower case (no name). */
const isPlainWord = (word: string): boolean => /^[a-z]{3,}$/u.test(word);

const english = new Set<string>();
/** Those whose first sense is a person: the French side's test (`ordinateur` → computer). */
const firstPerson = new Set<string>();
/** Those whose first sense is a person by WordNet's tagged texts, or their only sense. */
const attestedPerson = new Set<string>();
/** Every English noun, person or not. */
const englishNouns = new Set<string>();
for (const line of readFileSync(`${WORDNET}/index.noun`, 'utf8').split('\n')) {
  if (line === '' || line.startsWith('  ')) continue;
  // lemma pos synset_cnt p_cnt [pointer]… sense_cnt tagsense_cnt offset…
  const fields = line.trim().split(' ');
  const lemma = fields[0] ?? '';
  englishNouns.add(lemma);
  const senses = fields.slice(fields.length - Number(fields[2]));
  // Senses where the lemma names a person written in lower case, no name.
  const person = senses.map((offset) => personSynsets.get(offset)?.includes(lemma) === true);
  const mostly = person.filter(Boolean).length * 2 > person.length;
  if (!isPlainWord(lemma) || GENERAL.has(lemma)) continue;
  if (person[0] === true) firstPerson.add(lemma);
  // WordNet orders senses by its tagged texts; untagged, the first of several is no evidence.
  if (
    person[0] === true &&
    (senses.length === 1 || Number(fields[fields.length - senses.length - 1]) > 0)
  )
    attestedPerson.add(lemma);
  if (person[0] === true || mostly) english.add(lemma);
}
for (const line of readFileSync(`${WORDNET}/noun.exc`, 'utf8').split('\n')) {
  const [form, ...bases] = line.trim().split(' ');
  if (form !== undefined && isPlainWord(form) && bases.some((base) => english.has(base)))
    english.add(form);
}

/**
 * How often WordNet's tagged texts meant a word in a part of speech (its `index.*` sense counts):
 * a French word translated by `nag` is more likely `agacer` than a scold.
 */
function taggedCounts(pos: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of readFileSync(`${WORDNET}/index.${pos}`, 'utf8').split('\n')) {
    if (line === '' || line.startsWith('  ')) continue;
    const fields = line.trim().split(' ');
    counts.set(fields[0] ?? '', Number(fields[5 + Number(fields[3])]));
  }
  return counts;
}
const [nounCounts, verbCounts, adjectiveCounts] = ['noun', 'verb', 'adj'].map(taggedCounts) as [
  Map<string, number>,
  Map<string, number>,
  Map<string, number>,
];
/** An English person noun meant as a noun at least as often as as a verb or adjective. */
const isMostlyPerson = (word: string): boolean =>
  firstPerson.has(word) &&
  (nounCounts.get(word) ?? 0) >=
    Math.max(verbCounts.get(word) ?? 0, adjectiveCounts.get(word) ?? 0);

type Side = Record<string, string>;
const files = LEXICON.map((url) => JSON.parse(readFileSync(url, 'utf8')) as { fr: Side; en: Side });
const oneWord = (translations: string | undefined): string[] =>
  (translations ?? '').split('|').filter((translation) => isPlainWord(translation));

/** French verbs: the headwords Apertium's forms conjugate (`vous cuisez`). */
const FORMS = new URL('../src/search/lexicon/fr-forms.json', import.meta.url);
const verbs = new Set<string>();
const { forms } = JSON.parse(readFileSync(FORMS, 'utf8')) as { forms: Record<string, string> };
for (const [form, headword] of Object.entries(forms)) if (form.endsWith('ez')) verbs.add(headword);
// A regular verb's forms are the engine's rules, not Apertium's list: its infinitive tells it.
const isVerb = (word: string): boolean => verbs.has(word) || /(?:[^i]er|ir)$/u.test(word);

const french = new Set<string>();
const frenchEntries = new Set(files.flatMap((file) => Object.keys(file.fr)));
for (const file of files) {
  for (const [headword, translations] of Object.entries(file.fr)) {
    const [first] = oneWord(translations);
    if (isPlainWord(headword) && !isVerb(headword) && first !== undefined && isMostlyPerson(first))
      french.add(headword);
  }
  for (const [headword, translations] of Object.entries(file.en)) {
    if (!isMostlyPerson(headword)) continue;
    for (const translation of oneWord(translations)) {
      // A word with its own entry is judged by it; a verb is no person (`nurse` → `soigner`).
      if (frenchEntries.has(translation) || isVerb(translation)) continue;
      french.add(translation);
    }
  }
}
// Nouns the dictionaries lack (`donateur`, `salarié`): Apertium's, where every way leads to a
// person whose first sense is attested (`éleveur` → breeder, grazier; not `calculateur` →
// calculator, its person sense first only by chance); a word with its own entry is judged by it.
const person = (word: string) => isMostlyPerson(word) && attestedPerson.has(word);
const apertium = apertiumNouns();
for (const [noun, translations] of apertium.translations) {
  if (!isPlainWord(noun) || frenchEntries.has(noun) || isVerb(noun)) continue;
  if ([...translations].every(person)) french.add(noun);
}
// WikDict's one-way translations, for French nouns by Apertium's analyser (`bénévole` →
// volunteer, meant as a noun here however often the English word is a verb), no English noun of
// another kind (`type`).
for (const [noun, translations] of wikdictFirstTranslations()) {
  if (!apertium.nouns.has(noun) || frenchEntries.has(noun) || isVerb(noun)) continue;
  if (englishNouns.has(noun) && !english.has(noun)) continue;
  if ([...translations].every((word) => attestedPerson.has(word))) french.add(noun);
}
for (const word of GENERAL) french.delete(word);

const sorted = (words: Set<string>) => [...words].map(fold).sort();
writeFileSync(
  OUTPUT,
  `${JSON.stringify(
    {
      $comment:
        "Generated by `npm run build:lexicon` from WordNet 3.0 (WordNet License), the French-English lexicon beside this file (FreeDict, GPL-2+; WikDict, CC BY-SA 3.0), Apertium's French analysers and bilingual dictionaries (GPL-2) and WikDict's French dictionaries (CC BY-SA 3.0): see README.md. Folded nouns naming people, one language each.",
      source: [
        'wordnet-base',
        ...APERTIUM_PACKAGES,
        ...WIKDICT_PIVOTS.flatMap((pivot) => [
          `dict-freedict-fra-${pivot}`,
          `dict-freedict-${pivot}-eng`,
        ]),
      ]
        .map((name) => `${name} ${packageVersion(name)}`)
        .concat(['fr-en.json', 'fr-en-wikdict.json', 'fr-forms.json'])
        .join(', '),
      en: sorted(english),
      fr: sorted(french),
    },
    null,
    1,
  )}\n`,
);
console.log(`person-nouns.json: ${english.size} English, ${french.size} French nouns`);
