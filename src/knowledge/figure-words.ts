/**
 * The small French and English lexicon the figure extractor reads numbers with: number words,
 * fractions, multipliers, months, seasons, units of time and money, and the words that tell a
 * counted noun from an adjective, a verb or a name. Keys are lowercase.
 */

/** Any space a French typesetter uses between a number and what follows, as a regex class. */
export const SPACE = '[ \\u00A0\\u202F\\u2009]';

const escapeRegExp = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
/** A regex alternation of words, longest first so that `quatorze` is not read as `quatre`. */
export const words = (list: Iterable<string>): string =>
  [...list]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');

const SPACES = new Set([' ', '\u00A0', '\u202F', '\u2009']);
const WORD_CHAR = /[\p{L}\d°º.]/u;

/**
 * The word just before `index`, across spaces only (`Route 66`, `les deux`), with where it
 * starts; '' when punctuation or nothing comes first. Read by hand: a regex anchored at the end
 * of the text before would be tried at every offset of it, for every number of every sentence.
 */
export function wordBefore(text: string, index: number): { word: string; start: number } {
  let end = index;
  while (end > 0 && SPACES.has(text[end - 1] ?? '')) end--;
  if (end === index) return { word: '', start: index };
  let start = end;
  while (start > 0 && WORD_CHAR.test(text[start - 1] ?? '')) start--;
  // A trailing period belongs to abbreviations only (`no.`, `p.`), not to a sentence's end.
  return { word: text.slice(start, end), start };
}

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
];
/** Words that place a year more precisely: `early 2027`, `fin 2025`, `mi-2024`. */
export const YEAR_PARTS = ['early', 'late', 'mid', 'end', 'start', 'début', 'fin', 'mi'];

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

/** Words before a number that bound it and so belong to the figure: `nearly 12 feet`. */
export const BOUNDS = [
  'nearly',
  'almost',
  'about',
  'around',
  'roughly',
  'approximately',
  'some',
  'environ',
  'quelque',
  'more than',
  'less than',
  'fewer than',
  'at least',
  'at most',
  'up to',
  'over',
  'under',
  'above',
  'below',
  'plus de',
  'plus du',
  'près du',
  'moins de',
  'près de',
  'presque',
  'au moins',
  'au plus',
  'jusqu’à',
  "jusqu'à",
  // `a loss of just 8%`: how small the figure is said to be, as a reader quotes it.
  'just',
];

/** Determiners before a number word that point back at things already named: `les deux pays`. */
export const DEFINITE = new Set([
  'les',
  'des',
  'ces',
  'aux',
  'leurs',
  'nos',
  'vos',
  'ses',
  'mes',
  'tes',
  'tous',
  'toutes',
  'the',
  'these',
  'those',
  'its',
  'their',
  'our',
  'his',
  'her',
  'my',
  'your',
  'all',
  'both',
]);

/**
 * Function words and common adverbs: never what a number counts, never a name before a number.
 * Those ending in -s matter most, since a plural noun is what a count looks for.
 */
export const FUNCTION_WORDS = new Set([
  // French
  ...'à a au aux en de des du d le la les l un une sur par pour dans avec contre selon entre sans sous vers chez depuis pendant durant après avant dès jusqu lors parmi puis mais donc car ni que qui quoi dont où ce cet cette ces se sa son ses leur leurs nos notre vos votre il elle ils elles on nous vous y ne pas plus moins très trop tous tout toute toutes est sont était étaient sera seront ont avait avaient aura auront été être avoir fait font soit environ près presque quelque quelques chaque plusieurs certains certaines autant ainsi alors encore déjà aussi seulement comme si même et ou fois hier aujourd demain ensuite enfin pourtant cependant seuls seules dont là ici'.split(
    ' ',
  ),
  // English
  ...'and or of the a an to in on at by for with from into over under than as is are was were be been being will would could should can may might must has have had do does did not no that which who whom whose this these those its it their they them there here his her our your my we you he she per each every about around roughly approximately nearly almost some more less fewer most just only also still already even since until after before during between among across through while when where if but so then like plus minus versus via up down out off last next past ago later earlier always perhaps unless towards whereas yet today yesterday now thus besides times'.split(
    ' ',
  ),
]);

/** French adjectives put before a plural noun: `trois nouveaux hôpitaux` counts hospitals. */
export const ADJECTIVES_BEFORE_NOUNS = new Set(
  'nouveaux nouvelles grands grandes petits petites premiers premières derniers dernières autres jeunes vieux vieilles anciens anciennes principaux principales gros grosses hauts hautes bons bonnes mauvais vrais vraies beaux belles longues longs prochains prochaines mêmes nombreux nombreuses divers diverses other others'.split(
    ' ',
  ),
);

/** English adjectives with no telltale ending, read past before a noun: `a third of new hires`. */
export const ENGLISH_ADJECTIVES = new Set(
  'new old young small large big key top main other few many low high full total first last next major minor short long'.split(
    ' ',
  ),
);

/** Plural nouns that do not end in -s, -x or -z. */
export const IRREGULAR_PLURALS = new Set(
  'people children men women feet teeth mice geese staff police personnel cattle data media criteria crew'.split(
    ' ',
  ),
);

/** Plural nouns that also name the kind of another noun after them: `crew members`. */
export const MODIFIER_PLURALS = new Set(
  // `bus stops`, `gas prices`: singular nouns ending in -s.
  'crew staff police personnel cattle bus gas campus bonus'.split(' '),
);

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

/** Nouns that a number after them names rather than counts: `article 5`, `route 66`. */
export const IDENTIFIER_NOUNS = new Set([
  'article',
  'articles',
  'alinéa',
  'chapitre',
  'chapter',
  'section',
  'paragraphe',
  'paragraph',
  'clause',
  'amendement',
  'amendment',
  'page',
  'pages',
  'p.',
  'n°',
  'nº',
  'no.',
  'numéro',
  'number',
  'ligne',
  'line',
  'route',
  'autoroute',
  'highway',
  'interstate',
  'vol',
  'flight',
  'salle',
  'room',
  'niveau',
  'level',
  'phase',
  'étape',
  'tome',
  'volume',
  'épisode',
  'episode',
  'saison',
  'season',
  'version',
  'lot',
  'zone',
  'district',
  'box',
  'bâtiment',
  'building',
  'hall',
  'terminal',
  'gate',
  'quai',
  'quay',
  'berth',
  'pavillon',
  'bloc',
  'block',
  'circonscription',
  'gate',
  'porte',
  'terminal',
  'hall',
  'stand',
  'pavillon',
  'quai',
  'voie',
  'platform',
  'pier',
  'berth',
  'bâtiment',
  'building',
  'bloc',
  'block',
  'wing',
  'aile',
  'ward',
  'exit',
  'sortie',
  'local',
  'unit',
  'unité',
  'gallery',
  'galerie',
  'category',
  'catégorie',
  'bus',
  'tram',
  'hangar',
  'entrepôt',
  'warehouse',
]);
