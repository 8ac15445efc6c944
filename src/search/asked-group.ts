import type { Figure, Sentence } from '../knowledge/types.ts';
import { type AskedFigure, isOfAskedKind } from './asked-figure.ts';
import { fold, STOP_WORDS, tokenize } from './normalize.ts';
import type { Gaps } from './passage-gaps.ts';
import type { QueryGroup } from './query.ts';
import type { SearchIndex } from './search-index.ts';
import { MIN_GROUP_FIGURES } from './settings.ts';
import { isSpelledWord } from './typos.ts';

/**
 * Who or what a figure is asked for (`pour les étudiants`, `for night shifts`, `l’heure de garde
 * d’un infirmier`), and whether a sentence giving its figures each for a group of its own (`7 €
 * pour les adultes et 3,50 € pour les moins de 12 ans`) gives one for it. A sentence that splits
 * its figures among groups names the ones it has figures for: a group it does not name is one it
 * has no figure for, and its figures are another group's.
 */

/** The group a figure is asked for, as typed, and the corpus words each of its words matches. */
export interface AskedGroup {
  typed: string;
  words: { word: string; ids: Set<number> }[];
  /**
   * `for`/`pour` and a determiner (`pour un lapin`, `for the drivers`): whom the figure is for, not
   * a purpose (`pour arriver`) nor what it is of (`la note d’une famille`, which may be a `foyer`).
   */
  named: boolean;
}

/** Words that introduce whom a figure is for: `for`, `pour`, `d’un`, `d’une`. */
const FOR = /^(?:for|pour)$/u;
const OF_ONE = /^(?:un|une)$/u;
/** Verbs whose `for` says what they are after (`waiting for a spot`), not whom a figure is for. */
const VERB_OF_FOR =
  /^(?:wait|waits|waited|waiting|look|looks|looked|looking|ask|asks|asked|asking|search|searching|hope|hoping|apply|applying|queue|queuing|queueing)$/u;
/** English verbs whose object is who pays: `how much does it cost a child`. */
const COSTS = /^(?:cost|costs|charge|charges)$/u;
/** Determiners, left out of the group as typed: `les étudiants` is asked as `étudiants`. */
const DETERMINERS = new Set('the a an le la les l un une des'.split(' '));

/**
 * The words after the question's last `for`/`pour`/`d’un` past its determiners (`for under-8
 * matches` → `under-8 matches`, whose words are `8`, `matches`), up to the next stop word after
 * them; undefined when the question has none, or asks for no figure.
 */
export function askedGroup(
  index: SearchIndex,
  question: string,
  groups: QueryGroup[],
  asked: AskedFigure | undefined,
): AskedGroup | undefined {
  if (asked === undefined) return undefined;
  const tokens = tokenize(question);
  let from = -1;
  tokens.forEach(({ word }, at) => {
    if (FOR.test(word) || (OF_ONE.test(word) && tokens[at - 1]?.word === 'd')) from = at + 1;
    // `cost a child`: the fare group after the verb is who pays.
    if (
      COSTS.test(word) &&
      DETERMINERS.has(tokens[at + 1]?.word ?? '') &&
      FARE_GROUPS.has(tokens[at + 2]?.word ?? '')
    )
      from = at + 1;
  });
  if (from < 0) return undefined;
  const named =
    FOR.test(tokens[from - 1]?.word ?? '') &&
    !VERB_OF_FOR.test(tokens[from - 2]?.word ?? '') &&
    DETERMINERS.has(tokens[from]?.word ?? '');
  while (from < tokens.length && DETERMINERS.has(tokens[from]?.word ?? '')) from++;
  const start = tokens[from]?.start;
  while (from < tokens.length && STOP_WORDS.has(tokens[from]?.word ?? '')) from++;
  let to = from;
  while (to < tokens.length && !STOP_WORDS.has(tokens[to]?.word ?? '')) to++;
  const last = tokens[to - 1];
  if (to === from || start === undefined || last === undefined) return undefined;
  const words = tokens.slice(from, to).map(({ word }) => {
    const ids = new Set<number>();
    for (const group of groups) {
      if (!group.key.split(' ').includes(word)) continue;
      for (const alternative of group.alternatives)
        for (const matches of alternative.words) for (const id of matches.keys()) ids.add(id);
    }
    const own = index.wordIds.get(word);
    if (own !== undefined) ids.add(own);
    return { word, ids };
  });
  return { typed: question.slice(start, last.end), words, named };
}

/**
 * The figures of the kind asked that a `for`/`pour` follows before the next figure: the sentence
 * gives each for someone (`9 € pour les adultes et 4 € pour les moins de 14 ans`).
 */
