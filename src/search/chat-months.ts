/**
 * Months cut short in chat (`jan`, `janv`, `sept`, `déc`), written out where they can only be the
 * month: beside a day or a year (`14 dec`, `jan 2025`), or after a word of time at the end of the
 * question or before a number (`how cold did it get in jan`, `en sept ?`). `en sept jours` keeps
 * its number, `Jan` before a word its name. Questions (`chat-words.ts`) and claims
 * (`claims/claim-chat.ts`) read the same table.
 */

export const MONTH_CUTS: Readonly<Record<string, string>> = {
  jan: 'january',
  janv: 'janvier',
  feb: 'february',
  fev: 'février',
  fevr: 'février',
  apr: 'april',
  avr: 'avril',
  jun: 'june',
  jul: 'july',
  juil: 'juillet',
  aug: 'august',
  sep: 'september',
  sept: 'september',
  oct: 'october',
  nov: 'november',
  dec: 'december',
  déc: 'décembre',
};

export const MONTH_CUT = Object.keys(MONTH_CUTS).join('|');

/** Words after which a month is said: `in`, `since`, `until`, `en`, `depuis`, `fin`, `début`. */
const TIME_WORDS =
  "in|since|from|until|till|early|late|mid|en|depuis|dès|des|fin|début|debut|mi|courant|jusqu en|jusqu’en|jusqu'en";

const BESIDE_NUMBER = [
  // `dec 14`, `jan 2025`
  new RegExp(
    `(?<![\\p{L}\\p{N}])(${MONTH_CUT})\\.?(?=\\s+\\d{1,2}(?!\\d)|\\s+\\d{4}(?!\\d))`,
    'giu',
  ),
  // `14 dec`
  new RegExp(`(?<=(?<!\\d)\\d{1,2}\\s+)(${MONTH_CUT})\\.?(?![\\p{L}\\p{N}])`, 'giu'),
  // `in jan`, `en sept ?`: at the end, before a stop or a number.
  new RegExp(
    `(?<=(?<![\\p{L}])(?:${TIME_WORDS})[\\s-]+)(${MONTH_CUT})\\.?(?=\\s*(?:$|[?!.,;:…]|\\d))`,
    'giu',
  ),
];

/**
 * The text with its months cut short written out (`in jan` → `in january`), but for a word the
 * caller keeps (one the articles use themselves).
 */
export function withMonthsWritten(
  text: string,
  keep: (cut: string) => boolean = () => false,
): string {
  let written = text;
  for (const pattern of BESIDE_NUMBER) {
    written = written.replace(pattern, (match: string, cut: string) =>
      keep(cut) ? match : (MONTH_CUTS[cut.toLowerCase()] ?? match),
    );
  }
  return written;
}
