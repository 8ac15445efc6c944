import {
  ADJECTIVES_BEFORE_NOUNS,
  DEFINITE,
  ENGLISH_ADJECTIVES,
  FUNCTION_WORDS,
  IRREGULAR_PLURALS,
  MODIFIER_PLURALS,
} from './figure-grammar-words.ts';
import { NUMBER_WORDS } from './figure-number-words.ts';
import { SPACE as S } from './figure-text.ts';
import { COMPOUND_UNITS, TIME_UNITS, UNIT_SYMBOLS } from './figure-unit-words.ts';

/**
 * The thing a number counts, read in the noun phrase after it as English and French grammar
 * build one: past adjectives (`daily`, `nouveaux`), through `of the`, `de sa`, to the head noun,
 * with the noun before it that names its kind (`school visitors`, `crew members`).
 */

/** Number words that count a thing of their own (not `cent`, `hundred`, which scale). */
const NUMBERS_OF_THEIR_OWN = new Set(
  Object.keys(NUMBER_WORDS).filter(
    (word) => NUMBER_WORDS[word] !== undefined && NUMBER_WORDS[word] < 100,
  ),
);

/** Words between a number and its noun that compare it to another count. */
const COMPARING = new Set(['more', 'fewer', 'extra', 'other']);

/** A word after a number (sticky, read from a given offset), with a French elision split off. */
const NEXT_WORD = new RegExp(`${S}+(?:([dl])['’])?([\\p{L}][\\p{L}’'-]*[²³]?)`, 'uy');

/** An English possessive, which says whose the counted thing is, never what it is: `the island’s`. */
export const isPossessive = (word: string): boolean => /\p{L}(?:['’]s|s['’])$/u.test(word);

/** English adjective endings: `daily`, `annual`, `skilled`, `active`, `public`, `affordable`… */
const ADJECTIVE_ENDING = /(?:ly|al|ed|ive|ic|ous|ful|less|able|ible|ary|ing|ish)$/u;

/** What may stand between `of`, `de` and the noun a share or count is taken of: `de sa récolte`. */
const DETERMINERS_AFTER_OF = new Set(
  'the les la le sa son ses leur leurs notre nos votre vos mes ces cette cet ce its their his her our your my this that these those all tous toutes'.split(
    ' ',
  ),
);

export const looksLikeAdjective = (word: string): boolean =>
  ENGLISH_ADJECTIVES.has(word) || ADJECTIVE_ENDING.test(word) || word.includes('-');

export const isPlural = (word: string): boolean =>
  IRREGULAR_PLURALS.has(word) || (/[sxz]$/u.test(word) && !/(?:ss|ous)$/u.test(word));

/** A noun put before another to name its kind, English-style: `school` in `school visitors`. */
const isNounModifier = (word: string): boolean =>
  /^[a-z]{3,}$/u.test(word) &&
  !looksLikeAdjective(word) &&
  !FUNCTION_WORDS.has(word) &&
  !isPlural(word);

/**
 * Plural French adjectives that follow their noun: `généralistes`, `agricoles`, `municipaux`,
 * `primaires`, `sportives`, `culturels`, `européennes`.
 */
const FRENCH_ADJECTIVE_AFTER =
  /^\p{Ll}+(?:istes|iques|ales|aux|icoles|aires|ifs|ives|els|elles|ennes|iens|aises|ables|ibles|iers|ières)$/u;

/** Short French adjectives that name a kind after a noun: `poids lourds`, `véhicules légers`. */
const SHORT_ADJECTIVES_AFTER = new Set('lourds lourdes légers légères neufs neuves'.split(' '));

/** Adjectives that stand for people or things by themselves: `58 jeunes`, `deux anciens`. */
const NOUNS_TOO = new Set(
  'jeunes vieux grands petits anciens anciennes nouveaux nouvelles'.split(' '),
);

/**
 * Adjectives that say how often or how many more, not what kind: `circulations quotidiennes`,
 * `lits supplémentaires`.
 */
const NOT_A_KIND =
  /^(?:quotidien|hebdomadaire|mensuel|annuel|journalier|horaire|supplémentaire|nécessaire|actuel|habituel|éventuel)/u;

