// One value said twice: `£85k` and `£85,000`, `1.2 million` and `1 200 000`, as rounded in writing.

/** How far apart, as a share of the larger, two values may be and still be one. */
const SAME_VALUE_TOLERANCE = 0.005;

/** Whether two values are one value written two ways (within SAME_VALUE_TOLERANCE). */
export const nearValue = (a: number, b: number): boolean =>
  Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * SAME_VALUE_TOLERANCE;
