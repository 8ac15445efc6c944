import type { Sentence } from '../knowledge/types.ts';
import { STOP_WORDS, type Token, tokenize } from './normalize.ts';
import type { Gaps } from './passage-gaps.ts';
import { isPersonNoun } from './people-counted.ts';
import { isMatched, type QueryGroup } from './query.ts';
import type { SearchIndex } from './search-index.ts';

/**
 * Who heads something (`qui préside la coopérative ?`, `who runs the food bank`, `qui est à la
 * tête de la crèche`, `who's the president of the co-op?`, `comment s'appelle l'horloger`): the
 * answer is a person's name. Articles name one beside the role (`Chief executive Moira Dale`,
 * `le président de la coopérative, Gérard Roux`, `Ann Bell, who chairs the committee`), so a
 * sentence naming the body but no person gives no answer: it lacks the role asked. Leading verbs
 * reach the role nouns of either language (`présider` → `chair`, `run` → `manager`, `directeur`).
 */

/** What a question asks of a leader: the role as typed, the articles' words for it, its group. */
export interface AskedLeader {
  typed: string;
  /** Ids of the articles' words naming the role: `président`, `chair`, `manager`. */
  roles: Set<number>;
  /** The query group the role was read from, if any: the rest of the question is the body. */
  group: QueryGroup | undefined;
  /** Whether a verb asked it (`who runs`): the role nouns then widen the question's words. */
  byVerb: boolean;
  /** The question's other words, as typed, that no article holds: what the leader leads, unsure. */
  unheld: string[];
  /** The question's words outside the role's group, folded: the body asked, named by no person. */
  body: ReadonlySet<string>;
}

/** Nouns of who presides, folded, both languages (with their plurals and feminines). */
const PRESIDING =
  'president presidents presidente presidentes chair chairman chairwoman chairperson';
/** Nouns of who heads or runs something, folded, both languages. */
const HEADING = `${PRESIDING} directeur directrice directeurs director directors dirigeant dirigeante
  gerant gerante manager head chief executive ceo pdg boss patron patronne leader responsable chef
  cheffe maire mayor`;
const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/u));
const HEADING_WORDS = words(HEADING);
/** Verbs asking who leads, folded, and the role nouns each reaches. */
const LEADING_VERBS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ...[...words('preside presides presider presidait presidera chair chairs chaired chairing')].map(
    (verb) => [verb, words(PRESIDING)] as const,
  ),
  ...[
    ...words(`dirige diriges dirigent diriger dirigeait gere gerent gerer gerait run runs running
      ran heads headed heading manage manages managed managing lead leads led`),
  ].map((verb) => [verb, HEADING_WORDS] as const),
]);
/** Phrases asking who leads: `à la tête de`, `in charge of`, `en charge de`. */
const LEADING_PHRASES: readonly (readonly string[])[] = [
  ['a', 'la', 'tete'],
  ['in', 'charge'],
  ['en', 'charge'],
];
/** Relative pronouns before a leading verb: `the woman who runs`, `l'association qui gère`; not
 * `that` (`the bus that runs to Wexport`), of things. */
const RELATIVES = words('who qui');
/** Words asking who: `who`, `who's`, `qui`, `comment s'appelle`. */
const WHO = words('who whos qui');
/** Words that may stand between `who`/`qui` and the role asked: `who's the`, `qui est l'`. */
const LINKS = words(
  'is s was est etait c the le la l les un une a an son sa actuel actuelle current',
);
/** Verbs subject to a leader (`Ann Bell, who chairs`), in the articles' tenses, folded. */
const LEADER_VERBS = words(`chairs chaired heads headed runs ran leads led manages managed preside
  presides presidait dirige dirigeait gere gerait`);

/** Participles of a leading verb in the passive, folded: `run by Ann Bell`, `dirigée par`. */
const LEADING_PARTICIPLES = words(`run headed led managed chaired dirige dirigee dirigees diriges
  preside presidee presidees presides gere geree gerees geres`);

