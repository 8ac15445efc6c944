// Checking a message's claims against the articles: each claim as a whole, else fact by fact.
import { extractFigures } from '../../knowledge/figures.ts';
import type { Figure } from '../../knowledge/types.ts';
import { fold } from '../normalize.ts';
import type { SearchIndex } from '../search-index.ts';
import { withBarePrices } from './bare-prices.ts';
import { withChangeEnds, withSharedChangeUnits } from './claim-changes.ts';
import { plainClaim } from './claim-chat.ts';
import { type FactCheck, factSpans, inFigurePiece, verdictOfFacts, within } from './claim-facts.ts';
import { withMultiples } from './claim-multiples.ts';
import { isName, namesOf, type Term } from './claim-names.ts';
import type { CheckReport, ClaimCheck, Verdict } from './claim-types.ts';
import { impliedDurations } from './compare-figures.ts';
import { comparedCheck } from './compared-claim.ts';
import { withComparedUnits } from './compared-units.ts';
import { judge } from './judge-claim.ts';
import { withListedSums } from './listed-sums.ts';
import { namesAmongFigures } from './name-numbers.ts';
import { isPairConflict } from './paired-values.ts';
import { partsOfShareOutOf } from './share-out-of.ts';
import { partsOfShare } from './share-parts.ts';
import { MAX_CLAIMS, splitClaims } from './split-claims.ts';
import { withVerbSaid } from './verb-facts.ts';

/**
 * The text of a claim without its figures: what it speaks of, for finding the passages. A count
 * whose text holds its noun (a tally, `8 voix contre 7`) leaves the noun: it is what is spoken of.
 */
function subjectOf(claim: string, figures: Figure[]): string {
  let subject = claim;
  for (const figure of [...figures].sort((a, b) => b.start - a.start)) {
    const noun =
      figure.kind === 'count' && figure.unit !== '' && figure.text.includes(` ${figure.unit} `)
        ? figure.unit
        : '';
    subject = `${subject.slice(0, figure.start)} ${noun} ${subject.slice(figure.start + figure.text.length)}`;
  }
  return subject;
}

const MORE_THAN = /^(?:more than|over|above|plus (?:de|du|que))\s/iu;

/**
 * A multiple the claim's own figures make true (`36% …, twice the 18%`) is the writer's sum, not a
 * figure the article must state: the two figures are checked instead.
 */
export function withoutOwnArithmetic(figures: Figure[]): Figure[] {
  // `more than double the 2,100`: a bound, which any larger quotient of the two figures makes true.
  const holds = (multiple: Figure, quotient: number) =>
    MORE_THAN.test(multiple.text)
      ? quotient >= multiple.value * 0.95
      : Math.abs(quotient - multiple.value) <= multiple.value * 0.05;
  return figures.filter(
    (multiple) =>
      multiple.kind !== 'ratio' ||
      multiple.unit !== '×' ||
      !figures.some((a) =>
        figures.some(
          (b) =>
            a !== b &&
            a.kind === b.kind &&
            a.kind !== 'date' &&
            b.value !== 0 &&
            holds(multiple, a.value / b.value),
        ),
      ),
  );
}

/**
 * A claim's share of a count in digits (`236 of the 412 starters`) is its part and its whole, as
 * a claim writer means them and an article may give them apart (`412 coureurs…, seuls 236`).
 */
const countsOfShareInDigits = (figure: Figure): Figure[] => {
  const parts = /^\d/u.test(figure.text) ? partsOfShare(figure) : [];
  const [part, whole] = parts.length > 0 ? parts : partsOfShareOutOf(figure);
  // The part is bare: the whole's noun may be a word the article gives only to the whole
  // (`412 coureurs…, seuls 236`).
  return part === undefined || whole === undefined ? [figure] : [{ ...part, unit: '' }, whole];
};

