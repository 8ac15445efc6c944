// The names, places and organizations a claim states, and whether a passage's words hold them.

import { MONTH_ABBREVIATIONS } from '../../knowledge/figure-dates.ts';
import { glossaryEntry, lexiconEntry } from '../dictionary-lookup.ts';
import { afterPlacePreposition, afterVenue } from '../figure-context.ts';
import { stopTokensOf, tokenize } from '../normalize.ts';
import type { SearchIndex } from '../search-index.ts';
import { heldAsCognate } from './cognate-forms.ts';
import { isCalendarWord } from './compare-figures.ts';
import { spelledOut } from './initials.ts';
import { isUnitSymbol } from './unit-symbols.ts';

/**
 * Words for a people or a nationality (`Americans`, `Chinese`, `Canadian`): capitalized in English,
 * yet said in other words by the articles (`aux États-Unis`, `chinois`), so not names to find.
 */
const DEMONYM = /(?:ans|ese|ians?|eans?|ish)$/u;

/** A name, a place or an organization the claim states: its words as typed, and folded. */
export interface Term {
  text: string;
  words: string[];
  /** Written right after `in`/`à`: a place. */
  place: boolean;
  /** Where the claim writes it. */
  start: number;
  /** A place the whole claim is set in, checked fact by fact: its article's title may say it. */
  setting?: boolean;
}

/**
 * The names a text states: capitalized words inside a sentence, or words the articles always
 * capitalize (`beijing` typed in lower case), neighbours joined (`Jennifer May`, `United States`).
 */
export function namesOf(
  index: SearchIndex,
  text: string,
  skip: (start: number) => boolean,
): Term[] {
  const tokens = tokenize(text);
  const isStop = stopTokensOf(text);
  const terms: Term[] = [];
  let previousEnd = -1;
  for (const [position, token] of tokens.entries()) {
    if (skip(token.start) || /^\d/u.test(token.word)) continue;
    const last = terms[terms.length - 1];
    const joined =
      last !== undefined && /^[\s\u00A0-]+$/u.test(text.slice(previousEnd, token.start));
    // `May` is a month, but not in `Jennifer May`; `Feb` and `Sept` are months too.
    if ((isCalendarWord(token.word) || MONTH_ABBREVIATIONS[token.word] !== undefined) && !joined)
      continue;
    const surface = text.slice(token.start, token.end);
    if (isUnitSymbol(surface)) continue;
    const capitalized =
      /^\p{Lu}/u.test(surface) && position > 0 && !isStop(token) && !DEMONYM.test(token.word);
    const id = index.wordIds.get(token.word);
    // A grammar word typed in lower case is that word, though an article writes its letters as an
    // acronym: `ça a coûté` is no `31 M$ CA`, `told us` no `US`.
    const known = id !== undefined && index.names[id] === 1 && !isStop(token);
    if (!capitalized && !known) continue;
    // A word typed in lower case after a capitalized name is the writer's common noun, though the
    // articles capitalize it in a name of their own: `a US trust` is not `the US Trust`.
    const lowerAfterCapital =
      !/^\p{Lu}/u.test(surface) &&
      /\s$/u.test(text.slice(previousEnd, token.start)) &&
      /^\p{Lu}/u.test(last?.text.split(/\s+/u).pop() ?? '');
    if (last !== undefined && joined && !lowerAfterCapital) {
      last.text = `${last.text}${text.slice(previousEnd, token.end)}`;
      last.words.push(token.word);
    } else {
      terms.push({
        text: surface,
        words: [token.word],
        start: token.start,
        place: afterPlacePreposition(tokens, position) || afterVenue(text, tokens, position),
      });
    }
    previousEnd = token.end;
  }
  return terms;
}

/** Whether every word is one the articles always capitalize: a name, not `chinois`. */
export function isName(index: SearchIndex, words: string[]): boolean {
  return words.every((word) => {
    const id = index.wordIds.get(word);
    return id !== undefined && index.names[id] === 1;
  });
}

/**
 * Whether a passage holds a term, as written or as the glossary translates it; a place only as
 * another name (`China` → `Chine`), as `Beijing` may stand for `chinois` elsewhere but is not it.
 */
export function holds(index: SearchIndex, words: Set<string>, term: Term): boolean {
  const held = (termWords: string[]) => {
    const translations = [
      ...(glossaryEntry(index, termWords) ?? []).filter((way) => !term.place || isName(index, way)),
      ...commonNounTranslations(index, termWords),
    ];
    return [termWords, ...translations].some(
      (way) => way.length > 0 && way.every((word) => hasName(words, word)),
    );
  };
  // Names joined by a hyphen are each held apart: `US-China` in `les États-Unis et la Chine`.
  const parts = term.text.split('-').map((part) => tokenize(part).map((token) => token.word));
  return held(term.words) || (parts.length > 1 && parts.every((part) => held(part)));
}

/**
 * A body the claim capitalizes though its word is a common one (`dans l'Etat`, `la Région`), and
 * that no article writes as a name, is said by the dictionary's translation of the word when that
 * is a common word too (`the state`): no name stands for another through it.
 */
function commonNounTranslations(index: SearchIndex, termWords: string[]): string[][] {
  if (termWords.length !== 1 || isName(index, termWords)) return [];
  return (lexiconEntry(index, termWords) ?? []).filter(
    (way) => way.length > 0 && way.every((word) => !isName(index, [word])),
  );
}

/**
 * A name in the plural is the one name: `the Greens` are the party of the `Green candidate`, `les
 * Verts` that of `un Vert`.
 */
function hasName(words: Set<string>, word: string): boolean {
  if (words.has(word) || heldAsCognate(words, word)) return true;
  if (word.length < 4) return false;
  return word.endsWith('s') ? words.has(word.slice(0, -1)) : words.has(`${word}s`);
}

/**
 * Whether a passage names a term: its words hold it (`holds`), or its text spells out the
 * initials the claim typed (`spelledOut`).
 */
export const namesTerm = (index: SearchIndex, words: Set<string>, text: string, term: Term) =>
  holds(index, words, term) || spelledOut(term, text);

/** A claim's text without the names it states: `Jennifer May a quitté son poste` → its words. */
export function withoutNames(text: string, names: Term[]): string {
  return names.reduce((rest, term) => rest.replace(term.text, ' '), text);
}
