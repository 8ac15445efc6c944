import type { Figure } from '../../knowledge/types.ts';
import type { Passage } from '../answer.ts';
import { tokenize } from '../normalize.ts';
import type { ClaimCheck } from './claim-types.ts';
import { isFact } from './split-claims.ts';
import { isVerbFact } from './verb-facts.ts';

/**
 * Where a claim tells two facts (`36% this winter, twice the 18% of winter 2023`, `81% in 2025
 * vs a third in 2022`, `la région 45 % et l'État un quart`, `€6.4 million against €5.1 million
 * budgeted`, `9 °C alors qu'un champ voisin est à 23 °C`), the words of the one a figure is in.
 */
const FACT_BREAK =
  /[,;:]\s|\s(?:and|et|vs\.?|versus|contre|while|whereas|but|mais|twice|half)\s|\s(?:alors|tandis)\s+qu(?:e\s|['’])|\s(?:against|au lieu de|instead of)\s(?=\D{0,3}\d)/giu;

/** A stretch of a claim's text. */
export interface Span {
  start: number;
  end: number;
}

export const within = (position: number, span: Span): boolean =>
  position >= span.start && position < span.end;

/** The claim's pieces between its fact breaks, each with the separator before it. */
function piecesOf(claim: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const match of claim.matchAll(FACT_BREAK)) {
    spans.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  spans.push({ start, end: claim.length });
  return spans;
}

/** The folded words of a text. */
export const wordsOf = (text: string): Set<string> =>
  new Set(tokenize(text).map((token) => token.word));

export function factOf(claim: string, figure: Figure): Set<string> {
  const piece = piecesOf(claim).find((span) => figure.start < span.end) ?? { start: 0, end: 0 };
  return wordsOf(claim.slice(piece.start, piece.end));
}

/**
 * The facts of a claim, each a figure and what it says of it: its pieces between fact breaks, a
 * piece that tells no fact of its own (`Le MV Orla Bay`, `150 voitures`, `September 2025`) kept
 * with its neighbour, as a message is split into claims (split-claims.ts).
 */
export function factSpans(claim: string): Span[] {
  const facts: Span[] = [];
  const [first, ...rest] = piecesOf(claim);
  let current = first as Span;
  for (const next of rest) {
    const fact = (span: Span) => isFact(claim.slice(span.start, span.end));
    // `… fait 1800 m2 et a coûté 3,4 M€`: a figure said by one word after a fact is one too.
    if (fact(current) && (fact(next) || isVerbFact(claim.slice(next.start, next.end)))) {
      facts.push(current);
      current = next;
    } else current = { start: current.start, end: next.end };
  }
  return [...facts, current];
}

/**
 * Whether the piece of the claim at `position` gives a figure: a place there is that figure's
 * (`construit à Gdańsk pour 96 millions`), not the whole claim's setting (`À Saint-Aubin, …`).
 */
export function inFigurePiece(claim: string, position: number, figures: Figure[]): boolean {
  const piece = piecesOf(claim).find((span) => within(position, span));
  return piece !== undefined && figures.some((figure) => within(figure.start, piece));
}

/** A claim's verdict, and whether a contradiction is sure enough to overrule other facts. */
export interface ClaimFacts {
  check: ClaimCheck;
  confident: boolean;
}

/** One fact of a claim checked on its own. */
export interface FactCheck extends ClaimFacts {
  /** The fact's own figures. */
  figures: Figure[];
}

/** Passages once each, in order. */
function distinct(passages: Passage[]): Passage[] {
  const seen = new Set<number>();
  return passages.filter(
    (passage) => !seen.has(passage.sentenceId) && seen.add(passage.sentenceId),
  );
}

/**
 * A claim of several facts the articles give in different sentences: supported when every fact
 * is, each by a passage of one article; contradicted when one fact surely is and the others are
 * supported or give no figure; else nothing (`undefined`), as silence proves nothing.
 */
export function verdictOfFacts(
  text: string,
  figures: Figure[],
  facts: FactCheck[],
): ClaimCheck | undefined {
  const supported = facts.filter((fact) => fact.check.verdict === 'supported');
  const passages = facts.flatMap((fact) => fact.check.results);
  const documents = new Set(passages.map((passage) => passage.file));
  if (supported.length === facts.length && documents.size === 1) {
    return {
      text,
      verdict: 'supported',
      figures,
      results: distinct(passages),
      conflicts: [],
      claimedElsewhere: [],
    };
  }
  const contradicted = facts.filter((fact) => fact.check.verdict === 'contradicted');
  const [wrong] = contradicted;
  const othersAgree = facts.every(
    (fact) => fact === wrong || fact.check.verdict === 'supported' || fact.figures.length === 0,
  );
  if (contradicted.length === 1 && wrong?.confident && othersAgree) {
    return {
      text,
      verdict: 'contradicted',
      figures,
      results: distinct([
        ...wrong.check.results,
        ...supported.flatMap((fact) => fact.check.results),
      ]),
      conflicts: wrong.check.conflicts,
      claimedElsewhere: wrong.check.claimedElsewhere,
    };
  }
  return undefined;
}