/** Checks one claim against the articles: as a whole, else fact by fact. */
export function checkClaim(index: SearchIndex, typed: string): ClaimCheck {
  const claim = plainClaim(typed);
  const extracted = withListedSums(
    claim,
    withChangeEnds(
      claim,
      withMultiples(claim, withSharedChangeUnits(claim, withBarePrices(extractFigures(claim)))),
    ).flatMap(countsOfShareInDigits),
  );
  const named = namesAmongFigures(index, claim, extracted);
  const stated = extracted.filter((figure) => !named.includes(figure));
  const figures = withComparedUnits(
    claim,
    withoutOwnArithmetic([...stated, ...impliedDurations(claim, stated)]),
  );
  const inFigure = (start: number) =>
    figures.some((figure) => start >= figure.start && start < figure.start + figure.text.length);
  const names = namesOf(index, claim, inFigure);
  const whole = judge(index, typed, claim, figures, names, subjectOf(claim, figures));
  // A comparison of two sides is read from the two values a sentence sets against each other:
  // the words around each figure may match the claim's either way (compared-claim.ts).
  // The whole claim's own contradiction, if any, says what is given otherwise more closely.
  const compared =
    whole.check.verdict === 'contradicted'
      ? undefined
      : comparedCheck(index, typed, claim, figures);
  if (compared?.verdict === 'contradicted') return compared;
  if (compared !== undefined && whole.check.verdict === 'not-found') return compared;
  if (whole.check.verdict === 'supported') return whole.check;
  const spans = factSpans(claim);
  if (spans.filter((span) => figures.some((figure) => within(figure.start, span))).length < 2)
    return whole.check;
  // A place no figure's piece gives is the whole claim's setting (`À Saint-Aubin-des-Landes, …`):
  // every fact is said of it, which an article's title may say for all its sentences.
  const setting = (term: Term) => term.place && !inFigurePiece(claim, term.start, figures);
  const facts: FactCheck[] = spans.map((span) => {
    const own = figures.filter((figure) => within(figure.start, span));
    // A fact borrows the claim's names it lacks (`crossing the line 48 seconds ahead` has no
    // subject of its own), not the places another fact gives its own figures.
    const factNames = names
      .filter((term) => within(term.start, span) || !term.place || setting(term))
      .map((term) => ({ ...term, setting: setting(term) }));
    const carried = factNames.filter((term) => !within(term.start, span));
    const text = claim.slice(span.start, span.end);
    const shifted = own.map((figure) => ({ ...figure, start: figure.start - span.start }));
    const subject = [subjectOf(text, shifted), ...carried.map((term) => term.text)].join(' ');
    const judged = judge(index, typed, claim, own, factNames, subject);
    return { figures: own, ...withVerbSaid(index, text, judged) };
  });
  const byFacts = verdictOfFacts(typed, figures, facts);
  // A contradicted claim read fact by fact quotes the wrong fact's passage and the others'.
  if (whole.check.verdict === 'contradicted')
    return byFacts?.verdict === 'contradicted' && !whole.check.conflicts.some(isPairConflict)
      ? byFacts
      : whole.check;
  return byFacts ?? whole.check;
}

/** Checks every claim of a message, the first `MAX_CLAIMS` of them. */
export function checkMessage(index: SearchIndex, message: string): CheckReport {
  const started = performance.now();
  const found = splitClaims(message, (word) => isName(index, [fold(word)]));
  const claims = found.slice(0, MAX_CLAIMS).map((claim) => checkClaim(index, claim));
  return {
    verdict: overallVerdict(claims.map((claim) => claim.verdict)),
    claims,
    found: found.length,
    took_ms: Math.round((performance.now() - started) * 1000) / 1000,
  };
}

/** One claim: its verdict; several: contradicted if any is, supported if all are. */
export function overallVerdict(verdicts: Verdict[]): Verdict {
  if (verdicts.length === 1) return verdicts[0] as Verdict;
  if (verdicts.includes('contradicted')) return 'contradicted';
  if (verdicts.length > 0 && verdicts.every((verdict) => verdict === 'supported'))
    return 'supported';
  return 'not-found';
}
