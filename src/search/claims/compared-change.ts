// A value set against an earlier one is a change from it: `11 500 auditeurs, contre 9 800 en 2021`
// went from 9 800 to 11 500.
import type { Figure } from '../../knowledge/types.ts';
import { fold } from '../normalize.ts';

/** Words that give the value after them as the earlier one, folded: `contre`, `up from`. */
const EARLIER = /(?:\bcontre|\bagainst|\bcompared (?:with|to)|\b(?:up|down) from|\bvs\.?)\s*$/u;
/**
 * Words right after a value that date it before the other by how long ago, folded: `un an plus
 * tôt`, `a year earlier`, `l'an dernier`, `the year before`.
 */
const EARLIER_PERIOD =
  /^\s*(?:(?:un|une|deux|trois|quatre|cinq|a|an|one|two|three|four|five|\d+)\s+(?:an|ans|annees?|mois|semaines?|jours?|years?|months?|weeks?|days?)\s+(?:plus tot|auparavant|avant|earlier|before|ago)|l'an (?:dernier|passe)|l'annee (?:derniere|precedente|passee)|last year|the (?:previous|prior) year|the year before)\b/u;
/** Between the two values: a clause's few words, no sentence break nor second `contre`. */
const BETWEEN = /^[^.;!?]{0,40}$/u;

export interface ComparedChange {
  from: Figure;
  to: Figure;
  text: string;
}

/**
 * The changes a sentence gives as a value then the earlier one it is set against, each as `from`
 * the earlier value `to` the later: `environ 11 500 auditeurs, contre 9 800 en 2021`. The earlier
 * value must be dated (`en 2021`, `in 2019`) or the words must say it is earlier (`up from`), so
 * that `34 % contre 18 %` of two places is no change.
 */
export function comparedChanges(text: string, figures: Figure[]): ComparedChange[] {
  const folded = fold(text).replace(/’/gu, "'");
  if (folded.length !== text.length) return [];
  const sorted = [...figures].sort((a, b) => a.start - b.start);
  return sorted.flatMap((earlier, at) => {
    if (earlier.kind === 'date') return [];
    const opening = folded.slice(Math.max(0, earlier.start - 20), earlier.start).match(EARLIER);
    if (opening === null) return [];
    const later = sorted
      .slice(0, at)
      .reverse()
      .find((figure) => figure.kind === earlier.kind);
    if (later === undefined) return [];
    // A date between the two values is the period of the later one, not words of another clause:
    // `14 cambriolages entre octobre et mars, contre 12 un an plus tôt`.
    const betweenStart = later.start + later.text.length;
    const betweenEnd = earlier.start - opening[0].length;
    const between = sorted
      .filter((date) => date.kind === 'date' && date.start >= betweenStart)
      .filter((date) => date.start + date.text.length <= betweenEnd)
      .reduceRight(
        (rest, date) =>
          rest.slice(0, date.start - betweenStart) +
          rest.slice(date.start + date.text.length - betweenStart),
        folded.slice(betweenStart, betweenEnd),
      );
    if (!BETWEEN.test(between)) return [];
    const next = sorted[at + 1];
    const dated =
      /\b(?:up|down) from/u.test(opening[0]) ||
      EARLIER_PERIOD.test(folded.slice(earlier.start + earlier.text.length)) ||
      (next?.kind === 'date' &&
        /^\s*(?:en|in|au|a la|at)?\s*$/u.test(
          folded.slice(earlier.start + earlier.text.length, next.start),
        ));
    if (!dated) return [];
    return [
      {
        from: earlier,
        to: later,
        text: text.slice(later.start, earlier.start + earlier.text.length),
      },
    ];
  });
}
