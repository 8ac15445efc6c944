import { foldForms } from './normalize.ts';

/**
 * Questions asking medical knowledge: the health effects or risks of a thing (`what are the health
 * effects of breathing nitrogen dioxide`, `les effets sur la santé de`), or the symptoms of a kind
 * of illness (`quels sont les symptômes d'un coup de chaleur`). An article measuring the gas or
 * counting the patients reports what happened, not what the thing does to a body: only a sentence
 * speaking of health, symptoms or illness answers. The forms are grammatical — `health` with a
 * noun of effect, `symptoms of` a generic (indefinite) illness — and the answer's words those of
 * medicine itself, not of any subject.
 */

/** `health effects of`, `risks to health`, `effets sur la santé`, `symptoms of a`. */
const HEALTH_ASKED =
  /\bhealth (?:effects?|risks?|dangers?|impacts?|consequences)\b|\b(?:effects?|risks?|dangers?|impacts?) (?:on|to|for) (?:your |my |our |human |people's )?health\b|\b(?:bad|harmful|dangerous) for (?:your|my|our|the) health\b|\b(?:effets?|risques?|dangers?|consequences?|impacts?)(?: [a-z'-]+){0,4} (?:sur|pour) la sante\b|\b(?:mauvais|dangereux|dangereuse|nocif|nocive) pour la sante\b|\bsymptoms? of (?:a|an)\b|\bsymptomes? d'(?:un|une)\b/u;

/** Words of health, symptoms or illness. */
const HEALTH_WORDS =
  /\b(?:health|healthy|symptoms?|illness(?:es)?|disease|diseases|sick|asthma|respiratory|lungs?|toxic|harmful|sante|symptomes?|maladies?|malaises?|respiratoires?|toxiques?|nocife?s?|sanitaires?)\b/u;

/** Whether the question asks medical knowledge (see above). */
export function asksHealth(question: string): boolean {
  return HEALTH_ASKED.test(foldForms(question));
}

/** Whether `sentence` speaks of health, symptoms or illness. */
export function speaksOfHealth(sentence: string): boolean {
  return HEALTH_WORDS.test(foldForms(sentence));
}
