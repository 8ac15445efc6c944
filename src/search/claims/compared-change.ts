// A value set against an earlier one is a change from it: `11 500 auditeurs, contre 9 800 en 2021`
// went from 9 800 to 11 500.
import type { Figure } from '../../knowledge/types.ts';
import { fold } from '../normalize.ts';

/** Words that give the value after them as the earlier one, folded: `contre`, `up from`. */
const EARLIER = /(?:\bcontre|\bagainst|\bcompared (?:with|to)|\b(?:up|down) from|\bvs\.?)\s*$/u;
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
    const between = folded.slice(
      later.start + later.text.length,
      earlier.start - opening[0].length,
    );
    if (!BETWEEN.test(between)) return [];
    const next = sorted[at + 1];
    const dated =
      /\b(?:up|down) from/u.test(opening[0]) ||
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
