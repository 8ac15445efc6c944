// Ranks: an ordinal before the thing it ranks (`la 17e édition`, `the third largest`).

import type { Reading } from './figure-dates.ts';
import { FUNCTION_WORDS } from './figure-grammar-words.ts';
import { HAS_NUMBER_WORD } from './figure-numbers.ts';
import { SPACE as S, words } from './figure-text.ts';

/**
 * Ordinals in words from the second on: `first`, `premier` and `second` are read as ranks no
 * more than as anything else (`premier ministre`, `first time`, `30 seconds`).
 */
export const ORDINAL_WORDS: Record<string, number> = {
  deuxième: 2,
  troisième: 3,
  quatrième: 4,
  cinquième: 5,
  sixième: 6,
  septième: 7,
  huitième: 8,
  neuvième: 9,
  dixième: 10,
  onzième: 11,
  douzième: 12,
  treizième: 13,
  quatorzième: 14,
  quinzième: 15,
  seizième: 16,
  vingtième: 20,
  trentième: 30,
  cinquantième: 50,
  centième: 100,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  twentieth: 20,
  thirtieth: 30,
  fiftieth: 50,
  hundredth: 100,
};

/** A hyphen that ties an ordinal to a superlative: `the third-largest`, `its second-busiest`. */
const SUPERLATIVE_HYPHEN = '-(?=\\p{Ll}+est(?![\\p{L}]))';

/**
 * `first`, `premier` and `second` rank only after a word that owns or sets what they rank (`the
 * first race`, `her first surgery`, `la première année`, `un premier bilan`, `the second time`),
 * and never what holds office or measures time (`premier ministre`, `a second later`).
 */
const FIRST_WORDS: Record<string, number> = {
  first: 1,
  premier: 1,
  première: 1,
  premiere: 1,
  second: 2,
  seconde: 2,
};
const FIRST_RANK = new RegExp(
  `(?<![\\p{L}])(?:(the|its|his|her|their|our|my|your|this|a)${S}+(?:(\\p{Ll}+(?:er|est))${S}+)?|(?:le|la|sa|son|leur|notre|votre|cette|ce|cet|un|une)${S}+)(${words(Object.keys(FIRST_WORDS))})(?:${S}+|${SUPERLATIVE_HYPHEN})(\\p{Ll}[\\p{Ll}-]*)(?![\\p{L}\\d])`,
  'dgiu',
);
const NOT_RANKED_BY_FIRST = new Set(
  'ministre minister ministers adjoint adjointe secrétaire secretary lady dame later earlier ago after before or and et ou plus than que fois-ci lieu abord instance place hand sight glance'.split(
    ' ',
  ),
);

/**
 * What an ordinal names rather than ranks: a district, a street, a part of a year or a whole, a
 * day of the month (`le 2e jeudi`). A floor is ranked (`the fourth floor`, `au 3e étage`): readers
 * list it as an ordinal.
 */
