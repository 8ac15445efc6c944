import { actionNounVerb } from './action-nouns.ts';
import { agentNounVerbStem } from './agent-nouns.ts';
import { clearQuestionLanguage, questionLanguage } from './chat-words.ts';
import {
  glossaryEntry,
  lexiconEntry,
  lexiconOwnForms,
  mayStartPhrase,
} from './dictionary-lookup.ts';
import { LANGUAGE_BITS } from './language-bits.ts';
import {
  backTranslations,
  isDictionaryName,
  type Language,
  LEXICON_WEIGHT,
  thesaurusSynonyms,
} from './lexicon.ts';
import {
  isScaleWord,
  matchWord,
  stemMatches,
  type WordMatches,
  type WordOrigin,
  withoutScaleWords,
} from './match-word.ts';
import {
  dropQuestionFrames,
  MIN_STEM,
  NUMBER_WORDS,
  stem,
  stopTokensOf,
  tokenize,
} from './normalize.ts';
import { phrasalNoun } from './phrasal-nouns.ts';
import type { SearchIndex } from './search-index.ts';
import {
  BACK_TRANSLATION_WEIGHT,
  DERIVED_FORM,
  INFLECTED_FORM,
  MAX_QUERY_GROUPS,
  SYNONYM,
  THESAURUS_WEIGHT,
  WORD_FORM,
} from './settings.ts';
import { glossaryTypo, isDictionaryWord, isStopWordTypo, thesaurusLanguages } from './typos.ts';
import { relatedStems } from './word-families.ts';

/** Reading a question into groups of words, each with the corpus words it may match. */

/**
 * What chat adds around a question and that says nothing of its subject: mentions (`@everyone`,
 * `<@123>`, `<#123>`, `<@&123>`), custom emoji, slash-command mentions and links (a masked link
 * keeps its text).
 */
const MARKUP =
  /@(?:everyone|here)\b|<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>|<\/[^:>]+:\d+>|\]\([^)\s]*\)|<?https?:\/\/[^\s>]+>?/gu;

/**
 * The question with its chat markup blanked out, each character by a space so that offsets into
 * it are offsets into what the reader typed. Markdown marks (`**`, `__`, `~~`, `||`) are not words
 * and fall out when tokenizing.
 */
export const withoutMarkup = (question: string): string =>
  question.replace(MARKUP, (markup) => ' '.repeat(markup.length));

/**
 * One way a group may be written: words that must all appear, a weight that scales their matches,
 * and whether they are a dictionary translation. Every alternative has all three, so that the
 * functions reading them see one object shape (an optional property made V8 recompile them).
 */
export interface QueryAlternative {
  words: WordMatches[];
  weight: number;
  translated: boolean;
}

/** One unit of meaning in the question: a word or glossary phrase, with the ways it is written. */
export interface QueryGroup {
  key: string;
  /** Each alternative is a list of words that must all appear; its weight scales its matches. */
  alternatives: QueryAlternative[];
  /** The question's tokens it was read from, stop words counted: `from` to `to` excluded. */
  from: number;
  to: number;
}

/** Whether every word of an alternative matched some word of the articles. */
export const isMatched = ({ words }: QueryAlternative): boolean =>
  words.every((matches) => matches.size > 0);

function wordAlternative(
  index: SearchIndex,
  words: string[],
  weight: number,
  origin: WordOrigin,
  translated = false,
): QueryAlternative {
  return { words: words.map((word) => matchWord(index, word, origin)), weight, translated };
}

/**
 * The alternative less the corpus words no article of `language` holds: a translation into French
 * reaches French articles, not an English article's word spelled alike (`top` → `pointe`, not
 * `points`). Unchanged when the language is not known.
 */
function inLanguage(
  index: SearchIndex,
  alternative: QueryAlternative,
  bit: number | undefined,
): QueryAlternative {
  if (bit === undefined || bit === ANY_LANGUAGE) return alternative;
  const words = alternative.words.map(
    (matches) =>
      new Map([...matches].filter(([id]) => ((index.wordLanguages[id] ?? 0) & bit) !== 0)),
  );
  return { ...alternative, words };
}

const ANY_LANGUAGE = (LANGUAGE_BITS.fr ?? 0) | (LANGUAGE_BITS.en ?? 0);

/**
 * A number written as a word: NUMBER_WORDS, and `one`, which is left out there as it is a pronoun
 * as often (`the new one`).
 */
