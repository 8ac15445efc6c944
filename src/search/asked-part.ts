import { extractFigures } from '../knowledge/figures.ts';
import type { Sentence } from '../knowledge/types.ts';
import { type AskedFigure, isOfAskedKind } from './asked-figure.ts';
import { STOP_WORDS, type Token, tokenize } from './normalize.ts';
import type { Gaps } from './passage-gaps.ts';
import type { QueryGroup } from './query.ts';
import type { SearchIndex } from './search-index.ts';
import type { SpecificTerm } from './specific-terms.ts';

/**
 * A part of a whole asked (`combien coûte le convoyeur tout seul`, `les bancs seulement`, `how
 * much of the 2.3 billion went on the clean rooms`, `quelle part l’État a payé`) is not given by a
 * figure said of the whole: `dont 2,1 millions pour un concasseur et un convoyeur` prices the two
 * together, `financés à 84 % par la Métropole, l’Agence de l’eau et l’État` is the three's share,
 * and a sentence whose only sums are the total the reader typed says nothing of its parts. The part
 * asked, as typed, lacks.
 */

/** Words after the part that ask it alone: `le convoyeur seul`, `les bancs seulement`, `alone`. */
const ALONE_AFTER = /^(?:seul|seule|seuls|seules|seulement|alone|uniquement)$/u;
/** Words before the part that ask it alone: `juste le carburant`, `only the benches`. */
const ALONE_BEFORE = /^(?:juste|only|just|uniquement|seulement)$/u;
/** `on its own`, `by itself`: the pronoun that ends them. */
const OWN = /^(?:own|itself|themselves)$/u;
/** Words between a part and `seul`: `tout seul`, `à lui seul`. */
const BEFORE_ALONE = /^(?:tout|toute|tous|toutes|a|lui|elle|eux|elles|on|its|their|by)$/u;
/** Phrases asking a share of a whole, folded: every word of the question may name the part. */
const SHARE = /\b(?:quelle part|what share|what part|what proportion|how much of)\b/u;
/** Words coordinating two things a figure is said of together. */
const AND = /^(?:and|et|ou|or|plus)$/u;
/** What the question leaves out (`sans le personnel`): not a part it names. */
const WITHOUT = /^(?:sans|without|hors|excluding|except|sauf)$/u;
const DETERMINERS = /^(?:the|a|an|le|la|les|l|un|une|des|du|de|d)$/u;
/** Words right before a total the question names as a whole: `of the`, `de`, `ces`. */
const WHOLE_BEFORE = /^(?:the|of|de|d|des|du|les|la|le|ces|these|those|this|its|their|ses|leurs)$/u;
/**
 * A total the question names is the whole a part is asked of only when an amount is asked
 * (`how much of the 2.3 billion`, `combien… des 12,5 millions`): `what will the 250000 fund pay
 * for`, `d’où vient le chiffre des 800 millions` ask about the total itself.
 */
const AMOUNT_ASKED =
  /\b(?:how much|how many|combien|quelle part|what share|what part|what proportion|quel montant|quelle somme)\b/u;

/** The part asked, as typed, with the corpus words its words and the question's may be. */
export interface AskedPart {
  typed: string;
  /** The words that may name the part (every content word for a share asked). */
  part: Set<number>;
  /** The words the question names the things it speaks of by, less those it leaves out. */
  named: Set<number>;
  /** The totals the question itself gives (`the 2.3 billion dollars`), by value. */
  totals: number[];
}

const isContent = (token: Token | undefined): boolean =>
  token !== undefined && !STOP_WORDS.has(token.word) && !/\d/u.test(token.word);

/** The corpus words a question word may be: itself and what its group matched. */
function idsOf(index: SearchIndex, groups: QueryGroup[], word: string, into: Set<number>): void {
  const own = index.wordIds.get(word);
  if (own !== undefined) into.add(own);
  for (const group of groups) {
    if (!group.key.split(' ').includes(word)) continue;
    for (const alternative of group.alternatives)
      for (const matches of alternative.words) for (const id of matches.keys()) into.add(id);
  }
}

/** The run of content words ending right before `at`, in order. */
function runEndingAt(tokens: Token[], at: number): Token[] {
  const run: Token[] = [];
  for (let each = at - 1; each >= 0 && isContent(tokens[each]); each--)
    run.unshift(tokens[each] as Token);
  return run;
}

/** The run of content words from `at` on, past determiners. */
function runFrom(tokens: Token[], at: number): Token[] {
  let each = at;
  while (DETERMINERS.test(tokens[each]?.word ?? '')) each++;
  const run: Token[] = [];
  for (; isContent(tokens[each]); each++) run.push(tokens[each] as Token);
  return run;
}

