import { foldForms } from './normalize.ts';

/**
 * Questions asking the bot itself: its opinion or preference (`selon toi`, `à ton avis`, `tu
 * préfères`, `do you think`), its advice or tips (`tu me conseilles`, `des conseils`, `any tips`),
 * what it would do in someone's place (`tu quitterais`, `what would you do`), whether a thing is
 * worth doing (`is it worth going`, `ça vaut le coup`), or to do something with the reader (`play
 * chess with me`). No news article says what the bot thinks or would do: a sentence sharing a word
 * with the question (`strike`, `village`) answers another question. The forms are grammatical — a
 * second-person subject with a verb of judging or advising, a conditional of the reader's choice,
 * a phrase of opinion — not words of any subject. Asking the bot to tell what the article says
 * (`tu peux me dire`, `tu sais combien`, `can you tell me`) is no opinion.
 */

/** `selon toi`, `à ton avis`, `d'après vous`, `pour toi`: the addressee's opinion. */
const YOUR_OPINION = /\b(?:selon|d'apres) (?:toi|vous)\b|\ba (?:ton|votre) avis\b|\bt'en penses\b/u;
/** `tu penses que`, `tu crois que`, `tu préfères`, `tu me conseilles`: judging or advising. */
const TU_JUDGE =
  /\b(?:tu|vous) (?:me |nous )?(?:penses?|pensez|crois|croyez|trouves|trouvez|preferes?|preferez|aimes|aimez|conseilles?|conseillez|recommandes?|recommandez)\b/u;
/**
 * `tu quitterais`, `tu conseillerais`, `vous feriez`: what the addressee would do, a conditional;
 * not the polite frames asking what the article says (`tu pourrais`, `tu saurais`, `tu voudrais`).
 */
const TU_WOULD =
  /\btu (?!pourrais|saurais|voudrais|aurais)[a-z]+rais\b|\bvous (?!pourriez|sauriez|voudriez)[a-z]+riez\b/u;
/** `un conseil`, `des conseils`, `une astuce`, `un truc pour`: advice asked for. */
const ADVICE_FR =
  /\b(?:un|des|tes|vos|quelques|de bons|un bon) (?:conseils?|astuces?)\b|\bun truc pour\b/u;
/** `ça vaut le coup`, `ça vaut la peine`, `vaut-il mieux`: whether something is worth doing. */
const WORTH_FR = /\bvaut (?:le coup|la peine)\b|\bvaut-il mieux\b|\bvaut mieux\b/u;
/** `tu préfères … ou … toi ?`: a question ending on the addressee. */
const TOI_END = /\btoi\W*$/u;
/** `do you think`, `would you recommend`, `do you prefer`, `what would you do`. */
const YOU_JUDGE =
  /\b(?:do|would|did|don't) you (?:think|reckon|recommend|suggest|prefer|like|advise|rate)\b|\bwhat would you do\b|\bwould you (?:rather|go|buy|choose|pick)\b/u;
/** `in your opinion`, `your favourite`, `your view`. */
const YOUR_VIEW = /\b(?:in your (?:opinion|view)|your (?:favou?rite|opinion|view|advice))\b/u;
/** `any tips`, `some advice`, `tips for`: advice asked for. */
const ADVICE_EN =
  /\b(?:any|some|good|your) (?:tips|advice|suggestions|recommendations)\b|\btips (?:for|on)\b/u;
/** `is it worth going`, `is it worth it`, `worth a visit`. */
const WORTH_EN =
  /\b(?:is|was|would) it (?:be )?worth (?:it|[a-z]+ing)\b|\bworth (?:a visit|visiting)\b/u;
/** `t'as passé un bon week-end`, `did you have a good day`, `how are you`: the bot's own days. */
const YOUR_DAYS =
  /\b(?:tu as|t'as|as-tu) passe (?:un|une) (?:bon|bonne)\b|\bdid you have a (?:good|nice)\b|\bhow are you\b/u;
/** `play chess with me`, `joue avec moi`: the reader's doing with the bot. */
const WITH_ME = /\b(?:with me|avec moi)\b/u;

/** Whether the question asks the bot's own opinion, advice or company (see above). */
export function asksOpinion(question: string): boolean {
  // `u` is chat's `you` (`do u think`).
  const text = foldForms(question).replace(/\bu\b/gu, 'you');
  return [
    YOUR_OPINION,
    TU_JUDGE,
    TU_WOULD,
    ADVICE_FR,
    WORTH_FR,
    TOI_END,
    YOU_JUDGE,
    YOUR_VIEW,
    ADVICE_EN,
    WORTH_EN,
    YOUR_DAYS,
    WITH_ME,
  ].some((form) => form.test(text));
}
