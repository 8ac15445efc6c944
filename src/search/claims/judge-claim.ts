// The verdict on a claim, or on one fact of it: which passages support it, which contradict it.
import type { Figure, Sentence } from '../../knowledge/types.ts';
import type { Passage } from '../answer.ts';
import { findPassages, toPassage } from '../find-passages.ts';
import { parseQuery } from '../query.ts';
import type { SearchIndex } from '../search-index.ts';
import {
  ACROSS_LANGUAGES_PART,
  acrossLanguages,
  figuresNameTheirThing,
} from './across-languages.ts';
import { aimedRival } from './aimed-rival.ts';
import { aimedOnly } from './aimed-value.ts';
import { subjectOfArticle } from './article-subject.ts';
import { coverageOf, SAME_SUBJECT, sentenceCoverageOf } from './claim-coverage.ts';
import { type ClaimFacts, wordsOf } from './claim-facts.ts';
import { namesTerm, type Term, withoutNames } from './claim-names.ts';
import type { ClaimCheck, Conflict, Verdict } from './claim-types.ts';
import { cleftFocus } from './cleft-focus.ts';
import { comparable, quantityOf } from './compare-figures.ts';
import { eventUnsaid } from './date-event.ts';
import { withDays } from './day-conflict.ts';
import { wayAgainst } from './directions.ts';
import { leads, sentencesForFigures, soleSentenceOfFigures } from './figure-candidates.ts';
import { countsOpposable } from './figure-nouns.ts';
import { countOfNeighbour } from './neighbour-count.ts';
import { withOpeningSubject } from './opening-subject.ts';
import { ordinalsOf, otherRank } from './ordinals.ts';
import { wordlessBesideOtherwise } from './otherwise-beside.ts';
import { dateOfParagraph } from './paragraph-date.ts';
import { paymentUnsaid } from './payment.ts';
import { actualBesidePlanned } from './planned-beside.ts';
import { APPROXIMATION_WORDS, precisionOf } from './precision.ts';
import { neighbours, type Reading, read } from './read-passage.ts';
import { withQualifier, withRejected, withRoute, withWay } from './reading-turns.ts';
import { rejectedBeside } from './rejected-choice.ts';
import { rivalCandidates } from './rival-candidates.ts';
import { sinceYearSaid } from './since-year.ts';
import { termsUnsaid } from './specific-terms.ts';
import { conflictInSupport } from './support-conflicts.ts';
import { tallySaid } from './tally-said.ts';
import { sumsTell } from './telling-sums.ts';
import { rivalOfClaimTerms } from './term-rival.ts';
import { countsClaimedThingOtherwise } from './thing-counted.ts';
import { spanEndOtherwise } from './time-span-end.ts';
import { yearNamesOne } from './year-edition.ts';

/** Passages looked at for each claim. */
const CANDIDATES = 6;
/**
 * A claim with no figure to compare is supported only by a passage covering this much of it, and
 * half of what it says beside its names: naming the same people is not saying who organised
 * their meeting.
 */
const SUPPORT_WITHOUT_FIGURES = 0.75;

/** The share of a claim's words a sentence that does not give its figures must say itself. */
const OWN_PART = 0.25;

const isPlace = (conflict: Conflict, names: Term[]): boolean =>
  names.some((term) => term.place && term.text === conflict.claimed);