/**
 * The leader a question asks for, or undefined: `who`/`qui` as the asking word (not `the woman
 * who runs`), then a leading verb or phrase, or a noun naming a person (`qui est le président`).
 */
export function askedLeader(
  index: SearchIndex,
  groups: QueryGroup[],
  question: string,
): AskedLeader | undefined {
  const tokens = tokenize(question);
  const who = asksWho(tokens);
  if (who < 0) return undefined;
  for (let at = who + 1; at < tokens.length; at++) {
    const token = tokens[at] as Token;
    const phrase = LEADING_PHRASES.find((words) =>
      words.every((word, i) => tokens[at + i]?.word === word),
    );
    const verbRoles = phrase === undefined ? LEADING_VERBS.get(token.word) : HEADING_WORDS;
    if (verbRoles !== undefined) {
      const end = tokens[at + (phrase?.length ?? 1) - 1] as Token;
      const last = at + (phrase?.length ?? 1) - 1;
      const group = groups.find((candidate) => candidate.from <= last && last < candidate.to);
      return {
        typed: question.slice(token.start, end.end),
        roles: idsOf(index, verbRoles),
        group,
        byVerb: true,
        unheld: unheld(question, tokens, groups, group),
        body: bodyOf(tokens, groups, group),
      };
    }
    if (LINKS.has(token.word)) continue;
    // A leader's role (`qui est le président`), or any person's when a name is asked (`comment
    // s'appelle l'horloger`): `who is the winner` may be answered by `Ann Bell won`.
    const naming = tokens.some((_, i) => isNaming(tokens, i));
    if (!HEADING_WORDS.has(token.word) && !(naming && isPersonNoun(token.word))) return undefined;
    const group = groups.find((candidate) => candidate.from <= at && at < candidate.to);
    const roles = idsOf(index, new Set([token.word]));
    for (const alternative of group?.alternatives ?? [])
      for (const matches of alternative.words) for (const id of matches.keys()) roles.add(id);
    return {
      typed: question.slice(token.start, token.end),
      roles,
      group,
      byVerb: false,
      unheld: unheld(question, tokens, groups, group),
      body: bodyOf(tokens, groups, group),
    };
  }
  return undefined;
}

/**
 * A leader named by a relative clause (`the woman who runs the orchestra`, `l'association qui
 * gère l'observatoire`): not asked, but its verb reaches the role nouns as the asked one does.
 */
export function relativeLeader(
  index: SearchIndex,
  groups: QueryGroup[],
  question: string,
): AskedLeader | undefined {
  const tokens = tokenize(question);
  const at = tokens.findIndex(
    ({ word }, i) => i > 0 && RELATIVES.has(word) && LEADING_VERBS.has(tokens[i + 1]?.word ?? ''),
  );
  const verb = tokens[at + 1];
  if (at < 0 || verb === undefined) return undefined;
  const group = groups.find((candidate) => candidate.from <= at + 1 && at + 1 < candidate.to);
  return {
    typed: question.slice(verb.start, verb.end),
    roles: idsOf(index, LEADING_VERBS.get(verb.word) as ReadonlySet<string>),
    group,
    byVerb: true,
    unheld: [],
    body: bodyOf(tokens, groups, group),
  };
}

/** The folded words of the question's groups besides the role's: `tarnholt`, `ferries`. */
const bodyOf = (tokens: Token[], groups: QueryGroup[], role?: QueryGroup): Set<string> =>
  new Set(
    groups
      .filter((group) => group !== role)
      .flatMap(({ from, to }) => tokens.slice(from, to).map(({ word }) => word))
      .filter((word) => !STOP_WORDS.has(word)),
  );

/** The typed words of the groups besides the role's that no article holds (`parish`). */
const unheld = (question: string, tokens: Token[], groups: QueryGroup[], role?: QueryGroup) =>
  groups
    .filter((group) => group !== role && !group.alternatives.some(isMatched))
    .map(({ from, to }) =>
      question.slice(tokens[from]?.start ?? 0, tokens[to - 1]?.end ?? question.length),
    );

