// A claim that a figure is the highest of a series (`the mildest January since 2015`) against a
// sentence that gives it as the lowest (`the lowest monthly figure since 2015`): the same figure
// at the other end says the claim otherwise.
import type { Sentence } from '../../knowledge/types.ts';
import { fold } from '../normalize.ts';
import type { Conflict } from './claim-types.ts';

type End = 'top' | 'bottom';

/** French adjectives of a high value after `le plus` (`le plus élevé`), folded. */
const HIGH_FR =
  'haut|haute|hauts|hautes|eleve|elevee|eleves|elevees|grand|grande|grands|grandes|chaud|chaude|chauds|chaudes|doux|douce|douces';
/** French adjectives of a low value after `le plus` (`la plus basse`), folded. */
const LOW_FR =
  'bas|basse|basses|faible|faibles|petit|petite|petits|petites|froid|froide|froids|froides';

/**
 * What may follow `the most`/`the least` for it to say an end of a value: nothing (`the most since
 * 2015`) or a word of price (`the most expensive`). `the most recent`, `the least affected` rank
 * nothing the figure measures.
 */
const VALUE_AFTER = '(?= (?:since|in|on|ever|of|expensive|costly)\\b|[^\\p{L} ]|$)';

/**
 * Superlatives of either end of a value, folded: `the highest`, `the mildest` (weather at its
 * warmest), `le plus élevé`; `the lowest`, `la plus basse`, `le moins élevé`. `at most` and `most
 * of` bound or share a value, so `most` counts only after `the`, and alone or of a price.
 */
const ENDS: [End, RegExp][] = [
  [
    'top',
    new RegExp(
      `\\b(?:the (?:highest|largest|biggest|greatest|warmest|hottest|mildest|wettest)|the most${VALUE_AFTER}|(?:le|la|les) plus (?:${HIGH_FR})|(?:le|la|les) moins (?:${LOW_FR}))\\b`,
      'u',
    ),
  ],
  [
    'bottom',
    new RegExp(
      `\\b(?:the (?:lowest|smallest|fewest|coldest|coolest|driest)|the least${VALUE_AFTER}|(?:le|la|les) plus (?:${LOW_FR})|(?:le|la|les) moins (?:${HIGH_FR}))\\b`,
      'u',
    ),
  ],
];

/** The end a text's superlative says, with its words as folded; undefined for none or both. */
function endOf(text: string): { end: End; said: string } | undefined {
  const folded = fold(text);
  const found = ENDS.flatMap(([end, pattern]) => {
    const match = pattern.exec(folded);
    return match === null ? [] : [{ end, said: match[0] }];
  });
  return found.length === 1 ? found[0] : undefined;
}

/** The conflict of a sentence that gives the claim's figures at the other end of a series. */
export function otherEnd(claim: string, sentence: Sentence): Conflict | undefined {
  const claimed = endOf(claim);
  if (claimed === undefined) return undefined;
  const given = endOf(sentence.text);
  if (given === undefined || given.end === claimed.end) return undefined;
  return { claimed: claimed.said, article: given.said, sentenceId: sentence.id };
}
