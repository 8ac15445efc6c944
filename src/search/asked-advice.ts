import { foldForms } from './normalize.ts';

/**
 * Questions asking advice: how the reader is to do something (`how do I reset…`, `how to fix…`,
 * `comment réussir…`), what they should do (`should I`, `dois-je`), the best way, time or season
 * for doing it (`the best way to`, `la meilleure saison pour`), or a recipe. They ask for
 * instructions, which news reporting does not give: an article's sentence sharing an ordinary word
 * with them (`salt`, `water`, `leaking`) answers another question. The forms are grammatical —
 * a first-person or generic subject with a manner or modal question, a purpose infinitive after a
 * superlative of manner or time — not words of any subject.
 */

/** `how do I`, `how can you`, `how should we`, `how does one`: the reader's own doing. */
const HOW_DO_I = /\bhow (?:do|does|can|could|should|would) (?:i|you|we|one)\b/u;
/** `how to fix`, at the question's start (`and how to…` is no question of its own). */
const HOW_TO = /^(?:\W*)(?:so |and |but )?how to\b/u;
/** `should I`, `shall we`, `ought I`: a deontic modal with the reader as subject. */
const SHOULD_I = /\b(?:should|shall|ought) (?:i|we)\b/u;
/** `the best way to`, `a good time to`, `the right season for`. */
const BEST_WAY =
  /\b(?:best|good|right|easiest) (?:way|ways|time|season|method|moment) (?:to|for)\b/u;
/** `recipe`; French `recette` in the singular (`les recettes` are takings). */
const RECIPE = /\b(?:recipes?|recette)\b/u;
/** `comment réussir`, `comment faire`, `comment se débarrasser`: `comment` with an infinitive. */
const COMMENT_INFINITIVE = /^(?:\W*)(?:et |mais )?comment (?:(?:se|s['’]) ?)?[a-z]+(?:er|ir|re)\b/u;
/**
 * `comment on aiguise`, `comment je fais`: `comment` with the reader or the generic `on` as
 * subject, at the question's start, as `how do I`, `how does one`; not the inverted `comment
 * évite-t-on que…`, which asks how something is done in what the article reports.
 */
const COMMENT_ON = /^(?:\W*)(?:et |mais )?comment (?:on|je|j')\b/u;
/** `dois-je`, `devrais-je`, `faut-il que je`: the reader's duty. */
const DOIS_JE = /\b(?:dois|devrais|devrions|devons)-(?:je|nous)\b|\bfaut-il que je\b/u;
/** `la meilleure saison pour`, `le meilleur moment pour`, `la meilleure façon de`. */
const MEILLEURE_FACON =
  /\bmeilleure?s? (?:facon|maniere|moment|periode|saison|moyen|methode|epoque) (?:pour|de|d['’])/u;

/**
 * `quel télescope acheter`, `quelle voiture choisir`, `which bait to buy`: a kind of thing with an
 * infinitive of choosing or buying, the reader's purchase. Not `quelle somme pour racheter` (a
 * preposition between: the article's purpose).
 */
const WHICH_TO_BUY =
  /\bquel(?:le)?s? [a-z-]+(?: (?!pour\b|de\b|a\b|du\b|des\b|en\b|d')[a-z-]+)? (?:acheter|choisir|offrir)\b|\b(?:which|what) [a-z-]+(?: [a-z-]+)? to (?:buy|choose|pick)\b/u;
/**
 * `le meilleur appât pour pêcher`, `la meilleure tente pour camper`: the best kind of thing for a
 * purpose, an infinitive; as `la meilleure façon de` above, with any kind.
 */
const MEILLEUR_POUR = /\bmeilleure?s? [a-z-]+ pour (?:se |s')?[a-z]+(?:er|ir|re)\b/u;

/** Whether the question asks advice rather than what happened (see above). */
export function asksAdvice(question: string): boolean {
  const text = foldForms(question);
  return [
    HOW_DO_I,
    HOW_TO,
    SHOULD_I,
    BEST_WAY,
    RECIPE,
    COMMENT_INFINITIVE,
    COMMENT_ON,
    DOIS_JE,
    MEILLEURE_FACON,
    WHICH_TO_BUY,
    MEILLEUR_POUR,
  ].some((form) => form.test(text));
}
