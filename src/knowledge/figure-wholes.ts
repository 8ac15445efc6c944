import { MONTHS, SEASONS, WEEKDAYS } from './figure-calendar-words.ts';
import { changedBefore } from './figure-changed.ts';
import {
  ADJECTIVES_BEFORE_NOUNS,
  BOUNDS,
  DEFINITE,
  FUNCTION_WORDS,
} from './figure-grammar-words.ts';
import { countedNoun, isPlural, isPossessive, pluralNounBefore } from './figure-nouns.ts';
import { FRACTIONS, NUMBER_WORDS, ONE_WORDS } from './figure-number-words.ts';
import { SPACE as S } from './figure-text.ts';
import { MEASURE_UNITS, PER_UNITS, UNIT_SYMBOLS } from './figure-unit-words.ts';
import type { Figure } from './types.ts';

/**
 * What a figure with no noun of its own is of, as a reader reads it back in the sentence, or in
 * the sentence before: a share (`la moitié`, `un tiers`, `de moitié`), a bare number (`contre
 * trente et un`, `the crew to sixty-two`), a count said through a pronoun (`en produit 9 500`).
 */

/** A whole a share was named of: `sur les 8 400 ruches`, `out of 2,750 hectares`. */
const WHOLE_BEFORE = new RegExp(
  `(?:^|${S})(?:sur|out${S}of|of|among|parmi)(?:${S}(?:les|the))?${S}$`,
  'iu',
);
/** `of them`, `d’entre eux`: a share of the things named just before. */
export const OF_THEM = new RegExp(
  `^${S}(?:of${S}(?:them|these|those)|d['’]entre${S}(?:eux|elles))(?![\\p{L}])`,
  'iu',
);
/** What a part of them is, set after it alone: `five staff, three of them electricians.` */
const NAMED_AFTER_OF_THEM = new RegExp(`^${S}(\\p{Ll}[\\p{Ll}-]+[sx])(?=${S}?(?:[,.;:)]|$))`, 'u');
/** Words in `-s` that say how or when, not what: `three of them always`, `deux d’entre eux depuis`. */
const ADVERBS_IN_S =
  /^(?:always|perhaps|afterwards|besides|sometimes|nevertheless|towards|alors|depuis|toujours|puis|jamais|plus|moins|sans|dans|sous|vers|après|chez)$/iu;
/**
 * French `de` with no article after a share names a quality of part of a whole named before, not
 * the whole: `850 élèves, dont un tiers d’internes`.
 */
