// Reading one passage against a claim: the claimed figures and names it holds or gives otherwise.
import { isRank } from '../../knowledge/figure-ordinals.ts';
import type { Figure, Sentence } from '../../knowledge/types.ts';
import type { Passage } from '../answer.ts';
import { settingsOf } from '../figure-context.ts';
import { tokenize } from '../normalize.ts';
import type { QueryGroup } from '../query.ts';
import type { SearchIndex } from '../search-index.ts';
import {
  changeEnd,
  changeReversed,
  isMadeMultiple,
  multiplesOf,
  replacedBy,
} from './change-ends.ts';
import { coverageOf, groupHeld } from './claim-coverage.ts';
import { wordsOf } from './claim-facts.ts';
import { namesTerm, type Term } from './claim-names.ts';
import type { Conflict } from './claim-types.ts';
import { factGroups, givesAnother, isAnotherClaimed, rivalInClause } from './clause-rival.ts';
import {
  comparable,
  type Quantity,
  quantitiesIn,
  quantityIn,
  sameValue,
  withinArticleBound,
} from './compare-figures.ts';
import { differencesOf, isCountChange, unlike } from './count-change.ts';
import { nounCountedOtherwise } from './counted-otherwise.ts';
import { dateOfEarlierOne, dateOfOtherClause } from './date-clause.ts';
import { rangeEndOtherwise } from './date-range.ts';
import { datesOfTwoKinds } from './date-roles.ts';
import { dateTiedOtherwise } from './date-ties.ts';
import { FIGURE_WAYS, isDifference } from './directions.ts';
import { durationOfOtherThing } from './duration-of.ts';
import { leads } from './figure-candidates.ts';
import { countsAlike, countsOfOneThing, countsOpposable, measuresOther } from './figure-nouns.ts';
import { nearestFirst } from './nearest-value.ts';
import { neighbourRival } from './neighbour-rival.ts';
import { markPairConflict, pairOtherwise } from './paired-values.ts';
import { readNames } from './passage-names.ts';
import { plannedOtherwise } from './planned-actual.ts';
import { boundAgainst, precisionOf } from './precision.ts';
import { periodBeforeOtherwise, presentPeriodWords } from './relative-period.ts';
import { saysClaimedNumber } from './said-number.ts';
import { partsOfShare } from './share-parts.ts';
import { sharesOfOneThing } from './share-things.ts';
import { shareOfClaimedWhole, wholesUntranslated } from './share-wholes.ts';
import { sharedPerOf } from './shared-per.ts';
import { pastDateForFuture, pastQuantityForFuture } from './tense.ts';
import { keepsBound, sameScale } from './value-reach.ts';

/** The sentence with those beside it in its paragraph: a figure is often in the next one. */
export function neighbours(index: SearchIndex, sentence: Sentence): Sentence[] {
  const document = index.corpus.documents[sentence.documentId];
  const section = document?.sections[sentence.sectionIndex];
  const paragraph = section?.paragraphs.find((entry) => entry.number === sentence.paragraph);
  const ids = paragraph?.sentenceIds ?? [sentence.id];
  const position = ids.indexOf(sentence.id);
  // The sentence's own figures first: a conflict is reported where the reader looks.
  return [position, position - 1, position + 1].flatMap((at) => {
    const neighbour = index.corpus.sentences[ids[at] ?? -1];
    return neighbour === undefined || at < 0 ? [] : [neighbour];
  });
}

/** A change read as one span figure gives its last value too: `grows from 120 to 180 spaces`. */
const endOf = (text: string, figure: Figure): Figure[] => {
  const end = changeEnd(text, figure);
  return end === undefined ? [] : [end];
};

