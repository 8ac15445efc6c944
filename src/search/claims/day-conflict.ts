// Days of the week said otherwise: `open on Sundays` against `du mardi au samedi`.
import type { Sentence } from '../../knowledge/types.ts';
import { tokenize } from '../normalize.ts';
import { DAY_NAME_PATTERN, weekdayOf } from '../weekdays.ts';
import { SAME_SUBJECT } from './claim-coverage.ts';
import type { Conflict } from './claim-types.ts';
import type { Reading } from './read-passage.ts';
import { daysOf } from './specific-terms.ts';

/** A day named with its date (`le samedi 14 juin`, `Saturday 3 May`): one event's day, no schedule. */
const DATED_DAY = new RegExp(`\\b${DAY_NAME_PATTERN}\\s+(?:the\\s+)?(?:\\d|1er\\b)`, 'giu');

/** The days of the week a text gives as when things happen: its dated days aside. */
const scheduleDays = (text: string): number[] => daysOf(text.replace(DATED_DAY, ' '));

/**
 * A day named so that it comes back, folded: after `le`, `les`, `chaque`, `every`, in a range
 * (`du mardi au samedi`, `Monday to Friday`), or in the English plural (`on Sundays`).
 */
const RECURRING_DAY = new RegExp(
  `\\b(?:le|les|chaque|tous les|du|every|each|from)\\s+${DAY_NAME_PATTERN}|\\b${DAY_NAME_PATTERN}s\\b|\\b${DAY_NAME_PATTERN}\\s+(?:au|a|to|through|until)\\s+${DAY_NAME_PATTERN}\\b`,
  'u',
);

/** A day named in full (`mardi`, `Tuesday`); a short one (`mar.`, `Tue`) is a timetable's. */
const NAMED_DAY = new RegExp(`\\b${DAY_NAME_PATTERN}\\b`, 'u');

/**
 * The days an article's sentence gives as a schedule. A day it names only bare (`Mardi, le
 * conseil a voté`, `on Tuesday the council voted`) is the day of one event, as news tells them,
 * no schedule: then only its words for several days count (`en semaine`, `at weekends`).
 */
function givenScheduleDays(text: string): number[] {
  const folded = tokenize(text.replace(DATED_DAY, ' '))
    .map((token) => token.word)
    .join(' ');
  if (NAMED_DAY.test(folded) && !RECURRING_DAY.test(folded)) return [];
  return scheduleDays(text);
}

/** French `ne … que` restricts, denies nothing: `n'ouvre que le dimanche` opens on Sundays only. */
const ONLY = /(?:^|[^\p{L}])(?:ne|n['’])\s*\p{L}+(?:[\s-]+\p{L}+)?\s+qu(?:e|['’])/iu;

/** A claim denying the days it names (`n'ouvre pas le dimanche`, `is not open on Sundays`). */
const DENIED =
  /(?:^|[^\p{L}])(?:(?:ne|not|never|jamais)(?![\p{L}])|n['’](?=\p{L}))|n['’]t(?![\p{L}])/iu;

/** The words of a text from its first day's name to its last (`du mardi au samedi`), as written. */
function dayWords(text: string): string {
  const days = tokenize(text).filter((token) => weekdayOf(token.word) !== undefined);
  const [first] = days;
  const last = days.at(-1);
  return first === undefined || last === undefined ? '' : text.slice(first.start, last.end);
}

/**
 * A passage on the claim's subject whose own sentence names the days a thing happens, none of them
 * a day the claim names, says it happens on other days: `Le refuge est ouvert du mardi au samedi`
 * against `le refuge est ouvert le dimanche`. A claim or sentence naming every day, or none, says
 * nothing of which; a claim denying its days says nothing against them.
 */
export function withDays(claim: string, sentence: Sentence, reading: Reading): Reading {
  if (reading.coverage < SAME_SUBJECT) return reading;
  // A day denied is not set against those given: `fermé le dimanche` agrees with `du mardi au samedi`.
  if (DENIED.test(claim) && !ONLY.test(claim)) return reading;
  const claimed = scheduleDays(claim);
  if (claimed.length === 0 || claimed.length === 7) return reading;
  const given = givenScheduleDays(sentence.text);
  if (given.length === 0 || given.length === 7 || claimed.some((day) => given.includes(day)))
    return reading;
  const said = dayWords(claim);
  const instead = dayWords(sentence.text);
  if (said === '' || instead === '') return reading;
  const conflict: Conflict = { claimed: said, article: instead, sentenceId: sentence.id };
  return { ...reading, figuresHeld: false, conflicts: [...reading.conflicts, conflict] };
}
