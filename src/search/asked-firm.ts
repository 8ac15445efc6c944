import type { Sentence } from '../knowledge/types.ts';
import { otherName } from './asked-thing.ts';
import { dropQuestionFrames, tokenize } from './normalize.ts';
import type { Gaps } from './passage-gaps.ts';
import { isPlaceWord, placeRunGoesOn } from './place-words.ts';
import type { SearchIndex } from './search-index.ts';
import { weekdayOf } from './weekdays.ts';

/**
 * A firm asked by `which`/`quelle` (`Which company won the contract?`, `Quelle entreprise a
 * remporté le chantier ?`): the answer is a firm's name. A figure cannot be it (`486 fauteuils`
 * is no company), nor a place the passage is set in (`le théâtre de Sernolac`): a passage naming
 * nothing but places and what the question names does not say which firm.
 */

/** Words asking which one: `which firm`, `quelle entreprise`, `what company`. */
const WHICH: ReadonlySet<string> = new Set(['which', 'what', 'quel', 'quelle', 'quels', 'quelles']);

/** Nouns of a firm, whose answer is always its name (folded, as tokenize gives them). */
const FIRM_NOUNS: ReadonlySet<string> = new Set(
  (
    'company companies firm firms contractor contractors business businesses ' +
    'entreprise entreprises societe societes prestataire prestataires'
  ).split(' '),
);

/** English months, capitalised as names are (`in March`), yet no firm's name. */
const MONTHS: ReadonlySet<string> = new Set(
  'january february march april may june july august september october november december'.split(
    ' ',
  ),
);

/** Whether a name word is a day or a month's: `on Monday`, `in March` name no firm. */
const isCalendarWord = (word: string): boolean => MONTHS.has(word) || weekdayOf(word) !== undefined;

/** The firm asked, as typed, and the question's words; undefined when no firm is asked. */
export interface AskedFirm {
  typed: string;
  questionWords: Set<string>;
}

/** The firm a question asks which of, right after its first word, or undefined. */
export function askedFirm(question: string): AskedFirm | undefined {
  const all = tokenize(question);
  const tokens = dropQuestionFrames(all);
  // `Which company…`, `Quelle entreprise…`; also `To which firm…`, `À quelle société…`.
  const at = tokens.findIndex(
    ({ word }, i) => i <= 1 && FIRM_NOUNS.has(word) && WHICH.has(tokens[i - 1]?.word ?? ''),
  );
  const token = tokens[at];
  if (token === undefined) return undefined;
  return {
    typed: question.slice(token.start, token.end),
    questionWords: new Set(all.map(({ word }) => word)),
  };
}

/**
 * The gaps with the firm asked added when the sentence names nothing but places, dates and what
 * the question names (days and months name none either).
 */
export function withFirmGap(
  index: SearchIndex,
  gaps: Gaps,
  sentence: Sentence,
  asked: AskedFirm | undefined,
): Gaps {
  if (asked === undefined || gaps.missing.includes(asked.typed)) return gaps;
  const isOtherName = otherName(index, sentence, asked.questionWords);
  const titlePlaces = placesInTitle(index.corpus.documents[sentence.documentId]?.title ?? '');
  const namesFirm = tokenize(sentence.text).some(
    (token) =>
      isOtherName(token) &&
      !isCalendarWord(token.word) &&
      !titlePlaces.has(token.word) &&
      !isPlaceWord(index, token.word),
  );
  return namesFirm ? gaps : { ...gaps, missing: [...gaps.missing, asked.typed] };
}

/**
 * The words a title writes after a place preposition (`À Sernolac, le théâtre…`): the place the
 * article is set in, which its sentences may never write after one (`le théâtre de Sernolac`).
 */
function placesInTitle(title: string): Set<string> {
  const places = new Set<string>();
  let open = false;
  for (const token of tokenize(title)) {
    if (open) places.add(token.word);
    open = placeRunGoesOn(title, token, open);
  }
  return places;
}
