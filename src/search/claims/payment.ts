// Whether a sentence says the payment a claim speaks of, not only a sum or a period near it.
import type { Figure, Sentence } from '../../knowledge/types.ts';
import { tokenize } from '../normalize.ts';

/**
 * Words that say a sum changed hands (`paid`, `versé`, `rémunérés`), folded: what such a claim
 * says is the payment, which its figure alone does not tell. Not `spent`, `coûté` nor `touchent`,
 * which also speak of time, a price or a place; nor `pays` (French for a country) nor `salariés`
 * (employees).
 */
const PAID_WORDS = new Set(
  (
    'paid pay paying repaid reimbursed refunded disbursed ' +
    'paye payee payes payees payer paie paient payait payaient ' +
    'verse versee verses versees verser versent versait versaient ' +
    'remunere remuneree remuneres remunerees remunerer rembourse remboursee rembourses ' +
    'debourse deboursee'
  ).split(' '),
);

/**
 * Words that give a sum no one has paid yet, a value or an intent (`insured for £1.8m`, `estime
 * à 12 millions`, `a promis 2,8 millions`), folded. Not `offert`, which in French is given.
 */
const UNPAID_WORDS = new Set(
  (
    'insured insure insures insurance estimate estimates estimated estimating valued value ' +
    'valuation worth promised promise promises pledged pledge budgeted planned offered offers ' +
    'offering sought seeks seeking demanded demands requested requests ' +
    'assure assuree assures assurees assurance estime estimee estimes estimees estiment ' +
    'estimation evalue evaluee evalues evaluees evaluent valeur vaut valent promis promise ' +
    'promet promettent budgete budgetee prevu prevue prevus prevues offre offrent ' +
    'reclame reclament demande demandent'
  ).split(' '),
);

/** How far a claim may round a sum it says was paid: `2,4 millions` for `£2,415,000`. */
const SUM_ROUNDING = 0.05;

/** How many words before a sum may say it is only a value or an intent: `are insured for`. */
const UNPAID_REACH = 4;

/**
 * Words beside those by which a sentence says who pays (`l'État en a financé près d'un tiers`,
 * `paid for with a grant`, `a coûté`), folded.
 */
const PAYING_WORDS = new Set([
  ...PAID_WORDS,
  ...(
    'pays salaried payment payments funded funds fund funding financed finances financing spent spend ' +
    'cost costs grant grants wage wages salary salaries fee fees ' +
    'paiement paiements versement versements finance financee finances financees financent ' +
    'financer financement subventionne subventionnee subvention subventions depense depensee ' +
    'depenses depensent cout coute coutent salaire salaires'
  ).split(' '),
]);

const hasWordOf = (words: ReadonlySet<string>, text: string): boolean =>
  tokenize(text).some((token) => words.has(token.word));

/** Whether a sum of the sentence is given as a value or an intent, by a word just before it. */
function unpaidSum(sentence: Sentence, sum: Figure): boolean {
  const before = tokenize(sentence.text.slice(0, sum.start));
  return before.slice(-UNPAID_REACH).some((token) => UNPAID_WORDS.has(token.word));
}

const sums = (figures: Figure[]): Figure[] => figures.filter((figure) => figure.kind === 'money');
/** The same sum, as a claim rounds it: `2,4 millions` for `£2.4m`. */
const sameSum = (a: Figure, b: Figure): boolean =>
  Math.abs(a.value - b.value) <= SUM_ROUNDING * Math.max(a.value, b.value);

/**
 * A claim that a sum was paid (`les assureurs ont déjà versé 1,8 million`) or that someone is paid
 * (`payés pendant leurs deux ans de formation`) is not said by a passage that gives no payment:
 * the sentences that give the claimed sum (the passage's own or a neighbour, `sentences`) give it
 * only as a value or an intent (`insured for £1.8m`), with no word of a payment; a claim with no
 * sum, by a sentence with no word of a payment and no sum but such a value (`a two-year training
 * program`). The figure matches; the claim's point, the payment, is not there.
 */
export function paymentUnsaid(
  claimWords: string,
  claimed: Figure[],
  sentences: Sentence[],
): boolean {
  if (!hasWordOf(PAID_WORDS, claimWords)) return false;
  const claimedSums = sums(claimed);
  const judged =
    claimedSums.length === 0
      ? sentences.slice(0, 1)
      : sentences.filter((sentence) =>
          sums(sentence.figures).some((sum) => claimedSums.some((own) => sameSum(sum, own))),
        );
  return (
    judged.length > 0 &&
    judged.every(
      (sentence) =>
        !hasWordOf(PAYING_WORDS, sentence.text) &&
        sums(sentence.figures)
          .filter((sum) => claimedSums.length === 0 || claimedSums.some((own) => sameSum(sum, own)))
          .every((sum) => unpaidSum(sentence, sum)),
    )
  );
}
