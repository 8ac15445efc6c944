/** Months, weekdays, seasons and parts of a year, French and English, that dates are read with. */

export const MONTHS: Record<string, number> = {
  janvier: 1,
  février: 2,
  fevrier: 2,
  mars: 3,
  avril: 4,
  mai: 5,
  juin: 6,
  juillet: 7,
  août: 8,
  aout: 8,
  septembre: 9,
  octobre: 10,
  novembre: 11,
  décembre: 12,
  decembre: 12,
  january: 1,
  february: 2,
  march: 3,
  april: 4,
  may: 5,
  june: 6,
  july: 7,
  august: 8,
  september: 9,
  october: 10,
  november: 11,
  december: 12,
};
/** English month names are also words (`may`, `march`): only capitalised do they name a month. */
export const ENGLISH_MONTHS = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]);

export const WEEKDAYS = [
  'lundi',
  'mardi',
  'mercredi',
  'jeudi',
  'vendredi',
  'samedi',
  'dimanche',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
];

export const SEASONS = [
  'printemps',
  'été',
  'automne',
  'hiver',
  'spring',
  'summer',
  'fall',
  'autumn',
  'winter',
  // `la rentrée 2019`: the start of the school and working year, which French dates by.
  'rentrée',
  // `Easter 2026`, `Noël 2025`: holidays at one time of every year date as seasons do.
  'easter',
  'christmas',
  'pâques',
  'noël',
];
/** Words that place a year more precisely: `early 2027`, `fin 2025`, `mi-2024`. */
export const YEAR_PARTS = ['early', 'late', 'mid', 'end', 'start', 'début', 'fin', 'mi'];
