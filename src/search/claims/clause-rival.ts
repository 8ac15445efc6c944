// A rival to a claimed figure: one of its kind in another clause that says more of the claim.
import { isRank } from '../../knowledge/figure-ordinals.ts';
import type { Figure, Sentence } from '../../knowledge/types.ts';
import { clauseSpans } from '../figure-context.ts';
import { STOP_WORDS, tokenize } from '../normalize.ts';
import type { QueryGroup } from '../query.ts';
import type { SearchIndex } from '../search-index.ts';
import { PERIOD_WORDS } from '../settings.ts';
import { breakdownOf } from './breakdown.ts';
import { groupHeld } from './claim-coverage.ts';
import { factOf } from './claim-facts.ts';
import type { Term } from './claim-names.ts';
import { comparable, type Quantity, quantityIn, sameValue } from './compare-figures.ts';
import { comparedInClaim } from './compared-values.ts';
import { isMadeDifference, unlike } from './count-change.ts';
import { isDifference, saysDifference } from './directions.ts';
import { countsOfOneThing, countsOpposable } from './figure-nouns.ts';
import { tailRival } from './figure-tails.ts';
import { isElidedItem, totalBesideRate } from './list-items.ts';
import { precisionOf } from './precision.ts';
import { sameWhole } from './share-wholes.ts';

/** Whether an article's quantity is, at its value, another of the claim's figures than `claimed`. */
export function givesAnother(
  claim: string,
  claimedFigures: Figure[],
  claimed: Figure,
  quantity: Quantity,
): boolean {
  return claimedFigures.some(
    (other) =>
      other !== claimed && sameValue(quantityIn(claim, other), quantity, precisionOf(claim, other)),
  );
}

/** The claim's word groups of the claimed figure's own fact, a period word alone aside. */
export function factGroups(claim: string, claimed: Figure, groups: QueryGroup[]): QueryGroup[] {
  const fact = factOf(claim, claimed);
  return groups.filter(
    (group) => !PERIOD_WORDS.has(group.key) && group.key.split(' ').every((word) => fact.has(word)),
  );
}

/**
 * Whether a clause says a group of the claim, in the claim's words or a translation of them: the
 * claim's `state` is the clause's `L'État a apporté 38,5 M€`, though the group's key is English.
 */
export function groupIn(
  index: SearchIndex,
  group: QueryGroup,
  words: Set<string> | undefined,
): boolean {
  if (words === undefined) return false;
  if (group.key.split(' ').every((word) => words.has(word))) return true;
  return groupHeld(group, new Set([...words].map((word) => index.wordIds.get(word))));
}

/** A clause that sets its figure against another's: `contre 71 %`, `compared with 8%`. */
const COMPARED_OPENING =
  /^(?:contre|par rapport à|au lieu de|against|compared (?:with|to)|versus|vs\.?|instead of)\s/iu;

/**
 * What each rival rule reads (tailRival, rivalInClause, neighbourRival): the claim and the figure
 * it claims, the passage's entry at that value, the article's entries, the claim's words as
 * question groups, every figure the claim gives and the names it holds.
 */
export interface RivalContext {
  index: SearchIndex;
  claim: string;
  claimed: Figure;
  same: Given;
  article: Given[];
  groups: QueryGroup[];
  claimedFigures: Figure[];
  names: Term[];
}

export interface Given {
  figure: Figure;
  quantity: Quantity;
  holder: Sentence;
}

/**
 * When the sentence gives the claimed value in one clause and a figure of the same kind in
 * another that holds more of the claim's words, the claim speaks of the other clause: `food
 * prices fell by 12%` is not `Donations … fell by 12%, while food prices … rose by roughly 8%`.
 * The other figure must count what the claimed one counts: `2 bassins` is not rivalled by `52 000
 * mètres cubes`. `either` when another clause says as much of the claim as the value's own.
 */