const isNumeralWord = (word: string): boolean => NUMBER_WORDS.has(word) || word === 'one';

/**
 * The languages whose thesaurus a reader's word is looked up in: those it is a word of, and of a
 * word of both (`office`), the question's: French `emploi` is no synonym of an English `office`.
 */
function ownLanguages(word: string, question: Language): readonly Language[] {
  const languages = thesaurusLanguages(word);
  return languages.length > 1 && languages.includes(question) ? [question] : languages;
}

/** Turns a question into groups: glossary phrases first (longest), then single words. */
export function parseQuery(index: SearchIndex, text: string): QueryGroup[] {
  const tokens = dropQuestionFrames(tokenize(text));
  const isStop = stopTokensOf(text);
  let typedIn: Language | undefined;
  const language = () => {
    typedIn ??= questionLanguage(text);
    return typedIn;
  };
  let clear: number | undefined | null = null;
  const clearBit = () => {
    if (clear === null) {
      const language = clearQuestionLanguage(text);
      clear = language === undefined ? undefined : LANGUAGE_BITS[language];
    }
    return clear;
  };
  const groups = new Map<string, QueryGroup>();
  let i = 0;
  while (i < tokens.length && groups.size < MAX_QUERY_GROUPS) {
    let consumed = 0;
    for (let length = Math.min(index.longestPhrase, tokens.length - i); length >= 1; length--) {
      const window = tokens.slice(i, i + length);
      const meaningful = window.flatMap((token, at) => (isStop(token) ? [] : [at]));
      const phraseWords = meaningful.map((at) => window[at]?.word ?? '');
      if (phraseWords.length === 0) continue;
      // Two words or more are a phrase only if the glossary or lexicon has one starting so.
      if (phraseWords.length > 1 && !mayStartPhrase(index, phraseWords[0] ?? '')) continue;
      const key = phraseWords.join(' ');
      let synonyms = glossaryEntry(index, phraseWords);
      let translations = lexiconEntry(index, phraseWords);
      if (synonyms === undefined && translations === undefined && length > 1) continue;
      consumed = length;
      if (groups.has(key)) break;
      const typed = synonyms === undefined ? 'typed' : 'typed-glossary';
      const alternatives: QueryGroup['alternatives'] = [
        wordAlternative(index, phraseWords, 1, typed),
      ];
      // A word neither the articles, the glossary nor the lexicon know may be one of the
      // glossary's or lexicon's words misspelled (`deths`, `overdos`): it then means that word.
      const [only, ...more] = phraseWords;
      const unknown =
        synonyms === undefined &&
        translations === undefined &&
        alternatives[0]?.words.every((matches) => matches.size === 0);
      const meant =
        unknown && only !== undefined && more.length === 0 ? glossaryTypo(index, only) : undefined;
      // A stop word misspelled (`wat`, `theres`) says nothing, as the stop word would not; a name
      // one letter from one (`montana`, `montant`) names something.
      if (
        unknown &&
        meant === undefined &&
        only !== undefined &&
        more.length === 0 &&
        !isDictionaryWord(only) &&
        !isDictionaryName(only) &&
        isStopWordTypo(only)
      ) {
        break;
      }
      if (meant !== undefined) {
        synonyms = [[meant], ...(glossaryEntry(index, [meant]) ?? [])];
        translations = lexiconEntry(index, [meant]);
      }
      for (const synonym of synonyms ?? []) {
        alternatives.push(wordAlternative(index, synonym, SYNONYM, 'synonym'));
      }
      // The forms of the reader's word an entry was found through (`bossent` → `bosser`) are in
      // the question's language; the entry's translations in the other.
      const ownForms = new Set(
        lexiconOwnForms(index, meant === undefined ? phraseWords : [meant]).map((own) =>
          own.join(' '),
        ),
      );
      for (const translation of translations ?? []) {
        const alternative = wordAlternative(index, translation, LEXICON_WEIGHT, 'synonym', true);
        const own = ownForms.has(translation.join(' '));
        const into = index.translationLanguages.get(translation.join(' '));
        // A word of the reader's language read as the other language's word and translated back
        // into the reader's (`part` as English `part` → `portée`): two steps, as a way back.
        const roundTrip = !own && into !== undefined && into === clearBit();
        const weighed = roundTrip
          ? { ...alternative, weight: BACK_TRANSLATION_WEIGHT }
          : alternative;
        alternatives.push(own ? weighed : inLanguage(index, weighed, into));
      }
      // A word of the reader's the articles never use, nor any of its translations: the article
      // may say it in other words of the same language, which the dictionary reaches through a
      // translation and back (`truck` → `camion` → `lorry`). Not a name: `Tour` is no tower.
      const first = window[meaningful[0] ?? 0];
      const capitalised =
        first !== undefined && first.start > 0 && /\p{Lu}/u.test(text[first.start] ?? '');
      // Failing those, the words the thesaurus gives it in its own language (`grown-ups` asked
      // of `adults`), below a translation as they may be of another sense.
      const oneUnmatchedWord = only !== undefined && more.length === 0 && !capitalised;
      const ways: [(word: string) => readonly string[], number][] = [
        [backTranslations, BACK_TRANSLATION_WEIGHT],
        [(word) => thesaurusSynonyms(word, ownLanguages(word, language())), THESAURUS_WEIGHT],
      ];
      for (const [wordsFor, weight] of ways) {
        if (!oneUnmatchedWord || alternatives.some(isMatched)) break;
        for (const word of wordsFor(meant ?? only)) {
          // Two steps of a dictionary may land on a numeral (`world` → `monde` → `one`, as in
          // `tout le monde`): a number says a figure, which no word reaches by a sense of it.
          if (isNumeralWord(word)) continue;
          const alternative = wordAlternative(index, [word], weight, 'synonym', true);
          if (isMatched(alternative)) alternatives.push(alternative);
        }
      }
      // The reader's word in another form than the article's (`nouvelle` for `nouveau`, `vendus`
      // for `vendre`), or another word of its family (`chauffage` for `chauffés`): after the ways
      // above, which a form of the word the articles happen to use must not stop.
      const word = meant ?? only;
      if (word !== undefined && more.length === 0) {
        const {
          inflected,
          wordForms,
          derived: familyDerived,
        } = relatedStems(word, familyLanguages(word));
        const typedMatches = alternatives[0]?.words[0];
        let derived = familyDerived;
        // An agent noun the articles lack, of their verb (`gritters`: `gritting`; agent-nouns.ts).
        const verb = typedMatches?.size ? undefined : agentNounVerbStem(word);
        if (verb !== undefined) derived = [...derived, verb];
        // A French action noun neither the articles nor the dictionary know, of its verb
        // (`fermetures`: `fermer`), and the verb's translations (`close`; action-nouns.ts).
        const action =
          typedMatches?.size || translations?.length ? undefined : actionNounVerb(word);
        if (action !== undefined) {
          derived = [...derived, stem(action)];
          for (const translation of lexiconEntry(index, [action]) ?? []) {
            const into = index.translationLanguages.get(translation.join(' '));
            const alternative = inLanguage(
              index,
              wordAlternative(index, translation, DERIVED_FORM, 'synonym', true),
              into,
            );
            if (isMatched(alternative)) alternatives.push(alternative);
          }
        }
        for (const [stems, weight] of [
          [inflected, INFLECTED_FORM],
          [wordForms, WORD_FORM],
          [derived, DERIVED_FORM],
        ] as const) {
          // The corpus words the word itself reached already count at their own weight.
          const words = [stemMatches(index, stems, typedMatches)];
          const alternative = { words, weight, translated: false };
          if (isMatched(alternative)) alternatives.push(alternative);
        }
      }
      // The particle after the word, inside the window or after it (`walk out` → `walkout`).
      const after = tokens[i + (meaningful[0] ?? 0) + 1];
      const noun =
        only !== undefined && more.length === 0 ? phrasalNoun(index, only, after) : undefined;
      if (noun !== undefined)
        alternatives.push(wordAlternative(index, [noun], DERIVED_FORM, 'synonym'));
      const number = phraseWords.length === 1 ? NUMBER_WORDS.get(key) : undefined;
      if (number !== undefined) {
        alternatives.push(wordAlternative(index, [number], SYNONYM, 'synonym'));
      }
      // Where its meaningful words are, without the stop words the window took around them.
      const from = i + (meaningful[0] ?? 0);
      const to = i + (meaningful[meaningful.length - 1] ?? 0) + 1;
      groups.set(key, { key, alternatives, from, to });
      break;
    }
    i += Math.max(consumed, 1);
  }
  return mergeNames(index, [...groups.values()]);
}

