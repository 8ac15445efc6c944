import type { AskedName } from './asked-name.ts';
import { dropQuestionFrames, tokenize } from './normalize.ts';
import type { QueryGroup } from './query.ts';

/**
 * A name asked by the verb of naming (`comment s’appelle l’horloger ?`, `What is the new ferry
 * called?`): as `the name of` (asked-name.ts), the answer is a proper name, and a passage naming
 * nothing the question does not cannot give it (`sourit l’artisan`).
 */

/** Articles before the thing named: `s’appelle l’horloger`, `is the ferry called`. */
const DETERMINERS: ReadonlySet<string> = new Set(
  'the a an this that its their le la les l un une ce cet cette son sa ses leur leurs'.split(' '),
);
const CALLED_FR: ReadonlySet<string> = new Set(['appelle', 'appellent', 'appelait', 'appellera']);
const WHAT_IS: ReadonlySet<string> = new Set(['is', 'was', 's', 'are', 'were', 'will']);

/**
 * The name asked by `comment s’appelle X` or `what is X called`, as `askedName` gives one, or
 * undefined.
 */
export function askedCalled(groups: QueryGroup[], question: string): AskedName | undefined {
  const tokens = dropQuestionFrames(tokenize(question));
  const words = tokens.map(({ word }) => word);
  let from: number | undefined;
  let to: number | undefined;
  let next: number | undefined;
  if (words[0] === 'comment' && words[1] === 's' && CALLED_FR.has(words[2] ?? '')) {
    [from, to, next] = [0, 2, 3];
  } else if (
    words[0] === 'what' &&
    WHAT_IS.has(words[1] ?? '') &&
    words.lastIndexOf('called') > 2 &&
    words.lastIndexOf('called') === words.length - 1
  ) {
    const at = words.lastIndexOf('called');
    [from, to, next] = [at, at, 2];
  }
  if (from === undefined || to === undefined || next === undefined) return undefined;
  while (DETERMINERS.has(words[next] ?? '')) next++;
  const first = tokens[from];
  const last = tokens[to];
  if (first === undefined || last === undefined) return undefined;
  const thing = new Set<number>();
  const at = next;
  const group = groups.find((candidate) => candidate.from <= at && at < candidate.to);
  for (const alternative of group?.alternatives ?? [])
    for (const matches of alternative.words) for (const id of matches.keys()) thing.add(id);
  return {
    typed: question.slice(first.start, last.end),
    questionWords: new Set(tokenize(question).map(({ word }) => word)),
    thing,
  };
}