const BARE_DE_AFTER = new RegExp(
  `^${S}(?:d['’]|de${S})(?!(?:la|le|les|l['’]|leurs?|ses?|sa|son|ces?|cette|nos|notre|vos|votre)(?![\\p{L}]))\\p{Ll}`,
  'u',
);
/** A measure of a substance: `26 000 litres de lait`, `400 tonnes of grain`. */
const OF_SUBSTANCE = new RegExp(
  `^${S}(?:de${S}|d['’]|of${S})(\\p{Ll}[\\p{Ll}-]+)(?![\\p{L}])`,
  'u',
);
/** The noun an amount is said of: `un déficit de 120 000 €`, `une aide spéciale de`, `a budget of £2m`. */
const NOUN_OF_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:(?:une?|le|la|l['’]|leur|son|sa)${S}?(\\p{Ll}[\\p{Ll}-]+)(?:${S}\\p{Ll}+)?${S}de|(?:a|an|the|its|their)${S}(\\p{Ll}[\\p{Ll}-]+)${S}of)${S}$`,
  'u',
);
/** A singular noun right after an amount, closing its phrase: ` target by`, ` budget,`. */
const NOUN_AFTER_AMOUNT = new RegExp(`^${S}(\\p{Ll}{3,}(?<!s))(?=${S}|[,.;:]|$)`, 'u');
/** A determiner before an amount that modifies a noun: `its £350,000 target`. */
const DETERMINER_BEFORE_AMOUNT = new RegExp(
  `(?<![\\p{L}])(?:a|an|the|its|their|his|her|our|this|that)${S}$`,
  'iu',
);
/** `bringing the crew to sixty-two`, `porte l’équipe à dix-sept`: the noun a number is reached by. */
const NOUN_TO_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:(?:the|its|their|le|la|les|son|sa|ses|leur|leurs)${S}|l['’])(\\p{Ll}[\\p{Ll}-]+)${S}(?:to|à)${S}$`,
  'u',
);
/**
 * `quand le coefficient dépasse 90`, `The index reached 40`: the noun whose value passes a number
 * (its article may start the sentence; the noun, lower case, is no name).
 */
const NOUN_PASSES_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:(?:[Tt]he|[Ii]ts|[Tt]heir|[Ll]e|[Ll]a|[Ss]on|[Ss]a|[Ll]eur)${S}|[Ll]['’])(\\p{Ll}[\\p{Ll}-]+)${S}(?:dépasse|dépassait|dépassera|atteint|atteignait|atteindra|franchit|exceeds|exceeded|reaches|reached|tops|topped)${S}$`,
  'u',
);
/**
 * `cap entries at 11,000`, `kept fares at 40`: a verb that sets an amount, then the noun set at
 * it, then `at`.
 */
const NOUN_SET_AT_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:cap|caps|capped|capping|set|sets|setting|keep|keeps|kept|keeping|hold|holds|held|holding|limit|limits|limited|limiting|fix|fixes|fixed|fixing)${S}(?:(?:the|its|their|his|her)${S})?(\\p{Ll}[\\p{Ll}-]+s)${S}at${S}$`,
  'u',
);
/** The last clause joined by `, et`, `; and`: `…, et la facture devrait baisser`. */
const CLAUSE_AND = new RegExp(
  `[,;]${S}(?:et|and|mais|but)${S}(?!.*[,;]${S}(?:et|and|mais|but)${S})`,
  'iu',
);
/** A share a verb takes: `baisser de moitié`, `cut by half`. */
const BY_SHARE = new RegExp(`^(?:de|by)${S}`, 'iu');

/** `the total (on the hill) to`, `le total (de la saison) à`: a total reached. */
const TOTAL_TO_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:total|nombre|number|effectif)(?:${S}[^,.;:]{0,30})?${S}(?:to|à)${S}$`,
  'iu',
);
/**
 * `the number of active donors … to`, `le nombre d’adhérents … à`: a number reached by the things
 * a `number of` names, in the same sentence with no other number between.
 */