/**
 * The languages whose word families a reader's word is looked up in: French only from a stem's
 * length (MIN_STEM), as a shorter word is more often English (`pay`, whose stem is `payer`'s);
 * English keeps its short verbs (`pay` → `paid`, `buy` → `bought`). Not by the spelling lists,
 * which hold a French word's headword, not its forms (`nouvelle`).
 */
const familyLanguages = (word: string): readonly Language[] =>
  word.length >= MIN_STEM ? ['fr', 'en'] : ['en'];

/** The id of the word a group was typed as, when the articles hold it and it has no synonyms. */
function plainWordId(index: SearchIndex, group: QueryGroup): number | undefined {
  const [only, ...others] = group.alternatives;
  if (only === undefined || others.length > 0 || only.words.length !== 1) return undefined;
  return index.wordIds.get(group.key);
}

const samePostings = (a: Uint32Array | number[], b: Uint32Array | number[]): boolean =>
  a.length === b.length && a.every((sentenceId, i) => sentenceId === b[i]);

/**
 * Merges neighbouring names that the articles only ever write together (`Joe Biden`, `Xi
 * Jinping`) into one group: a name says one thing, and counting its two words twice would let
 * `Quel âge a Joe Biden ?` pass for a question the articles answer.
 */
function mergeNames(index: SearchIndex, groups: QueryGroup[]): QueryGroup[] {
  const merged: QueryGroup[] = [];
  let previousId: number | undefined;
  for (const group of groups) {
    const id = plainWordId(index, group);
    const previous = merged[merged.length - 1];
    const together =
      id !== undefined &&
      previousId !== undefined &&
      previous !== undefined &&
      previous.to === group.from &&
      index.names[id] === 1 &&
      index.names[previousId] === 1 &&
      samePostings(index.postings[id] ?? [], index.postings[previousId] ?? []);
    if (
      together &&
      previous?.alternatives[0] !== undefined &&
      group.alternatives[0] !== undefined
    ) {
      previous.key = `${previous.key} ${group.key}`;
      previous.to = group.to;
      previous.alternatives[0].words.push(...group.alternatives[0].words);
      // Further words may still join the name (`Antony John Blinken`).
    } else {
      merged.push(group);
      previousId = id;
    }
  }
  return merged;
}

