import { foldForms } from './normalize.ts';

/**
 * Questions of general knowledge, which a news article does not set out to answer: how a kind of
 * thing works or compares, its subject generic (`how does a tunnel washer work`, `comment
 * fonctionne un échappement à ancre`: a tunnel washer, any), the difference between two kinds
 * (`what's the difference between hake and cod`, `la différence entre le bloc et la voie`), or the
 * time it is now (`il est quelle heure ?`). An article naming the thing (`six tunnel washers`)
 * reports what happened to it, not how it works. The forms are grammatical — an indefinite
 * subject of `work`/`fonctionner`, `difference between` — not words of any subject; `how does the
 * scheme work` (a definite subject, the article's own) is left to the article.
 */

/** `how does a tunnel washer work`, `how do an X and a Y compare`: a generic subject. */
const HOW_A_THING_WORKS =
  /\bhow (?:does|do|did|would) (?:a|an) [a-z' -]{1,60}? (?:work|works|compare|compares|differ)\b/u;
/** `comment fonctionne un`, `comment marche une`, `comment ça marche un`: a generic subject. */
const COMMENT_FONCTIONNE = /\bcomment (?:fonctionne|fonctionnent|marche|marchent) (?:un|une)\b/u;
/** `the difference between`, `la différence entre`, `quelle différence entre`. */
const DIFFERENCE_BETWEEN = /\bdifferences? (?:between|entre)\b/u;
/** `il est quelle heure`, `quelle heure est-il`, `what time is it` ending the question. */
const TIME_NOW =
  /\b(?:il est quelle heure|quelle heure est-il|quelle heure il est|what time is it)(?: (?:la|maintenant|now|right now))?\W*$/u;

/** Whether the question asks general knowledge rather than what happened (see above). */
export function asksGeneralKnowledge(question: string): boolean {
  const text = foldForms(question);
  return [HOW_A_THING_WORKS, COMMENT_FONCTIONNE, DIFFERENCE_BETWEEN, TIME_NOW].some((form) =>
    form.test(text),
  );
}