export function rivalInClause(context: RivalContext): Given | 'either' | undefined {
  const { index, claim, claimed, same, article, groups, claimedFigures, names } = context;
  if (isMadeDifference(same.figure)) return undefined;
  // A difference claimed and found as one (`50 centimes de plus qu'en 2025`) has no rival in a
  // level beside it (`un gobelet consigné 2 €`): the two are not values of one thing.
  if (saysDifference(claim, claimed) && isDifference(same.holder.text, same.figure))
    return undefined;
  const byTail = tailRival(context);
  if (byTail !== undefined) return byTail;
  // The sentence that gives the claimed value, the passage's own or a neighbour of it.
  const holder = same.holder;
  const clauses = gappedSpans(holder, clauseSpans(holder.text));
  const clauseOf = (figure: Figure) =>
    clauses.find((clause) => figure.start >= clause.start && figure.start < clause.end);
  // What the claim is about, and its dates, not a season alone: `cet hiver` does not make
  // `contre 18 % au cours de l'hiver 2023` the clause the claim speaks of, `l'hiver 2023` does.
  // Only what it says in the claimed figure's own fact: in `36% this winter, twice the 18% of
  // winter 2023`, 2023 dates the 18%, not the 36%.
  const fact = factOf(claim, claimed);
  const about = factGroups(claim, claimed, groups);
  const dates = claimedFigures.filter(
    (figure) =>
      figure.kind === 'date' &&
      figure.value > 0 &&
      tokenize(figure.text).every((token) => fact.has(token.word)),
  );
  const told = (clause: ReturnType<typeof clauseOf>) =>
    about.filter((group) => groupIn(index, group, clause?.words)).length +
    article.filter(
      (entry) =>
        entry.holder === holder &&
        entry.figure.kind === 'date' &&
        clauseOf(entry.figure) === clause &&
        dates.some((date) => date.value === entry.figure.value),
    ).length;
  const own = clauseOf(same.figure);
  const ownTold = told(own);
  // A figure that gives another of the claim's figures of the same fact at its value is that
  // one's, no rival: in `7 turbines now after switching on 4 new ones`, the article's `four new
  // turbines` is the 4, not another 7. Across two facts it is a swap (`la région 45 % et l'État
  // un quart` for `l'État 45 % et la région un quart`), which it contradicts.
  const sameFact = (other: Figure) => [...factOf(claim, other)].join(' ') === [...fact].join(' ');
  const claimsAnother = (entry: Given) =>
    givesAnother(claim, claimedFigures.filter(sameFact), claimed, entry.quantity) ||
    comparedInClaim(claim, claimedFigures, claimed, entry);
  // A figure set against another (`…, contre 71 % avant la fermeture`) shares the subject of the
  // clause it is set against: where its own clause says a word of the claim (anywhere in it) the
  // other does not, the claim speaks of it, not of the other.
  const compared = own !== undefined && COMPARED_OPENING.test(holder.text.slice(own.start));
  const ownWords = groups.filter(
    (group) => !PERIOD_WORDS.has(group.key) && groupIn(index, group, own?.words),
  );
  const saysOwn = (clause: ReturnType<typeof clauseOf>) =>
    compared && ownWords.some((group) => !groupIn(index, group, clause?.words));
  // A clause that names someone else and none of the claim's people, where the value's own
  // clause names one, speaks of that other: `Ann Roe won the men's race in 2:09, while Eva Lind
  // took the women's title in 2:26` does not set 2:09 against `Eva Lind won in 2:26` (a swap,
  // `L'État en a financé 45 %, la région un quart`, is still set against).
  const namedIn = (clause: ReturnType<typeof clauseOf>) =>
    names.some((term) => !term.place && term.words.every((word) => clause?.words.has(word)));
  const claimWords = new Set(names.flatMap((term) => term.words));
  const namesOther = (clause: ReturnType<typeof clauseOf>) =>
    clause !== undefined &&
    namedIn(own) &&
    !namedIn(clause) &&
    // A sentence's first word has its capital whatever it is (`The`, `In`): it names no one.
    tokenize(holder.text)
      .filter((token, at) => at > 0 && token.start >= clause.start && token.end <= clause.end)
      .some(
        (token) =>
          /^\p{Lu}/u.test(holder.text[token.start] ?? '') &&
          !STOP_WORDS.has(token.word) &&
          !claimWords.has(token.word),
      );
  const others = article.filter(
    (entry) =>
      entry.holder === holder &&
      !unlike(claim, claimed, entry.figure, holder) &&
      !namesOther(clauseOf(entry.figure)) &&
      !claimsAnother(entry) &&
      !saysOwn(clauseOf(entry.figure)) &&
      entry.quantity.kind === same.quantity.kind &&
      comparable(same.quantity, entry.quantity) &&
      !totalBesideRate(same.figure, entry.figure) &&
      countsOpposable(index, claimed, withElidedNoun(entry, article)) &&
      clauseOf(entry.figure) !== own,
  );
  const rival =
    others.find((entry) => told(clauseOf(entry.figure)) > ownTold) ??
    (ownTold === 0 ? ledRival(holder, clauses, others, own, told) : undefined);
  if (rival !== undefined) return rival;
  // Another clause that says as much of the claim as the value's own leaves it open which the
  // claim speaks of: `L'État en a financé 45 %, la région un quart` for `la région a financé
  // 45 %` says the region's word in one clause and the verb in the other.
  const ties = others.filter((entry) => told(clauseOf(entry.figure)) === ownTold);
  if (ownTold === 0 || ties.length === 0) return undefined;
  // Parts that add up to the value are its breakdown, not another value it might be.
  const sameKind = others.filter((entry) => entry.quantity.kind === same.quantity.kind);
  if (
    breakdownOf(
      same.figure,
      sameKind.map((entry) => entry.figure),
    )
  )
    return undefined;
  // In a list whose items leave out the first clause's verb (`Le département a promis de couvrir
  // 40 %, la région 25 %`), the verb the claim shares with the first clause is every item's: the
  // item's own word (`la région`) tells which value the claim speaks of (list-items.ts).
  const lead = clauses[0];
  const elided = (clause: ReturnType<typeof clauseOf>) =>
    clause !== undefined && clause !== lead && isElidedItem(holder, clause);
  if (elided(own) && ties.every((entry) => clauseOf(entry.figure) === lead)) return undefined;
  const item = own === lead ? ties.find((entry) => elided(clauseOf(entry.figure))) : undefined;
  return item ?? 'either';
}

