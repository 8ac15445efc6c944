import { spellingWords } from './lexicon.ts';

/**
 * French nouns of an action made from a verb by `-ture` or `-age` (`fermeture` from `fermer`,
 * `stockage` from `stocker`, `arrosage` from `arroser`), whose stem the stemmer leaves apart from
 * the verb's (`fermetur`, `ferm`), unlike `-ment` and `-ation` (`recrutement`, `recruter`: both
 * `recrut`), and which the dictionaries often lack. A reader asks `quand les fermetures
 * s'appliquent-elles ?` of an article saying `the branches will close`: the verb, a derived word.
 */
const ACTION_NOUN: readonly [RegExp, string][] = [
  // `fermeture` ← `fermer`. A wrong verb (`couverture` would give `couver`) is read only for a
  // word no dictionary translates, as `couverture` is translated.
  [/^(\p{L}{3,}e)tures?$/u, 'r'],
  // `stockage` ← `stocker`, `salage` ← `saler`.
  [/^(\p{L}{3,})ages?$/u, 'er'],
];

/**
 * The infinitive of the verb a folded French action noun is made from (`fermetures` →
 * `fermer`), when French's spelling dictionary holds that verb; undefined for any other word.
 */
export function actionNounVerb(word: string): string | undefined {
  for (const [pattern, ending] of ACTION_NOUN) {
    const base = pattern.exec(word)?.[1];
    if (base === undefined) continue;
    const verb = `${base}${ending}`;
    if (spellingWords('fr').has(verb)) return verb;
  }
  return undefined;
}
