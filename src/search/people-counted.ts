import type { Figure, Sentence } from '../knowledge/types.ts';
import type { AskedFigure } from './asked-figure.ts';
import { cognateSpellings } from './cognates.ts';
import { readLexiconJson } from './lexicon.ts';
import { fold, tokenize } from './normalize.ts';
import type { QueryGroup } from './query.ts';
import { isKnown } from './refusal.ts';
import type { SearchIndex } from './search-index.ts';
import { COGNATE_MIN_LENGTH, PERSON_NOUN_WEIGHT } from './settings.ts';

/**
 * People counted under another name: a reader asks `how many people`, `combien de personnes`,
 * `cb de gens`, where the article counts `1 830 donateurs`, `214 riverains`, `418 players`. The
 * nouns naming people are WordNet's and the French–English lexicon's (`lexicon/person-nouns.json`,
 * `scripts/build-person-nouns.ts`).
 */

/**
 * Words for people in general, folded: a count of them is a count of any kind of person. French
 * counts people as `monde` too (`combien de monde`, `il y avait du monde`).
 */
const ANY_PEOPLE: ReadonlySet<string> = new Set(
  'people persons person individuals folks personnes personne gens individus monde'.split(' '),
);

/** Whether a folded word says people in general (`people`, `gens`). */
export const isAnyPeople = (word: string): boolean => ANY_PEOPLE.has(word);

let personNouns: Set<string> | undefined;

/**
 * Person nouns whose `-ship` is the body of them, counted (`membership`, `readership`): not
 * `championship`, `scholarship`, `friendship`, `ownership`, `sponsorship`, a thing or a state.
 */
const GROUP_MEMBERS: ReadonlySet<string> = new Set(
  'member reader viewer listener subscriber rider follower'.split(' '),
);

/**
 * A folded noun and its singulars (`donors` → `donor`, `locaux` → `local`, `fishermen` →
 * `fisherman`): the list's words are
 * singular, and a stem would join unrelated words (`coups` and `coupable` share `coup`).
 */
const singulars = (word: string): string[] => [
  word,
  word.replace(/[sx]$/u, ''),
  word.replace(/aux$/u, 'al'),
  word.replace(/men$/u, 'man'),
];

/**
 * Whether a folded word is a noun naming people (`auditeurs`, `players`), or the cognate of one in
 * the other language, of COGNATE_MIN_LENGTH letters or more (`contributeurs`: `contributor`), as
 * the dictionaries lack many French ones; or the body of such people, an English noun in `-ship`
 * of members of a group (`membership`, `readership`: GROUP_MEMBERS), in the singular: `12 partnerships` counts agreements.
 */
export function isPersonNoun(word: string): boolean {
  if (personNouns === undefined) {
    const { en, fr } = readLexiconJson<{ en: string[]; fr: string[] }>('person-nouns.json');
    personNouns = new Set([...en, ...fr]);
  }
  const nouns = personNouns;
  // `Membership reached 4,850`, `a readership of 20,000`: the body of members, readers, counted.
  const body = /^(\p{L}{3,})ship$/u.exec(word)?.[1];
  if (body !== undefined && GROUP_MEMBERS.has(body)) return true;
  const spellings = word.length >= COGNATE_MIN_LENGTH ? [word, ...cognateSpellings(word)] : [word];
  return spellings.some((spelling) => singulars(spelling).some((form) => nouns.has(form)));
}

/** Whether a figure counts a kind of person: `1 830 donateurs`, `418 players`, not `people`. */
export const countsPersons = (figure: Figure): boolean => personWordsCounted(figure).length > 0;

/**
 * The folded words of a count's unit naming a kind of person, without the period of a rate
 * (`voyageurs/jour` → `voyageurs`); none for a figure of another kind.
 */
function personWordsCounted(figure: Figure): string[] {
  if (figure.kind !== 'count') return [];
  return tokenize(fold(figure.unit.split('/')[0] ?? ''))
    .map(({ word }) => word)
    .filter((word) => !isAnyPeople(word) && isPersonNoun(word));
}

/** Per index, each document's kinds of person counted, by their singular (`donateur`). */
const kindsCounted = new WeakMap<SearchIndex, Map<number, Set<string>>>();

const kindsOf = (sentence: Sentence): string[] =>
  sentence.figures.flatMap(personWordsCounted).map((word) => word.replace(/[sx]$/u, ''));

