// Which of a sentence's listed values a claim speaks of, when two clauses say as much of it.
import type { Figure, Sentence } from '../../knowledge/types.ts';
import { STOP_WORDS, tokenize } from '../normalize.ts';

/** The period a rate is given per (`38 000 € par semaine`, `£6.50 an hour`), '' for a total. */
const periodOf = (figure: Figure): string => {
  if (figure.kind !== 'money' && figure.kind !== 'count') return '';
  const slash = figure.unit.indexOf('/');
  return slash < 0 ? '' : figure.unit.slice(slash + 1).toLowerCase();
};

/**
 * A total is no rival of a rate the sentence gives at the claimed value: `38 000 € par semaine,
 * soit environ 420 000 € si l'arrêt dure` gives the weekly loss the claim says, and the total it
 * comes to; a claim of `38 000 euros par semaine` speaks of the rate, whatever words the total's
 * clause shares with it.
 */
export function totalBesideRate(same: Figure, other: Figure): boolean {
  return periodOf(same) !== '' && periodOf(other) === '';
}

/** A clause of a sentence, as clauseSpans (figure-context.ts) gives it. */
interface Span {
  start: number;
  end: number;
}

/**
 * A listed item whose verb is left out, after a comma: `…, la région 25 %,` in `Le département
 * a promis de couvrir 40 % de la somme, la région 25 %`. Past its figures it says only whom the
 * value is for, in one or two words; the verb is the first clause's, said of every item.
 */
export function isElidedItem(holder: Sentence, clause: Span): boolean {
  if (!/,\s*$/u.test(holder.text.slice(0, clause.start))) return false;
  let text = holder.text.slice(clause.start, clause.end);
  for (const figure of holder.figures) {
    const from = Math.max(figure.start, clause.start) - clause.start;
    const to = Math.min(figure.start + figure.text.length, clause.end) - clause.start;
    if (to > from) text = `${text.slice(0, from)}${' '.repeat(to - from)}${text.slice(to)}`;
  }
  const words = tokenize(text).filter((token) => !STOP_WORDS.has(token.word));
  return words.length >= 1 && words.length <= 2;
}