/** What the articles say of a claim, or of one fact of it: the verdict, and how surely. */
export function judge(
  index: SearchIndex,
  typed: string,
  claim: string,
  figures: Figure[],
  names: Term[],
  subject: string,
): ClaimFacts {
  // What the claim says beside its figures and names: a passage must say it too.
  // Its figures' nouns and hedges are compared with the figures (`1150 personnes`, `environ`).
  const figureWords = new Set(figures.flatMap((figure) => [...wordsOf(figure.unit)]));
  const topic = parseQuery(index, withoutNames(subject, names)).filter(
    (group) => !figureWords.has(group.key) && !APPROXIMATION_WORDS.has(group.key),
  );
  // The search may refuse a claim for one of its names or settings (`de Northfield … par
  // semaine`), or fill its few places with the sentences that share the names and nothing else
  // (`la ville de Millau … la Ronde des Causses` finds the race, not the town's grant); each
  // passage's names are checked below, so the words alone are searched too.
  const found = findPassages(index, subject, { limit: CANDIDATES, figureInstead: false }).results;
  if (names.length > 0) {
    const ids = new Set(found.map((passage) => passage.sentenceId));
    const byWords = findPassages(index, withoutNames(subject, names), {
      limit: CANDIDATES,
      figureInstead: false,
    });
    found.push(...byWords.results.filter((passage) => !ids.has(passage.sentenceId)));
  }
  const searched = new Set(found.map((passage) => passage.sentenceId));
  const sentenceOf = (reading: Reading) =>
    index.corpus.sentences[reading.passage.sentenceId] as Sentence;
  const precisions = figures.map((figure) => ({ figure, precision: precisionOf(claim, figure) }));
  const led = sentencesForFigures(index, precisions, CANDIDATES)
    .filter((sentence) => !searched.has(sentence.id))
    .map((sentence) => toPassage(index, sentence, coverageOf(index, topic, sentence), []));
  const ledIds = new Set([...searched, ...led.map((passage) => passage.sentenceId)]);
  const rivals = rivalCandidates(index, claim, topic, figures, ledIds, CANDIDATES).map((sentence) =>
    toPassage(index, sentence, coverageOf(index, topic, sentence), []),
  );
  // A passage on another one of a series (`a second warehouse` for `a third site`) is silent.
  const ranks = ordinalsOf(claim);
  const readings = [...found, ...led, ...rivals]
    .filter((passage) => !otherRank(ranks, index.corpus.sentences[passage.sentenceId]?.text ?? ''))
    .map((passage) => read(index, claim, figures, names, topic, passage))
    .map((reading) => withRoute(index, claim, withWay(claim, figures, reading)))
    .map((reading) => withQualifier(index, claim, figures, reading))
    .map((reading) => withRejected(index, claim, topic, reading))
    .map((reading) => withDays(claim, sentenceOf(reading), reading));
  // Figures too common to tell anything alone (`under 5`, a bare small count) make no passage
  // say the claim: it is then read as a claim without figures.
  const telling = figures.some(leads);
  // The one sentence giving the claimed quantities (figure-candidates.ts) says the claim in other
  // words, its other language's or a chat's, unless a passage on the claim's subject gives one of
  // them otherwise, the sentence says the other way (`en hausse de 8 centimes` for `8 centimes de
  // moins`), or it shares nothing with the claim but the figures (no word, no name), unless they
  // are sums that tell where they are (telling-sums.ts).
  const sole = soleSentenceOfFigures(index, precisions);
  const disputed = readings.some(
    (reading) => reading.conflicts.length > 0 && reading.coverage >= SAME_SUBJECT,
  );
  const saysBySoleFigures = (reading: Reading) =>
    sole === reading.passage.sentenceId &&
    !disputed &&
    reading.ownsFigures &&
    (reading.coverage > 0 ||
      names.length > 0 ||
      sumsTell(claim, figures, index.corpus.documents[sentenceOf(reading).documentId]?.language)) &&
    wayAgainst(claim, { id: sole, text: reading.passage.sentence })?.conflict === undefined;
  // A cleft's focus (`c'est le gouvernement thaïlandais qui…`) is what the claim says above all:
  // a sentence that does not say it all does not say the claim.
  const focus = cleftFocus(claim);
  const focusGroups = focus === undefined ? [] : parseQuery(index, withoutNames(focus, names));
  const saysFocus = (reading: Reading) =>
    focusGroups.length === 0 || sentenceCoverageOf(index, focusGroups, sentenceOf(reading)) === 1;
  // Words gathered from the paragraph say the claim only through a sentence that gives every
  // claimed figure or says a quarter of the claim (not one on hiring beside `8 seasonal staff`).
  // Nor do figures of things named otherwise (`12 mégawatts` for `une douzaine de techniciens`),
  // nor a sentence with none of the claim's words beside one that reads them otherwise
  // (otherwise-beside.ts).
  const saysOwnPart = (reading: Reading) =>
    (reading.ownsFigures &&
      !reading.countedOtherwise &&
      !wordlessBesideOtherwise(index, topic, reading, readings)) ||
    sentenceCoverageOf(index, topic, sentenceOf(reading)) >= OWN_PART;
  // A claim whose one figure is a vote tally is said by a sentence on its subject that gives
  // both sides in order, in words or digits (tally-said.ts).
  const saysTally = (reading: Reading) =>
    saysFocus(reading) &&
    reading.conflicts.length === 0 &&
    reading.missingNames.length === 0 &&
    reading.coverage >= SAME_SUBJECT &&
    tallySaid(claim, figures, reading.passage.sentence);
  // A sentence in the other language that itself gives every claimed figure, one of them
  // telling and none a bare share or temperature, says the claim with fewer of its words matched
  // (across-languages.ts).
  const saysAcross = (reading: Reading) =>
    reading.ownsFigures &&
    !reading.countedOtherwise &&
    sentenceCoverageOf(index, topic, sentenceOf(reading)) >= ACROSS_LANGUAGES_PART &&
    figuresNameTheirThing(figures) &&
    acrossLanguages(claim, index.corpus.documents[sentenceOf(reading).documentId]?.language);
  const saysClaim = (reading: Reading) =>
    saysTally(reading) ||
    (reading.figuresHeld &&
      saysFocus(reading) &&
      reading.conflicts.length === 0 &&
      reading.missingNames.length === 0 &&
      (telling
        ? (reading.coverage >= SAME_SUBJECT && saysOwnPart(reading)) ||
          reading.figuresTell ||
          saysBySoleFigures(reading) ||
          saysAcross(reading)
        : (searched.has(reading.passage.sentenceId) &&
            reading.passage.score >= SUPPORT_WITHOUT_FIGURES &&
            reading.coverage >= SAME_SUBJECT) ||
          (reading.ownsFigures &&
            reading.coverage >= SAME_SUBJECT &&
            sinceYearSaid(claim, figures, sentenceOf(reading)))));
  // Nor one whose days, group or written figures its paragraph lacks (specific-terms.ts), nor a
  // payment its sentence gives as a value, an intent, or a period with no payment (payment.ts).
  // The article's subject a sentence leaves implicit is held weakly (opening-subject.ts).
  const unpaid = (reading: Reading) =>
    paymentUnsaid(subject, figures, neighbours(index, sentenceOf(reading)));
  const supporting = readings
    .map((reading) => withOpeningSubject(index, names, reading))
    .filter(
      (reading) =>
        saysClaim(reading) &&
        !unpaid(reading) &&
        !termsUnsaid(index, claim, figures, sentenceOf(reading)) &&
        !aimedOnly(claim, figures, neighbours(index, sentenceOf(reading))) &&
        !spanEndOtherwise(figures, sentenceOf(reading)) &&
        !rejectedBeside(index, topic, readings, sentenceOf(reading)),
    );
  // The sentence giving the claimed figures itself, naming the claim's place or in a paragraph
  // that does, is quoted first; not one lacking a word a neighbour sets aside (rejected-choice.ts).
  const support =
    supporting.find((reading) => reading.ownsFigures && !reading.placeFromTitle) ??
    supporting.find((reading) => !reading.placeFromTitle) ??
    supporting.find((reading) => reading.ownsFigures) ??
    supporting[0];
  const supported = (reading: Reading): ClaimFacts => ({
    check: result(typed, 'supported', figures, [reading.passage], [], []),
    confident: true,
  });
  // A thing claimed whole that the supporting sentence gives in part is contradicted there, as is
  // a group claimed the most that the sentence says another group is (support-conflicts.ts).
  const supportSentence =
    support === undefined
      ? undefined
      : (index.corpus.sentences[support.passage.sentenceId] as Sentence);
  const part =
    supportSentence === undefined
      ? undefined
      : conflictInSupport(claim, names, figures, supportSentence);
  if (support !== undefined && part !== undefined) {
    return {
      check: result(typed, 'contradicted', figures, [support.passage], [part], []),
      confident: true,
    };
  }
  // A claimed count whose words a neighbour says, counting the same thing otherwise, is that one's.
  const besideSupport =
    support === undefined
      ? undefined
      : (countOfNeighbour(index, topic, figures, sentenceOf(support)) ??
        dateOfParagraph(index, topic, figures, sentenceOf(support)) ??
        rivalOfClaimTerms(index, topic, figures, sentenceOf(support)) ??
        actualBesidePlanned(index, topic, claim, figures, sentenceOf(support)));
  if (support !== undefined && besideSupport !== undefined) {
    const beside = index.corpus.sentences[besideSupport.sentenceId] as Sentence;
    const neighbour =
      readings.find((reading) => reading.passage.sentenceId === beside.id)?.passage ??
      toPassage(index, beside, coverageOf(index, topic, beside), []);
    return {
      check: result(
        typed,
        'contradicted',
        figures,
        [neighbour],
        [besideSupport],
        [support.passage],
      ),
      confident: true,
    };
  }
  if (support !== undefined && !support.placeFromTitle) return supported(support);
  // A figure the passage gives otherwise contradicts; a place alone only from a passage that
  // otherwise says what the claim says, its figures included (`12 décès en Occitanie` is not
  // contradicted by a sentence on `France` that gives no deaths). A passage on the claim's own place that gives other
  // figures tells the reader most: it comes first.
  const figureConflicts = (reading: Reading) =>
    reading.conflicts.filter((conflict) => !isPlace(conflict, names)).length;
  /** Conflicts the passage's own sentence gives, not a neighbour of it. */
  const ownConflicts = (reading: Reading) =>
    reading.conflicts.filter((conflict) => conflict.sentenceId === reading.passage.sentenceId)
      .length;
  const placeConflicts = (reading: Reading) => reading.conflicts.length - figureConflicts(reading);
  // A claim of a quantity (`300 traffickers in 2023`) is not contradicted by a passage that only
  // dates something else (`2022` in its paragraph) and gives no such quantity: a count of another
  // thing is none, unless at the claimed value (`two lions in 2027`, `95,000 visitors in 2025`).
  const quantities = figures.filter((figure) => figure.kind !== 'date');
  const isDate = (conflict: Conflict) =>
    figures.some((figure) => figure.kind === 'date' && figure.text === conflict.claimed);
  const speaksOfQuantity = (reading: Reading) =>
    quantities.length === 0 ||
    !reading.conflicts.every(isDate) ||
    reading.passage.figures.some((given) =>
      quantities.some(
        (claimed) =>
          claimed.kind === given.kind &&
          // A sum per a thing (`2.58 euros per m3`) is no sum of a plan (`14,6 millions d'euros`).
          comparable(quantityOf(claimed), quantityOf(given)) &&
          (claimed.value === given.value || countsOpposable(index, claimed, given)),
      ),
    );
  // A claim is not contradicted by a sentence that shares its names and none of its other words:
  // `la prochaine Ronde des Causses … au printemps 2026` is not the race the sentence dates
  // `dimanche 27 avril 2025`, nor is `the council lent Glenarrow Fibre £500k` the £2.6 million
  // its members raised; unless the sentence counts the very thing the claim counts (`compte
  // 2000 membres` against `912 member-shareholders`).
  // A conflicting figure of the very thing counted speaks of the claim, whatever the words.
  const countsOtherwise = (reading: Reading) =>
    countsClaimedThingOtherwise(index, figures, sentenceOf(reading), reading.conflicts);
  const speaksOfClaim = (reading: Reading) =>
    reading.coverage > 0 || reading.countsClaimedThing || countsOtherwise(reading);
  // The one sentence that gives every claimed quantity at its value, and would say the claim in
  // other words (above), but reads a figure otherwise (gone the other way, the period's before)
  // speaks of the claim as surely, and says it otherwise: `contre 187 500 l'hiver précédent` for
  // `187,500 passengers in winter 2023-24`.
  const readsSoleOtherwise = (reading: Reading) =>
    sole === reading.passage.sentenceId &&
    reading.ownsFiguresReadOtherwise &&
    (reading.coverage > 0 || names.length > 0 || figures.filter(leads).length >= 2);
  // A figure a passage gives at its value, of the same thing, nothing in conflict and the place
  // not only the title's, is not contradicted elsewhere (`240 volunteers` beside `60 to 80 new
  // volunteers`); nor any where one sentence gives every claimed figure, two telling, at its
  // value: `36 % cette année, contre 18 % en 2023` is not contradicted by `plus d'un tiers`.
  const givenAtValue = new Set([
    ...readings
      .filter(
        (reading) =>
          reading.conflicts.length === 0 &&
          reading.missingNames.length === 0 &&
          !reading.placeFromTitle,
      )
      .flatMap((reading) => reading.heldAlike),
    // A sentence on the claim's subject that says a claimed number in a form the comparison
    // cannot read (`Sixteen-year-old` for `16 yo`) gives it: another sentence's figure is no
    // rival to it (said-number.ts).
    ...readings
      .filter(
        (reading) =>
          reading.conflicts.length === 0 &&
          reading.missingNames.length === 0 &&
          reading.coverage >= SAME_SUBJECT,
      )
      .flatMap((reading) => reading.saidNumbers),
    ...readings
      .filter(
        (reading) =>
          reading.conflicts.length === 0 &&
          (reading.ownsFigures || reading.ownsOrSays) &&
          figures.filter(leads).length >= 2,
      )
      .flatMap(() => figures.map((figure) => figure.text)),
    // The claimed sum the article gives as a value (`insured for £1.8m`) is not paid, nor is it
    // contradicted by another sum (`£50,000 put up by the insurers`): the article is silent.
    ...readings
      .filter((reading) => saysClaim(reading) && unpaid(reading))
      .flatMap(() => figures.map((figure) => figure.text)),
  ]);
  // A date or place conflicts only where the sentence giving the other (or its title) names the
  // claim's people and bodies: `X préside depuis 2020` is not contradicted by a vote's date
  // before X's quote, nor `Ridgeline builds in Kelbridge` by researchers at a university.
  const persons = names.filter((term) => !term.place);
  const conflictsNameClaim = (reading: Reading) =>
    reading.conflicts.every((conflict) => {
      if (!isDate(conflict) && !isPlace(conflict, names)) return true;
      const sentence = index.corpus.sentences[conflict.sentenceId];
      const title = index.corpus.documents[sentence?.documentId ?? -1]?.title ?? '';
      const text = `${sentence?.text ?? ''} ${title}`;
      const words = wordsOf(text);
      // The article's own subject is said by a sentence on the claim naming nobody else.
      const onSubject = (term: Term) =>
        sentence !== undefined &&
        sentenceCoverageOf(index, topic, sentence) >= SAME_SUBJECT &&
        subjectOfArticle(index, sentence, term, names);
      return persons.every((term) => namesTerm(index, words, text, term) || onSubject(term));
    });
  // A sentence that lacks only the article's own subject (article-subject.ts), gives another
  // figure (no place) itself and says half the claim's words itself speaks of the claim: `It
  // lost £310,000 in 2023` for `Pool&Go lost about £140k in 2023`. Support still needs the name.
  const speaksOfSubjectUnnamed = (reading: Reading) =>
    reading.conflicts.every(
      (conflict) => conflict.sentenceId === reading.passage.sentenceId && !isPlace(conflict, names),
    ) &&
    sentenceCoverageOf(index, topic, sentenceOf(reading)) >= SAME_SUBJECT &&
    reading.missingNames.every((term) => subjectOfArticle(index, sentenceOf(reading), term, names));
  const contradiction = readings
    .map((reading) => ({
      ...reading,
      conflicts: reading.conflicts.filter(
        (conflict) =>
          !givenAtValue.has(conflict.claimed) &&
          !eventUnsaid(index, claim, figures, conflict) &&
          !yearNamesOne(claim, figures, conflict) &&
          !aimedRival(claim, conflict, index.corpus.sentences[conflict.sentenceId]),
      ),
    }))
    .filter(
      (reading) =>
        reading.conflicts.length > 0 &&
        (reading.missingNames.length === 0 || speaksOfSubjectUnnamed(reading)) &&
        conflictsNameClaim(reading) &&
        speaksOfQuantity(reading) &&
        (readsSoleOtherwise(reading) ||
          (reading.pairsOtherwise && reading.coverage > 0) ||
          (speaksOfClaim(reading) &&
            (searched.has(reading.passage.sentenceId) ||
              reading.coverage >= SAME_SUBJECT ||
              countsOtherwise(reading)))) &&
        // A figure only a neighbour gives contradicts through a passage on the claim's subject,
        // not through one that shares a name and a word with it.
        (ownConflicts(reading) > 0 || reading.coverage >= SAME_SUBJECT) &&
        (figureConflicts(reading) > 0 ||
          (reading.passage.score >= SAME_SUBJECT &&
            (figures.length === 0 || reading.figuresHeld)) ||
          // The sentence itself gives every claimed figure and says the claim's words, at
          // another place: `réunion publique le 12 avril à 18 h … de Morez` for Champagnole.
          (figures.length > 0 && reading.ownsFigures && reading.coverage >= SAME_SUBJECT)),
    )
    .sort(
      (a, b) =>
        Number(placeConflicts(a) > 0) - Number(placeConflicts(b) > 0) ||
        Number(ownConflicts(b) > 0) - Number(ownConflicts(a) > 0) ||
        Number(figureConflicts(b) > 0) - Number(figureConflicts(a) > 0) ||
        b.coverage - a.coverage ||
        b.passage.score - a.passage.score,
    )[0];
  // A place held only through the title is weaker: a sentence giving other figures comes first.
  if (support !== undefined && contradiction === undefined) return supported(support);
  if (contradiction !== undefined) {
    // Where the article does give the claimed values: another place, another year.
    const elsewhere = readings
      .filter((reading) => reading !== contradiction && figures.length > 0 && reading.figuresHeld)
      .map((reading) => reading.passage)
      .slice(0, 1);
    // Sure enough to overrule other facts: a figure its own sentence, on the subject, gives otherwise.
    const confident =
      contradiction.conflicts.some(
        (conflict) =>
          !isPlace(conflict, names) && conflict.sentenceId === contradiction.passage.sentenceId,
      ) && contradiction.coverage >= SAME_SUBJECT;
    return {
      check: result(
        typed,
        'contradicted',
        figures,
        [contradiction.passage],
        contradiction.conflicts,
        elsewhere,
      ),
      confident,
    };
  }
  return { check: result(typed, 'not-found', figures, [], [], []), confident: false };
}

function result(
  text: string,
  verdict: Verdict,
  figures: Figure[],
  results: Passage[],
  conflicts: Conflict[],
  claimedElsewhere: Passage[],
): ClaimCheck {
  return { text, verdict, figures, results, conflicts, claimedElsewhere };
}
