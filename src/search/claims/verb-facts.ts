// A side of `et`/`and` that says one thing of a figure of its own: `… et a coûté 3,4 M€`.
import { extractFigures } from '../../knowledge/figures.ts';
import { contentWords } from '../normalize.ts';
import { parseQuery } from '../query.ts';
import type { SearchIndex } from '../search-index.ts';
import { plainClaim } from './claim-chat.ts';
import { sentenceCoverageOf } from './claim-coverage.ts';
import type { ClaimFacts } from './claim-facts.ts';
import { leads } from './figure-candidates.ts';

/** A vote tally as a chat types it (`17-6`): a fact of its own beside `the vote was`. */
const TALLY = /^\d{1,3}\s*[-–]\s*\d{1,3}$/u;

/**
 * Whether a piece of a claim is a fact of its own though it has one word beside its figure: a
 * word before a figure that tells where it is (`a coûté 3,4 M€`, `cost £2.1m`, `vote was 17-6`) is what the claim
 * says of that figure, its subject the one the claim gave before. A figure with its noun alone
 * (`150 voitures`) or a bare count (`et 12`) stays with the fact before it.
 */
export function isVerbFact(piece: string): boolean {
  const plain = plainClaim(piece);
  const [figure, ...others] = extractFigures(plain);
  if (figure === undefined || others.length > 0 || !(leads(figure) || TALLY.test(figure.text)))
    return false;
  const before = contentWords(plain.slice(0, figure.start)).filter((word) => !/^\d/u.test(word));
  const after = contentWords(plain.slice(figure.start + figure.text.length));
  return before.length === 1 && after.length === 0;
}

/**
 * A fact told by one word beside its figure says nothing else: the sentence that supports it must
 * say that word (`coûté` for `a coûté 3,4 M€`), or it may be the sum's sentence on another act
 * (`a rapporté 3,4 M€`). The fact's check, not-found where its sentence does not.
 */
export function withVerbSaid(index: SearchIndex, piece: string, facts: ClaimFacts): ClaimFacts {
  if (facts.check.verdict !== 'supported' || !isVerbFact(piece)) return facts;
  const plain = plainClaim(piece);
  const [figure] = extractFigures(plain);
  if (figure === undefined) return facts;
  const groups = parseQuery(index, plain.slice(0, figure.start));
  const sentence = index.corpus.sentences[facts.check.results[0]?.sentenceId ?? -1];
  if (sentence !== undefined && sentenceCoverageOf(index, groups, sentence) === 1) return facts;
  return {
    check: {
      ...facts.check,
      verdict: 'not-found',
      results: [],
      conflicts: [],
      claimedElsewhere: [],
    },
    confident: false,
  };
}
