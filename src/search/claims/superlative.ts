// A claim that one group is the most of something (`ce sont les plus de 65 ans qui soutiennent le
// plus`) against a sentence that says it of another group (`les moins de 30 ans sont les plus
// favorables, … contre 55 % chez les plus de 65 ans`).
import type { Figure, Sentence } from '../../knowledge/types.ts';
import type { Conflict } from './claim-types.ts';

/**
 * A superlative: `le plus`, `les moins` (not `les plus de 65 ans`, a bound), `the most`, `the
 * highest`.
 */
const SUPERLATIVE =
  /\b(?:(?:le|la|les)\s+(?:plus|moins)\b(?!\s+(?:de\b|d['’]))|the\s+(?:most|least|highest|lowest|largest|biggest|smallest|greatest|oldest|youngest)\b)/iu;
/** Words that set a second group against the first: what follows is not said of the first. */
const AGAINST =
  /\b(?:contre|face [aà]|alors que|tandis que|against|versus|vs|compared with|while)(?!\p{L})/iu;

/**
 * The group the sentence says is the most, where the claim says another of the same kind is: the
 * sentence's figure right before its superlative, in the same clause, against the claim's figure
 * of that kind and unit at another value. Undefined when either says no superlative.
 */
export function otherGroupMost(
  claim: string,
  figures: Figure[],
  sentence: Sentence,
): Conflict | undefined {
  if (!SUPERLATIVE.test(claim)) return undefined;
  // The sentence as written: its figures' places are in it.
  const text = sentence.text;
  const most = SUPERLATIVE.exec(text);
  if (most === null) return undefined;
  const group = sentence.figures
    .filter((figure) => figure.start + figure.text.length <= most.index)
    .at(-1);
  if (group === undefined || AGAINST.test(text.slice(group.start, most.index))) return undefined;
  const ofKind = figures.filter(
    (figure) => figure.kind === group.kind && figure.unit === group.unit,
  );
  // `les moins de 25 ans le plus, les plus de 60 ans le moins` claims the sentence's group too.
  if (ofKind.some((figure) => figure.value === group.value)) return undefined;
  const [claimed] = ofKind;
  if (claimed === undefined) return undefined;
  return { claimed: claimed.text, article: group.text, sentenceId: sentence.id };
}