export interface Reading {
  passage: Passage;
  conflicts: Conflict[];
  /** Every claimed figure is there at its value. */
  figuresHeld: boolean;
  /** Names of the claim the passage does not hold, places in conflict aside. */
  missingNames: Term[];
  /** The share of the claim's words the passage holds (see claim-coverage.ts). */
  coverage: number;
  /**
   * A claimed count is held by a count of a thing named otherwise (`12 mégawatts` for `une
   * douzaine de techniciens`; counted-otherwise.ts): the figure alone does not say the claim.
   */
  countedOtherwise: boolean;
  /**
   * The sentence itself states the claim's figures so that they say what it speaks of, whatever
   * its words: two telling figures (`from three weeks to two days`), a count of the thing the
   * claim counts (`1,850 households a week`), or a figure beside a name the claim gives (`£1.2
   * million … from the Hollins Trust`).
   */
  figuresTell: boolean;
  /** The claimed counts (as written) the passage gives at their values, of the thing named. */
  heldAlike: string[];
  /**
   * The claimed figures (as written) the sentence itself says the number of in a form not read
   * as the claim's (said-number.ts): `Sixteen-year-old` for `16 yo`.
   */
  saidNumbers: string[];
  /**
   * Nothing in conflict, and the sentence itself gives every claimed figure at its value or says
   * its number (saidNumbers).
   */
  ownsOrSays: boolean;
  /** The sentence itself, not a neighbour, gives every claimed figure at its value. */
  ownsFigures: boolean;
  /**
   * The sentence itself gives every claimed figure at its value, and reads one of them otherwise:
   * gone the other way (`reculé de six points` for `a pris 6 points`), or as the value replaced or
   * the period's before (`contre 187 500 l'hiver précédent`).
   */
  ownsFiguresReadOtherwise: boolean;
  /**
   * The sentence sets two values against each other as the claim does, one of them the claim's,
   * and gives the other otherwise or the two the other way round: it speaks of the claim.
   */
  pairsOtherwise: boolean;
  /** A place of the whole claim is held only because the article's title names it. */
  placeFromTitle: boolean;
  /** The passage counts a thing the claim counts, or takes a share of it, by its name: `912 member-shareholders`. */
  countsClaimedThing: boolean;
}