function figuresForGroups(sentence: Sentence, asked: AskedFigure): number {
  const figures = [...sentence.figures].sort((a, b) => a.start - b.start);
  let forGroups = 0;
  figures.forEach((figure, at) => {
    if (!isOfAskedKind(figure, asked)) return;
    const end = figures[at + 1]?.start ?? sentence.text.length;
    const after = tokenize(sentence.text.slice(figure.start + figure.text.length, end));
    if (after.slice(0, 4).some(({ word }) => FOR.test(word))) forGroups++;
  });
  return forGroups;
}

/**
 * The groups a price is set for by age or standing, folded, singular and plural, both languages,
 * each word by the group it names (`kids` and `enfants` are children): a fare or a fee per adult
 * is no child's, nor a student's. Other people a rate is per (`par habitant`, `per resident`) may
 * be the ones asked under another name (`par administré`).
 */
const FARE_GROUP_WORDS: [string, string][] = [
  ['adult', 'adult adults adulte adultes'],
  ['child', 'child children kid kids enfant enfants'],
  ['junior', 'junior juniors'],
  ['senior', 'senior seniors retraite retraites pensioner pensioners'],
  ['student', 'student students etudiant etudiants'],
  ['teenager', 'teenager teenagers adolescent adolescents ado ados'],
  ['infant', 'infant infants bebe bebes baby babies'],
  ['member', 'member members adherent adherents'],
];
const FARE_GROUPS: ReadonlyMap<string, string> = new Map(
  FARE_GROUP_WORDS.flatMap(([group, words]) =>
    words.split(' ').map((word) => [word, group] as const),
  ),
);

/**
 * Whether every figure of the kind asked is given per a group of FARE_GROUPS (`£18.50 per adult`,
 * `15 € par adulte`), one at least, and the group asked is another of them: the sentence says
 * whom its figures are for, and a rate per adult is no child's (a rate per child is the kids').
 */
function figuresPerOtherGroup(sentence: Sentence, asked: AskedFigure, group: AskedGroup): boolean {
  const askedGroups = new Set(group.words.map(({ word }) => FARE_GROUPS.get(word)));
  askedGroups.delete(undefined);
  if (askedGroups.size === 0) return false;
  const figures = sentence.figures.filter((figure) => isOfAskedKind(figure, asked));
  // The unit says per what: `GBP/adult`, `EUR/adulte`, `USD/day`.
  const perGroup = (figure: Figure) => FARE_GROUPS.get(fold(figure.unit.split('/')[1] ?? ''));
  return (
    figures.length > 0 &&
    figures.every((figure) => {
      const per = perGroup(figure);
      return per !== undefined && !askedGroups.has(per);
    })
  );
}

/**
 * The gaps with the group asked added when the sentence gives its figures for groups of its own,
 * MIN_GROUP_FIGURES of them or more, or each per another fare group, and does not hold every word
 * of the one asked.
 */
export function withGroupGap(
  index: SearchIndex,
  gaps: Gaps,
  sentence: Sentence,
  group: AskedGroup | undefined,
  asked: AskedFigure | undefined,
): Gaps {
  if (group === undefined || asked === undefined) return gaps;
  const ids = new Set(tokenize(sentence.text).map(({ word }) => index.wordIds.get(word) ?? -1));
  if (group.words.every(({ ids: matched }) => [...matched].some((id) => ids.has(id)))) return gaps;
  // `pour un lapin` where no article speaks of rabbits, in any way the question's reading knows:
  // no figure is one for them. A misspelled word is the reader's slip (`lapinn`), not a group.
  if (
    group.named &&
    group.words.every(({ word, ids: matched }) => matched.size === 0 && isSpelledWord(word))
  )
    return { ...gaps, missing: [...gaps.missing, group.typed] };
  if (
    figuresForGroups(sentence, asked) < MIN_GROUP_FIGURES &&
    !figuresPerOtherGroup(sentence, asked, group) &&
    !forOtherGroup(index, sentence, group)
  )
    return gaps;
  return { ...gaps, missing: [...gaps.missing, group.typed] };
}

/**
 * Whether the sentence says its own `for a morning`, `pour les adultes` and holds no word of the
 * group asked `for a Wednesday evening session`: what it gives is for that other one.
 */
function forOtherGroup(index: SearchIndex, sentence: Sentence, group: AskedGroup): boolean {
  if (!group.named) return false;
  const tokens = tokenize(sentence.text);
  const asked = new Set(group.words.flatMap(({ ids }) => [...ids]));
  if (tokens.some(({ word }) => asked.has(index.wordIds.get(word) ?? -1))) return false;
  return tokens.some(
    ({ word }, at) =>
      FOR.test(word) &&
      DETERMINERS.has(tokens[at + 1]?.word ?? '') &&
      !STOP_WORDS.has(tokens[at + 2]?.word ?? 'the') &&
      !/\d/u.test(tokens[at + 2]?.word ?? ''),
  );
}
