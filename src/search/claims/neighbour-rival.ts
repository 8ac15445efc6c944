// A claimed value given by a sentence that hardly speaks of it, where a neighbour says otherwise.
import type { Sentence } from '../../knowledge/types.ts';
import { SAME_SUBJECT, sentenceCoverageOf } from './claim-coverage.ts';
import { wordsOf } from './claim-facts.ts';
import { namesTerm } from './claim-names.ts';
import { factGroups, type Given, givesAnother, type RivalContext } from './clause-rival.ts';
import { comparable, quantityIn, sameValue } from './compare-figures.ts';
import { countsOpposable } from './figure-nouns.ts';
import { precisionOf } from './precision.ts';

/**
 * The claimed value found in a sentence of the paragraph that says less than half of the claimed
 * figure's fact, while another sentence of it says the whole fact with a figure of that kind at
 * another value: the claim speaks of the other's figure. `Sponsors will bring 30% of income by
 * 2030` is not said by `a third of the staff` beside `Sponsors … should bring 20% of income by
 * 2030`. A date is left to the sentence's own clauses (clause-rival.ts).
 */
export function neighbourRival(context: RivalContext): Given | undefined {
  const { index, claim, claimed, same, article, groups, claimedFigures, names } = context;
  if (claimed.kind === 'date') return undefined;
  const about = factGroups(claim, claimed, groups);
  if (about.length === 0) return undefined;
  const told = (holder: Sentence) => sentenceCoverageOf(index, about, holder);
  if (told(same.holder) >= SAME_SUBJECT) return undefined;
  // The claim's names tell what it speaks of as surely as its words: a sentence that names them
  // all is not outweighed by one that says `export` but names none of them (`Les États-Unis et le
  // Japon … les deux tiers des ventes à l'étranger` beside `45 % réalisés à l'export`).
  const persons = names.filter((term) => !term.place);
  const namesAll = (holder: Sentence) =>
    persons.length > 0 &&
    persons.every((term) => namesTerm(index, wordsOf(holder.text), holder.text, term));
  const ownNamed = namesAll(same.holder);
  const quantity = quantityIn(claim, claimed);
  const precision = precisionOf(claim, claimed);
  return article.find(
    (entry) =>
      entry.holder !== same.holder &&
      comparable(quantity, entry.quantity) &&
      !sameValue(quantity, entry.quantity, precision) &&
      countsOpposable(index, claimed, entry.figure) &&
      !givesAnother(claim, claimedFigures, claimed, entry.quantity) &&
      told(entry.holder) === 1 &&
      (!ownNamed || namesAll(entry.holder)),
  );
}