/** The part a question asking a figure asks alone or as a share, or undefined. */
export function askedPart(
  index: SearchIndex,
  question: string,
  groups: QueryGroup[],
  asked: AskedFigure | undefined,
  terms: SpecificTerm[],
): AskedPart | undefined {
  if (asked === undefined) return undefined;
  const tokens = tokenize(question);
  const asking = new Set(asked.asking);
  let run: Token[] = [];
  let markerAt = -1;
  for (let at = 0; at < tokens.length && run.length === 0; at++) {
    const word = tokens[at]?.word ?? '';
    if (ALONE_AFTER.test(word) || (OWN.test(word) && at > 0)) {
      let end = at;
      while (end > 0 && BEFORE_ALONE.test(tokens[end - 1]?.word ?? '')) end--;
      run = runEndingAt(tokens, end);
      markerAt = at;
    }
    if (run.length === 0 && ALONE_BEFORE.test(word)) {
      run = runFrom(tokens, at + 1);
      markerAt = at;
    }
  }
  run = run.filter(({ word }) => !asking.has(word));
  const folded = tokens.map(({ word }) => word).join(' ');
  const share = SHARE.test(folded);
  // A total named as the whole asked of (`of the 2.3 billion`, `la rénovation de 12,5 millions`),
  // not one offered as a guess (`is it like 150000 euros`).
  const totals = !AMOUNT_ASKED.test(folded)
    ? []
    : extractFigures(question)
        .filter(({ kind, value, start }) => {
          const before = tokenize(question.slice(0, start)).at(-1)?.word ?? '';
          return kind !== 'date' && value >= 1000 && WHOLE_BEFORE.test(before);
        })
        .map(({ value }) => value);
  if (run.length === 0 && !share && totals.length === 0) return undefined;
  const named = new Set<number>();
  let leftOut = false;
  for (const token of tokens) {
    if (WITHOUT.test(token.word)) leftOut = true;
    else if (!isContent(token) && !DETERMINERS.test(token.word)) leftOut = false;
    if (!isContent(token) || asking.has(token.word)) continue;
    if (!leftOut) idsOf(index, groups, token.word, named);
  }
  const part = new Set<number>();
  for (const { word } of run) idsOf(index, groups, word, part);
  // A share asked is of whoever the question names (`quelle part l’État a payé`): the part is a
  // name, not any of its words (`what share of the hot water`).
  const nameIds = new Set<number>();
  for (const term of terms)
    if (term.kind === 'name')
      for (const { word } of tokenize(term.typed)) idsOf(index, groups, word, nameIds);
  const first = run[0];
  const last = run.at(-1);
  const marker = tokens[markerAt];
  let typed = asked.typed;
  if (first !== undefined && last !== undefined && marker !== undefined)
    typed = question.slice(Math.min(first.start, marker.start), Math.max(last.end, marker.end));
  return { typed, part: run.length > 0 ? part : share ? nameIds : part, named, totals };
}

/**
 * Whether the sentence names the part together with another thing the question does not name,
 * one figure for both: a word of the part with `and`/`et` within four words of it, no figure
 * between, and across it a word the question has not.
 */
function sharedWithOther(index: SearchIndex, sentenceText: string, part: AskedPart): boolean {
  const tokens = tokenize(sentenceText);
  const idOf = (token: Token) => index.wordIds.get(token.word) ?? -1;
  const partner = (from: number, step: number): Token | undefined => {
    // A model's number is part of its name: `un concasseur Kroll VX-900 et un convoyeur`.
    for (let at = from, n = 0; n < 4 && at >= 0 && at < tokens.length; at += step, n++) {
      const token = tokens[at] as Token;
      if (isContent(token)) return token;
    }
    return undefined;
  };
  return tokens.some((token, at) => {
    if (!part.part.has(idOf(token))) return false;
    for (const step of [1, -1]) {
      for (let each = at + step, n = 0; n < 4 && each >= 0 && each < tokens.length; n++) {
        const near = tokens[each] as Token;
        if (/\d/u.test(near.word)) break;
        // `, et la facture` joins another clause, not another thing the figure is said of.
        if (AND.test(near.word) && !/,\s*$/u.test(sentenceText.slice(0, near.start))) {
          const other = partner(each + step, step);
          if (other !== undefined && !part.named.has(idOf(other))) return true;
          break;
        }
        each += step;
      }
    }
    return false;
  });
}

/** The gaps with the part asked added when the sentence's figure is said of more than the part. */
export function withPartGap(
  index: SearchIndex,
  gaps: Gaps,
  sentence: Sentence,
  part: AskedPart | undefined,
  asked: AskedFigure | undefined,
): Gaps {
  if (part === undefined || asked === undefined || gaps.missing.length > 0) return gaps;
  const figures = sentence.figures.filter((figure) => isOfAskedKind(figure, asked));
  if (figures.length === 0) return gaps;
  const isTotal = (value: number) =>
    part.totals.some((total) => Math.abs(total - value) <= total * 0.005);
  const sums = figures.filter(({ kind }) => kind === 'money');
  const onlyTotals = sums.length > 0 && sums.every(({ value }) => isTotal(value));
  if (onlyTotals || (part.part.size > 0 && sharedWithOther(index, sentence.text, part)))
    return { ...gaps, missing: [...gaps.missing, part.typed] };
  return gaps;
}
