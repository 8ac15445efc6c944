import type { Sentence } from '../knowledge/types.ts';
import { otherName } from './asked-thing.ts';
import { tokenize } from './normalize.ts';
import type { Gaps } from './passage-gaps.ts';
import { openingPlaceName, placeNamesIn } from './place-words.ts';
import type { SearchIndex } from './search-index.ts';
import { PERIOD_WORDS } from './settings.ts';
import { matchedSpan } from './token-span.ts';
import { weekdayOf } from './weekdays.ts';

/**
 * Who heads something (`who runs the food bank`, `qui préside la coopérative`, `qui est à la tête
 * du syndicat`, `who is the new director`): the answer is a person, said by name. A passage about
 * the thing that names no one the question does not (`The food bank now feeds 900 families.`),
 * or only places (`based at Dunmoor, it flies to Tresswick`), does not say who: it is shown with
 * the asking words flagged. Checked on the answers as ranked, it reorders nothing.
 */

/** Who holds a post, on the question's folded words. */
const LEADER_ASKED = new RegExp(
  [
    '\\bwho (?:runs|ran|run|heads|headed|leads|led|chairs|chaired|manages|managed|directs|',
    'directed|owns|owned|founded|presides|is in charge|is at the head|(?:is|was|will be) the ',
    '(?:new )?(?:head|director|chair|chairman|chairwoman|chairperson|president|manager|mayor|',
    'boss|leader|owner|founder|chief|ceo|principal|headteacher|headmaster|headmistress))',
    '|\\bqui (?:dirige|dirigeait|dirigera|preside|presidait|presidera|gere|gerait|',
    '(?:est|etait|sera) a la tete|a fonde|a cree|(?:est|etait|sera) (?:le |la |l )?(?:nouveau |',
    'nouvelle )?(?:president|presidente|directeur|directrice|maire|patron|patronne|responsable|',
    'gerant|gerante|fondateur|fondatrice|chef|proprietaire|dirigeant|dirigeante))\\b',
  ].join(''),
  'u',
);

/** The words asking who, as typed (`who runs`, `qui est à la tête`), or undefined. */
export function askedLeader(question: string): string | undefined {
  const tokens = tokenize(question);
  const span = matchedSpan(LEADER_ASKED, tokens.map((token) => token.word).join(' '));
  const from = tokens[span?.first ?? -1];
  const to = tokens[span?.last ?? -1];
  return from === undefined || to === undefined ? undefined : question.slice(from.start, to.end);
}

/**
 * The gaps with the asking words added when the sentence names nothing the question does not but
 * places, days and dates: a person heading the thing is named by a name of their own.
 */
export function withLeaderGap(
  index: SearchIndex,
  gaps: Gaps,
  sentence: Sentence,
  leader: string | undefined,
  question: string,
): Gaps {
  if (leader === undefined || gaps.missing.includes(leader)) return gaps;
  const questionWords = new Set(tokenize(question).map(({ word }) => word));
  const opening = openingPlaceName(index, sentence.text);
  const places = new Set(
    [...placeNamesIn(index, sentence.text), ...(opening === undefined ? [] : [opening])].flatMap(
      (place) => tokenize(place).map(({ word }) => word),
    ),
  );
  const isOtherName = otherName(index, sentence, questionWords);
  const namesSomeone = tokenize(sentence.text).some(
    (token) =>
      isOtherName(token) &&
      !places.has(token.word) &&
      // `on Tuesday`, `in March` name a time, out of a date figure.
      weekdayOf(token.word) === undefined &&
      !PERIOD_WORDS.has(token.word),
  );
  return namesSomeone ? gaps : { ...gaps, missing: [...gaps.missing, leader] };
}