const NUMBER_OF_REACHED_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:number|nombre|effectif)${S}(?:of|de|des|d['’])${S}?(?:(?:the|les)${S})?(?:\\p{Ll}+${S})?(\\p{Ll}[\\p{Ll}-]+[sx])(?![\\p{L}])[^.;:\\d]{0,60}(?:\\d[\\d.,]*${S}?%[^.;:\\d]{0,40})?${S}(?:to|à)${S}$`,
  'u',
);
/** French `en` standing for a noun of the sentence before: `la coopérative en produit 9 500`. */
export const PRONOUN_EN_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:en|n['’]en)${S}(?!(?:moyenne|tout|total|plus|moins|hausse|baisse|cours|outre|effet|général|particulier|fait)${S})(?:(?:a|ont|avait|avaient|aura|auront)${S})?\\p{L}+${S}$`,
  'iu',
);
/** A plural pronoun and a verb that says how many it is: `ils étaient`, `elles ne sont plus que`. */
const PRONOUN_IS_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:ils|elles|they)${S}(?:ne${S}|n['’])?(?:étaient|sont|seront|restent|demeurent|were|are|remain)(?:${S}(?:plus|encore|désormais|déjà|only|now|still|just))*(?:${S}que|${S}qu['’]|${S}qu['’]environ)?${S}$`,
  'iu',
);
/** French `ne … plus que`, `n’… que`, `n’en aligne que`: only so many. */
export const ONLY_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:ne${S}|n['’])(?:[\\p{L}’'-]+${S}){1,3}qu(?:e${S}|['’])$`,
  'iu',
);
/** Pronouns: a sentence whose subject is one names its thing elsewhere. */
const PRONOUNS = new Set(
  'il elle ils elles on nous vous je tu ce cela ça celui celle ceux celles eux lui moi toi soi it they he she we i you this that these those there them him us'.split(
    ' ',
  ),
);
/** Words opening a phrase set before the subject: `Le 22 mai 2025,`, `Last year,`, `Chaque jour,`. */
const SETTING_WORDS = new Set(
  'in on at since during after before last this next each every by en au aux dans depuis pendant après avant chaque lors dès l’été l’hiver l’an l’année cet cette ce'.split(
    ' ',
  ),
);
const MEASURES = new Set([
  ...MEASURE_UNITS,
  ...MEASURE_UNITS.map((unit) => `${unit}s`),
  ...PER_UNITS,
  ...PER_UNITS.map((unit) => `${unit}s`),
  ...UNIT_SYMBOLS,
]);

/** Where the subject may start: past a setting phrase closed by a comma (`Le 22 mai 2025, la…`). */
function subjectStart(sentence: string): number {
  const comma = sentence.indexOf(',');
  if (comma < 0 || comma > 60) return 0;
  const opening = sentence.slice(0, comma);
  const first = (opening.match(/^[^\p{L}\d]*([\p{L}’']+)/u)?.[1] ?? '').toLowerCase();
  const setting =
    /^\P{L}*le\s+\d/iu.test(opening) ||
    SETTING_WORDS.has(first) ||
    [...Object.keys(MONTHS), ...SEASONS, ...WEEKDAYS].some((word) =>
      new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'iu').test(opening),
    );
  return setting && opening.split(/\s+/u).length <= 6 ? comma + 1 : 0;
}

/**
 * The head noun of a sentence's subject, as a count names its thing: `Les ventes en ligne ont…`
 * → `ventes`, `Half of the island’s shops…` → `shops`, `Deck hands earn…` → `deck hands`; '' when
 * the subject is a pronoun or a name.
 */
export function subjectNoun(sentence: string): string {
  const from = subjectStart(sentence);
  const tokens = [
    ...sentence.slice(from).matchAll(/(?:[dlDL]['’])?([\p{L}][\p{L}’'-]*)|\d[\d,. ]*/gu),
  ];
  for (let index = 0; index < Math.min(tokens.length, 8); index++) {
    const [token, word] = tokens[index] ?? [];
    if (word === undefined) continue;
    const lower = word.toLowerCase();
    if (PRONOUNS.has(lower)) return '';
    if (
      FUNCTION_WORDS.has(lower) ||
      DEFINITE.has(lower) ||
      Object.hasOwn(NUMBER_WORDS, lower) ||
      ONE_WORDS.includes(lower) ||
      Object.hasOwn(FRACTIONS, lower) ||
      ADJECTIVES_BEFORE_NOUNS.has(lower) ||
      BOUNDS.some((bound) => bound.split(' ')[0] === lower) ||
      isPossessive(lower) ||
      /ly$/u.test(lower)
    ) {
      continue;
    }
    const opening = index === 0 && from === 0 && token === word;
    const next = tokens[index + 1]?.[1] ?? '';
    // `UK cinema admissions`, `NHS staff`: an abbreviation opening the subject names whose the
    // things after it are, when a plural noun follows.
    if (opening && ABBREVIATION.test(word) && nounsFollow(tokens, index + 1)) continue;
    // A capitalised word within the sentence, or two opening it, is a name.
    if (/^\p{Lu}/u.test(word) && (!opening || /^\p{Lu}/u.test(next))) return '';
    const nextLower = next.toLowerCase();
    // `Le nombre d’entrées`, `the number of visitors`: the thing is what is numbered.
    if (NUMBER_NOUNS.has(lower)) {
      const numbered = /^[dD]['’]/u.test(tokens[index + 1]?.[0] ?? '')
        ? next
        : /^(?:of|de|des)$/u.test(nextLower)
          ? (tokens[index + 2]?.[1] ?? '')
          : '';
      if (numbered !== '') return numbered.toLowerCase();
    }
    // `Visitor numbers`, `passenger figures`: what is numbered is the visitors.
    if (/^[a-z]+$/u.test(lower) && !isPlural(lower) && NUMBERS_OF_KIND.has(nextLower))
      return `${lower}s`;
    // `Deck hands`, `Season passes`: a singular noun names the kind of the plural one after it.
    if (
      !isPlural(lower) &&
      nextLower !== '' &&
      isPlural(nextLower) &&
      !FUNCTION_WORDS.has(nextLower) &&
      /^[a-z]+$/u.test(lower)
    ) {
      return `${lower} ${nextLower}`;
    }
    return lower;
  }
  return '';
}

/** A word in capitals: `UK`, `NHS`, `SNCF`. */
const ABBREVIATION = /^\p{Lu}{2,}$/u;

/** Whether lower-case nouns, the first or second plural, start at token `index`: `cinema admissions`. */
function nounsFollow(tokens: RegExpMatchArray[], index: number): boolean {
  const [first, second] = [tokens[index]?.[1] ?? '', tokens[index + 1]?.[1] ?? ''];
  const noun = (word: string) =>
    /^\p{Ll}[\p{Ll}-]*$/u.test(word) && !FUNCTION_WORDS.has(word) && !DEFINITE.has(word);
  return noun(first) && (isPlural(first) || (noun(second) && isPlural(second)));
}

/** Plural nouns that number the kind before them: `visitor numbers`, `passenger figures`. */
const NUMBERS_OF_KIND = new Set(['numbers', 'figures']);

/** Nouns that number another: `le nombre de`, `the number of`, `the total of`. */
const NUMBER_NOUNS = new Set(['nombre', 'number', 'total', 'volume', 'quantité', 'quantity']);

/** A noun borrowed for a count of several: `une meule` → `meules`. */
const plural = (noun: string, count: number): string =>
  count < 2 || noun === '' || isPlural(noun) ? noun : `${noun}s`;

/**
 * What a figure before a share is of: a count's thing, the substance of a measure (`26 000
 * litres de lait` → `lait`), a percent's noun (`81 % des cas` → `cas`), the noun an amount is
 * said of (`un déficit de 120 000 €` → `déficit`).
 */
function thingOf(sentence: string, figure: Figure): string {
  const end = figure.start + figure.text.length;
  if (figure.kind === 'count') {
    const unit = figure.unit.split('/')[0] ?? '';
    const unitAt = sentence.indexOf(unit, end);
    const substance =
      MEASURES.has(unit.toLowerCase()) && unitAt >= 0 && unitAt - end < 4
        ? OF_SUBSTANCE.exec(sentence.slice(unitAt + unit.length, unitAt + unit.length + 30))
        : null;
    return substance?.[1] ?? unit;
  }
  if (figure.kind === 'percent') {
    if (!/^\s(?:des|du|de|d['’]|of)/u.test(sentence.slice(end, end + 5))) return '';
    return countedNoun(sentence, end, { allowOf: true, plural: 'preferred' })?.unit ?? '';
  }
  if (figure.kind === 'money') {
    const named = NOUN_OF_BEFORE.exec(sentence.slice(Math.max(0, figure.start - 40), figure.start))
      ?.slice(1)
      .find((noun) => noun !== undefined);
    if (named !== undefined) return named;
    // `beating its £350,000 target`, `a £2m budget`: in English, an amount between a determiner
    // and a noun names that noun (not `£2.2m came from`, a verb).
    const after = NOUN_AFTER_AMOUNT.exec(sentence.slice(end, end + 30))?.[1] ?? '';
    return /^[£$€]/u.test(figure.text) &&
      DETERMINER_BEFORE_AMOUNT.test(sentence.slice(Math.max(0, figure.start - 8), figure.start)) &&
      !FUNCTION_WORDS.has(after) &&
      !/ed$/u.test(after)
      ? after
      : '';
  }
  return '';
}

/**
 * What a share with no noun of its own is a share of: `of them`, the plural noun before it (or
 * what the sentence before counted, or its subject); the whole named before it in the sentence (`Sur les 8 400
 * ruches…, plus d’un tiers`), else the last thing counted or measured (`1,850 households, up from
 * 1,100`, `26 000 litres de lait, dont près des deux tiers`); else the sentence's subject (`Les
 * ventes ont progressé de moitié`).
 */
export function shareOf(
  sentence: string,
  figures: Figure[],
  start: number,
  end: number,
  previous: string,
  /** For a count named a part (`of which 420`), its value: no whole counted fewer holds it. */
  part = 0,
  /** The things the sentence before counted (`seven turboprops`, `three aircraft`), when needed. */
  countedBefore: () => readonly string[] = () => [],
): string {
  const ofThem = OF_THEM.exec(sentence.slice(end, end + 20));
  if (ofThem !== null) {
    const named = NAMED_AFTER_OF_THEM.exec(sentence.slice(end + ofThem[0].length));
    const noun = named?.[1];
    if (noun !== undefined && !ADVERBS_IN_S.test(noun)) return noun;
    // `placed 310 salt bins…, and volunteers refill one in four of them`: them are the things
    // the sentence counted, not the nearest plural.
    const countedHere = figures.findLast(
      (figure) =>
        figure.start < start &&
        figure.kind === 'count' &&
        /^\p{Ll}/u.test(figure.unit) &&
        !figure.unit.includes('/') &&
        /\d/u.test(figure.text),
    );
    if (countedHere !== undefined && countedHere.unit !== 'rank') return countedHere.unit;
    const before = pluralNounBefore(sentence, start);
    if (before !== '') return before;
    // `Two of them will go back`: them are the things the sentence before counted, its subject
    // if it counted that (`Some 240 volunteers work at two sites`), else the last.
    const subject = subjectNoun(previous);
    const counted = countedBefore();
    return counted.includes(subject) ? subject : (counted.at(-1) ?? subject);
  }
  const wholes = figures
    .filter((figure) => figure.start < start && !(figure.kind === 'count' && figure.value < part))
    .map((figure) => ({ figure, thing: thingOf(sentence, figure) }))
    .filter(({ thing }) => thing !== '');
  // `Les travaux sont estimés à 1,4 million d’euros. La métropole en financera la moitié`: a
  // share said through `en` is of what the sentence before named, not of this one's subject.
  if (
    wholes.length === 0 &&
    PRONOUN_EN_BEFORE.test(sentence.slice(Math.max(0, start - 30), start))
  ) {
    const named =
      countedBefore().findLast((thing) => !MEASURES.has(thing.toLowerCase())) ||
      subjectNoun(previous);
    if (named !== '') return named;
  }
  const whole = wholes.find(({ figure }) =>
    WHOLE_BEFORE.test(sentence.slice(Math.max(0, figure.start - 16), figure.start)),
  );
  // `…40 % des besoins, et la facture devrait baisser de moitié`: a verb's share is of its own
  // clause's subject, when one is named after the figures before.
  const clause = CLAUSE_AND.exec(sentence.slice(0, start));
  if (whole === undefined && clause !== null && BY_SHARE.test(sentence.slice(start, end))) {
    const clauseStart = clause.index + clause[0].length;
    const subject = subjectNoun(sentence.slice(clauseStart, start));
    if (subject !== '' && (wholes.at(-1)?.figure.start ?? 0) < clauseStart) return subject;
  }
  // `takings have dropped by roughly a third`: a share measuring a change is of what changed.
  const changed = whole === undefined ? changedBefore(sentence, start) : '';
  if (changed !== '') return changed;
  if (whole === undefined && wholes.length === 0 && opensSubject(sentence, start)) {
    // `Un quart provient des droits`: the share is the subject; its whole was named before.
    return subjectNoun(previous);
  }
  return (whole ?? wholes.at(-1))?.thing ?? subjectNoun(sentence);
}

/** Whether only small words stand before `start` in the subject: `Un quart provient`, `Près de la moitié a`. */
function opensSubject(sentence: string, start: number): boolean {
  const before =
    sentence
      .slice(subjectStart(sentence), start)
      .toLowerCase()
      .match(/\p{L}+/gu) ?? [];
  return before.every(
    (word) =>
      FUNCTION_WORDS.has(word) ||
      DEFINITE.has(word) ||
      BOUNDS.some((bound) => bound.startsWith(word)),
  );
}

/**
 * Whether the noun after a share names a quality of part of a whole named before, not the whole
 * (`850 élèves, dont un tiers d’internes`): the whole is then read back like a share's with none.
 */
export const namesPartOfWhole = (sentence: string, end: number): boolean =>
  BARE_DE_AFTER.test(sentence.slice(end, end + 20));

/**
 * What a number with nothing after it to count is of, or null when nothing says: the noun it is
 * reached by (`bringing the crew to sixty-two`); the noun a French `en` stands for, the thing
 * counted before it in the sentence (`entre 10 000 et 20 000 abeilles, et il en faut au moins
 * 5 000`) or else the subject of the sentence before (`Une meule… La coopérative en produit 9 500
 * par an`).
 */
export function thingBefore(
  sentence: string,
  start: number,
  count: number,
  countedBefore: string,
  previous: string,
  /** The things the sentence before counted, when a pronoun needs them. */
  countedPrevious: () => readonly string[] = () => [],
): string | null {
  const before = sentence.slice(Math.max(0, start - 30), start);
  // `the number of active donors had slipped by 9% in a year, to about 11,600`: the number
  // reached is of the things numbered.
  const numbered = NUMBER_OF_REACHED_BEFORE.exec(sentence.slice(Math.max(0, start - 120), start));
  if (numbered !== null) return numbered[1] ?? '';
  // `bringing the total on the hill to seven`, `portant le total à trente`: more of what was counted.
  if (countedBefore !== '' && TOTAL_TO_BEFORE.test(sentence.slice(Math.max(0, start - 60), start)))
    return countedBefore;
  const reached =
    NOUN_TO_BEFORE.exec(before) ??
    NOUN_PASSES_BEFORE.exec(before) ??
    NOUN_SET_AT_BEFORE.exec(sentence.slice(Math.max(0, start - 50), start));
  if (reached !== null) return reached[1] ?? '';
  // `faute de bénévoles : ils n’étaient plus que 9`, `Dans le département, ils étaient 41`: a
  // number a plural pronoun is counts what it stands for, named before it or in the sentence
  // before.
  if (PRONOUN_IS_BEFORE.test(before)) {
    const noun =
      pluralNounBefore(sentence, start) ||
      countedPrevious().findLast((thing) => !MEASURES.has(thing.toLowerCase())) ||
      '';
    if (noun !== '') return noun;
  }
  // `ils étaient 41 en 2010 et ne sont plus que 17`: only so many left of what was counted.
  if (countedBefore !== '' && ONLY_BEFORE.test(before)) return countedBefore;
  if (PRONOUN_EN_BEFORE.test(before)) {
    // `une pétition avait recueilli 4 100 signatures. La nouvelle pétition en compte 5 800`: a
    // thing the sentence before counted, before its subject (`Une meule pèse 40 kilos. La
    // coopérative en produit 9 500`, where kilos only measure).
    const noun =
      countedBefore ||
      countedPrevious().findLast((thing) => !MEASURES.has(thing.toLowerCase())) ||
      subjectNoun(previous);
    return noun === '' ? null : plural(noun, count);
  }
  return null;
}
