import type { Sentence } from '../knowledge/types.ts';
import { type AskedLeader, namesLeader } from './asked-leader.ts';
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
 * paragraph or first paragraph hold every one of the question's other words the articles hold
 * (`Manager Priya Nand said…` in the article about the food bank). None tied so: unchanged, and
 * the best answer lacks the role (asked-leader.ts).
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
  if (namesLeader(index, top.sentence.text, leader)) return answering;
  const body = groups
    .filter((group) => group !== leader.group && group.alternatives.some(isMatched))
    .map((group) => ({ group, ids: idsOf(group) }));
  const sentences = index.corpus.sentences.filter(
    ({ documentId }) => documentId === top.sentence.documentId,
  );
  const idsIn = (sentence: Sentence) =>
    new Set(tokenize(sentence.text).map(({ word }) => index.wordIds.get(word) ?? -1));
  const firstParagraph = new Set(
    sentences
      .filter(({ paragraph }) => paragraph === sentences[0]?.paragraph)
      .flatMap((s) => [...idsIn(s)]),
  );
  let best: { sentence: Sentence; own: number } | undefined;
  for (const sentence of sentences) {
    if (!namesLeader(index, sentence.text, leader)) continue;
    const own = idsIn(sentence);
    const paragraph = new Set(
      sentences
        .filter(({ paragraph }) => paragraph === sentence.paragraph)
        .flatMap((s) => [...idsIn(s)]),
    );
    const holds = (ids: Set<number>, held: Set<number>) => [...ids].some((id) => held.has(id));
    const tied = body.every(
      ({ ids }) => holds(ids, own) || holds(ids, paragraph) || holds(ids, firstParagraph),
    );
    if (!tied) continue;
    const count = body.filter(({ ids }) => holds(ids, own)).length;
    if (best === undefined || count > best.own) best = { sentence, own: count };
  }
  if (best === undefined) return answering;
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
    ...answering.filter(({ sentenceId }) => sentenceId !== chosen.id),
  ];
}

function idsOf(group: QueryGroup): Set<number> {
  const ids = new Set<number>();
  for (const alternative of group.alternatives)
    for (const matches of alternative.words) for (const id of matches.keys()) ids.add(id);
  return ids;
}
