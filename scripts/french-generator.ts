/**
 * Apertium's French generator (`apertium-fr-es`'s compiled `es-fr.autogen.bin`, read with
 * `lttoolbox`'s `lt-proc -g`), put to the Hunspell stems (`hunspell-fr-classical`) that are
 * lexicon headwords: every form of each, for `build-forms.ts` and `build-word-families.ts`.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fold } from './dictd.ts';

const GENERATOR = '/usr/share/apertium/apertium-fr-es/es-fr.autogen.bin';
const FRENCH_WORDS = '/usr/share/hunspell/fr.dic';
export const GENERATOR_PACKAGES = ['lttoolbox', 'apertium-fr-es', 'hunspell-fr-classical'];

const persons = ['p1', 'p2', 'p3'].flatMap((person) => [`${person}><sg`, `${person}><pl`]);
const genders = (genderList: string[]) =>
  genderList.flatMap((gender) => [`${gender}><sg`, `${gender}><pl`]);

/**
 * Apertium's tag strings: every finite tense, the participles, adjectives, and nouns in the given
 * numbers (`pl` for the plurals alone, `sg` and `pl` for both).
 */
export const frenchTags = (nounNumbers: readonly string[]): string[] => [
  'vblex><inf',
  'vblex><pprs',
  ...['pri', 'pii', 'fti', 'cni', 'prs', 'ifi'].flatMap((tense) =>
    persons.map((person) => `vblex><${tense}><${person}`),
  ),
  ...genders(['m', 'f']).map((form) => `vblex><pp><${form}`),
  ...genders(['m', 'f', 'mf']).map((form) => `adj><${form}`),
  ...['m', 'f', 'mf'].flatMap((gender) => nounNumbers.map((number) => `n><${gender}><${number}`)),
];

/**
 * Each Hunspell stem that is one of `headwords` (folded) with each of its forms in `tags` the
 * generator knows: [lemma as Hunspell writes it, form], neither folded.
 */
export function generateFrench(
  headwords: ReadonlySet<string>,
  tags: readonly string[],
): [lemma: string, form: string][] {
  const lemmas = [
    ...new Set(
      readFileSync(FRENCH_WORDS, 'utf8')
        .split('\n')
        .map((line) => line.split('/')[0]?.trim() ?? '')
        .filter(
          (word) => /^[a-zàâäçéèêëîïôöùûüÿœæ-]{2,}$/u.test(word) && headwords.has(fold(word)),
        ),
    ),
  ].sort();
  const asked = lemmas.flatMap((lemma) => tags.map((tag) => [lemma, tag] as const));
  const generated = execFileSync('lt-proc', ['-g', GENERATOR], {
    input: asked.map(([lemma, tag]) => `^${lemma}<${tag}>$\n`).join(''),
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  }).split('\n');
  return asked.flatMap(([lemma], line): [string, string][] => {
    const form = (generated[line] ?? '').trim();
    // `#` marks a form the generator lacks; `@` a word it does not know.
    return form === '' || /[#@<\s]/u.test(form) ? [] : [[lemma, form]];
  });
}
