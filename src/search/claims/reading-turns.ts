// A passage read against the way, route or qualifier a claim gives: said otherwise, it does not say
// the claim, and on the claim's subject it contradicts it.
import type { Figure, Sentence } from '../../knowledge/types.ts';
import type { QueryGroup } from '../query.ts';
import type { SearchIndex } from '../search-index.ts';
import { SAME_SUBJECT, sentenceCoverageOf } from './claim-coverage.ts';
import { wayAgainst } from './directions.ts';
import { qualifierOtherwise } from './qualifiers.ts';
import type { Reading } from './read-passage.ts';
import { rejectedChoice } from './rejected-choice.ts';
import { routeReversed } from './route-ends.ts';

type Conflict = Reading['conflicts'][number];

/**
 * A reading whose sentence says the claim otherwise: it no longer holds the claim's figures, and
 * the conflict found is its own only when the sentence speaks of the claim's subject.
 */
function saidOtherwise(
  reading: Reading,
  conflict: Conflict | undefined,
  onSubject: boolean,
): Reading {
  return {
    ...reading,
    figuresHeld: false,
    conflicts: conflict !== undefined && onSubject ? [conflict] : reading.conflicts,
  };
}

/**
 * A claim with no figure that says which way something went (`prices fell after the heatwave`)
 * is supported only by a sentence that says that way too, and contradicted by one on its subject,
 * the search's and covering half its words, that says the other way (`le prix de gros … a
 * grimpé`).
 */
export function withWay(claim: string, figures: Figure[], reading: Reading): Reading {
  // A claim dated by a year says which way only by comparing with it (`spent less this year than
  // in 2024`): its year is no quantity that went up or down (`come down in spring 2026`).
  if (figures.some((figure) => figure.kind !== 'date')) return reading;
  const sentence = { id: reading.passage.sentenceId, text: reading.passage.sentence };
  const way = wayAgainst(claim, sentence, figures.length > 0);
  if (way === undefined || way.same) return reading;
  const onSubject =
    reading.coverage >= SAME_SUBJECT &&
    reading.passage.score >= SAME_SUBJECT &&
    reading.conflicts.length === 0;
  return saidOtherwise(reading, way.conflict, onSubject);
}

/**
 * A sentence that gives the claim's route the other way round (the claim's start is its end)
 * says no such route, whatever figures it holds; on the claim's subject, it contradicts it.
 */
export function withRoute(index: SearchIndex, claim: string, reading: Reading): Reading {
  const sentence = { id: reading.passage.sentenceId, text: reading.passage.sentence };
  const conflict = routeReversed(index, claim, sentence);
  if (conflict === undefined) return reading;
  const onSubject = reading.coverage >= SAME_SUBJECT && reading.conflicts.length === 0;
  return saidOtherwise(reading, conflict, onSubject);
}

/**
 * A sentence that gives a claimed count with the other side of its qualifier (`part-time` for
 * `à temps plein`) does not say it; on the claim's subject, it contradicts it.
 */
export function withQualifier(
  index: SearchIndex,
  claim: string,
  figures: Figure[],
  reading: Reading,
): Reading {
  const sentence = index.corpus.sentences[reading.passage.sentenceId] as Sentence;
  const conflict = qualifierOtherwise(claim, figures, sentence);
  if (conflict === undefined) return reading;
  // The sentence that gives the claimed count with its qualifier speaks of it, whatever its words.
  const onSubject =
    (reading.coverage >= SAME_SUBJECT || reading.figuresTell) && reading.conflicts.length === 0;
  return saidOtherwise(reading, conflict, onSubject);
}

/**
 * A sentence that sets aside what the claim says was chosen (`from reserves rather than from the
 * parks budget`) does not say it; on the claim's subject, it contradicts it.
 */
export function withRejected(
  index: SearchIndex,
  claim: string,
  groups: QueryGroup[],
  reading: Reading,
): Reading {
  // The sentence itself must say half the claim: the choice set aside is its own.
  const sentence = index.corpus.sentences[reading.passage.sentenceId] as Sentence;
  const onSubject =
    reading.conflicts.length === 0 && sentenceCoverageOf(index, groups, sentence) >= SAME_SUBJECT;
  if (!onSubject) return reading;
  const conflict = rejectedChoice(index, claim, groups, sentence);
  if (conflict === undefined) return reading;
  return saidOtherwise(reading, conflict, true);
}
