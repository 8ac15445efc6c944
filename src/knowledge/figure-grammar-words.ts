/**
 * The words around a number that tell a counted noun from an adjective, a verb or a name, French
 * and English: bounds and determiners before it, function words, adjectives, plurals, and the
 * nouns a number after them names (`article 5`). Keys are lowercase.
 */

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
  'au maximum',
  'au minimum',
  'close to',
  'jusqu’à',
  "jusqu'à",
  // `a loss of just 8%`: how small the figure is said to be, as a reader quotes it.
  'just',
  'barely',
  'à peine',
  'au-dessus de',
  'en dessous de',
  'au-delà de',
  'no more than',
  'no fewer than',
  'no less than',
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

/** Plural nouns that do not end in -s, -x or -z, and nouns the same in the plural (`200 sheep`). */
export const IRREGULAR_PLURALS = new Set(
  'people children men women feet teeth mice geese staff police personnel cattle data media criteria crew sheep deer aircraft fish salmon trout offspring'.split(
    ' ',
  ),
);

/** Plural nouns that also name the kind of another noun after them: `crew members`. */
export const MODIFIER_PLURALS = new Set(
  // `bus stops`, `gas prices`: singular nouns ending in -s.
  'crew staff police personnel cattle bus gas campus bonus'.split(' '),
);

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
  'studio',
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