const NAMED_BY_RANK = new Set(
  'arrondissement circonscription district ward rue avenue street amendement amendment trimestre semestre quarter half moitié quinzaine siècle century millénaire millennium partie part tiers lundi mardi mercredi jeudi vendredi samedi dimanche monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);

/**
 * An ordinal in digits (`17e`, `3rd`) or words, then the word it ranks, lower-case (a noun or a
 * superlative: `édition`, `largest`). A number or an article before it makes it a share (`trois
 * cinquièmes`, `un dixième`, `a fifth`).
 */
const RANK = new RegExp(
  `(?<![\\p{L}\\d.,])(?<!(?:\\d|(?<![\\p{L}])(?:one|two|three|deux|trois|quatre))${S})(?:(\\d{1,3}(?:,\\d{3})*)(?:e|è|ème|eme|er|ère|re|st|nd|rd|th)|(${words(Object.keys(ORDINAL_WORDS))}))(?:${S}+|${SUPERLATIVE_HYPHEN})(\\p{Ll}[\\p{Ll}-]*)(?![\\p{L}\\d])`,
  'giu',
);
const MAY_HOLD_RANK = new RegExp(
  `\\d(?:e|è|er|ère|re|st|nd|rd|th)(?:${S}|[,.;:)]|$)|ième|third|th${S}|fifth|ninth|twelfth|first|premi|second|(?:came|comes?|finish|placed|ended|arriv|termin|class)\\p{L}*${S}(?:second|\\p{L}+th|\\p{L}+ième)`,
  'iu',
);

/**
 * What comes back each year and is numbered by its editions, within the name after the rank:
 * `the 12th Harlan Marathon`, `la 40e Fête du lac` (not `the 4th Battalion`, `5th Avenue`).
 */
const EVENT_NAMED = new RegExp(
  `^(?:[\\p{Lu}][\\p{L}'’-]*${S}+(?:(?:of|the|du|de|des|aux|la|le)${S}+)?){0,3}(?:marathon|festival|fair|show|games|cup|conference|congress|summit|championships?|tournament|race|salon|foire|fête|rencontres|biennale|championnats?|tournoi|trophée|coupe|course|semi-marathon)(?![\\p{L}])`,
  'iu',
);
/** The article of an edition's rank: `the 12th Kelbridge Marathon`, `la 40e Fête`. */
const EDITION_BEFORE = new RegExp(`(?<![\\p{L}])(?:the|la|le|its|sa|son)${S}$`, 'iu');
const ARTICLE_BEFORE = new RegExp(`(?<![\\p{L}])(?:un|une|a)${S}$`, 'iu');
/** Words that open the whole a share is of: `of`, `de`, `des`, `du`, `d’`. */
const WHOLE_AFTER = /^(?:of|de|des|du|d|in|sur|out)$/u;
/**
 * A verb that places who came where, read with the rank it gives: `came third`, `finished
 * second`, `arrivée troisième`, `a terminé cinquième`.
 */
const PLACED_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:came|comes|come|coming|finished|finishes|finish|finishing|placed|placing|ended|ending|arrivée?s?|arrive|arrivant|terminée?s?|termine|terminant|classée?s?)${S}$`,
  'iu',
);
const PLACED_RANK = new RegExp(
  `(?<![\\p{L}])(?:second|${words(Object.keys(ORDINAL_WORDS))}|deuxième|seconde?)(?![\\p{L}])`,
  'giu',
);

/** A birthday, whose rank is an age: `66th birthday` (French `anniversaire` is a date's too). */
const BIRTHDAY = /^birthdays?$/iu;
/** A person's owner word before a birthday: `their`, `his`, `her`. */
const PERSON_OWNER_BEFORE = new RegExp(`(?<![\\p{L}])(?:their|his|her|my|your|our)${S}$`, 'iu');

/** What a rank is given as: its unit, in every place that tells a rank from a count. */
const RANK_UNIT = 'rank';

/** Whether a figure is a rank (`the first time`, `its 100,000th passenger`), not a count. */
export const isRank = (figure: { unit: string }): boolean => figure.unit === RANK_UNIT;

/** The ranks of a sentence: kind count, unit `RANK_UNIT`, the ranked word in the text. */
export function ranks(sentence: string): Reading[] {
  if (!MAY_HOLD_RANK.test(sentence)) return [];
  const found = placedRanks(sentence);
  const placed = found.length;
  RANK.lastIndex = 0;
  for (let match = RANK.exec(sentence); match; match = RANK.exec(sentence)) {
    const [text, digits, word, ranked = ''] = match;
    // A capital after the rank names (`3e Régiment`, `Fifth Avenue`), unless an article sets
    // an edition of what it names: `the 12th Kelbridge Marathon`, `la 40e Fête du lac` (the rank
    // alone is then the figure).
    const named = /^\p{Lu}/u.test(ranked);
    const edition =
      named &&
      digits !== undefined &&
      EDITION_BEFORE.test(sentence.slice(Math.max(0, match.index - 5), match.index)) &&
      EVENT_NAMED.test(sentence.slice(match.index + text.length - ranked.length));
    if ((named && !edition) || NAMED_BY_RANK.has(ranked.toLowerCase())) continue;
    // After an article, a share names its whole (`un cinquième des voix`, `a fifth of it`); a
    // rank names the one it ranks (`a fourth man`, `un cinquième mandat`).
    const article = ARTICLE_BEFORE.test(sentence.slice(Math.max(0, match.index - 5), match.index));
    if (article && (word === undefined || WHOLE_AFTER.test(ranked) || FUNCTION_WORDS.has(ranked)))
      continue;
    // `came third with 911`: the rank given by the verb is read already.
    if (found.slice(0, placed).some((rank) => rank.end > match.index && rank.start < match.index))
      continue;
    const value =
      digits !== undefined
        ? Number(digits.replace(/,/gu, ''))
        : ORDINAL_WORDS[word?.toLowerCase() ?? ''];
    if (value === undefined || value < 2) continue;
    // `up to their 66th birthday`: a person's birthday ranked is an age, in years (`its 40th
    // birthday`, a zoo's, stays a rank, as an anniversary is).
    if (
      BIRTHDAY.test(ranked) &&
      PERSON_OWNER_BEFORE.test(sentence.slice(Math.max(0, match.index - 8), match.index))
    ) {
      const end = match.index + text.length;
      found.push({ start: match.index, end, value, unit: 'years old', kind: 'duration' });
      continue;
    }
    found.push({
      start: match.index,
      end: edition
        ? match.index + text.slice(0, -ranked.length).trimEnd().length
        : rankedPhraseEnd(sentence, match.index + text.length),
      value,
      unit: RANK_UNIT,
      kind: 'count',
    });
  }
  for (const rank of [...firstRanks(sentence), ...ranksAlone(sentence)]) {
    if (!found.some((other) => other.start < rank.end && rank.start < other.end)) found.push(rank);
  }
  return found;
}

