import type { Sentence } from '../knowledge/types.ts';
import type { AskedFigure } from './asked-figure.ts';
import { fold, STOP_WORDS, type Token, tokenize } from './normalize.ts';
import type { Gaps } from './passage-gaps.ts';
import type { QueryGroup } from './query.ts';
import type { SearchIndex } from './search-index.ts';
import type { SpecificTerm } from './specific-terms.ts';

/**
 * Who earns the pay asked (`Combien gagne la directrice ?`, `How much will the van drivers be
 * paid?`): a sentence whose pay is said of someone else (`Une soigneuse gagne 1 890 €`, `Laundry
 * operatives will be paid £12.85`) does not give it, though it names the one asked elsewhere
 * (`… reconnaît la directrice`). Its earner is the noun right before the verb; the question's,
 * the words next to its own verb. The one asked, as typed, lacks.
 */

/** Verbs whose subject is who earns: `earns`, `gagne`, `touchent`, `perçoit`. */
const EARNS =
  /^(?:earn|earns|earned|earning|gagne|gagnent|gagnait|gagnaient|gagnera|gagneront|touche|touchent|touchait|touchaient|touchera|toucheront|percoit|percoivent|percevait|percevra|percevront)$/u;
/** Verbs whose subject earns in the passive only: `will be paid`, `sont payés`, `est rémunérée`. */
const PAID = /^(?:paid|payes|payee|payees|remunere|remuneree|remuneres|remunerees)$/u;
/** Words between a subject and its verb: auxiliaries, `will`, `now`. */
const BETWEEN =
  /^(?:will|would|be|been|being|is|are|was|were|get|gets|got|now|still|only|currently|sont|est|sera|seront|etait|etaient|ete|a|ont|actuellement|desormais)$/u;
/** Relative pronouns of a person standing for the subject before them: `who earn`, `qui touchent`. */
const RELATIVE = /^(?:who|qui)$/u;
/** Words after a pay verb in a question before its subject: determiners (`gagne la directrice`). */
const DETERMINERS = /^(?:the|a|an|le|la|les|l|un|une|des)$/u;

/** Whether the token at `at` is a verb of earning, the passive needing its auxiliary. */
function earnsAt(tokens: Token[], at: number): boolean {
  const word = tokens[at]?.word ?? '';
  if (EARNS.test(word)) return true;
  return PAID.test(word) && BETWEEN.test(tokens[at - 1]?.word ?? '');
}

/** The content words right before a verb, past its auxiliaries, nearest first. */
function runBefore(tokens: Token[], verb: number): Token[] {
  let at = verb - 1;
  while (at >= 0 && BETWEEN.test(tokens[at]?.word ?? '')) at--;
  // A relative clause's verb has its antecedent for subject: `the route setters, who earn`.
  if (RELATIVE.test(tokens[at]?.word ?? '')) at--;
  const run: Token[] = [];
  for (; at >= 0; at--) {
    const token = tokens[at] as Token;
    if (STOP_WORDS.has(token.word) || /\d/u.test(token.word)) break;
    run.push(token);
  }
  return run;
}

/** Prepositions that tie a place or an employer to the earner: `bakers at the harbour bakery`. */
const TIED = /^(?:at|of|in|from|with|de|du|des|d|chez|au|aux)$/u;

/**
 * The earner's own noun when the words before the verb are where they work (`bakers at the
 * harbour bakery earn`): the content words before the preposition that ties them, or none.
 */
function headBefore(tokens: Token[], runStart: number): Token[] {
  let at = runStart - 1;
  while (at >= 0 && DETERMINERS.test(tokens[at]?.word ?? '')) at--;
  return TIED.test(tokens[at]?.word ?? '') ? runBefore(tokens, at) : [];
}

/** The content words right after a verb, past a determiner: French puts the subject there. */
function runAfter(tokens: Token[], verb: number): Token[] {
  let at = verb + 1;
  while (at < tokens.length && DETERMINERS.test(tokens[at]?.word ?? '')) at++;
  const run: Token[] = [];
  for (; at < tokens.length; at++) {
    const token = tokens[at] as Token;
    if (STOP_WORDS.has(token.word) || /\d/u.test(token.word)) break;
    run.push(token);
  }
  return run;
}

