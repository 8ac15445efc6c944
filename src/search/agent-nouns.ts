import { stem } from './normalize.ts';

/**
 * English agent nouns made from a verb whose last consonant doubles (`gritters`, `bidders`,
 * `planners`): the stemmer undoubles the verb's `-ing`/`-ed` forms (`gritting` is `grit`) but not
 * the noun (`gritters` is `gritt`), and the dictionaries lack many such nouns' derivations. A
 * reader's `how many gritters` asks of the article's `23 gritting lorries`: the verb's stem, a
 * derived word (DERIVED_FORM). Only for a word that reaches none of the articles' words itself,
 * as `letters` is no form of `let`, and only a plural (`-ers`): French infinitives end in `-er`
 * (`donner` is no `don`).
 */
const AGENT_NOUN = /^\p{L}{2,}([bdfgmnprt])\1ers$/u;

/** The stem of the verb an agent noun of a doubled consonant is made from, if the word is one. */
export function agentNounVerbStem(word: string): string | undefined {
  if (!AGENT_NOUN.test(word)) return undefined;
  const verb = word.slice(0, -4);
  return stem(verb);
}