/**
 * An ordinal in digits with nothing after it to rank, and no article that would make it a day of
 * the month (`on the 19th`): `up from 19th`, `classé 3e.`
 */
const DIGITS_ALONE = new RegExp(
  `(?<![\\p{L}\\d.,])(?<!(?:the|le|la|les|on|du|au)${S})(\\d{1,3})(?:st|nd|rd|th|e|ème|er|ère)(?=[,.;:)]|$)`,
  'giu',
);
/**
 * An ordinal in words after what owns or sets it, with the noun it ranks left out, then what
 * places it or ends the clause: `le premier où l’on remet un gardien`, `its first in Dublin`.
 * Not `la seconde où` (a moment), `the first of May` (a date), nor one who acts first (`the
 * first to leave`, `la première à`).
 */
const WORDS_ALONE = new RegExp(
  `(?<![\\p{L}])(?:the|its|his|her|their|our|le|la|sa|son|leur|notre)${S}+(first|premier|première|second|${words(Object.keys(ORDINAL_WORDS))})(?=${S}+(?:où|in|of|since|at|ever)(?![\\p{L}])|[,.;:)]|$)`,
  'dgiu',
);
const MONTH_AFTER = new RegExp(`^${S}+of${S}+\\p{Lu}`, 'u');

/**
 * A place in a contest, with no article: `collects £8,000 for first place`, `finished in second
 * place`, `took third place` (`in the first place` says why, not where).
 */
const PLACE_RANK = new RegExp(
  `(?<![\\p{L}])(?:for|in|into|to|took|take|takes|taking|won|win|wins|claimed|claims|secured|secures)${S}+(first|second|${words(Object.keys(ORDINAL_WORDS))})${S}+place(?![\\p{L}])`,
  'dgiu',
);

/** Ordinals that rank what the sentence names elsewhere: `up from 19th`, `le premier où`. */
function ranksAlone(sentence: string): Reading[] {
  const found: Reading[] = [];
  PLACE_RANK.lastIndex = 0;
  for (let match = PLACE_RANK.exec(sentence); match; match = PLACE_RANK.exec(sentence)) {
    const lower = (match[1] ?? '').toLowerCase();
    const start = match.indices?.[1]?.[0] ?? match.index;
    found.push({
      start,
      end: match.index + match[0].length,
      value: FIRST_WORDS[lower] ?? ORDINAL_WORDS[lower] ?? 1,
      unit: RANK_UNIT,
      kind: 'count',
    });
  }
  DIGITS_ALONE.lastIndex = 0;
  for (let match = DIGITS_ALONE.exec(sentence); match; match = DIGITS_ALONE.exec(sentence)) {
    const value = Number(match[1]);
    if (value < 1) continue;
    found.push({
      start: match.index,
      end: match.index + match[0].length,
      value,
      unit: RANK_UNIT,
      kind: 'count',
    });
  }
  WORDS_ALONE.lastIndex = 0;
  for (let match = WORDS_ALONE.exec(sentence); match; match = WORDS_ALONE.exec(sentence)) {
    const word = match[1] ?? '';
    const [start, end] = match.indices?.[1] ?? [match.index, match.index];
    if (MONTH_AFTER.test(sentence.slice(end, end + 12))) continue;
    const lower = word.toLowerCase();
    found.push({
      start,
      end,
      value: FIRST_WORDS[lower] ?? ORDINAL_WORDS[lower] ?? 1,
      unit: RANK_UNIT,
      kind: 'count',
    });
  }
  return found;
}