/** The earner the question asks about, as typed, and the corpus words its words may be. */
export interface AskedEarner {
  typed: string;
  ids: Set<number>;
  /** The earner is a person the question names (`la responsable Priya Nandakumar`). */
  named: boolean;
}

/** The earner a question asking a sum names by its pay verb, or undefined. */
export function askedEarner(
  index: SearchIndex,
  question: string,
  groups: QueryGroup[],
  asked: AskedFigure | undefined,
  terms: SpecificTerm[] = [],
): AskedEarner | undefined {
  if (asked === undefined || !asked.kinds.includes('money')) return undefined;
  const tokens = tokenize(question);
  const verb = tokens.findIndex(
    (_, at) => earnsAt(tokens, at) || PAID.test(tokens[at]?.word ?? ''),
  );
  if (verb < 0) return undefined;
  const asking = new Set(asked.asking);
  const before = runBefore(tokens, verb).filter(({ word }) => !asking.has(word));
  const run = before.length > 0 ? before.reverse() : runAfter(tokens, verb);
  const first = run[0];
  const last = run.at(-1);
  if (first === undefined || last === undefined) return undefined;
  const ids = new Set<number>();
  const head = before.length > 0 ? headBefore(tokens, tokens.indexOf(first)) : [];
  for (const { word } of [...run, ...head]) {
    const own = index.wordIds.get(word);
    if (own !== undefined) ids.add(own);
    for (const group of groups) {
      if (!group.key.split(' ').includes(word)) continue;
      for (const alternative of group.alternatives)
        for (const matches of alternative.words) for (const id of matches.keys()) ids.add(id);
    }
  }
  const typed = question.slice(first.start, last.end);
  const named = terms.some(
    (term) => term.kind === 'name' && !term.place && fold(typed).includes(fold(term.typed)),
  );
  return { typed, ids, named };
}

/**
 * Whether the earner the sentence names ends with the one asked, written in one word or two:
 * `deckhands` are the `Deck hands`, `deck hands` the `deckhands`.
 */
function writtenApart(own: Token[], typed: string): boolean {
  const asked = fold(typed).replace(/[^\p{L}\d]/gu, '');
  // In the sentence's order: `runBefore` reads back from the verb.
  const words = [...own].sort((a, b) => a.start - b.start);
  return words.some(
    (_, from) =>
      words
        .slice(from)
        .map(({ word }) => word)
        .join('') === asked,
  );
}

/**
 * The gaps with the earner asked added when each of the sentence's pay verbs has an earner of its
 * own before it that shares no word with the one asked.
 */
export function withEarnerGap(
  index: SearchIndex,
  gaps: Gaps,
  sentence: Sentence,
  earner: AskedEarner | undefined,
): Gaps {
  if (earner === undefined || gaps.missing.includes(earner.typed)) return gaps;
  // A person's pay is a sum of money: `Rhona Baillie said the line runs 40 times faster` names
  // her, but gives no pay of hers.
  if (earner.named && !sentence.figures.some(({ kind }) => kind === 'money'))
    return { ...gaps, missing: [...gaps.missing, earner.typed] };
  const tokens = tokenize(sentence.text);
  const verbs = tokens.flatMap((_, at) => (earnsAt(tokens, at) ? [at] : []));
  // Every pay verb must have another earner: in `La revalorisation touche aussi les auxiliaires,
  // qui gagnent 1 890 €`, the first (`touche`, affects) is no pay of `revalorisation`'s.
  const otherEarner = (verb: number) => {
    const own = runBefore(tokens, verb);
    return (
      own.length > 0 &&
      !own.some(({ word }) => earner.ids.has(index.wordIds.get(word) ?? -1)) &&
      !writtenApart(own, earner.typed)
    );
  };
  if (verbs.length === 0 || !verbs.every(otherEarner)) return gaps;
  return { ...gaps, missing: [...gaps.missing, earner.typed] };
}