export interface Noun {
  unit: string;
  end: number;
}

/** A number between `of the` and its noun: `a third of the 600 drivers`, `un quart des 220`. */
const NUMBER_AFTER_OF = new RegExp(`${S}+\\d[\\d,.]*(?:${S}\\d{3})*(?=${S})`, 'uy');

/** The word after `position`, or null: the elided article (`d`, `l`), the word and its end. */
function wordAt(sentence: string, position: number): [string, string, number] | null {
  NEXT_WORD.lastIndex = position;
  const match = NEXT_WORD.exec(sentence);
  return match === null ? null : [match[1] ?? '', match[2] ?? '', NEXT_WORD.lastIndex];
}

/**
 * The thing a number counts, read in the words after it: `1 250 infirmières`, `620 of the new
 * jobs`, `1,250 daily commuters`, `52 000 mètres cubes`, `45,000 school visitors`. Past one, the
 * noun must look plural, which skips English adjectives (`daily`) and French participles (`1 000
 * fixé par`); `plural: 'preferred'` takes the first singular word that does not look like an
 * adjective (`a third of the water`, `un tiers de sa récolte`).
 */
export function countedNoun(
  sentence: string,
  from: number,
  options: { allowOf: boolean; plural: 'required' | 'preferred' | 'any' },
): Noun | null {
  let position = from;
  let skipped = 0;
  let previous = '';
  /** Where the word just before the one read starts, when it may name the noun's kind. */
  let modifierStart = -1;
  let afterOf = false;
  /** After a possessive, a number is the whole the count is part of: `600 of the town’s 2,000 households`. */
  let possessed = false;
  for (let index = 0; index < 6; index++) {
    NUMBER_AFTER_OF.lastIndex = position;
    if (
      afterOf &&
      (options.plural === 'preferred' || possessed) &&
      NUMBER_AFTER_OF.test(sentence)
    ) {
      position = NUMBER_AFTER_OF.lastIndex;
    }
    const next = wordAt(sentence, position);
    if (next === null) break;
    const [elided, word, wordEnd] = next;
    const wordStart = wordEnd - word.length;
    position = wordEnd;
    const lower = word.toLowerCase();
    if (options.allowOf && index <= 1 && (elided === 'd' || /^(?:of|de|des|du)$/u.test(lower))) {
      afterOf = true;
      if (elided !== 'd') continue;
    } else if (options.allowOf && afterOf && index <= 2 && DETERMINERS_AFTER_OF.has(lower)) {
      continue;
    }
    // `six more shops`, `40 fewer beds`: a count of the noun past the word comparing it.
    if (
      index === 0 &&
      COMPARING.has(lower) &&
      !Object.hasOwn(TIME_UNITS, (wordAt(sentence, position)?.[1] ?? '').toLowerCase())
    ) {
      skipped++;
      continue;
    }
    // `n’ont`, `qu’elle`, `s’est`: a verb or a pronoun, elided.
    if (FUNCTION_WORDS.has(lower) || DEFINITE.has(lower) || /^(?:[nsmtjc]|qu)['’]/u.test(lower))
      break;
    // `up from 31,000 five years ago`: another number counts what follows it.
    if (NUMBERS_OF_THEIR_OWN.has(lower)) break;
    if (isPossessive(lower)) {
      // `of the island’s shops`, `the town’s 2,000 households`: whose, then what.
      afterOf = true;
      possessed = true;
      previous = '';
      modifierStart = -1;
      continue;
    }
    if (ADJECTIVES_BEFORE_NOUNS.has(lower)) {
      // `58 jeunes sur une boucle`, `les 12 autres.`: with no noun after it, the adjective is one.
      const following = wordAt(sentence, position);
      const nextLower = (following?.[1] ?? '').toLowerCase();
      const nounless =
        following === null ||
        following[0] !== '' ||
        following[2] - following[1].length !== position + 1 ||
        FUNCTION_WORDS.has(nextLower) ||
        DEFINITE.has(nextLower);
      if (nounless && NOUNS_TOO.has(lower) && index === skipped)
        return { unit: word, end: position };
      previous = lower;
      modifierStart = -1;
      continue;
    }
    if (UNIT_SYMBOLS.has(lower) && index === 0) return { unit: word, end: position };
    if (options.plural === 'any' || isPlural(lower)) {
      if (COMPOUND_UNITS.has(`${previous} ${lower}`)) {
        const compoundStart = sentence.lastIndexOf(previous, wordStart - 1);
        return { unit: sentence.slice(compoundStart, position), end: position };
      }
      const following = wordAt(sentence, position);
      const nextLower = (following?.[1] ?? '').toLowerCase();
      if (
        following !== null &&
        following[0] === '' &&
        (COMPOUND_UNITS.has(`${lower} ${nextLower}`) ||
          (MODIFIER_PLURALS.has(lower) && isPlural(nextLower) && !FUNCTION_WORDS.has(nextLower)))
      ) {
        // `mètres cubes`; `crew members`, where `crew` names the kind of member.
        return { unit: sentence.slice(wordStart, following[2]), end: following[2] };
      }
      const unitStart = modifierStart >= 0 && isPlural(lower) ? modifierStart : wordStart;
      // `14 canons à neige`: a French noun completed by `à` and a bare noun names one thing.
      const completed = nounWithComplement(sentence, position, following);
      if (completed !== null) return { unit: sentence.slice(wordStart, completed), end: completed };
      // `quatre médecins généralistes`: a French adjective after the noun names its kind.
      const adjective = following?.[0] === '' ? (following[1] ?? '') : '';
      const unitEnd =
        (FRENCH_ADJECTIVE_AFTER.test(adjective) || SHORT_ADJECTIVES_AFTER.has(adjective)) &&
        !NOT_A_KIND.test(adjective)
          ? (following?.[2] ?? position)
          : position;
      const phraseEnd = unitEnd === position ? nounPhraseEnd(sentence, position) : unitEnd;
      return { unit: sentence.slice(unitStart, phraseEnd), end: phraseEnd };
    }
    if (options.plural === 'preferred') {
      // `a third of new hires` looks past the adjective; `a third of the budget goes` stops.
      if (!looksLikeAdjective(lower)) {
        const head = pluralHeadAfter(sentence, position, word);
        return head ?? { unit: word, end: position };
      }
      // `two-fifths of the rejected material.`, `a third of the capital is`: a word in an
      // adjective's ending with no noun after it is the noun.
      if (afterOf && index > 0 && !word.includes('-') && phraseClosed(sentence, position))
        return { unit: word, end: position };
    }
    previous = lower;
    modifierStart = elided === '' && isNounModifier(word) ? wordStart : -1;
    if (++skipped > 2) break;
  }
  return null;
}

/** Whether the noun phrase ends at `position`: a pause, the sentence's end or a small word. */
function phraseClosed(sentence: string, position: number): boolean {
  const rest = sentence.slice(position, position + 3);
  if (rest === '' || /^[ \u00A0\u202F]?[,.;:)!?»”]/u.test(rest)) return true;
  const next = wordAt(sentence, position);
  return (
    next !== null &&
    next[0] === '' &&
    next[2] - next[1].length === position + 1 &&
    FUNCTION_WORDS.has(next[1].toLowerCase())
  );
}

/**
 * What closes a noun phrase that is a clause's subject: a pause, or a verb that cannot be the
 * noun before it (`had`, `were`): `brick walls had`, not `the budget goes to`.
 */
const SUBJECT_CLOSED_AFTER = new RegExp(
  `^(?:${S}?[,.;:)]|${S}(?:had|have|were|are|will|would|could|must|can|may|did|do|which|that|who|ont|sont|avaient|étaient|qui)(?![\\p{L}]))`,
  'u',
);

/**
 * The plural head a singular English noun names the kind of, right after it, as a phrase: `brick
 * walls` in `a third of its brick walls had collapsed`, `bus drivers` in `half of the bus
 * drivers,`; only where the phrase closes after it (`the budget goes to` is a verb).
 */
function pluralHeadAfter(sentence: string, position: number, word: string): Noun | null {
  if (!isNounModifier(word)) return null;
  const following = wordAt(sentence, position);
  if (following === null || following[0] !== '') return null;
  const [, next, nextEnd] = following;
  if (nextEnd - next.length !== position + 1 || !/^\p{Ll}+$/u.test(next)) return null;
  if (!isPlural(next) || FUNCTION_WORDS.has(next) || DEFINITE.has(next)) return null;
  if (!SUBJECT_CLOSED_AFTER.test(sentence.slice(nextEnd, nextEnd + 12))) return null;
  return { unit: sentence.slice(position - word.length, nextEnd), end: nextEnd };
}

/** Words after a coordinated noun that begin a clause of its own: `30 members and plans to…`. */
const CLAUSE_GOES_ON = new Set(['to', 'the', 'a', 'an', 'more', 'less', 'fewer', 'plus', 'moins']);

/**
 * Where the noun phrase a reader counts ends, past its plural head at `end`: two plural nouns
 * joined by `and`, `et` (`farmers and gardeners`, `infirmiers et aides-soignants`) are counted
 * together; not a noun that begins a clause of its own (`30 members and plans to`). Else the
 * head's end.
 */
function nounPhraseEnd(sentence: string, end: number): number {
  const joiner = wordAt(sentence, end);
  if (joiner === null) return end;
  const [elided, word, joinerEnd] = joiner;
  const next = wordAt(sentence, joinerEnd);
  if (next === null || next[0] !== '' || !/^\p{Ll}[\p{Ll}-]*$/u.test(next[1])) return end;
  const noun = next[1];
  if (FUNCTION_WORDS.has(noun) || DEFINITE.has(noun) || NUMBERS_OF_THEIR_OWN.has(noun)) return end;
  if (elided !== '' || (word !== 'and' && word !== 'et') || !isPlural(noun)) return end;
  if (looksLikeAdjective(noun) && !noun.includes('-')) return end;
  const after = wordAt(sentence, next[2]);
  const afterWord = (after?.[1] ?? '').toLowerCase();
  if (after !== null && after[2] - afterWord.length === next[2] + 1) {
    // Another word straight after: a verb of the two nouns (`have`, `ont`), not one of a clause.
    if (CLAUSE_GOES_ON.has(afterWord) || !FUNCTION_WORDS.has(afterWord)) return end;
  }
  return next[2];
}

/** Words after `à` that say how or when, not what kind: `à temps plein`, `à peine`. */
const NOT_A_COMPLEMENT = new Set(
  'temps peine nouveau moins cause côté travers partir fois terme'.split(' '),
);

/**
 * Where a noun's complement after `à` ends, or null: `canons à neige`, `brosses à dents`; not an
 * infinitive (`postes à pourvoir`), an article (`à la caisse`), a name (`à Paris`) or a number.
 */
function nounWithComplement(
  sentence: string,
  position: number,
  following: [string, string, number] | null,
): number | null {
  if (following === null || following[0] !== '' || following[1] !== 'à') return null;
  const complement = wordAt(sentence, following[2]);
  if (complement === null || complement[0] !== '') return null;
  const word = complement[1];
  if (!/^\p{Ll}+$/u.test(word) || /(?:er|ir|re)$/u.test(word)) return null;
  if (FUNCTION_WORDS.has(word) || DEFINITE.has(word) || NOT_A_COMPLEMENT.has(word)) return null;
  return position < following[2] ? complement[2] : null;
}

/** The plural noun nearest before `index` in the sentence: `tickets` in `tickets at £45`. */
export function pluralNounBefore(sentence: string, index: number): string {
  const before = sentence.slice(Math.max(0, index - 60), index).match(/\p{L}+/gu) ?? [];
  for (const word of before.reverse()) {
    const lower = word.toLowerCase();
    // `57 ans, et seuls quatre d’entre eux`: years are the measure of an age, not things a
    // part is taken of.
    if (Object.hasOwn(TIME_UNITS, lower)) continue;
    if (!FUNCTION_WORDS.has(lower) && !DEFINITE.has(lower) && isPlural(lower)) return lower;
  }
  return '';
}
