// What a share measuring a change is of: `takings have dropped by a third` is a third of takings.

import { DEFINITE, FUNCTION_WORDS } from './figure-grammar-words.ts';
import { isPossessive } from './figure-nouns.ts';
import { SPACE as S } from './figure-text.ts';

/** A noun, maybe after another naming its kind: `takings`, `heating costs`, `recettes`. */
const CHANGED_NOUN = `((?:\\p{Ll}[\\p{Ll}-]+${S})?\\p{Ll}[\\p{Ll}-]+)`;
/** Auxiliaries and adverbs between a noun and the verb of its change: `have`, `could be`, `a déjà`. */
const AUXILIARIES = new Set(
  'has have had was were is are will would could should may might must can be been also already now a ont avait avaient aura auront devrait devraient va vont doit doivent pourrait pourraient peut peuvent devra devront déjà encore'.split(
    ' ',
  ),
);
const CHANGE_AUXILIARY = `(?:(?:${[...AUXILIARIES].join('|')})${S})*`;
/** The verbs of a change measured by a share: `fallen by`, `up by`, `a baissé de`. */
const CHANGE_VERB = `(?:fall|falls|fell|fallen|drop|drops|dropped|rise|rises|rose|risen|grow|grows|grew|grown|increase|increases|increased|decrease|decreases|decreased|cut|cuts|reduced|shrunk|shrank|climb|climbed|jump|jumped|up|down|baissé|baisser|baisse|chuté|chuter|augmenté|augmenter|reculé|reculer|progressé|progresser|diminué|diminuer|grimpé|bondi|réduit|réduite|réduits|réduites)`;
/**
 * What changed by a share before it: `takings have dropped by`, `turnover was up by`, `leurs
 * recettes ont baissé de`, and the second of two changes sharing a verb (`water use to fall by 30%
 * and gas consumption by`).
 */
const CHANGED_BEFORE = new RegExp(
  `(?<![\\p{L}'’-])(?:((?:[\\p{L}'’-]+${S}){0,4}\\p{L}[\\p{Ll}-]+)${S}${CHANGE_AUXILIARY}${CHANGE_VERB}|(?:and|et)${S}${CHANGED_NOUN})${S}(?:by|de|d['’])${S}?$`,
  'u',
);
/**
 * What a verb changed by a share after its object: `a baissé les frais d’adoption de`, `cut its
 * fares by`, `reduced the waiting list by` (the object opened by an article or a possessive).
 */
const OBJECT_CHANGED_BEFORE = new RegExp(
  `(?<![\\p{L}])${CHANGE_VERB}${S}(?:the|its|their|his|her|our|les|la|le|l['’]|ses|son|sa|leurs?|nos|notre)${S}?((?:[\\p{Ll}'’-]+${S}){0,3}\\p{Ll}[\\p{Ll}'’-]+)${S}(?:by|de|d['’])${S}?$`,
  'u',
);
/** A change's verb, which a second change after `and`, `et` shares. */
const SAID_CHANGE = new RegExp(`(?<![\\p{L}])${CHANGE_VERB}(?![\\p{L}])`, 'iu');
/** Words a noun before a change may not be: `sales that have risen`; pronouns, `Il a baissé`. */
const NOT_CHANGED = new Set([
  ...'that which qui que there this it they these those he she we'.split(' '),
  ...'il elle ils elles cela ça ce on'.split(' '),
]);

/** Prepositions that open a phrase qualifying the noun before them: `for next summer`, `en ligne`. */
const QUALIFYING = new Set('for of in on at from en de du des pour sur'.split(' '));

/** The last noun of `words`, or the one before a phrase of up to three words qualifying it. */
function qualifiedNoun(words: string): string {
  const list = words.split(/[ \u00A0\u202F]/u);
  while (list.length > 1 && AUXILIARIES.has((list.at(-1) ?? '').toLowerCase())) list.pop();
  for (let index = list.length - 1; index >= Math.max(1, list.length - 4); index--) {
    const word = (list[index] ?? '').toLowerCase();
    // `la consommation d’eau`: an elided `de` opens the qualifying phrase with its noun.
    if (QUALIFYING.has(word) || (/^d['’]/u.test(word) && index === list.length - 1))
      return list[index - 1] ?? '';
  }
  return list.at(-1) ?? '';
}

/** What a share measuring a change is of: the noun said to have changed, '' when none is. */
export function changedBefore(sentence: string, start: number): string {
  // `by` or `de` may be the share's own (`de moitié`): the words before are read with it.
  const own = /^(?:by|de|d['’])[ \u00A0\u202F]?/iu.exec(sentence.slice(start, start + 4));
  const from = Math.max(0, start - 80);
  const before = sentence.slice(from, start + (own?.[0].length ?? 0));
  const object = OBJECT_CHANGED_BEFORE.exec(before);
  if (object !== null) {
    const noun = qualifiedNoun(object[1] ?? '').toLowerCase();
    if (noun !== '' && !FUNCTION_WORDS.has(noun) && !NOT_CHANGED.has(noun)) return noun;
  }
  const match = CHANGED_BEFORE.exec(before);
  // A second change shares the verb of a first said before it: not so `et autour de la moitié`.
  if (match?.[2] !== undefined && !SAID_CHANGE.test(sentence.slice(0, from + match.index)))
    return '';
  // After a verb only its last word is surely the noun (`say takings have`), or the one a phrase
  // after it qualifies (`bookings for next summer`, `les ventes en ligne`); after `and`, the words
  // between name it whole (`and gas consumption by`).
  const words = (match?.[2] ?? qualifiedNoun(match?.[1] ?? ''))
    .split(/[ \u00A0\u202F]/u)
    .filter((word) => !FUNCTION_WORDS.has(word) && !DEFINITE.has(word) && !isPossessive(word));
  if (words.length === 0 || words.some((word) => NOT_CHANGED.has(word.toLowerCase()))) return '';
  // A capitalised word names, unless it opens the sentence: `Exports fell by a third`.
  const [first = ''] = words;
  if (/^\p{Lu}/u.test(first) && !sentence.trimStart().startsWith(first)) return '';
  return words.join(' ').toLowerCase();
}
