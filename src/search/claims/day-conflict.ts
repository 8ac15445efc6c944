// Days of the week said otherwise: `open on Sundays` against `du mardi au samedi`.
import type { Sentence } from '../../knowledge/types.ts';
import { tokenize } from '../normalize.ts';
import { weekdayOf } from '../weekdays.ts';
import { SAME_SUBJECT } from './claim-coverage.ts';
import type { Conflict } from './claim-types.ts';
import type { Reading } from './read-passage.ts';
import { daysOf } from './specific-terms.ts';

/** A day named with its date (`le samedi 14 juin`, `Saturday 3 May`): one event's day, no schedule. */
const DATED_DAY =
  /\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+(?:the\s+)?(?:\d|1er\b)/giu;

/** The days of the week a text gives as when things happen: its dated days aside. */
const scheduleDays = (text: string): number[] => daysOf(text.replace(DATED_DAY, ' '));

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
 * nothing of which.
 */
export function withDays(claim: string, sentence: Sentence, reading: Reading): Reading {
  if (reading.coverage < SAME_SUBJECT) return reading;
  const claimed = scheduleDays(claim);
  if (claimed.length === 0 || claimed.length === 7) return reading;
  const given = scheduleDays(sentence.text);
  if (given.length === 0 || given.length === 7 || claimed.some((day) => given.includes(day)))
    return reading;
  const said = dayWords(claim);
  const instead = dayWords(sentence.text);
  if (said === '' || instead === '') return reading;
  const conflict: Conflict = { claimed: said, article: instead, sentenceId: sentence.id };
  return { ...reading, figuresHeld: false, conflicts: [...reading.conflicts, conflict] };
}
