import type { Sentence } from '../knowledge/types.ts';
import { type AskedLeader, leadersNamed, namesLeader } from './asked-leader.ts';
import { tokenize } from './normalize.ts';
import type { Gapped } from './passage-order.ts';
import { isMatched, type QueryGroup } from './query.ts';
import type { Ranked } from './scoring.ts';
import type { SearchIndex } from './search-index.ts';
import { LEADER_ROLE_WEIGHT } from './settings.ts';

/**
 * A leader asked by a verb (`qui préside`, `who runs`, `à la tête de`) is written in articles
 * with a role noun (`président`, `chair`, `manager`, `directrice`): the verb's group also reaches
 * those the articles use, at LEADER_ROLE_WEIGHT, so that the sentence naming the role ranks;
 * only when the articles hold another of the question's words, the body led.
 */
export function withLeaderRoles(
  groups: QueryGroup[],
  leader: AskedLeader | undefined,
): QueryGroup[] {
  if (leader === undefined || !leader.byVerb || leader.roles.size === 0) return groups;
  const words = new Map([...leader.roles].map((id) => [id, 1]));
  const alternative = { words: [words], weight: LEADER_ROLE_WEIGHT, translated: false };
  const verb = leader.group;
  // `who runs the bakery?` of an article about no bakery: the roles would answer it with any one.
  if (
    verb === undefined ||
    !groups.some((group) => group !== verb && group.alternatives.some(isMatched))
  )
    return groups;
  return groups.map((group) =>
    group === verb ? { ...group, alternatives: [...group.alternatives, alternative] } : group,
  );
}

/**
 * The answers with the sentence naming the leader first, when the best answer names none: the
 * sentence of the best answer's article naming a person beside the role asked, whose own words,
 * paragraph, the article's title or opening paragraph hold every one of the question's other
 * words the articles hold, one at least in its own words or the title (`Manager Priya Nand said…`
 * in the article titled `Northfield food bank…`; not for `Dunmoor Airport`, named beside the
 * airline the article is about). None tied so: unchanged, and the best answer lacks the role
 * (asked-leader.ts).
 */
export function withLeaderFirst(
  index: SearchIndex,
  answering: Gapped[],
  groups: QueryGroup[],
  leader: AskedLeader | undefined,
  gapped: (entry: Ranked) => Gapped,
): Gapped[] {
  const [top] = answering;
  if (leader === undefined || top === undefined) return answering;
  const body = groups
    // The role's own group, widened (withLeaderRoles) into another object: known by its place.
    .filter((group) => group.from !== leader.group?.from && group.alternatives.some(isMatched))
    .map((group) => ({ group, words: wordsOf(index, group) }));
  const tied = tiedTo(index, top.sentence.documentId, body, leader);
  if (tied(top.sentence) !== undefined) return answering;
  let best: { sentence: Sentence; own: number } | undefined;
  for (const sentence of index.corpus.sentences) {
    if (sentence.documentId !== top.sentence.documentId) continue;
    const own = tied(sentence);
    if (own !== undefined && (best === undefined || own > best.own)) best = { sentence, own };
  }
  // A leader named of something else (`who chairs the transport committee`) is not the one asked.
  const lacking = (entry: Gapped): Gapped =>
    !entry.gaps.missing.includes(leader.typed) &&
    namesLeader(index, entry.sentence.text, leader) &&
    tied(entry.sentence) === undefined
      ? { ...entry, gaps: { ...entry.gaps, missing: [...entry.gaps.missing, leader.typed] } }
      : entry;
  if (best === undefined) return answering.map(lacking);
  const chosen = best.sentence;
  const ranked = answering.find(({ sentenceId }) => sentenceId === chosen.id);
  const entry = ranked ?? gapped({ ...top, sentenceId: chosen.id });
  // What the best answer lacked it lacks too (`London` no sentence holds), but not the body's
  // words, held by its paragraph or the article's first.
  const fromBody = new Set(body.map(({ group }) => group.key));
  const missing = [...new Set([...entry.gaps.missing, ...top.gaps.missing])].filter(
    (typed) => !tokenize(typed).every(({ word }) => fromBody.has(word)),
  );
  return [
    { ...entry, gaps: { ...entry.gaps, missing } },
    ...answering.filter(({ sentenceId }) => sentenceId !== chosen.id).map(lacking),
  ];
}

type Body = { group: QueryGroup; words: Set<string> }[];

/**
 * How a sentence of the document names the leader of the body asked: undefined when it names none
 * of it, else how many of the body's words it holds itself. What a named leader leads (`de la
 * coopérative`, `who chairs the transport committee`) must hold one of them; a role standing
 * alone needs them in the sentence, its paragraph, the title or the opening paragraph, one at
 * least in the sentence or the title.
 */
function tiedTo(index: SearchIndex, documentId: number, body: Body, leader: AskedLeader) {
  const title = new Set(
    tokenize(index.corpus.documents.find(({ id }) => id === documentId)?.title ?? '').map(
      ({ word }) => word,
    ),
  );
  const holds = (words: Set<string>, held: Set<string>) => [...words].some((w) => held.has(w));
  const sentences = index.corpus.sentences.filter((sentence) => sentence.documentId === documentId);
  const wordsIn = (paragraph: number) =>
    new Set(
      sentences
        .filter((sentence) => sentence.paragraph === paragraph)
        .flatMap(({ text }) => tokenize(text).map(({ word }) => word)),
    );
  const opening = wordsIn(sentences[0]?.paragraph ?? 0);
  return (sentence: Sentence): number | undefined => {
    const named = leadersNamed(index, sentence.text, leader);
    if (named.length === 0) return undefined;
    const own = new Set(tokenize(sentence.text).map(({ word }) => word));
    const near = wordsIn(sentence.paragraph);
    const inContext = ({ words }: { words: Set<string> }) =>
      holds(words, own) || holds(words, title) || holds(words, near) || holds(words, opening);
    if (!body.every(inContext)) return undefined;
    const count = body.filter(({ words }) => holds(words, own)).length;
    const leads = named.some((of) =>
      of.length === 0
        ? body.length === 0 || count > 0 || body.some(({ words }) => holds(words, title))
        : body.some(({ words }) => of.some((word) => words.has(word))),
    );
    return leads ? count : undefined;
  };
}

/** The articles' words a group matched, folded. */
function wordsOf(index: SearchIndex, group: QueryGroup): Set<string> {
  const words = new Set<string>();
  for (const alternative of group.alternatives)
    for (const matches of alternative.words)
      for (const id of matches.keys()) words.add(index.words[id] ?? '');
  return words;
}
