import { foldForms } from './normalize.ts';

/**
 * Questions asking whether something is lawful in general: `is it legal for pickets to block a
 * gate`, `est-ce légal de`, `a-t-on le droit de`, or what the law requires (`what does the law
 * require`, `la loi impose`). A news sentence sharing the question's other
 * words (`pickets at the depot gates`) reports what was done, not whether the law allows it: only
 * a sentence speaking of the law, a ban or a permission answers. The forms are grammatical — an
 * impersonal `is it legal`, the generic `on a le droit` — and the answer's words those of law
 * itself, not of any subject.
 */

/** `is it legal`, `is it against the law`, `c'est légal`, `est-il interdit`, `a-t-on le droit`. */
const LEGALITY_ASKED =
  /\b(?:is|was|would) it (?:be )?(?:legal|illegal|lawful|unlawful|against the law)\b|\b(?:est-ce|est-ce que c'est|c'est|est-il|ce serait) (?:legal|illegal|interdit|autorise|permis)\b|\b(?:a-t-on|on a|est-ce qu'on a) le droit de\b/u;

/**
 * `what does the law require`, `la loi Egalim impose`, `que prévoit la réglementation`: what a law
 * or rule requires in general, asked as such.
 */
const LAW_REQUIRES =
  /\b(?:the law|la loi|the rules|la reglementation|the regulations)\b(?: [a-z'-]+){0,3} (?:requires?|imposes?|says|exige|impose|prevoit|oblige|dit)\b|\b(?:what does|que|qu'est-ce que) (?:the law|la loi|la reglementation) (?:require|impose|say|exige|impose|prevoit|dit)\b/u;

/** Words of law, a ban or a permission. */
const LAW_WORDS =
  /\b(?:legal|illegal|legally|lawful|unlawful|laws?|allowed|banned|bans?|forbidden|prohibited|permitted|courts?|legislation|loi|lois|legale?s?|illegale?s?|interdite?s?|interdiction|autorisee?s?|autorise|droit|tribunal|reglementation)\b/u;

/** Whether the question asks whether something is lawful (see above). */
export function asksLegality(question: string): boolean {
  const text = foldForms(question);
  return LEGALITY_ASKED.test(text) || LAW_REQUIRES.test(text);
}

/** Whether `sentence` speaks of the law, a ban or a permission. */
export function speaksOfLaw(sentence: string): boolean {
  return LAW_WORDS.test(foldForms(sentence));
}
