// Words that name a currency and something else, settled by the article around them: French
// `livres` are pounds sterling or books, English `pounds` are money or a weight.

import type { Figure, Sentence } from './types.ts';

/** An article that prices things in pounds sterling: `£12`, `GBP`, `pounds sterling`. */
const PRICED_IN_POUNDS = /£|\bGBP\b|\b(?:pounds?|livres?)[\s\u00A0]+sterling\b/iu;

/** `livres sterling`, `pounds sterling`: the currency said outright. */
const STERLING_AFTER = /^[\s\u00A0]+sterling\b/iu;

/** A sentence that weighs: `weighs 65 pounds`, `65 lb`, `heavy`, `weight`. */
const WEIGHING = /\b(?:weigh(?:s|ed|ing|t|ts)?|lbs?|heav(?:y|ier|iest))\b/iu;

/** The `pounds` word right after a number: `65 pounds`, `1.1 million pounds`, `5-pound`. */
const POUNDS_AFTER = /^[\s\u00A0-]*pounds?\b/iu;

/** `pounds of flour` weighs; `pounds of public money` is spent. */
const OF_NOUN_AFTER = /^[\s\u00A0]+of[\s\u00A0]+(?:the[\s\u00A0]+)?(\p{L}+)/iu;

/** What pounds of which are money, not a weight: `pounds of funding`, `of taxpayers' money`. */
const MONEY_NOUNS = new Set(
  'money funding funds investment investments cash spending savings public taxpayers taxpayer tax taxes debt debts revenue income grants subsidy subsidies profit profits losses'.split(
    ' ',
  ),
);

/** A figure's unit split from the period of its rate: `GBP/year` → [`GBP`, `/year`]. */
function unitParts(unit: string): [string, string] {
  const slash = unit.indexOf('/');
  return slash < 0 ? [unit, ''] : [unit.slice(0, slash), unit.slice(slash)];
}

/**
 * `42 000 livres` read as pounds sterling: they are money only when the text says sterling or
 * the article prices things in `£`; else they are books, counted in `livres`.
 */
function settleLivres(figure: Figure, sentence: string, pricedInPounds: boolean): void {
  const [unit, period] = unitParts(figure.unit);
  if (figure.kind !== 'money' || unit !== 'GBP' || !/\blivres?\b/iu.test(figure.text)) return;
  const end = figure.start + figure.text.length;
  const sterling = STERLING_AFTER.exec(sentence.slice(end));
  if (sterling !== null) {
    figure.text += sterling[0];
    return;
  }
  if (pricedInPounds) return;
  figure.kind = 'count';
  figure.unit = `livres${period}`;
}

/**
 * `65 pounds` read as a weight: it is money when the article prices things in `£` and the
 * sentence weighs nothing (`weighs`, `lb`, `heavy`, `pounds of flour`).
 */
function settlePounds(figure: Figure, sentence: string, pricedInPounds: boolean): void {
  const [unit, period] = unitParts(figure.unit);
  if (figure.kind !== 'count' || !/^pounds?$/iu.test(unit)) return;
  const end = figure.start + figure.text.length;
  const word = POUNDS_AFTER.exec(sentence.slice(end));
  const sterling = STERLING_AFTER.exec(sentence.slice(end + (word?.[0].length ?? 0)));
  if (sterling === null && (!pricedInPounds || poundsWeighed(sentence, figure))) return;
  figure.kind = 'money';
  figure.unit = `GBP${period}`;
  figure.text += (word?.[0] ?? '') + (sterling?.[0] ?? '');
}

/**
 * Whether the sentence weighs the `pounds` of a figure: `weighs`, `lb`, `heavy`, or `pounds of
 * flour` (not `pounds of public money`).
 */
export function poundsWeighed(sentence: string, figure: Figure): boolean {
  if (WEIGHING.test(sentence)) return true;
  const end = figure.start + figure.text.length;
  const word = POUNDS_AFTER.exec(sentence.slice(end));
  const ofNoun = OF_NOUN_AFTER.exec(sentence.slice(end + (word?.[0].length ?? 0)))?.[1];
  return ofNoun !== undefined && !MONEY_NOUNS.has(ofNoun.toLowerCase());
}

/**
 * Settles the figures whose word names pounds sterling and something else by the article they
 * are in (`text`, its paragraphs joined): a reader reads `42 000 livres` in a library as books,
 * and `65 pounds` as money in an article of `£` prices unless something is weighed.
 */
export function settlePoundWords(text: string, sentences: readonly Sentence[]): void {
  if (!/livre|pound/iu.test(text)) return;
  const pricedInPounds = PRICED_IN_POUNDS.test(text);
  for (const sentence of sentences) {
    for (const figure of sentence.figures) {
      settleLivres(figure, sentence.text, pricedInPounds);
      settlePounds(figure, sentence.text, pricedInPounds);
    }
  }
}
