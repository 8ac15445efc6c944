// Whether a text speaks of what is still to come: a date it gives is then a date to come.
import { tokenize } from '../normalize.ts';

/** Words that put what follows in the future, alone (`will`, `va`, `prochaine`), folded. */
const FUTURE_WORDS = new Set(
  (
    'will ll shall upcoming next va vont allons prochain prochaine prochains prochaines ' +
    'prevu prevue prevus prevues'
  ).split(' '),
);
/** Pairs of words that do (`going to`, `due to`, `set to`, `expected to`). */
const FUTURE_PAIRS = new Set(['going to', 'due to', 'set to', 'expected to', 'scheduled for']);
/**
 * A French verb in the future tense: `sera`, `aura`, `tiendra`, `ouvrira`, `commenceront`. An
 * English noun that ends so (`camera`, `tundra`) only ever makes a text read as the future.
 */
const FRENCH_FUTURE = /(?:er|ir|dr|ur|rr|vr)(?:a|ont)$/u;

/** The years a text names after `in`, `from` or `by` (`in 2026`), as numbers. */
const yearsIn = (words: string[]): number[] =>
  words.flatMap((word, at) =>
    /^(19|20)\d\d$/u.test(word) && ['in', 'from', 'by'].includes(words[at - 1] ?? '')
      ? [Number(word)]
      : [],
  );

/**
 * Whether the text says something will happen, by a word or a verb of the future, or by an English
 * present of what is under way with a year later than every year `against` gives (`is launching …
 * in 2026` against an article of 2025): a plan. `is employing 900 people in 2019` against a
 * sentence of 2019 is no plan, nor `is missing 1500 tiles`.
 */
export function speaksOfFuture(text: string, against = ''): boolean {
  const words = tokenize(text).map((token) => token.word);
  // Read only for an English present of what is under way, which few texts hold.
  const planYear = (): boolean => {
    const latest = Math.max(0, ...yearsIn(tokenize(against).map((token) => token.word)));
    return yearsIn(words).some((year) => year > latest);
  };
  return words.some(
    (word, at) =>
      FUTURE_WORDS.has(word) ||
      FUTURE_PAIRS.has(`${word} ${words[at + 1] ?? ''}`) ||
      (word.length >= 4 && FRENCH_FUTURE.test(word)) ||
      ((word === 'is' || word === 'are') &&
        /^\p{L}{3,}ing$/u.test(words[at + 1] ?? '') &&
        planYear()),
  );
}

/** Words of what has been, folded: `had`, `was`, `avait`, `a été`, a French imperfect. */
const PAST_WORDS = new Set('had was were did avait avaient etait etaient'.split(' '));
const FRENCH_IMPERFECT = /\p{L}{2,}(?:ait|aient)$/u;
/**
 * French modals in the conditional, which end as an imperfect does but say what should or could
 * be (`le prix devrait passer à 11,50 €`): no past. Their imperfects are `devait`, `pouvait`.
 */
const FRENCH_CONDITIONAL_MODALS = new Set(
  (
    'devrait devraient pourrait pourraient faudrait serait seraient aurait auraient voudrait ' +
    'voudraient'
  ).split(' '),
);

/** Whether the text says what has been, by a word or a verb of the past, and nothing to come. */
function speaksOfPastOnly(text: string): boolean {
  const words = tokenize(text).map((token) => token.word);
  return (
    !speaksOfFuture(text) &&
    words.some(
      (word) =>
        PAST_WORDS.has(word) ||
        (FRENCH_IMPERFECT.test(word) && !FRENCH_CONDITIONAL_MODALS.has(word)),
    )
  );
}

/**
 * A quantity the article gives of what has been (`had been running two shifts`) is not one of what
 * the claim says will be (`will move to three shifts`): the article is silent on what is to come.
 */
export function pastQuantityForFuture(claim: string, sentence: string): boolean {
  return speaksOfFuture(claim, sentence) && speaksOfPastOnly(sentence);
}

/**
 * A date the article gives of what has happened is not the date of what the claim says will
 * happen: `a quarry … closed in 2019` says nothing of one that `will reopen in 2027`, nor `three
 * ATR leased since 2019` of two to order in 2027. Only a sentence that speaks of the future too
 * may date the claim's event otherwise.
 */
export function pastDateForFuture(claim: string, sentence: string): boolean {
  return speaksOfFuture(claim, sentence) && !speaksOfFuture(sentence);
}
