import { readLexiconJson } from './lexicon.ts';

/**
 * French feminine forms that the inflection rules do not reach by cutting an `-e` (`nouvelle`,
 * `sportive`, `dernière`), folded: a reader's feminine is looked up as its masculine
 * (dictionary-lookup.ts: `nouvelle` asks `new`, not only the noun's `short story`).
 *
 * Measured and left out: the other way, the lexicon's masculine translation reaching the
 * article's feminine (`new` → `nouveau` finding `nouvelles`): a trap asking the cost of `new
 * refrigerated trucks` was answered by `une nouvelle légumerie`.
 */

/** Each masculine ending and the feminine endings it takes, singular. */
const PAIRS: readonly [masculine: string, feminines: string[]][] = [
  ['eau', ['elle']],
  ['el', ['elle']],
  ['if', ['ive']],
  ['eux', ['euse']],
  ['eur', ['euse', 'rice']],
  ['er', ['ere']],
  ['en', ['enne']],
  ['et', ['ette']],
];

/**
 * Endings whose masculine is often another noun (`vaisselle` → `vaisseau`, `navette` → `navet`,
 * `galette` → `galet`, `passerelle` → `passereau`): read only for a masculine the French forms
 * lexicon (`fr-forms.json`) knows with a feminine form, as an adjective (`nouvelles` → `nouveau`,
 * `muette` → `muet`).
 */
const NOUN_PRONE: ReadonlySet<string> = new Set(['eau>elle', 'et>ette', 'er>ere']);

let withFeminine: Set<string> | undefined;

/** Whether the forms lexicon gives the masculine a form in the feminine ending (`nouvelles`). */
function hasFeminine(masculine: string, feminine: string): boolean {
  if (withFeminine === undefined) {
    const { forms } = readLexiconJson<{ forms: Record<string, string> }>('fr-forms.json');
    withFeminine = new Set();
    for (const [form, headword] of Object.entries(forms)) {
      const singular = form.endsWith('s') ? form.slice(0, -1) : form;
      for (const ending of ['elle', 'ette', 'ere'])
        if (singular.endsWith(ending)) withFeminine.add(`${headword}>${ending}`);
    }
  }
  return withFeminine.has(`${masculine}>${feminine}`);
}

/** Letters a word keeps before its ending: `bel` is no ending on a stem of one letter. */
const MIN_BASE = 2;

/** The masculines a folded feminine may be of, singular (`nouvelles` → `nouveau`, `nouvel`). */
export function masculinesOf(word: string): string[] {
  const singular = word.endsWith('s') ? word.slice(0, -1) : word;
  const found: string[] = [];
  for (const [masculine, feminines] of PAIRS) {
    for (const feminine of feminines) {
      const base = singular.slice(0, -feminine.length);
      if (!singular.endsWith(feminine) || base.length < MIN_BASE) continue;
      const form = `${base}${masculine}`;
      if (NOUN_PRONE.has(`${masculine}>${feminine}`) && !hasFeminine(form, feminine)) continue;
      found.push(form);
    }
  }
  return found;
}
