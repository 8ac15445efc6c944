import type { Sentence } from '../knowledge/types.ts';
import { otherName } from './asked-thing.ts';
import { dropQuestionFrames, STOP_WORDS, type Token, tokenize } from './normalize.ts';
import type { Gaps } from './passage-gaps.ts';
import type { QueryGroup } from './query.ts';
import type { SearchIndex } from './search-index.ts';

/**
 * A name asked (`What is the name of the firm that built it?`, `c'est quoi le nom du village ?`):
 * the answer is a proper name. A passage that names nothing the question does not name cannot
 * give it, and one that brings the thing in with an indefinite article and no name beside it
 * (`a local firm built it`, `un médecin monte au village`) says it is unnamed there. Checked on
 * the answers as ranked, as `asked-thing.ts` is.
 */

/** The name asked as typed, the question's words, and the articles' words the thing named matched. */
export interface AskedName {
  typed: string;
  questionWords: Set<string>;
  /** The articles' words the thing whose name is asked may be written with (`firm` → `firm`). */
  thing: Set<number>;
}

const NAME_WORDS: ReadonlySet<string> = new Set(['name', 'names', 'nom', 'noms']);
/** What ties the name to its thing: `name of the firm`, `nom de l'entreprise`, `nom du village`. */
const NAME_LINKS: ReadonlySet<string> = new Set(['of', 'de', 'du', 'des', 'd']);
const DETERMINERS: ReadonlySet<string> = new Set(
  'the a an this that its their le la les l un une ce cet cette son sa ses leur leurs'.split(' '),
);
/**
 * Words before the name word that make it no name asked: `au nom de`, `in the name of` speak for
 * someone (on behalf of); `combien de noms`, `how many names`, `number of names` ask a count.
 */
const NOT_ASKING_BEFORE: readonly (readonly string[])[] = [
  ['au'],
  ['in', 'the'],
  ['many'],
  ['combien', 'de'],
  ['nombre', 'de'],
  ['number', 'of'],
];
/**
 * Question words asking something else of the names: `where were the names read`, `pourquoi les
 * noms sont-ils tus` (folded: `où` is `ou`). Only as the question's first word, where they ask.
 */
const ASKING_OTHER: ReadonlySet<string> = new Set(
  'why when where how pourquoi quand ou comment'.split(' '),
);
/** Articles that bring in a thing not yet identified: `a firm`, `une entreprise`. */
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an', 'un', 'une']);

/**
 * The name a question asks for, or undefined: `name`/`nom` followed by `of`/`de`, in a question
 * not asking where, why, when or how.
 */
export function askedName(groups: QueryGroup[], question: string): AskedName | undefined {
  const all = tokenize(question);
  if (ASKING_OTHER.has(all[0]?.word ?? '')) return undefined;
  const tokens = dropQuestionFrames(all);
  const at = tokens.findIndex(
    ({ word, start }, i) =>
      NAME_WORDS.has(word) &&
      NAME_LINKS.has(tokens[i + 1]?.word ?? '') &&
      !askedOtherwise(
        all,
        all.findIndex((token) => token.start === start),
      ),
  );
  const token = tokens[at];
  if (at < 0 || token === undefined) return undefined;
  let next = at + 2;
  while (DETERMINERS.has(tokens[next]?.word ?? '')) next++;
  const thing = new Set<number>();
  const group = groups.find((candidate) => candidate.from <= next && next < candidate.to);
  for (const alternative of group?.alternatives ?? [])
    for (const matches of alternative.words) for (const id of matches.keys()) thing.add(id);
  return {
    typed: question.slice(token.start, token.end),
    questionWords: new Set(all.map(({ word }) => word)),
    thing,
  };
}

/** Whether the words before the name word at `at` make it no name asked (NOT_ASKING_BEFORE). */
function askedOtherwise(tokens: Token[], at: number): boolean {
  return NOT_ASKING_BEFORE.some((words) =>
    words.every((word, i) => tokens[at - words.length + i]?.word === word),
  );
}

/**
 * The gaps with the name asked added when the sentence names nothing the question does not (a
 * date's month names nothing), or brings the thing in with an indefinite article and no name
 * right after it or past a word calling it.
 */
export function withNameGap(
  index: SearchIndex,
  gaps: Gaps,
  sentence: Sentence,
  asked: AskedName | undefined,
): Gaps {
  if (asked === undefined || gaps.missing.includes(asked.typed)) return gaps;
  const tokens = tokenize(sentence.text);
  const isOtherName = otherName(index, sentence, asked.questionWords);
  const lacking = { ...gaps, missing: [...gaps.missing, asked.typed] };
  if (!tokens.some(isOtherName)) return lacking;
  const unnamed = tokens.some((token, at) => {
    if (!asked.thing.has(index.wordIds.get(token.word) ?? -1)) return false;
    // `a specialist workshop`: the article may stand before one describing word.
    const before = [tokens[at - 1]?.word, tokens[at - 2]?.word];
    const introduced =
      INDEFINITE.has(before[0] ?? '') ||
      (INDEFINITE.has(before[1] ?? '') && !STOP_WORDS.has(before[0] ?? ''));
    // Named right after it (`a firm, Harlow & Pike`) or past a word calling it (`a joiner called
    // Tom Barrow`), not past a preposition: `a firm from Leeds` says where it is from.
    const [next, afterNext] = [tokens[at + 1], tokens[at + 2]];
    const named =
      (next !== undefined && isOtherName(next)) ||
      (afterNext !== undefined && !STOP_WORDS.has(next?.word ?? '') && isOtherName(afterNext));
    return introduced && !named;
  });
  return unnamed ? lacking : gaps;
}
