/**
 * Digits typed for words in English chat: `2` for `to`, `4` for `for`, `1` for `one` (`how long 2
 * charge`, `pay 4 it`, `1 of the cars`). Read as figures they were looked for in the article and
 * flagged as lacking. A digit is read as a word only where no count can stand: before a word no
 * number counts (a determiner, a pronoun, a gerund: `4 the`, `4 ur`, `4 using`), right after
 * `how much` or `how long` (a count there would be `how many`), and `1 of` before the group it
 * picks from. A real figure (`4 cars`, `in 2 days`, `£4`, `4.5`, `Line 4 the`, `at 4 the doors
 * open`) stays as typed. French chat spells its digits in abbreviations (`a2m1`), which
 * chat-abbreviations.json holds.
 */

/** What the digit stands for, per digit. */
const DIGIT_WORD: Readonly<Record<string, string>> = { '2': 'to', '4': 'for' };

/**
 * Words no count stands before (`4 the`, `2 it`): determiners, pronouns and possessives, chat's
 * (`ur`, `u`) with them, and the prefix `non` (`4 non members`). Not `each`, `every` or `all`,
 * which follow a count (`£4 each`, `4 every week`, `4 all told`).
 */
const NO_COUNT_BEFORE: ReadonlySet<string> = new Set(
  (
    'the a an it its this that these those them him her his hers us me my mine our ours you your ' +
    'yours ur u ya their theirs they there he she we i any some non anyone everyone someone ' +
    'anybody everybody somebody whoever whatever'
  ).split(' '),
);

/**
 * Words a figure follows (`at 4 the doors open`, `the 4 of us`, `only 2 remaining`, `top 4`): the
 * digit after them is a time, a count or a rank.
 */
const FIGURE_AFTER: ReadonlySet<string> = new Set(
  (
    'at by from until till til to and or of between than after before around about under over ' +
    'the these those only just first last next top all every each some no number page nr no ' +
    'past plus minus times x'
  ).split(' '),
);

/** Verbs a price follows (`cost 4 a month`), and the words giving the period it is per. */
const PRICE_VERB: ReadonlySet<string> = new Set(
  'cost costs pay pays paid charge charges charged'.split(' '),
);
const PER: ReadonlySet<string> = new Set(['a', 'an', 'per']);
const PERIOD = /^(?:hour|day|week|month|year|night)$/u;

/** Groups `1 of` picks one from (`1 of the cars`, `1 of them`). */
const GROUP_START: ReadonlySet<string> = new Set(
  'the these those them us its their our your ur my his her'.split(' '),
);

/** A lone digit between words: no digit, sign, separator or unit glued to either side. */
const LONE_DIGIT = /(?<=^|[\s(])([124])(?=[\s?!)]|$)/gu;

const WORD = /[\p{L}\p{N}'’]+/gu;

/** Characters read on either side of a digit: two words, however long. */
const WINDOW = 80;

/** Words a figure goes on with: `4 million`, `2 percent`, `4 pm`, `2 o'clock`. */
const SCALE_OR_TIME =
  /^(?:hundred|thousand|million|billion|trillion|dozen|percent|pc|am|pm|o'clock|k|m|bn)$/u;

/** A plural's ending: `tickets`, not `cross`, `bus` or `this`. */
const PLURAL = /[^siu]s$/u;

/** The question with its chat digits written as the words they stand for (see the file's note). */
export function withDigitsWritten(text: string): string {
  const firstWord = text.search(/[\p{L}\p{N}]/u);
  return text.replace(LONE_DIGIT, (digit, _group, offset: number) => {
    // Two words either side are all the rule reads: a bounded window keeps a long message linear.
    const window = text.slice(Math.max(0, offset - WINDOW), offset);
    const before = [...window.matchAll(WORD)].map(([word]) => word).slice(-2);
    const atStart = firstWord >= offset - WINDOW;
    const after = text
      .slice(offset + digit.length, offset + digit.length + WINDOW)
      .match(/^[\s\u00A0]+([\p{L}'’]+)/u)?.[1];
    const previous = before.at(-1);
    // Nothing before is a sentence that starts with a figure; a sign or a capitalised word just
    // before is a price or a label (`£ 4`, `Line 4`, `Fab 7`).
    if (previous === undefined || after === undefined) return digit;
    if (/[£$€#]\s*$/u.test(window)) return digit;
    if (/^\p{Lu}/u.test(previous) && (before.length > 1 || !atStart)) return digit;
    const prior = previous.toLowerCase();
    const next = after.toLowerCase();
    if (digit === '1')
      return next === 'of' && GROUP_START.has(nextWordAfter(text, offset)) ? 'one' : digit;
    const word = DIGIT_WORD[digit] as string;
    const asked =
      before.length >= 2 && /^how$/iu.test(before.at(-2) ?? '') && /^(?:much|long)$/u.test(prior);
    // Right after `how much` / `how long` a count would be a plural: `how much 4 tickets` is the
    // price of four tickets, `how much 4 million` a sum.
    if (asked && !PLURAL.test(next) && !SCALE_OR_TIME.test(next)) return word;
    if (FIGURE_AFTER.has(prior)) return digit;
    // A price per period (`does a ticket cost 4 a month`, `paid 2 per day`).
    if (PRICE_VERB.has(prior) && PER.has(next) && PERIOD.test(nextWordAfter(text, offset, 2)))
      return digit;
    if (NO_COUNT_BEFORE.has(next)) return word;
    // A gerund with its object after it (`4 using there own car`), no adjective (`2 remaining`).
    if (/^\p{L}{2,}ing$/u.test(next) && NO_COUNT_BEFORE.has(nextWordAfter(text, offset, 2))) {
      return word;
    }
    return digit;
  });
}

/** The `nth` word after the digit at `offset`, lower case ('' when none). */
function nextWordAfter(text: string, offset: number, nth = 2): string {
  const words = [...text.slice(offset + 1, offset + 1 + WINDOW).matchAll(WORD)].map(([word]) =>
    word.toLowerCase(),
  );
  return words[nth - 1] ?? '';
}
