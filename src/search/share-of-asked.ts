import type { Figure } from '../knowledge/types.ts';
import type { AskedFigure } from './asked-figure.ts';
import { tokenize } from './normalize.ts';
import { FIGURE_WORDS } from './settings.ts';

/**
 * A share said of the very measure asked (`placed on leave at 80% of their pay`, `30 % du coût`)
 * is a part of it, not it: it does not say how much the pay or the cost is. Unless the question
 * asks a share itself (`what share of the cost`, `how much of the budget`), which it answers.
 */

/** Words linking a share to its whole, and the determiners that may follow them. */
const OF = new Set(['of', 'de', 'du', 'des', 'd']);
const DETERMINERS = new Set(
  'the their its his her our your this that la le l les leur leurs son sa ses ce cet cette'.split(
    ' ',
  ),
);

/** Whether the question asks a share: `quelle part`, `what percentage`, `how much of`. */
const asksShare = (asked: AskedFigure): boolean =>
  asked.asking.some(
    (word) => word === 'of' || FIGURE_WORDS.get(word)?.includes('percent') === true,
  ) || /\b(?:part|share|percentage|pourcentage|proportion)\b/u.test(asked.typed);

/** Whether a share figure is said of one of the words asking the measure (`80% of their pay`). */
export function shareOfAsked(figure: Figure, text: string, asked: AskedFigure): boolean {
  if (figure.kind !== 'percent' && figure.kind !== 'ratio') return false;
  if (!asked.kinds.includes('money') || asksShare(asked)) return false;
  const after = tokenize(text.slice(figure.start + figure.text.length)).map(({ word }) => word);
  let at = 0;
  if (!OF.has(after[at] ?? '')) return false;
  at++;
  while (DETERMINERS.has(after[at] ?? '')) at++;
  return asked.asking.includes(after[at] ?? '');
}

/** Words saying a sentence speaks of money: a sum, a payment, a funding named. */
const MONEY_WORDS: ReadonlySet<string> = new Set(
  (
    'pay paid paying payment payments paie paye payee payes payees payer cost costs costing cout ' +
    'couts coute coutent coutera couter prix price prices fee fees frais money argent loyer loyers ' +
    'rent rents grant grants bill bills spent earn earns earned earnings wage wages fund funds ' +
    'funded funding fare fares'
  ).split(' '),
);
const MONEY_STEMS =
  /^(?:financ|subvention|budget|depens|invest|rembours|salair|salary|montant|revenue|recette|factur|spend|tarif|remuner)/u;

/**
 * Whether a share answers a sum asked only as a share of another thing: the question asks a sum
 * (`how much did a team pay`, `combien a-t-elle payé`), not a share of it, and the sentence gives
 * no sum nor speaks of money (`drew 64 teams, twice as many as in its first year`, `deux fois
 * moins d’escargots`). A share of money (`une baisse de 4 % de leur salaire`, `l’État en a
 * financé 45 %`) still answers it.
 */
export function shareOfOther(
  figure: Figure,
  text: string,
  figures: Figure[],
  asked: AskedFigure,
): boolean {
  if (figure.kind !== 'percent' && figure.kind !== 'ratio') return false;
  if (asked.kinds[0] !== 'money' || asksShare(asked)) return false;
  if (figures.some(({ kind }) => kind === 'money')) return false;
  return !tokenize(text).some(({ word }) => MONEY_WORDS.has(word) || MONEY_STEMS.test(word));
}
