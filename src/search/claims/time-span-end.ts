// A span of the day read as one figure (`from 7:15 to 19:00`, `de 7 h 15 à 18 h`) has the value of
// its start: its end must be compared too, or `open 7:15 to 19:00` is said by `de 7 h 15 à 18 h`.
import type { Figure, Sentence } from '../../knowledge/types.ts';

/** A clock time: `19:00`, `19 h`, `7 h 15`, `7h15`, `7.30pm`. */
const CLOCK = String.raw`(\d{1,2})(?:\s?(?::|h|\.)\s?(\d{2}))?\s?(am|pm|h)?`;
/** The end of a span of the day as a figure's text writes it: `… to 19:00`, `… à 18 h`. */
const SPAN_END = new RegExp(String.raw`\s(?:to|until|till|à|a|et|and|-|–)\s+${CLOCK}\s*$`, 'iu');

/** The end of a time span figure in hours (`19:00` → 19, `7.30pm` → 19.5), if it has one. */
function endOf(figure: Figure): number | undefined {
  if (figure.kind !== 'time') return undefined;
  const match = SPAN_END.exec(figure.text);
  if (match === null) return undefined;
  const hours = Number(match[1]) + Number(match[2] ?? 0) / 60;
  const pm = match[3]?.toLowerCase() === 'pm' && hours < 12;
  return pm ? hours + 12 : hours;
}

/**
 * Whether the sentence gives a claimed span of the day with its start and another end: `de 7 h 15
 * à 18 h` for `open from 7:15 to 19:00`.
 */
export function spanEndOtherwise(claimed: Figure[], sentence: Sentence): boolean {
  return claimed.some((figure) => {
    const end = endOf(figure);
    if (end === undefined) return false;
    return sentence.figures.some((given) => {
      const givenEnd = endOf(given);
      return (
        given.kind === 'time' &&
        Math.abs(given.value - figure.value) < 1e-9 &&
        givenEnd !== undefined &&
        Math.abs(givenEnd - end) > 1e-9
      );
    });
  });
}
