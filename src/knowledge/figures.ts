import type { Figure, FigureKind } from './types.ts';

/**
 * Finds the quantities in a sentence: counts, money, percentages, durations and dates, written in
 * digits (`70 000`, `800 M$ US`, `84 %`) or, for durations, in words (`deux jours`, `cinq
 * dernières années`). Each figure's `text` is a verbatim slice of the sentence.
 */

/** Any space a French typesetter uses between a number and what follows. */
const S = '[ \\u00A0\\u202F\\u2009]';

const NUMBER_WORDS: Record<string, number> = {
  deux: 2,
  trois: 3,
  quatre: 4,
  cinq: 5,
  six: 6,
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
  trente: 30,
  quarante: 40,
  cinquante: 50,
  soixante: 60,
  cent: 100,
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
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  thousand: 1000,
};

const MULTIPLIERS: Record<string, number> = {
  k: 1e3,
  mille: 1e3,
  thousand: 1e3,
  m: 1e6,
  mn: 1e6,
  million: 1e6,
  millions: 1e6,
  md: 1e9,
  g: 1e9,
  bn: 1e9,
  milliard: 1e9,
  milliards: 1e9,
  billion: 1e9,
  billions: 1e9,
};

const MONTHS: Record<string, number> = {
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

const DURATION_UNITS =
  'secondes?|minutes?|heures?|jours?|journées?|semaines?|mois|ans|an|années?|décennies?|siècles?|' +
  'seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries?';
const TIME_ADJECTIVES =
  'derni(?:er|ère|ers|ères)|prochaine?s?|premi(?:er|ère|ers|ères)|past|last|next|first';
const CURRENCIES: Record<string, string> = {
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
};
const CURRENCY = '\\$|€|£|¥|dollars?|euros?|livres?|yuans?|USD|EUR|CAD|GBP|CNY';
const MULTIPLIER = 'milliards?|millions?|billions?|mille|thousand|Md|bn|mn|k|M|G';

const DIGITS = `\\d{1,3}(?:${S}\\d{3})+(?:,\\d+)?|\\d+(?:[.,]\\d+)?`;
const NUMBER_WORD = Object.keys(NUMBER_WORDS).join('|');
const NUMBER = `(?:${DIGITS}|(?:${NUMBER_WORD})(?:-(?:${NUMBER_WORD}))*)`;

/** Patterns tried at each number, most specific first; each is anchored at the number. */
const AFTER_NUMBER: { kind: FigureKind; pattern: RegExp }[] = [
  { kind: 'percent', pattern: new RegExp(`^${S}?(?:%|pour${S}cent|percent|per${S}cent)`, 'iu') },
  {
    kind: 'money',
    pattern: new RegExp(
      `^${S}?(?:(${MULTIPLIER})${S}?)?(?:(?:de|d'|d’|of)${S}?)?(${CURRENCY})(?:${S}?(US|CA|AU|HK))?(?![\\p{L}])`,
      'u',
    ),
  },
  {
    kind: 'duration',
    pattern: new RegExp(
      `^${S}(?:(?:${TIME_ADJECTIVES})${S})?(?:(?:de|d'|d’)${S}?)?(${DURATION_UNITS})(?![\\p{L}])`,
      'iu',
    ),
  },
];

const PREFIX_CURRENCY = new RegExp(`(?:(US|CA|AU|HK)${S}?)?(\\$|€|£)${S}?$`, 'u');
const COUNT_MULTIPLIER = new RegExp(
  `^${S}(milliards?|millions?|billions?|thousand|mille)(?![\\p{L}])`,
  'iu',
);
const FOLLOWING_WORD = new RegExp(`^${S}(?:(?:de|d'|d’|of)${S}?)?([\\p{L}][\\p{L}’'-]*)`, 'u');
const DATE = new RegExp(
  `(?<![\\p{L}\\d])(?:(\\d{1,2})(?:er)?${S})?(${Object.keys(MONTHS).join('|')})${S}(\\d{4})(?!\\d)`,
  'giu',
);
const NUMBER_PATTERN = new RegExp(`(?<![\\p{L}\\d.,])${NUMBER}(?![\\p{L}\\d])`, 'giu');

/** Words after a number that are not what it counts. */
const NOT_A_UNIT = new Set([
  'et',
  'ou',
  'à',
  'a',
  'au',
  'aux',
  'en',
  'de',
  'des',
  'du',
  'le',
  'la',
  'les',
  'sur',
  'par',
  'pour',
  'dans',
  'avec',
  'contre',
  'selon',
  'and',
  'or',
  'to',
  'in',
  'on',
  'the',
  'of',
  'for',
  'by',
  'with',
]);

function parseNumber(text: string): number {
  const compact = text.replace(/[ \u00A0\u202F\u2009]/gu, '');
  if (/^\d/u.test(compact)) {
    if (/^\d{1,3}(,\d{3})+$/u.test(compact)) return Number(compact.replaceAll(',', ''));
    return Number(compact.replace(',', '.'));
  }
  // Number words joined by hyphens add up (`vingt-cinq`), except before cent/mille (`deux-cents`).
  return compact
    .toLowerCase()
    .split('-')
    .reduce((total, word) => {
      const value = NUMBER_WORDS[word] ?? 0;
      return value >= 100 && total > 0 ? total * value : total + value;
    }, 0);
}

const isYear = (value: number, text: string): boolean =>
  /^\d{4}$/u.test(text) && value >= 1800 && value <= 2100;

/** Figures found so far in a sentence, and the spans they take. */
interface Found {
  sentence: string;
  figures: Figure[];
  taken: [number, number][];
}

/** Keeps a figure unless it overlaps one found before. */
function addFigure(
  found: Found,
  start: number,
  end: number,
  value: number,
  unit: string,
  kind: FigureKind,
): void {
  for (const [from, to] of found.taken) {
    if (end > from && start < to) return;
  }
  found.taken.push([start, end]);
  found.figures.push({ text: found.sentence.slice(start, end), value, unit, kind, start });
}

/** Every date holds ASCII digits; every number digits or a number word. */
const HAS_DIGIT = /[0-9]/u;
const HAS_NUMBER_WORD = new RegExp(`(?:${NUMBER_WORD})`, 'iu');
/** The longest text `PREFIX_CURRENCY` matches: `US $ `. */
const PREFIX_CURRENCY_MAX_LENGTH = 5;

/** Extracts the figures of one sentence, in reading order. */
export function extractFigures(sentence: string): Figure[] {
  const found: Found = { sentence, figures: [], taken: [] };
  const { figures } = found;
  // Most sentences hold no number: the patterns below need not scan them.
  const hasDigit = HAS_DIGIT.test(sentence);
  if (!hasDigit && !HAS_NUMBER_WORD.test(sentence)) return figures;

  if (hasDigit) {
    for (const match of sentence.matchAll(DATE)) {
      const [text, day, , year = ''] = match;
      addFigure(
        found,
        match.index,
        match.index + text.length,
        Number(year),
        day ? 'day' : 'month',
        'date',
      );
    }
  }

  for (const match of sentence.matchAll(NUMBER_PATTERN)) {
    const numberText = match[0];
    const start = match.index;
    const numberEnd = start + numberText.length;
    const isDigits = /^\d/u.test(numberText);
    let value = parseNumber(numberText);
    const rest = sentence.slice(numberEnd);

    // The currency before a number ends where it starts: only the last few characters can match.
    const before = sentence.slice(Math.max(0, start - PREFIX_CURRENCY_MAX_LENGTH - 1), start);
    const prefix = isDigits ? PREFIX_CURRENCY.exec(before) : null;
    if (prefix !== null) {
      const multiplier = COUNT_MULTIPLIER.exec(rest);
      const factor = multiplier ? (MULTIPLIERS[(multiplier[1] ?? '').toLowerCase()] ?? 1) : 1;
      const symbol = prefix[2] ?? '$';
      const unit = prefix[1] ? `${prefix[1]}D` : (CURRENCIES[symbol] ?? symbol);
      addFigure(
        found,
        start - prefix[0].length,
        numberEnd + (multiplier?.[0].length ?? 0),
        value * factor,
        unit,
        'money',
      );
      continue;
    }

    let matched = false;
    for (const { kind, pattern } of AFTER_NUMBER) {
      const after = pattern.exec(rest);
      if (after === null) continue;
      let unit = '%';
      if (kind === 'money') {
        const factor =
          MULTIPLIERS[after[1] ?? ''] ?? MULTIPLIERS[(after[1] ?? '').toLowerCase()] ?? 1;
        value *= factor;
        const code = CURRENCIES[(after[2] ?? '').toLowerCase()] ?? after[2] ?? '';
        unit = after[3] && code === 'USD' ? `${after[3] === 'US' ? 'USD' : `${after[3]}D`}` : code;
      } else if (kind === 'duration') {
        unit = (after[1] ?? '').toLowerCase();
      }
      addFigure(found, start, numberEnd + after[0].length, value, unit, kind);
      matched = true;
      break;
    }
    // Words are figures only as durations: `les deux pays` is not a quantity worth listing.
    if (matched || !isDigits) continue;

    if (isYear(value, numberText)) {
      addFigure(found, start, numberEnd, value, 'year', 'date');
      continue;
    }
    let end = numberEnd;
    const multiplier = COUNT_MULTIPLIER.exec(rest);
    if (multiplier !== null) {
      value *= MULTIPLIERS[(multiplier[1] ?? '').toLowerCase()] ?? 1;
      end += multiplier[0].length;
    }
    const word = FOLLOWING_WORD.exec(sentence.slice(end));
    const unitWord = word?.[1] ?? '';
    const unit = unitWord !== '' && !NOT_A_UNIT.has(unitWord.toLowerCase()) ? unitWord : '';
    addFigure(found, start, end, value, unit, 'count');
  }
  return figures.sort((a, b) => a.start - b.start);
}
