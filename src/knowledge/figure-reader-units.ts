// Lengths of time said in a unit a reader counts in another: `a decade` is ten years.

import type { Figure } from './types.ts';

/** Decades by the years they hold, in the language they are written in. */
const DECADES: Record<string, string> = {
  decade: 'years',
  decades: 'years',
  décennie: 'ans',
  décennies: 'ans',
};
/** Hours in words (`half an hour`, `une heure et quart`). */
const HOURS = /^(?:hours?|heures?)$/u;

/**
 * A reader counts `a decade` (`une décennie`, `a decade ago`) as ten years, and a part of an hour
 * in words (`half an hour`, `une heure et quart`, `three quarters of an hour`) in minutes: thirty,
 * seventy-five. A half more than whole hours (`une heure et demie`) and a quarter more than
 * several (`trois heures et quart`) stay in hours, as they are said.
 */
export function inReadersUnit(figure: Figure): void {
  if (figure.kind !== 'duration' || /\d/u.test(figure.text)) return;
  const years = DECADES[figure.unit.toLowerCase()];
  if (years !== undefined) {
    figure.unit = years;
    figure.value *= 10;
    return;
  }
  const quarters = figure.value * 4;
  if (
    HOURS.test(figure.unit.toLowerCase()) &&
    Number.isInteger(quarters) &&
    !Number.isInteger(figure.value) &&
    (figure.value < 1 || (figure.value < 2 && quarters % 2 === 1))
  ) {
    figure.unit = 'minutes';
    figure.value *= 60;
  }
}