/**
 * Whether the sentence counts the only kind of person its article counts: a reader's `how many
 * people` is then that count; where the article also counts others (`212 habitants`, `neuf
 * salariés`, `23 élèves`), which people were meant is unclear, and the reader's word stays one the
 * passage lacks (the answer is flagged, not given as sure).
 */
export function countsOnlyKindOfPerson(index: SearchIndex, sentence: Sentence): boolean {
  const own = kindsOf(sentence);
  if (own.length === 0) return false;
  let byDocument = kindsCounted.get(index);
  if (byDocument === undefined) {
    byDocument = new Map();
    for (const other of index.corpus.sentences) {
      const kinds = byDocument.get(other.documentId) ?? new Set<string>();
      for (const kind of kindsOf(other)) kinds.add(kind);
      byDocument.set(other.documentId, kinds);
    }
    kindsCounted.set(index, byDocument);
  }
  const all = byDocument.get(sentence.documentId) ?? new Set<string>();
  return [...all].every((kind) => own.includes(kind));
}

/** Per index, the texts of the sentences counting the only kind of person their article counts. */
const soleCounts = new WeakMap<SearchIndex, Set<string>>();

function soleCountTexts(index: SearchIndex): Set<string> {
  let texts = soleCounts.get(index);
  if (texts === undefined) {
    texts = new Set(
      index.corpus.sentences
        .filter((sentence) => countsOnlyKindOfPerson(index, sentence))
        .map(({ text }) => text),
    );
    soleCounts.set(index, texts);
  }
  return texts;
}

/** Per index, the ids of the words that name people in the unit of a count (`donateurs`). */
const countedPeople = new WeakMap<SearchIndex, Map<number, number>>();

function personUnitWords(index: SearchIndex): Map<number, number> {
  let found = countedPeople.get(index);
  if (found !== undefined) return found;
  found = new Map();
  for (const sentence of index.corpus.sentences) {
    for (const figure of sentence.figures) {
      for (const word of personWordsCounted(figure)) {
        const id = index.wordIds.get(word);
        if (id !== undefined) found.set(id, 1);
      }
    }
  }
  countedPeople.set(index, found);
  return found;
}

/**
 * The question's groups, its `people` (when it asks how many: `asked.counted`) also written as
 * the articles' counts of a kind of person, at PERSON_NOUN_WEIGHT, when the articles use the
 * reader's word themselves (`4 € par personne`) and another of the question's words reaches them
 * (`how many people` alone names nothing they speak of). A word they never use (`gens`) stays
 * one, held by a sentence counting persons (`figureAsking`), so that a sentence counting none
 * still lacks it.
 */
export function withCountedPeople(
  index: SearchIndex,
  groups: QueryGroup[],
  asked: AskedFigure | undefined,
): QueryGroup[] {
  const counted = asked?.counted;
  if (counted === undefined || !isAnyPeople(counted)) return groups;
  const people = groups.find((group) => group.key === counted);
  if (people === undefined || !isKnown(people)) return groups;
  if (!groups.some((group) => group !== people && isKnown(group))) return groups;
  const words = personUnitWords(index);
  if (words.size === 0) return groups;
  const alternative = { words: [words], weight: PERSON_NOUN_WEIGHT, translated: false };
  return groups.map((group) =>
    group === people ? { ...group, alternatives: [...group.alternatives, alternative] } : group,
  );
}

/**
 * What holds a question's `people` that the articles never use (`gens`, `figureAsking`): a count
 * of a kind of person in a sentence holding another of the question's words as the reader wrote
 * them, not only through the dictionary (`sept biologistes … depuis trois ans` holds `year` only
 * as `ans`: which people is then unclear). Its key, for caching, names those words.
 */
export function personCountHolding(
  index: SearchIndex,
  groups: QueryGroup[],
  people: QueryGroup,
): { key: string; gives: (figure: Figure, text: string) => boolean } {
  const own = new Set<string>();
  for (const group of groups) {
    if (group === people) continue;
    for (const { words, translated } of group.alternatives) {
      if (translated) continue;
      for (const matches of words) for (const id of matches.keys()) own.add(index.words[id] ?? '');
    }
  }
  own.delete('');
  // A count of one of several kinds of person the article counts is no sure answer (a rival).
  const only = soleCountTexts(index);
  return {
    key: `persons/${[...own].sort().join(' ')}`,
    gives: (figure, text) =>
      countsPersons(figure) &&
      only.has(text) &&
      tokenize(fold(text)).some(({ word }) => own.has(word)),
  };
}