/** Where the asking `who` is (its token index), or -1: first, or after `c'est`, `so`, `et`. */
function asksWho(tokens: Token[]): number {
  const at = tokens.findIndex(({ word }, i) => i < 3 && (WHO.has(word) || isNaming(tokens, i)));
  if (at < 0) return -1;
  // `comment s'appelle`: the name is asked after `appelle`.
  const before = tokens.slice(0, at).map(({ word }) => word);
  if (before.some((word) => !words('c est cest et so and alors comment s').has(word))) return -1;
  return isNaming(tokens, at) ? at + 1 : at;
}

/** `s'appelle` (typed `s appelle` or `sappelle`) at `at`. */
const isNaming = (tokens: Token[], at: number): boolean =>
  tokens[at]?.word === 'sappelle' ||
  (tokens[at]?.word === 's' && tokens[at + 1]?.word === 'appelle');

function idsOf(index: SearchIndex, nouns: ReadonlySet<string>): Set<number> {
  const ids = new Set<number>();
  for (const noun of nouns) {
    const id = index.wordIds.get(noun);
    if (id !== undefined) ids.add(id);
  }
  return ids;
}

/** Words opening a sentence or a phrase, never a name's first (`On Monday`, `In Wexport`). */
const OPENERS =
  `The|A|An|On|In|At|By|For|From|With|After|Before|Since|Until|During|Last|Next|This|That|
  Every|When|If|But|And|Le|La|Les|L['’]|Un|Une|Des|À|A|En|Au|Aux|Dans|Pour|Par|Sur|Selon|Depuis|Après|
  Avant|Chez|Ce|Cette|Ces|Et|Mais`.replace(/\s+/gu, '');
/** Months and weekdays, never a name's last word (`Easter Monday`); not May (`Theresa May`). */
const DATES = `January|February|March|April|June|July|August|September|October|November|December|
  Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Lundi|Mardi|Mercredi|Jeudi|Vendredi|
  Samedi|Dimanche|Janvier|Février|Mars|Avril|Juin|Juillet|Août|Septembre|Octobre|Novembre|
  Décembre`.replace(/\s+/gu, '');
const WORD_END = String.raw`(?![\p{L}'’-])`;
/**
 * A person's name: two capitalised words or more (`Iain Munro`), or a title and one (`Ms Dale`);
 * not opening on a function word (`On Monday`, `In Wexport`) nor ending on a date (`Easter Monday`).
 */
const NAME = String.raw`((?<![\p{L}'’-])(?!(?:${OPENERS})${WORD_END})\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+${WORD_END}(?<!\s(?:${DATES}))|(?:Mr|Mrs|Ms|Dr|M\.|Mme)\s+\p{Lu}[\p{L}'’-]+${WORD_END})`;
/** Right after the role (`Manager Priya Nand`), or past its complement and a comma. */
const NAME_AFTER = new RegExp(String.raw`^(?:\s+|[^,.;:!?«»"“”]{0,48}?,\s+)${NAME}`, 'u');
/** Before the role, in apposition: `Gérard Roux, président de`, `Ann Bell, the chair`. */
const NAME_BEFORE = new RegExp(String.raw`${NAME},\s+(?:[\p{Ll}'’]+\s+){0,2}$`, 'u');
/** Before a leading verb: `Ann Bell, who chairs`, `Ann Bell chairs`, `Ann Bell, qui dirige`. */
const SUBJECT_BEFORE = new RegExp(String.raw`${NAME},?\s+(?:who\s+|qui\s+)?$`, 'u');
/** How far before a role or verb a name in apposition is looked for: linear on long sentences. */
const BEFORE_CHARS = 80;

