/**
 * French nouns of people that FreeDict and WikDict lack (`donateur`, `salarié`, `éleveur`), found
 * through Apertium's French analysers and bilingual dictionaries (Debian's `apertium-fr-es`,
 * `apertium-eng-spa`, `apertium-eo-fr`, `apertium-eo-en`, GPL-2 and GPL-2+) as
 * `build-apertium-lexicon.ts` reads them: a Hunspell stem (`hunspell-fr-classical`) the analyser
 * reads as a noun in its dictionary form, put through French → Spanish → English and French →
 * Esperanto → English. Unlike the translation file, one way is enough here: the English end must
 * itself pass WordNet's person test (its first sense a person, meant mostly as a noun), which a
 * middle word's other sense seldom does, and the Esperanto dictionaries hold many agent nouns
 * (`donanto` → donor) the Spanish ones lack.
 */
import { readFileSync } from 'node:fs';
import { APERTIUM, HUNSPELL, ltProc, outputsOf } from './apertium.ts';
import { fold } from './dictd.ts';

const ROUTES = [
  {
    analyser: 'apertium-fr-es/fr-es.automorf.bin',
    dictionaries: ['apertium-fr-es/fr-es.autobil.bin', 'apertium-eng-spa/spa-eng.autobil.bin'],
  },
  {
    analyser: 'apertium-eo-fr/fr-eo.automorf.bin',
    dictionaries: ['apertium-eo-fr/fr-eo.autobil.bin', 'apertium-eo-en/eo-en.autobil.bin'],
  },
];
export const APERTIUM_PACKAGES = [
  'apertium-fr-es',
  'apertium-eng-spa',
  'apertium-eo-fr',
  'apertium-eo-en',
  'hunspell-fr-classical',
];

/** Lower-case single-word Hunspell stems: no names, no phrases. */
function frenchStems(): string[] {
  const [, ...lines] = readFileSync(`${HUNSPELL}/fr.dic`, 'utf8').split('\n');
  const all = new Set<string>();
  for (const line of lines) {
    const stem = line.split(/[/\s]/u)[0] ?? '';
    if (stem.length >= 3 && /^\p{Ll}+$/u.test(stem)) all.add(stem);
  }
  return [...all];
}

/**
 * French noun (folded) → its English translations through either middle language, each way's
 * first translation only (the dictionaries' default, most usual sense); and every French word
 * either analyser reads as a noun.
 */
export function apertiumNouns(): { translations: Map<string, Set<string>>; nouns: Set<string> } {
  const words = frenchStems();
  const result = new Map<string, Set<string>>();
  const all = new Set<string>();
  for (const route of ROUTES) {
    // The noun's dictionary form, tagged: `^donateur<n><m><sg>$`.
    const nouns = new Map<string, string>();
    ltProc([`${APERTIUM}/${route.analyser}`], words).forEach((line, i) => {
      const word = words[i] ?? '';
      const analysis = outputsOf(line).find(
        (output) => output.startsWith(`${word}<n>`) && /<sg>/u.test(output),
      );
      if (analysis === undefined) return;
      nouns.set(word, analysis);
      all.add(fold(word));
    });
    let layer = new Map([...nouns].map(([word, tagged]) => [word, tagged]));
    for (const dictionary of route.dictionaries) {
      const items = [...layer.values()].map((tagged) => `^${tagged}$`);
      const lines = ltProc(['-b', `${APERTIUM}/${dictionary}`], items);
      const next = new Map<string, string>();
      [...layer.keys()].forEach((word, i) => {
        const [first] = outputsOf(lines[i] ?? '');
        if (first !== undefined) next.set(word, first);
      });
      layer = next;
    }
    for (const [word, tagged] of layer) {
      const english = fold(tagged.replace(/<.*$/u, '').replace(/#/gu, '')).trim();
      if (!/^[a-z]+$/u.test(english)) continue;
      const key = fold(word);
      result.set(key, (result.get(key) ?? new Set()).add(english));
    }
  }
  return { translations: result, nouns: all };
}
