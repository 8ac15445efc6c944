/**
 * What a number is a quantity of, French and English: units of measure and of time, currencies,
 * unit symbols and two-word units. Keys are lowercase.
 */

/** Units of measure that `one`, `un`, `une` give a quantity of: `one metre`, `une tonne`. */
export const MEASURE_UNITS =
  'metre meter mètre kilometre kilometer kilomètre mile inch tonne ton kilo kilogram kilogramme gram gramme litre liter gallon acre hectare'.split(
    ' ',
  );

/** What a price, a yield or a count is given per: `1,15 euro par kilo`, `$90 per person`. */
export const PER_UNITS =
  'kilo kilogramme kilogram kg litre liter tonne ton hectare acre mile km kilomètre kilometre mètre metre personne person habitant resident head bouteille bottle'.split(
    ' ',
  );

/** Units of time, and the period a rate names with each (`par an` → `year`). */
export const TIME_UNITS: Record<string, string> = {
  seconde: 'second',
  secondes: 'second',
  minute: 'minute',
  minutes: 'minute',
  heure: 'hour',
  heures: 'hour',
  jour: 'day',
  jours: 'day',
  journée: 'day',
  journées: 'day',
  semaine: 'week',
  semaines: 'week',
  mois: 'month',
  an: 'year',
  ans: 'year',
  année: 'year',
  années: 'year',
  décennie: 'decade',
  décennies: 'decade',
  siècle: 'century',
  siècles: 'century',
  second: 'second',
  seconds: 'second',
  hour: 'hour',
  hours: 'hour',
  day: 'day',
  days: 'day',
  week: 'week',
  weeks: 'week',
  month: 'month',
  months: 'month',
  year: 'year',
  years: 'year',
  decade: 'decade',
  decades: 'decade',
  century: 'century',
  centuries: 'century',
  fortnight: 'fortnight',
  fortnights: 'fortnight',
};

export const CURRENCIES: Record<string, string> = {
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'CNY',
  dollar: 'USD',
  dollars: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  livre: 'GBP',
  livres: 'GBP',
  yuan: 'CNY',
  yuans: 'CNY',
  usd: 'USD',
  eur: 'EUR',
  cad: 'CAD',
  gbp: 'GBP',
  cny: 'CNY',
  chf: 'CHF',
  // A currency's hundredth: `8 centimes`, `50 cents`, `20 pence`.
  centime: 'EUR',
  centimes: 'EUR',
  cent: 'USD',
  cents: 'USD',
  pence: 'GBP',
};

/** Abbreviated units, which never take the plural: `52 km`, `10 MW`. */
export const UNIT_SYMBOLS = new Set(
  'km m cm mm kg g mg t ha l ml cl hl kw mw gw kwh mwh gwh twh w v go mo gb mb tb km² m² m³ km2 m2 m3 mph lb lbs oz ft mi'.split(
    ' ',
  ),
);

/** Two-word units counted as one: `52 000 mètres cubes`. */
export const COMPOUND_UNITS = new Set([
  'mètres cubes',
  'mètres carrés',
  'kilomètres carrés',
  'cubic meters',
  'cubic metres',
  'square meters',
  'square metres',
  'square feet',
  'square miles',
  'square kilometers',
  'square kilometres',
]);
