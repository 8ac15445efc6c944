import type { Sentence } from '../knowledge/types.ts';
import { fold, tokenize } from './normalize.ts';
import type { Gaps } from './passage-gaps.ts';

/**
 * A population asked (`what is the population of…`, `how many people live in…`, `combien
 * d’habitants`) is a count of the people who live there: `Glenarrow Fibre has 912
 * member-shareholders` counts members, and a sentence with no count of inhabitants does not say
 * it, though it names the place. What asks it, as typed, lacks.
 */

/** How a question asks a population, folded. */
const ASKS =
  /\b(?:population|(?:how many|combien d|combien de|nombre d|number of) (?:inhabitants|habitants)|(?:how many|combien de) (?:people|persons|personnes|gens|residents) (?:live|lives|living|vivent|habitent|reside)|(?:how many|combien) (?:live|vivent|habitent))\b/u;
/** Words a count of inhabitants is given in, folded. */
const PEOPLE =
  /^(?:population|populations|inhabitants|habitants|residents|residants|people|persons|personnes|ames|souls|villagers|villageois|citizens|citoyens|administres|locals)$/u;

/** The phrase asking a population, as typed, or undefined. */
export function askedPopulation(question: string): string | undefined {
  const tokens = tokenize(question);
  const folded = tokens.map(({ word }) => word).join(' ');
  const match = ASKS.exec(folded);
  if (match === null) return undefined;
  // Back to the typed words: the folded match's words, counted from the start.
  const first = folded.slice(0, match.index).split(' ').filter(Boolean).length;
  const count = match[0].split(' ').length;
  const from = tokens[first];
  const to = tokens[first + count - 1];
  return from === undefined || to === undefined ? undefined : question.slice(from.start, to.end);
}

/** Whether a sentence gives a count of people living somewhere: a count in PEOPLE's words. */
function countsPeople(sentence: Sentence): boolean {
  return sentence.figures.some((figure) => {
    if (figure.kind !== 'count') return false;
    if (PEOPLE.test(fold(figure.unit).split(/[\s/]/u)[0] ?? '')) return true;
    const after = tokenize(sentence.text.slice(figure.start + figure.text.length)).slice(0, 2);
    return after.some(({ word }) => PEOPLE.test(word));
  });
}

/** The gaps with the population asked added when the sentence counts no inhabitants. */
export function withPopulationGap(gaps: Gaps, sentence: Sentence, asked: string | undefined): Gaps {
  if (asked === undefined || gaps.missing.length > 0 || countsPeople(sentence)) return gaps;
  // `La commune compte 2 300 habitants`, `a town of 4,000`: a count beside the word `population`.
  const words = tokenize(sentence.text).map(({ word }) => word);
  if (
    words.some((word) => word === 'population' || word === 'populations') &&
    sentence.figures.some(({ kind }) => kind === 'count')
  )
    return gaps;
  return { ...gaps, missing: [...gaps.missing, asked] };
}
