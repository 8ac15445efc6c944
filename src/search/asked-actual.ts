import type { AskedQualifier } from './asked-qualifiers.ts';
import type { BoundFigure } from './figure-context.ts';
import { fold, tokenize } from './normalize.ts';

/**
 * What happened, asked (`la fruitière a perdu combien de lait`, `how much did the mill lose`): a
 * figure said only in an intention, a supposition or an estimate (`Si nous perdons encore deux
 * fermes, … 4 millions de litres`, `plans to cut it by 40%`, `le projet est estimé à`) is not what
 * happened. The question's verb, as typed, is what the passage lacks.
 */

/** A verb in the past, folded: `did … lose`; in French, `a perdu`, `ont-ils vendu`. */
const PAST_ASKED = /\b(did (?:\S+ ){0,4}\p{L}+)\b/u;
const PAST_ASKED_FRENCH =
  /\b((?:a|ont|avait|avaient) (?:t )?(?:(?:il|elle|ils|elles|on) )?\p{L}{2,}(?:e|es|ee|ees|i|is|ie|u|us|ue|t|it|ert))\b/u;
/** Words only a French question has: `a plot` is no `a perdu`. */
const FRENCH_ASKING =
  /\b(combien|quel|quelle|quels|quelles|quand|comment|pourquoi|les|des|du|est|cette)\b/u;
/** What says a question asks of what is to come: `will`, `va`, `prévu`, `plan`. */
const FUTURE_ASKED =
  /\b(will|going to|gonna|plan|plans|planned|expected|expect|va|vont|sera|seront|prevu|prevue|prevus|prevues|prevoit|futur|future|next|prochain|prochaine|d ici)\b/u;
/** An intention or a supposition said before a figure: `if`, `si`, `plans to`, `espère`. */
const INTENT_OR_IF =
  /\b(si|s il|s ils|if|unless|plans? to|planning to|aims? to|intends? to|hopes? to|wants? to|espere|esperent|souhaite|souhaitent|prevoit d|prevoient d|envisage d|projette d|ambitionne d|promet|promettent|vise|visent)\b/u;

/**
 * An estimate said before a figure (`est estimé à`, `is estimated at`): what a project is
 * reckoned to cost is not what it cost. It is said of the figure right after it only.
 */
const ESTIMATE =
  /\b(est estime|est estimee|sont estimes|sont estimees|is estimated|are estimated)\b/u;

/** A past verb asked, folded, cut to its stem: `coute` → `cout`, `perdu` → `perd`. */
const stemOf = (typed: string): string =>
  (fold(typed).split(/\s+/u).pop() ?? '').replace(/(?:ees?|ies?|ues?|es?|is?|us?)$/u, '');

/**
 * Whether the figure follows an estimate said in its sentence with no word of the verb asked after
 * it: `dont le coût est estimé à 250 000 € au départ, a finalement coûté 310 000 €` says what it
 * cost after the estimate.
 */
const estimated = (before: string, stem: string): boolean => {
  const found = [...before.matchAll(new RegExp(ESTIMATE.source, 'gu'))].at(-1);
  if (found === undefined) return false;
  const after = before.slice((found.index ?? 0) + found[0].length);
  return stem.length < 3 || !after.split(' ').some((word) => word.startsWith(stem));
};

const before = (text: string, bound: BoundFigure): string =>
  tokenize(text.slice(0, bound.figure.start))
    .map((token) => token.word)
    .join(' ');

/** The qualifier of a past asked, or undefined when the question asks no past or asks ahead. */
export function actualAsked(
  folded: string,
  typedOf: (pattern: RegExp) => string | undefined,
): AskedQualifier | undefined {
  if (FUTURE_ASKED.test(folded)) return undefined;
  const typed = typedOf(FRENCH_ASKING.test(folded) ? PAST_ASKED_FRENCH : PAST_ASKED);
  if (typed === undefined) return undefined;
  const stem = stemOf(typed);
  return {
    typed,
    met: (_sentence, answering, text) =>
      answering.length === 0 ||
      !answering.every(
        (bound) => INTENT_OR_IF.test(before(text, bound)) || estimated(before(text, bound), stem),
      ),
    // Its span holds the question's subject (`did the council put`): meeting it holds none of it.
    byDefault: true,
  };
}
