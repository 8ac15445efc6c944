// A hedged round figure (`around 71,000`, `environ 4000`) is the article's value rounded: 71 400,
// 3 960. Only rounding to the claim's own round place counts, one digit finer than its leading one
// at most, so `about 10` is 10 and `une trentaine` 30, never the next value of a series.

/** The place a round claimed value is given to: 71 000 → 1 000, 4 000 → 100, 425 000 → 1 000. */
function roundPlace(value: number): number {
  if (!Number.isInteger(value) || value <= 0) return 0;
  let place = 1;
  while (value % (place * 10) === 0 && place * 10 <= value / 10) place *= 10;
  return place;
}

/** Whether the article's value, rounded to the claimed value's round place, is that value. */
export function roundsTo(claimed: number, given: number): boolean {
  const place = roundPlace(claimed);
  if (place <= 1) return given === claimed;
  return Math.round(given / place) * place === claimed;
}
