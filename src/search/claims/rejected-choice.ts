// A choice the article says was not made: `covered from reserves rather than from the parks budget`.
import { tokenize } from '../normalize.ts';
import type { QueryGroup } from '../query.ts';
import type { SearchIndex } from '../search-index.ts';
import { groupHeld } from './claim-coverage.ts';
import type { Conflict } from './claim-types.ts';

/** What sets aside the words after it: `rather than`, `instead of`, `plutôt que`, `au lieu de`. */
const SET_ASIDE =
  /(?:^|[^\p{L}])(?:rather than|instead of|plutôt que|plutot que|au lieu d(?:e|['’]))\s*/giu;
/** The choice set aside runs to its clause's end. */
const CLAUSE_END = /[,;:.!?()]/u;
/**
 * A claim that sets something aside or denies it says the choice itself. `Plus` denies only after
 * `ne`/`n'` (`n'est plus payé`), not as a bound (`plus de 300`).
 */
const SAYS_NOT =
  /(?:^|[^\p{L}])(?:rather than|instead of|plutôt que|plutot que|au lieu|not|never|no longer|pas|jamais|(?:ne\s+|n['’])(?:[\p{L}'’]+\s+){0,3}plus)(?![\p{L}])/iu;

const idsOf = (index: SearchIndex, text: string) =>
  new Set(tokenize(text).map((token) => index.wordIds.get(token.word)));

/**
 * Words a claim sets a choice aside with, right before it: `chose buses over trams`, `ahead of
 * trams`, `in preference to trams`. The claim then says what the article says.
 */
const CHOSEN_OVER = /(?:^|\s)(?:over|ahead of|in preference to)\s+(?:(?:the|a|an)\s+)?$/u;

/** Whether the claim itself sets aside the word of `group`: `buses over trams`. */
function claimSetsAside(index: SearchIndex, claim: string, group: QueryGroup): boolean {
  return tokenize(claim).some(
    (token) =>
      groupHeld(group, new Set([index.wordIds.get(token.word)])) &&
      CHOSEN_OVER.test(claim.slice(Math.max(0, token.start - 24), token.start).toLowerCase()),
  );
}

/**
 * The conflict of a sentence that sets aside what the claim says was chosen: a word of the claim
 * the sentence says only after `rather than` (`paid for by cutting the parks budget` against
 * `covered from reserves rather than from the parks budget`). Undefined when the claim itself
 * denies or sets aside, or every such word is said elsewhere in the sentence too.
 */
export function rejectedChoice(
  index: SearchIndex,
  claim: string,
  groups: QueryGroup[],
  sentence: { id: number; text: string },
): Conflict | undefined {
  if (SAYS_NOT.test(claim)) return undefined;
  for (const match of sentence.text.matchAll(SET_ASIDE)) {
    const start = (match.index ?? 0) + match[0].length;
    const rest = sentence.text.slice(start);
    const end = rest.search(CLAUSE_END);
    const aside = rest.slice(0, end < 0 ? rest.length : end);
    const elsewhere = `${sentence.text.slice(0, match.index ?? 0)} ${rest.slice(aside.length)}`;
    const asideIds = idsOf(index, aside);
    const elsewhereIds = idsOf(index, elsewhere);
    const setAside = groups.find(
      (group) => groupHeld(group, asideIds) && !groupHeld(group, elsewhereIds),
    );
    if (setAside !== undefined && !claimSetsAside(index, claim, setAside))
      return {
        claimed: setAside.key,
        article: `${match[0].trim()} ${aside.trim()}`,
        sentenceId: sentence.id,
      };
  }
  return undefined;
}

/** A conflict `rejectedChoice` gave: the article's words begin with what sets the choice aside. */
const SET_ASIDE_START = /^(?:rather than|instead of|plutôt que|plutot que|au lieu d)/iu;

/**
 * Whether another passage on the claim sets aside a word of the claim that this sentence does not
 * say: `overspent by around £400k` does not say the overspend is taken from the parks budget when
 * the next sentence covers it `from reserves rather than from the parks budget`.
 */
export function rejectedBeside(
  index: SearchIndex,
  groups: QueryGroup[],
  others: { conflicts: Conflict[] }[],
  sentence: { text: string },
): boolean {
  const ids = idsOf(index, sentence.text);
  return others.some((other) =>
    other.conflicts.some(
      (conflict) =>
        SET_ASIDE_START.test(conflict.article) &&
        groups.some(
          (group) => groupHeld(group, idsOf(index, conflict.article)) && !groupHeld(group, ids),
        ),
    ),
  );
}
