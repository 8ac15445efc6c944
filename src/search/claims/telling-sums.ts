// Sums of money that point to the one sentence giving them, whatever words the claim says them in.
import { languageOfText } from '../../knowledge/language.ts';
import type { Figure, Language } from '../../knowledge/types.ts';

/**
 * The significant digits a sum needs to point to one sentence: two (`4,5 M€`, `£45`) are shared by
 * too many sums of a corpus, a city's budget and a footballer's pay alike.
 */
const TELLING_DIGITS = 3;
/**
 * A sum per unit (`36 livres par match`, `1,50 € de l'heure`, `£55 a season per child`) is a
 * price or a wage of one thing, which the unit narrows: two significant digits tell it.
 */
const TELLING_RATE_DIGITS = 2;

/** The significant digits a sum needs to tell where it is: fewer for a sum per unit. */
const tellingDigits = (figure: Figure): number =>
  figure.unit.includes('/') ? TELLING_RATE_DIGITS : TELLING_DIGITS;

/** The significant digits of a value: `45` for 4 500 000, `115` for 1.15. */
const significantDigits = (value: number): number =>
  String(Math.abs(value)).replace('.', '').replace(/^0+/u, '').replace(/0+$/u, '').length;

/**
 * Whether every quantity a claim in the other language from the sentence gives is a sum of money
 * that tells where it is, one with three significant digits or more (a wage of `1,15 $ de
 * l'heure`, a fee of `31,40 €`). The one sentence giving such a sum says the
 * claim though no other word of it matches there, when the dictionary cannot carry the claim's
 * words across (`les stagiaires touchent 1,15 $ de l'heure` for `They are paid $1.15 an hour`). A
 * claim in the sentence's own language that matches none of its words says something else; a sum
 * with fewer digits (`4,5 M€`, `£300`) many things may cost says nothing alone.
 */
export function sumsTell(
  claim: string,
  figures: Figure[],
  sentenceLanguage: Language | undefined,
): boolean {
  const claimLanguage = languageOfText(claim);
  if (claimLanguage === undefined || sentenceLanguage === undefined) return false;
  if (claimLanguage === sentenceLanguage) return false;
  const quantities = figures.filter((figure) => figure.kind !== 'date');
  return (
    quantities.length > 0 &&
    quantities.every(
      (figure) =>
        figure.kind === 'money' && significantDigits(figure.value) >= tellingDigits(figure),
    )
  );
}