/** What one passage says of a claim: its figures and names against the claim's. */
export function read(
  index: SearchIndex,
  claim: string,
  claimed: Figure[],
  names: Term[],
  groups: QueryGroup[],
  passage: Passage,
): Reading {
  const sentence = index.corpus.sentences[passage.sentenceId] as Sentence;
  const changes = claimed.some((figure) => isCountChange(claim, figure));
  const article = neighbours(index, sentence).flatMap((holder) => {
    const bound = settingsOf(index, holder).figures;
    return holder.figures
      .flatMap((share) => [
        share,
        ...partsOfShare(share),
        ...endOf(holder.text, share),
        ...differencesOf(changes, holder, share),
        ...sharedPerOf(holder, share),
      ])
      .concat(multiplesOf(claimed, holder))
      .map((figure) => ({
        figure,
        quantity: quantityIn(holder.text, figure),
        holder,
        places: bound.find((each) => each.figure === figure)?.places ?? [],
      }));
  });
  const conflicts: Conflict[] = [];
  let figuresHeld = true;
  /** The article's figures at the claimed values: the claim's places must be theirs too. */
  const stating: (typeof article)[number][] = [];
  /** The claimed counts the passage gives at their values, of the same thing named. */
  const heldAlike: string[] = [];
  // A neighbour's figure is set against the claim's only where the neighbour says a word of
  // the claim, or gives a rate of the claimed kind (`£38,000 a year` for `45000 livres par an`):
  // `£14.5 million refurbishment` beside `bought … at auction` is no price paid.
  const speaksOf = (holder: Sentence) => {
    const ids = new Set(tokenize(holder.text).map((token) => index.wordIds.get(token.word)));
    return groups.some((group) => groupHeld(group, ids));
  };
  // The claim's words that set a value in a clause, its present period aside (`cette saison`).
  const present = presentPeriodWords(claim);
  const groupsOfSubject = groups.filter((group) => !present.has(group.key));
  /** The claimed figures the sentence itself gives at their values. */
  const ownHeld: { claimed: Figure; given: Figure }[] = [];
  /** The claimed figures the sentence itself gives at their values, however it reads them. */
  let ownAtValue = 0;
  let readOtherwise = false;
  /** The claimed counts held by counts of things named otherwise (counted-otherwise.ts). */
  const nounsOtherwise: Figure[] = [];
  for (const figure of claimed) {
    const readings = quantitiesIn(claim, figure);
    const quantity: Quantity = readings[0] as Quantity;
    const precision = precisionOf(claim, figure);
    // The same value of the same thing first; of a thing said otherwise (`85 membres
    // d'équipage`, `85 crew members`) else: the dictionary does not know every noun.
    // A rank is said by a rank of the sentence itself: `the third trust` is not `three
    // hospitals`, nor the `first distribution` a neighbour dates while the sentence gives seasons.
    const ofWhole = article.filter(
      (entry) =>
        (!isRank(figure) || (isRank(entry.figure) && entry.holder === sentence)) &&
        shareOfClaimedWhole(index, {
          claim,
          claimed: figure,
          article: entry.figure,
          articleText: entry.holder.text,
        }),
    );
    const atValueOf = (entries: typeof article) =>
      entries.filter((entry) =>
        readings.some((reading) =>
          sameValue(
            reading,
            entry.quantity,
            boundAgainst(precision, entry.figure, entry.holder.text),
          ),
        ),
      );
    // A share at the claimed value whose whole the dictionary cannot translate, in the sentence
    // itself, gives it (`deux chaluts sur cinq`, `two in five trawls`); it never contradicts.
    const ofWholeSaid = atValueOf(ofWhole);
    const atValue =
      ofWholeSaid.length > 0
        ? ofWholeSaid
        : atValueOf(
            article.filter(
              (entry) =>
                entry.holder === sentence &&
                wholesUntranslated(index, {
                  claim,
                  claimed: figure,
                  article: entry.figure,
                  articleText: entry.holder.text,
                }),
            ),
          );
    // A bound holds many values: one a neighbour gives of another thing (`lorries taller than
    // 4.5 metres` for `kids under 5`) is that thing's, not a thing said otherwise.
    const bounded = precision === 'at-least' || precision === 'at-most';
    const nearest = nearestFirst(atValue, quantity);
    const same =
      nearest.find(
        (entry) =>
          countsAlike(index, figure, entry.figure) &&
          !unlike(claim, figure, entry.figure, entry.holder),
      ) ??
      nearest.find(
        (entry) =>
          (!bounded || entry.holder === sentence) &&
          !measuresOther(figure, entry.figure) &&
          !unlike(claim, figure, entry.figure, entry.holder),
      );
    if (atValue.some((entry) => countsOfOneThing(index, figure, entry.figure))) {
      heldAlike.push(figure.text);
    }
    const context =
      same === undefined
        ? undefined
        : {
            index,
            claim,
            claimed: figure,
            same,
            article,
            groups: groupsOfSubject,
            claimedFigures: claimed,
            names,
          };
    const rival =
      context === undefined ? undefined : (rivalInClause(context) ?? neighbourRival(context));
    // The value given in either of two clauses that say as much of the claim is not said of it.
    if (rival === 'either') {
      figuresHeld = false;
      continue;
    }
    if (rival !== undefined) {
      figuresHeld = false;
      conflicts.push({
        claimed: figure.text,
        article: rival.figure.text,
        sentenceId: rival.holder.id,
      });
      continue;
    }
    // A value the sentence gives as the one replaced is no longer so: `5 h 45 au lieu de 6 h 30`.
    const replacing =
      same === undefined
        ? undefined
        : (replacedBy(claim, claimed, figure, same.figure, same.holder) ??
          rangeEndOtherwise(figure, same.figure, same.holder) ??
          plannedOtherwise(claim, figure, same.figure, same.holder) ??
          dateTiedOtherwise(claim, claimed, figure, same.figure, same.holder) ??
          periodBeforeOtherwise(claim, claimed, figure, same.figure, same.holder));
    if (same?.holder === sentence) ownAtValue += 1;
    if (same !== undefined && replacing !== undefined) {
      if (same.holder === sentence) readOtherwise = true;
      figuresHeld = false;
      conflicts.push({ claimed: figure.text, article: replacing.text, sentenceId: same.holder.id });
      continue;
    }
    if (same !== undefined) {
      stating.push(same);
      if (nounCountedOtherwise(index, figure, same.figure)) nounsOtherwise.push(figure);
      if (same.holder === sentence) ownHeld.push({ claimed: figure, given: same.figure });
      // The same figure gone the other way (`fell 3.2%` for `rose 3.2%`), or the same sum lost
      // for one won (`lost £3.4 million` for `a £3.4 million profit`).
      for (const wayOf of FIGURE_WAYS) {
        const claimedWay = wayOf(claim, figure);
        const givenWay = wayOf(same.holder.text, same.figure);
        if (claimedWay === undefined || givenWay === undefined || claimedWay.way === givenWay.way)
          continue;
        figuresHeld = false;
        if (same.holder === sentence) readOtherwise = true;
        conflicts.push({
          claimed: claimedWay.said,
          article: givenWay.said,
          sentenceId: same.holder.id,
        });
      }
      continue;
    }
    figuresHeld = false;
    // A neighbour's date dates the neighbour's own event: only the passage's may contradict.
    const opposed = ofWhole.filter(
      (entry) =>
        !isMadeMultiple(entry.figure) &&
        comparable(quantity, entry.quantity) &&
        sameScale(quantity, entry.quantity) &&
        !keepsBound(
          boundAgainst(precision, entry.figure, entry.holder.text),
          quantity,
          entry.quantity,
        ) &&
        (entry.holder === sentence ||
          speaksOf(entry.holder) ||
          (quantity.kind === 'money' &&
            quantity.detail.includes('/') &&
            quantity.detail === entry.quantity.detail)) &&
        !withinArticleBound(quantity, entry.quantity, entry.figure, entry.holder.text) &&
        countsOpposable(index, figure, entry.figure) &&
        !unlike(claim, figure, entry.figure, entry.holder) &&
        !durationOfOtherThing(index, claim, figure, entry.holder) &&
        !saysClaimedNumber(claim, figure, entry.holder) &&
        // A rank (`the first woman`) is no rival to a number of things (`16 yo`).
        (isRank(figure) || !isRank(entry.figure)) &&
        (quantity.kind === 'date' || !pastQuantityForFuture(claim, entry.holder.text)) &&
        // A difference (`25p more than`) is set only against a claimed change, not a level.
        (!isDifference(entry.holder.text, entry.figure) ||
          FIGURE_WAYS.some((wayOf) => wayOf(claim, figure) !== undefined)) &&
        (quantity.kind !== 'date' ||
          (entry.holder === sentence &&
            !pastDateForFuture(claim, sentence.text) &&
            !datesOfTwoKinds(claim, figure, sentence.text, entry.figure) &&
            !dateOfOtherClause(index, factGroups(claim, figure, groups), sentence, entry.figure) &&
            !dateOfEarlierOne(claim, sentence))),
    );
    // The article's value instead is not one that gives another claimed figure (`four new
    // turbines` for the claim's 4 is no answer to its 9 turbines in all).
    // Nor is it, as a last resort, one that is another claimed figure, of the same thing: in
    // `two thirds of the bolts had lost over a third of their thickness`, the article's `more than
    // a third of their thickness` is the claim's third, not its two thirds.
    const other =
      opposed.find((entry) => !givesAnother(claim, claimed, figure, entry.quantity)) ??
      opposed.find((entry) => !isAnotherClaimed(index, claim, claimed, figure, entry));
    if (other !== undefined) {
      conflicts.push({
        claimed: figure.text,
        article: other.figure.text,
        sentenceId: other.holder.id,
      });
    }
  }
  // The claim's change the other way round (`from 4.65 to 4.10` for `de 4,10 à 4,65`) holds
  // both figures and says the opposite, in the sentence or in the neighbour that gives them.
  const paragraph = neighbours(index, sentence);
  const reversed = paragraph
    .map((holder) => changeReversed(claim, claimed, holder))
    .find((conflict) => conflict !== undefined);
  if (reversed !== undefined) {
    figuresHeld = false;
    // The sentence's own change the other way round reads its figures otherwise.
    if (reversed.sentenceId === sentence.id) readOtherwise = true;
    conflicts.push(reversed);
  }
  // A pair of values the sentence sets against each other as the claim does, one of them the
  // claim's, gives the other otherwise or the two the other way round (paired-values.ts).
  const paired = reversed === undefined ? pairOtherwise(claim, claimed, sentence) : undefined;
  if (paired !== undefined) {
    figuresHeld = false;
    readOtherwise = true;
    const known = conflicts.find(
      (each) => each.claimed === paired.claimed && each.article === paired.article,
    );
    if (known === undefined) conflicts.push(paired);
    else markPairConflict(known);
  }
  const {
    conflicts: nameConflicts,
    missingNames,
    placeFromTitle,
  } = readNames(index, sentence, paragraph, names, stating);
  conflicts.push(...nameConflicts);
  const coverage = coverageOf(index, groups, sentence);
  const telling = ownHeld.filter(({ claimed }) => leads(claimed)).length;
  const sentenceWords = wordsOf(sentence.text);
  const ownsFigures = figuresHeld && ownHeld.length === claimed.length;
  const said = claimed.filter((figure) => saysClaimedNumber(claim, figure, sentence));
  const figuresTell =
    ownsFigures &&
    (telling >= 2 ||
      (telling > 0 && ownHeld.length >= 2) ||
      ownHeld.some(({ claimed, given }) => countsOfOneThing(index, claimed, given)) ||
      (telling > 0 &&
        names.some((term) => !term.place && namesTerm(index, sentenceWords, sentence.text, term))));
  return {
    passage,
    conflicts,
    figuresHeld,
    missingNames,
    coverage,
    figuresTell,
    heldAlike,
    countedOtherwise: nounsOtherwise.length > 0,
    saidNumbers: said.map((figure) => figure.text),
    ownsOrSays:
      conflicts.length === 0 &&
      claimed.every(
        (figure) => said.includes(figure) || ownHeld.some((held) => held.claimed === figure),
      ),
    ownsFigures,
    ownsFiguresReadOtherwise: readOtherwise && ownAtValue === claimed.length,
    pairsOtherwise: paired !== undefined,
    placeFromTitle,
    countsClaimedThing: claimed.some((figure) =>
      article.some(
        (entry) =>
          countsOfOneThing(index, figure, entry.figure) ||
          sharesOfOneThing(index, figure, entry.figure),
      ),
    ),
  };
}
