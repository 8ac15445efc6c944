/**
 * Numbers in words, French and English: number words, approximate numbers, fractions and their
 * numerators, multiples and multipliers. Keys are lowercase.
 */

/** Number words that count on their own (`trois hôpitaux`); `un`, `one` only count time. */
export const NUMBER_WORDS: Record<string, number> = {
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6, // and English
  sept: 7,
  huit: 8,
  neuf: 9,
  dix: 10,
  onze: 11,
  douze: 12,
  treize: 13,
  quatorze: 14,
  quinze: 15,
  seize: 16,
  vingt: 20,
  vingts: 20,
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  cent: 100,
  cents: 100,
  mille: 1000,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  thousand: 1000,
  dozen: 12,
};

/**
 * Nouns of an approximate number: `une soixantaine d’apprentis`, `des centaines de`, `a dozen
 * families`. French ones take `de`; the value is the round number they hover around.
 */
export const APPROXIMATE_NUMBERS: Record<string, number> = {
  dizaine: 10,
  douzaine: 12,
  quinzaine: 15,
  vingtaine: 20,
  trentaine: 30,
  quarantaine: 40,
  cinquantaine: 50,
  soixantaine: 60,
  centaine: 100,
  millier: 1000,
  dozen: 12,
  score: 20,
  // Only in the plural: `hundreds of residents`, `thousands of`.
  hundred: 100,
  thousand: 1000,
};

/** Words for one, which name a quantity only before a unit of time (`une semaine`, `one hour`). */
export const ONE_WORDS = ['un', 'une', 'one'];

/** Multiples in words: `double the`, `le triple de`, `twice as many`. */
export const MULTIPLES: Record<string, number> = { double: 2, twice: 2, triple: 3, quadruple: 4 };

/** Multipliers written after a number, as exponents of ten so that `4,1 M` stays exact. */
export const MULTIPLIER_EXPONENTS: Record<string, number> = {
  k: 3,
  mille: 3,
  thousand: 3,
  m: 6,
  mn: 6,
  million: 6,
  millions: 6,
  md: 9,
  g: 9,
  bn: 9,
  milliard: 9,
  milliards: 9,
  billion: 9,
  billions: 9,
};

/** Fractions: the share each names. */
export const FRACTIONS: Record<string, number> = {
  moitié: 1 / 2,
  moitie: 1 / 2, // typed without its accent
  half: 1 / 2,
  halves: 1 / 2,
  tiers: 1 / 3,
  third: 1 / 3,
  thirds: 1 / 3,
  quart: 1 / 4,
  quarts: 1 / 4,
  quarter: 1 / 4,
  quarters: 1 / 4,
  cinquième: 1 / 5,
  cinquièmes: 1 / 5,
  fifth: 1 / 5,
  fifths: 1 / 5,
  dixième: 1 / 10,
  dixièmes: 1 / 10,
  tenth: 1 / 10,
  tenths: 1 / 10,
};

/** How many of a fraction a word before it names: `deux tiers`, `a third`, `la moitié`. */
export const NUMERATORS: Record<string, number> = {
  un: 1,
  une: 1,
  a: 1,
  one: 1,
  la: 1,
  le: 1,
  deux: 2,
  two: 2,
  trois: 3,
  three: 3,
  quatre: 4,
  four: 4,
};
