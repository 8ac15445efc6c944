// Units a chat message leaves to the reader: an hour count in clock form after a verb of taking
// time, a figure that shares the unit of the one it is set against.

/** A verb that says how long something took: its figure in clock form is a length of time. */
const TOOK =
  /\b(takes?|took|lasts?|lasted|pris|prend|prendra|dure|durera|a dur[ée])\s+((?:(?:plus|moins)\s+d[e'’]\s*|more than\s+|over\s+|under\s+|less than\s+|about\s+|environ\s+|pr[eè]s\s+de\s+)?)(\d{1,2})\s*h(?![\p{L}\d])/giu;

/** The English verbs among them: their hours are `hours`. */
const ENGLISH_TOOK = /^(?:takes?|took|lasts?|lasted)$/iu;

/**
 * Words after a figure that give its unit: a scale (`2.5 million`), a length of time (`2.5 days`),
 * a currency (`4.5 euros`). A figure they follow is not bare.
 */
const UNIT_AFTER = [
  'million|millions|billion|billions|bn|thousand|k|m|milliards?|mille',
  'seconds?|minutes?|hours?|days?|weeks?|months?|years?|secondes?|heures?|jours?|semaines?|mois|ans?|ann[ée]es?',
  'euros?|pounds?|dollars?|pence|cents?|€|£|\\$',
].join('|');
/**
 * `9% backdated to april, company offering 5.5`: a bare figure with decimals, set against a share
 * in percent before it, is a share in percent too (a count of things has no decimals); not one
 * whose unit follows it (`offering 2.5 days of leave`, `offering 2.5 million`).
 */
const BARE_AFTER_PERCENT = new RegExp(
  `(\\d(?:[.,]\\d+)?\\s*%.*?\\b(?:offering|offers?|offered|propose|proposes|proposait|offre|vs\\.?|versus|contre|against)\\s+)(\\d{1,2}[.,]\\d{1,2})(?![\\d%\\p{L}]|\\s*(?:%|pour\\s*cent|per\\s*cent|percent|points?|pts?|${UNIT_AFTER})(?![\\p{L}]))`,
  'giu',
);

/**
 * `talks are set to restart`: `set to`, `due to`, `slated to`, `scheduled to` say the thing is
 * to come, as `will` does; an article may use any of them (`are due to resume`).
 */
const SET_TO = /\b(?:is|are)\s+(?:set|due|slated|scheduled|expected)\s+to\s+(?=\p{L})/giu;

/**
 * Slang for a currency after a number (`6 balles`, `20 quid`, `5 bucks`, `2.4 million quid`),
 * written as the currency (`£20`: `20 pounds` may be a weight). `balles` are also balls or bullets
 * (`balles de tennis`, `balles d'entraînement`, `tiré 3 balles`): they are euros only in a claim
 * that speaks of a price.
 */
const SCALED = String.raw`(\d[\d.,]*(?:\s*(?:k|m|millions?|thousand|mille))?)`;
const SLANG_CURRENCIES: [RegExp, string][] = [
  [new RegExp(String.raw`${SCALED}\s*quid(?![\p{L}])`, 'giu'), '£$1'],
  [new RegExp(String.raw`${SCALED}\s*bucks(?![\p{L}])`, 'giu'), '$$$1'],
];
const BALLES = new RegExp(String.raw`${SCALED}\s*balles(?![\p{L}])(?!\s+(?:de\s|d['’]))`, 'giu');

/** Words of a price, a payment or a cost, or `c'est N balles`: the claim's `balles` are euros. */
const SPEAKS_OF_PRICE =
  /(?<![\p{L}])(?:co[uû]t\p{L}*|pay\p{L}*|paie(?:nt)?|prix|vaut|valait|valent|tarifs?|factur\p{L}*|d[ée]pens\p{L}*|cher|ch[èe]re|billets?|tickets?|abonnements?|loyers?|salaires?|vendu\p{L}*|ach[eè]t\p{L}*|c['’\s]?est\s+\d)/iu;

/**
 * `minus 18`, `moins 18` with no unit after it: below zero, which in a chat is a temperature
 * (`it got down to minus 18 at dawn`). Not one with a unit, a share or a comparison after it
 * (`moins 18 ans`, `minus 5%`, `moins 5 que`), nor `au moins 80` and the like, which say `at
 * least` (`au`, `du`, `pas`, `le`, `les`, `à` before `moins`).
 */
const BARE_MINUS = new RegExp(
  String.raw`(?<![\p{L}\d])(?<!(?:^|[^\p{L}\d])(?:au|du|pas|le|les|à)\s+)(minus|moins)\s+(\d{1,2}(?:[.,]\d)?)(?![\d.,]|\s*(?:%|°|(?:c|f|pour\s*cent|per\s*cent|percent|points?|pts?|degr\p{L}*|ans?|years?|de|d['’]|que|qu['’]|than|of|fois|times|${UNIT_AFTER})(?![\p{L}])))`,
  'giu',
);

/**
 * Words that may follow a temperature without being what it counts: a time, a place, a joining
 * word (`minus 18 at dawn`, `moins 12 la nuit`). Any other word may be a noun the figure counts
 * (`moins 80 exposants`).
 */
const AFTER_TEMPERATURE =
  /^\s*(?:$|[.,;:!?)]|(?:at|in|on|by|during|overnight|last|this|the|and|or|today|tonight|yesterday|la|le|les|l|ce|cet|cette|en|dans|a|à|au|aux|et|ou|hier|pendant|lors|vers)(?![\p{L}]))/iu;

/** Words of cold or temperature, or the weather's `il fait`: a bare `moins 14` is degrees. */
const SPEAKS_OF_COLD =
  /(?<![\p{L}])(?:froid|gel\p{L}*|glac\p{L}*|temp[ée]ratures?|thermom[èe]tres?|il (?:a )?fai(?:t|sait)|cold|freez\p{L}*|frost\p{L}*|icy|temperatures?|thermometers?|chill\p{L}*|got down to)(?![\p{L}])/iu;

/** The claim with the units chat leaves to the reader written out. */
export function withChatUnits(claim: string): string {
  const priced = SPEAKS_OF_PRICE.test(claim) ? claim.replace(BALLES, '$1 euros') : claim;
  return SLANG_CURRENCIES.reduce((text, [slang, word]) => text.replace(slang, word), priced)
    .replace(
      TOOK,
      (_match, verb: string, bound: string, hours: string) =>
        `${verb} ${bound}${hours} ${ENGLISH_TOOK.test(verb) ? 'hours' : 'heures'}`,
    )
    .replace(SET_TO, 'will ')
    .replace(
      BARE_MINUS,
      (match: string, minus: string, figure: string, at: number, text: string) =>
        AFTER_TEMPERATURE.test(text.slice(at + match.length)) || SPEAKS_OF_COLD.test(text)
          ? `${minus} ${figure} °C`
          : match,
    )
    .replace(BARE_AFTER_PERCENT, (_match, before, figure) => `${before}${figure}%`);
}
