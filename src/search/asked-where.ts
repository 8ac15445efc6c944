import type { Sentence } from '../knowledge/types.ts';
import { tokenize } from './normalize.ts';
import type { Gaps } from './passage-gaps.ts';
import { placeNamesIn } from './place-words.ts';
import type { SearchIndex } from './search-index.ts';
import { matchedSpan } from './token-span.ts';

/**
 * `where`, `où`: a question asking a place. A passage naming no place (`sur les quais`, `at the
 * start of term`) may be about the thing asked, but does not say where: it is shown with the
 * asking word flagged, as a passage saying no time is for `when` (asked-when.ts). Checked on the
 * answers as ranked, it reorders nothing.
 */

const WHERE: ReadonlySet<string> = new Set(['where', 'ou']);

/** The joined question words before `where` in `when and where`, `quand et où`. */
const BEFORE_WHERE: ReadonlySet<string> = new Set(['and', 'et']);

/**
 * A place asked by the kind of place after `which`/`quel` (`dans quel village`, `in which town`,
 * `quelle ville`): it asks where as `où` does, and only a place named answers it.
 */
const PLACE_KIND_ASKED =
  /\b(?:(?:which|what) (?:town|towns|village|villages|city|cities|country|countries|county|region|district|street|neighbourhood|neighborhood|port|island)|(?:quel|quelle|quels|quelles) (?:village|villages|ville|villes|commune|communes|pays|region|regions|departement|quartier|rue|port|ile|iles))\b/u;

/**
 * How the question asks where, as typed, or undefined: `where`/`où` opening it (`Où les élèves
 * vont-ils nager ?`, unaccented `ou` too, which opens no question as `or`), after `and`/`et`
 * (`When and where`), or closing it (`c’est où ?`). Inside, it opens a clause (`the sea where
 * the boats fish`) and asks nothing.
 */
export function askedWhere(question: string): string | undefined {
  const tokens = tokenize(question);
  const at = tokens.findIndex(
    ({ word }, position) =>
      WHERE.has(word) &&
      (position === 0 ||
        position === tokens.length - 1 ||
        (position === 2 && BEFORE_WHERE.has(tokens[1]?.word ?? ''))),
  );
  const token = tokens[at];
  if (token !== undefined) return question.slice(token.start, token.end);
  const span = matchedSpan(PLACE_KIND_ASKED, tokens.map(({ word }) => word).join(' '));
  const from = tokens[span?.first ?? -1];
  const to = tokens[span?.last ?? -1];
  return from === undefined || to === undefined ? undefined : question.slice(from.start, to.end);
}

/** The gaps with the asking word added when the sentence names no place. */
export function withWhereGap(
  index: SearchIndex,
  gaps: Gaps,
  sentence: Sentence,
  where: string | undefined,
): Gaps {
  if (where === undefined || gaps.missing.includes(where)) return gaps;
  // `which town` whose `town` asked-thing.ts flagged is flagged once.
  const asking = new Set(tokenize(where).map(({ word }) => word));
  if (gaps.missing.some((term) => tokenize(term).every(({ word }) => asking.has(word))))
    return gaps;
  if (placeNamesIn(index, sentence.text).length > 0) return gaps;
  return { ...gaps, missing: [...gaps.missing, where] };
}