/** `the first race`, `la première année`, `the second time`: the ordinal and the word it ranks. */
function firstRanks(sentence: string): Reading[] {
  const found: Reading[] = [];
  FIRST_RANK.lastIndex = 0;
  for (let match = FIRST_RANK.exec(sentence); match; match = FIRST_RANK.exec(sentence)) {
    const [whole, english, comparative, word = '', ranked = ''] = match;
    const lower = ranked.toLowerCase();
    if (
      /^\p{Lu}/u.test(ranked) ||
      NAMED_BY_RANK.has(lower) ||
      NOT_RANKED_BY_FIRST.has(lower) ||
      FUNCTION_WORDS.has(lower) ||
      HAS_NUMBER_WORD.test(lower) ||
      // Before an English plural, the first few rather than a rank: `its first patients` (French
      // marks the plural on the ordinal: `ses premiers patients`; `un second puits` is one).
      (english !== undefined && /[^siu]s$/u.test(lower)) ||
      // `a smaller second dome`: a comparative may stand between the article and the ordinal,
      // not a word of its own (`the latter`, `ever`, `never`).
      (comparative !== undefined && FUNCTION_WORDS.has(comparative.toLowerCase()))
    )
      continue;
    found.push({
      start: match.indices?.[3]?.[0] ?? match.index,
      end: rankedPhraseEnd(sentence, match.index + whole.length),
      value: FIRST_WORDS[word.toLowerCase()] ?? 1,
      unit: RANK_UNIT,
      kind: 'count',
    });
  }
  return found;
}

/**
 * Where the thing an ordinal ranks ends: a noun it ranks may be named by up to two more words
 * (`a second optical sorting line`, `its first full winter`, `une seconde piste d’entraînement`
 * stops at `d’`), never past a function word, a preposition, a verb's participle, a capital or a number.
 */
function rankedPhraseEnd(sentence: string, end: number): number {
  let at = end;
  for (let more = 0; more < 2; more++) {
    const next = RANKED_MORE.exec(sentence.slice(at));
    const word = next?.[1]?.toLowerCase();
    if (
      next === null ||
      word === undefined ||
      FUNCTION_WORDS.has(word) ||
      RANKED_STOP.has(word) ||
      /(?:ed|é|ée|és|ées)$/u.test(word)
    )
      break;
    at += next[0].length;
  }
  return at;
}
/** Prepositions the function words leave out, which open what follows the ranked noun. */
const RANKED_STOP = new Set('devant derrière auprès malgré outre behind beyond despite'.split(' '));
const RANKED_MORE = new RegExp(`^${S}+(\\p{Ll}[\\p{Ll}-]*)(?![\\p{L}\\d'’])`, 'u');

/** Ranks given by a verb that places: `came third`, `finished second`, `arrivée troisième`. */
function placedRanks(sentence: string): Reading[] {
  const found: Reading[] = [];
  PLACED_RANK.lastIndex = 0;
  for (let match = PLACED_RANK.exec(sentence); match; match = PLACED_RANK.exec(sentence)) {
    const verb = PLACED_BEFORE.exec(sentence.slice(Math.max(0, match.index - 14), match.index));
    if (verb === null) continue;
    const word = match[0].toLowerCase();
    const value = ORDINAL_WORDS[word] ?? 2;
    found.push({
      start: match.index - verb[0].length,
      end: match.index + match[0].length,
      value,
      unit: RANK_UNIT,
      kind: 'count',
    });
  }
  return found;
}