/**
 * The question's groups without the scale words (`million`) that its other words reached by stem,
 * prefix or translation (`mill`, `usine` → `mill`): a question about a mill is not one about the
 * millions of a figure. Read by `findPassages` only: the claim judge's subject groups, read
 * without the claim's figures, keep them.
 */
export function withoutScaleMatches(index: SearchIndex, groups: QueryGroup[]): QueryGroup[] {
  return groups.map((group) =>
    isScaleWord(group.key)
      ? group
      : {
          ...group,
          alternatives: group.alternatives.map((alternative) => ({
            ...alternative,
            words: alternative.words.map((matches) => withoutScaleWords(index, matches)),
          })),
        },
  );
}

/**
 * The question's groups without the corpus words a group reached only in other ways (a
 * translation, a synonym, a related form) where another group of the question is typed as that
 * word: one word of the article answers one word of the question. `What is the boiling point at
 * the top of a mountain?` asked of `22 percentage points`: `top` reaches `points` through French
 * `pointe`, and must not count as a second word of the question met.
 */
export function withoutSharedMatches(groups: QueryGroup[]): QueryGroup[] {
  const typedIds = groups.map((group) => {
    const ids = new Set<number>();
    for (const matches of group.alternatives[0]?.words ?? []) {
      for (const id of matches.keys()) ids.add(id);
    }
    return ids;
  });
  return groups.map((group, at) => {
    const others = typedIds.filter((_, other) => other !== at);
    const elsewhere = (id: number) => others.some((ids) => ids.has(id));
    const [typed, ...rest] = group.alternatives;
    if (
      typed === undefined ||
      !rest.some(({ words }) => words.some((m) => [...m.keys()].some(elsewhere)))
    )
      return group;
    const alternatives = rest.map((alternative) => ({
      ...alternative,
      words: alternative.words.map(
        (matches) => new Map([...matches].filter(([id]) => !elsewhere(id))),
      ),
    }));
    return { ...group, alternatives: [typed, ...alternatives] };
  });
}