/** A person after a passive leading verb: `run by Ann Bell`, `présidée par Gérard Roux`. */
const NAME_BY = new RegExp(String.raw`^\s+(?:by|par)\s+${NAME}`, 'u');
/** A verb of going, not leading: `led to the cancellation`, `runs to Wexport`, `a mené à`. */
const TOWARDS = /^\s+(?:to|à)\s/u;
/** Articles and possessives before `responsable` the noun, not the adjective (`est responsable`). */
const ROLE_ARTICLES = words('le la un une l son sa the');

/** What a role or leading verb is of, up to its first punctuation: `de la coopérative`. */
const OF_AFTER = /^\s+(?:of|de|du|des|d['’])\s*([^,.;:!?«»"“”()]{1,60})/u;
const OBJECT_AFTER = /^\s+([^,.;:!?«»"“”()]{1,60})/u;
/** A possessive before the role: `the trust's chair`. */
const OWNER_BEFORE = /([\p{L}-]+)['’]s\s+(?:\p{Ll}+\s+)?$/u;

/** The first content words of `text` (`the transport committee` → transport, committee). */
const contentWords = (text: string | undefined): string[] =>
  tokenize(text ?? '')
    .map(({ word }) => word)
    .filter((word) => !STOP_WORDS.has(word))
    .slice(0, 3);

/**
 * The leaders a sentence names, each as what it leads, in the sentence's folded words (`Ann Bell,
 * who chairs the transport committee`: transport, committee), empty when its role stands alone
 * (`Manager Priya Nand`, `son président, Gérald Roux`): a person beside one of the roles asked,
 * or a leading verb's subject.
 */
export function leadersNamed(index: SearchIndex, text: string, leader: AskedLeader): string[][] {
  const named: string[][] = [];
  // A name of the body asked (`Market leader Tarnholt Ferries`) is no person's.
  const person = (pattern: RegExp, part: string): boolean => {
    const name = pattern.exec(part)?.[1];
    return name !== undefined && !tokenize(name).every(({ word }) => leader.body.has(word));
  };
  const tokens = tokenize(text);
  tokens.forEach((token, at) => {
    const id = index.wordIds.get(token.word) ?? -1;
    const after = text.slice(token.end);
    const before = text.slice(Math.max(0, token.start - BEFORE_CHARS), token.start);
    const role =
      leader.roles.has(id) &&
      (token.word !== 'responsable' || ROLE_ARTICLES.has(tokens[at - 1]?.word ?? ''));
    if (role && (person(NAME_AFTER, after) || person(NAME_BEFORE, before)))
      named.push([
        ...contentWords(OF_AFTER.exec(after)?.[1]),
        ...contentWords(OWNER_BEFORE.exec(before)?.[1]),
      ]);
    else if (LEADER_VERBS.has(token.word) && !TOWARDS.test(after) && person(SUBJECT_BEFORE, before))
      named.push(contentWords(OBJECT_AFTER.exec(after)?.[1]));
    // What a passive leading verb leads stands before it, as a role standing alone's does.
    else if (LEADING_PARTICIPLES.has(token.word) && person(NAME_BY, after)) named.push([]);
  });
  return named;
}

/** Whether a sentence names a person beside one of the roles asked, or as a leading verb's subject. */
export const namesLeader = (index: SearchIndex, text: string, leader: AskedLeader): boolean =>
  leadersNamed(index, text, leader).length > 0;

/**
 * The gaps with the role asked added when the sentence names no one as holding it, and with the
 * question's words no article holds when it names one (`who chairs the parish council`: `parish`).
 */
export function withLeaderGap(
  index: SearchIndex,
  gaps: Gaps,
  sentence: Sentence,
  leader: AskedLeader | undefined,
): Gaps {
  if (leader === undefined || gaps.missing.includes(leader.typed)) return gaps;
  // A leader named, of what the question names beyond the articles' words, is maybe another's.
  const lacking = namesLeader(index, sentence.text, leader) ? leader.unheld : [leader.typed];
  const missing = [...gaps.missing, ...lacking.filter((typed) => !gaps.missing.includes(typed))];
  return missing.length === gaps.missing.length ? gaps : { ...gaps, missing };
}
