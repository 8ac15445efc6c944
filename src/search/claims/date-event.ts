// A date is said of an event: `The centre was built in 1998` is not contradicted by the date the
// article gives its closing, nor `la canalisation … posée en 1970` by the night it gave way.
import type { Figure, Sentence } from '../../knowledge/types.ts';
import { tokenize } from '../normalize.ts';
import { parseQuery } from '../query.ts';
import type { SearchIndex } from '../search-index.ts';
import { groupHeld } from './claim-coverage.ts';
import type { Conflict } from './claim-types.ts';

/**
 * Whether the sentence giving another date for a claimed one leaves out the claim's event: the
 * last word the claim writes before its date (`built`, `posée`, `award`), in either language.
 * A claim with no such word (`en 2021, 300 postes`) keeps the conflict.
 */
export function eventUnsaid(
  index: SearchIndex,
  claim: string,
  claimed: Figure[],
  conflict: Conflict,
): boolean {
  const date = claimed.find((figure) => figure.kind === 'date' && figure.text === conflict.claimed);
  if (date === undefined) return false;
  // A day dates a happening (a night a pipe gave way, a closing): the claim's year (`posée en
  // 1970`) is that happening's only if the claim says it. A year or a season dates a state or a
  // span as well, whose words a chat says its own way (`axed in 2021` for `résilié en 2022`).
  const sentence = index.corpus.sentences[conflict.sentenceId] as Sentence | undefined;
  const given = sentence?.figures.find((figure) => figure.text === conflict.article);
  if (date.unit !== 'year' || given?.unit !== 'day') return false;
  // A sentence that dates something else by a year or a season too (`completing a project that
  // residents began in the winter of 2021`) may date the claim's event in words of its own.
  if (sentence?.figures.some((figure) => figure.kind === 'date' && figure.unit !== 'day'))
    return false;
  const at = claim.indexOf(date.text);
  if (at <= 0) return false;
  const event = parseQuery(index, claim.slice(0, at)).sort((a, b) => b.to - a.to)[0];
  if (event === undefined || sentence === undefined) return false;
  const ids = new Set(tokenize(sentence.text).map((token) => index.wordIds.get(token.word)));
  return !groupHeld(event, ids);
}