type Span = ReturnType<typeof clauseSpans>[number];

/**
 * Where the value's own clause says nothing of the claim, the clauses without a figure that lead
 * into another figure's clause are its subject, cut off by commas: in `le pliant « Vézonne » à
 * manche en genévrier, se vend 89 €, et sa version en corne 135 €`, the juniper folding knife
 * is the 89 €, and `le pliant en genévrier coûte 135 €` speaks of it.
 */
function ledRival(
  holder: Sentence,
  clauses: Span[],
  others: Given[],
  own: Span | undefined,
  told: (clause: Span | undefined) => number,
): Given | undefined {
  const figured = (clause: Span) =>
    holder.figures.some((figure) => figure.start >= clause.start && figure.start < clause.end);
  const led = (clause: Span | undefined) => {
    if (clause === undefined) return 0;
    let said = told(clause);
    for (let at = clauses.indexOf(clause) - 1; at >= 0; at--) {
      const lead = clauses[at] as Span;
      if (figured(lead)) break;
      said += told(lead);
    }
    return said;
  };
  const ownLed = led(own);
  const clauseOf = (figure: Figure) =>
    clauses.find((clause) => figure.start >= clause.start && figure.start < clause.end);
  return others.find((entry) => led(clauseOf(entry.figure)) > ownLed);
}

/**
 * A second fact joined by `and`/`et` whose verb is left out is a clause of its own: in `water use
 * to fall by 30% and gas consumption by about a quarter`, the quarter is gas's, not water's. It
 * opens on `and`, a few words (its subject), then `by`, `de`, `of`, `to`, `à` right before a
 * figure of the sentence.
 */
const GAPPED =
  /[ \u00A0](?:and|et)[ \u00A0]+(?:[\p{L}'’-]+[ \u00A0]+){1,4}(?:by|of|to|de|d['’]|à)[ \u00A0]?/giu;
/** How far after its preposition the gapped fact's figure may start: `by about a quarter`. */
const GAPPED_REACH = 12;

function gappedSpans(holder: Sentence, clauses: Span[]): Span[] {
  const cuts = [...holder.text.matchAll(GAPPED)]
    .filter((match) => {
      const end = match.index + match[0].length;
      return holder.figures.some(
        (figure) =>
          figure.kind !== 'date' && figure.start >= end && figure.start <= end + GAPPED_REACH,
      );
    })
    .map((match) => match.index);
  if (cuts.length === 0) return clauses;
  const tokens = tokenize(holder.text);
  const span = (start: number, end: number): Span => ({
    start,
    end,
    words: new Set(
      tokens.filter((token) => token.start >= start && token.end <= end).map((token) => token.word),
    ),
  });
  return clauses.flatMap((clause) => {
    const inside = cuts.filter((cut) => cut > clause.start && cut < clause.end);
    const edges = [clause.start, ...inside, clause.end];
    return inside.length === 0
      ? [clause]
      : edges.slice(1).map((end, at) => span(edges[at] ?? clause.start, end));
  });
}

/**
 * A bare count after a counted one in its sentence counts the same thing, its noun left out: in
 * `96,000 visitors in 2019 and 71,000 in 2022`, the 71,000 are visitors too. (After `puis`, the
 * figure reader already gives it the noun: `takeUnitOfForecast`.)
 */
function withElidedNoun(entry: Given, article: Given[]): Figure {
  const { figure } = entry;
  if (figure.kind !== 'count' || figure.unit !== '') return figure;
  const before = article
    .filter(
      (other) =>
        other.holder === entry.holder &&
        other.figure.kind === 'count' &&
        other.figure.unit !== '' &&
        !isRank(other.figure) &&
        other.figure.start < figure.start,
    )
    .sort((a, b) => b.figure.start - a.figure.start)[0];
  return before === undefined ? figure : { ...figure, unit: before.figure.unit };
}

/** Whether an article's figure is, at its value and of the same thing, another claimed figure. */
export function isAnotherClaimed(
  index: SearchIndex,
  claim: string,
  claimed: Figure[],
  figure: Figure,
  entry: { figure: Figure; quantity: Quantity; holder: Sentence },
): boolean {
  return claimed.some(
    (other) =>
      other !== figure &&
      givesAnother(claim, [other], figure, entry.quantity) &&
      (countsOfOneThing(index, other, entry.figure) ||
        sameWhole(index, {
          claim,
          claimed: other,
          article: entry.figure,
          articleText: entry.holder.text,
        })),
  );
}
