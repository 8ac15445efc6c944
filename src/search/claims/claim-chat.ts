/**
 * A claim as chat writes it, said plainly before it is checked: abbreviated units (`5 yrs`,
 * `41000 hl`, `1,28 M`), a hedge said `like`, a month cut short (`dec 14`), a travel time in
 * clock form (`takes 2h40`), and the reader's own asides (`lol`, `per the WaPo`, `, not bad`),
 * which the article never says and which are no part of the fact. A question's chat words are
 * read by `../chat-words.ts`; a claim's asides differ (`apparently`, `per the WaPo` say who told).
 */

import { MONTH_CUT, MONTH_CUTS } from '../chat-months.ts';
import { fold } from '../normalize.ts';
import { withChatUnits } from './chat-units.ts';
import { isCalendarWord } from './compare-figures.ts';
import { withTypedUnits } from './typed-units.ts';

const MONTHS = MONTH_CUTS;

/** Words of chat that say how the writer feels or heard it, never what happened. */
const ASIDES =
  /(?<![\p{L}'’])(?:lol|mdr|ptdr|lmao|omg|wow|apparently|apparemment|para[iî]t(?:-il)? qu[e'’]|perso|tbh|imo|imho)(?![\p{L}'’])[,!]?/giu;

/** `, per the WaPo` at the end: who told the writer, which the article need not name. */
const ATTRIBUTION =
  /[,;]?\s+(?:per the|according to(?: the)?|selon(?: le| la| les| l['’])?|d['’]apr[eè]s(?: le| la| les| l['’])?)\s*(?:[^\s\d]+\s*){1,3}$/iu;

/**
 * A last fragment of one or two lowercase words after a comma, a stop or a `!` (`, not bad`,
 * `. brutal`, `, dingue`) is the writer's comment: it holds no figure and names nothing.
 */
const TRAILING_COMMENT = /(?:[,.!]+|\.\.\.|…)\s*(?:[\p{Ll}'’]+(?:\s+[\p{Ll}'’]+)?)\s*[.!…]*\s*$/u;

/** A fragment that opens on one of these says where, when or of what: it is part of the fact. */
const PREPOSITIONS: ReadonlySet<string> = new Set(
  'on in at by for from to with of the a an en au aux de du des le la les dans sur par pour avec'.split(
    ' ',
  ),
);

/** A number in words right before a shortened unit, English or French: `two yrs`, `trois hrs`. */
const NUMBER_WORD_UNIT =
  /(?<![\p{L}])(?:(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several)|(deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze|quelques|plusieurs))(\s+)(yrs|hrs|mins)(?![\p{L}])/giu;
const SPELLED_UNITS: Record<string, [english: string, french: string]> = {
  yrs: ['years', 'ans'],
  hrs: ['hours', 'heures'],
  mins: ['minutes', 'minutes'],
};

const REWRITES: [RegExp, string | ((...groups: string[]) => string)][] = [
  // `like $800M`, `like 58%`: a hedge, as `about` is.
  [/\blike\s+(?=[$€£]?\d)/giu, 'about '],
  [/(?<![\p{L}])(?:env\.?|approx\.?|~)\s*(?=[$€£]?\d)/giu, 'environ '],
  // `455~heures`: a tilde between a number and its unit hedges the number.
  [/(?<![\p{L}\d.,])(\d[\d.,]*)\s*~\s*(?=\p{L})/gu, 'environ $1 '],
  // Units chat shortens after a number.
  [/(\d)\s*yrs?(?![\p{L}])/gu, '$1 years'],
  [/(\d)\s*hrs(?![\p{L}])/gu, '$1 hours'],
  [/(\d)\s*mins(?![\p{L}])/gu, '$1 minutes'],
  // After a number in words too, in its language: `in two yrs`, `trois hrs`.
  [
    NUMBER_WORD_UNIT,
    (_match, english, french, space, unit) =>
      `${english ?? french}${space}${SPELLED_UNITS[unit.toLowerCase()]?.[english ? 0 : 1] ?? unit}`,
  ],
  [/(\d)\s*hl(?![\p{L}])/gu, '$1 hectolitres'],
  // Currencies chat names by slang or code after a sum: `3.4m quid` is £3.4m, `2.58 eur` euros.
  [
    /(?<![\p{L}\d.,])(\d[\d.,]*(?:\s*(?:k|m|bn|million|billion)(?![\p{L}]))?)\s*quids?(?![\p{L}])/giu,
    '£$1',
  ],
  [/(\d)\s*eur(?![\p{L}])/giu, '$1 euros'],
  // `1,28 M de visiteurs`: a million, unless a currency follows (`800 M$`), read as it is.
  [/(\d)\s+M(?![\p{L}\s]*[$€£])(?![\p{L}\d])/gu, '$1 million'],
  // `takes 2h40`, `en 2h40`: a length of time in clock form, not a time of day.
  [
    /\b(takes?|took|lasts?|en|dure|durera|prend|mettra|met)\s+(\d{1,2})\s*h\s*(\d{2})(?!\d)/giu,
    (_match, verb, hours, minutes) => `${verb} ${hours} hours ${minutes} minutes`,
  ],
  // `2h40 de traversée`, `2h40 of crossing`: a length of what follows, not a time of day
  // (`14h30 du matin` is one).
  [
    /(?<![\d:])(\d{1,2})\s*h\s*(\d{2})(?=\s+(?:(?:de|of)\s+|d['’]\s*)(?!l['’\s]*apr|la (?:nuit|soir|mat))\p{L})/giu,
    (_match, hours, minutes) => `${hours} hours ${minutes} minutes`,
  ],
  // A rate chat shortens after a figure: `$27.50/hr`, `40k€/yr` are `/h`, `/an`.
  [/(?<=[\d$€£])\s*\/\s*(?:hr|hour)(?![\p{L}])/giu, '/h'],
  [/(?<=[\d$€£])\s*\/\s*(?:yr|year)(?![\p{L}])/giu, '/an'],
  // `€60 for each hive`, `40 € pour chaque ruche`: a price per a thing.
  [/(?<=\d\s*[$€£]?|[$€£]\s*\d[\d.,]*)\s+for (?:each|every)\s+(?=\p{L})/giu, ' per '],
  [/(?<=\d\s*[$€£]?)\s+pour chaque\s+(?=\p{L})/giu, ' par '],
  // Accents chat drops on the words that carry a figure: `la moitie`, `20 annees`.
  [/(?<![\p{L}])moitie(?![\p{L}])/giu, 'moitié'],
  [/(?<![\p{L}])annee(s?)(?![\p{L}])/giu, 'année$1'],
  [/(?<![\p{L}])decennie(s?)(?![\p{L}])/giu, 'décennie$1'],
  [/(?<![\p{L}])siecle(s?)(?![\p{L}])/giu, 'siècle$1'],
  [/(?<=\d\s*)degres?(?![\p{L}])/giu, 'degrés'],
  // `il a fait -11`, `il faisait moins 3`: the weather's degrees, said without their unit.
  [
    /(?<![\p{L}])(il (?:a fait|fait|faisait|fera))\s+(?:-|−|moins\s+)(\d+(?:[.,]\d+)?)(?![\d.,]*\s*(?:°|degr))/giu,
    (_match, verb, degrees) => `${verb} -${degrees} °C`,
  ],
  // `a 40c rise` beside a price: cents, not degrees; `35C` (capital) stays a temperature.
  [/(?<=[$€£].*?\d.*?|\d\s*(?:€|euros?)\b.*?)(?<![\d.,])(\d{1,2})c(?![\p{L}\d])/gu, '$1 cent'],
  // `£6.50 an hour or 42 a day`: the second rate is in the first one's money.
  [
    /([$€£]\s*\d[\d.,]*|\d[\d.,]*\s*(?:[$€£]|livres?|euros?|pounds?|dollars?))(\s+(?:de l['’]heure|par heure|l['’]heure|an hour|per hour|a day|par jour|la journ[ée]e|per day)\s+(?:ou|or)\s+)(\d[\d.,]*)(?=\s+(?:la|le|a|an|per|par)\s+\p{L})/giu,
    (_match, first, between, second) => {
      const symbol = /^[$€£]/u.test(first) ? first.charAt(0) : '';
      return `${first}${between}${symbol}${second}${symbol === '' ? ` ${first.replace(/^[\d.,\s]*/u, '')}` : ''}`;
    },
  ],
  // `the 2100 a year before`: a count set against the claimed one, not the year 2100.
  [
    /(?<![\d.,])(\d)(\d{3})(?=\s+(?:a year (?:before|earlier)|l['’]ann[ée]e (?:d['’]avant|pr[ée]c[ée]dente)|l['’]an d['’]avant))/giu,
    '$1 $2',
  ],
  // `4850 membres contre 2100`, `2300 billets, l'objectif c'était 1800`: a four-digit number set
  // against a count, or given as its target, counts the same thing; not after a year between the
  // two (`412k passengers in 2024 vs 2023`).
  [
    /(?<=(?<![\d.,])\d[\d\s.,]*\s*[kK]?\s+\p{L}[^\d]*?(?<![\p{L}])(?:contre|vs\.?|versus|against|compared (?:to|with)|(?:l['’])?objectif(?: (?:c['’]?[ée]tait|[ée]tait|de))?|(?:the )?target(?: (?:was|of))?)\s+)(\d)(\d{3})(?![\d.,%])(?!\s*(?:[$€£]|euros?|livres?|pounds?|dollars?))/giu,
    '$1 $2',
  ],
  // `St Varenne`, `Ste Foy`: a saint's name cut short before the name, not `Market St` after one.
  [
    /(?<![\p{L}]|\p{Lu}\p{L}*\s+)(St|Ste)\.?\s+(?=\p{Lu})/gu,
    (_match, cut) => (cut === 'St' ? 'Saint ' : 'Sainte '),
  ],
  // `dec 14`, `14 dec`: a month cut short beside its day.
  [
    new RegExp(`(?<![\\p{L}])(${MONTH_CUT})\\.?\\s+(\\d{1,2})(?!\\d)`, 'giu'),
    (_match, month, day) => `${MONTHS[month.toLowerCase()] ?? month} ${day}`,
  ],
  [
    new RegExp(`(?<!\\d)(\\d{1,2})\\s+(${MONTH_CUT})\\.?(?![\\p{L}])`, 'giu'),
    (_match, day, month) => `${day} ${MONTHS[month.toLowerCase()] ?? month}`,
  ],
  // French chat: `c le 12 avril` is `c'est le 12 avril`; `reduc` a `réduction`.
  [/(?<![\p{L}'’])c(?=\s+(?:le|la|les|l['’]|en|un|une|pas|au|a|à)\s)/giu, "c'est"],
  [/(?<![\p{L}])reduc(?![\p{L}])/giu, 'réduction'],
  [/(?<![\p{L}])thats(?![\p{L}])/giu, "that's"],
];

/** The claim said plainly: the same fact, in the words an article would use. */
export function plainClaim(claim: string): string {
  let text = withChatUnits(withTypedUnits(claim));
  for (const [pattern, replacement] of REWRITES) {
    text = text.replace(pattern, replacement as string);
  }
  text = text.replace(ASIDES, ' ');
  text = text.replace(ATTRIBUTION, '');
  // One comment at most: `Paris, 2024` keeps its name, `in 2022, not bad` loses `not bad`.
  const comment = TRAILING_COMMENT.exec(text);
  // `, lundi` is when it happened, `. on weekdays` where: a part of the fact, no comment on it.
  const words = fold(comment?.[0] ?? '').match(/[a-z]+/gu) ?? [];
  const fact = words.some(isCalendarWord) || PREPOSITIONS.has(words[0] ?? '');
  if (comment !== null && !fact) text = text.slice(0, comment.index);
  return text.replace(/\s+/gu, ' ').trim();
}
