import { extractFigures } from '../../knowledge/figures.ts';
import type { Figure, Sentence } from '../../knowledge/types.ts';
import type { Passage } from '../answer.ts';
import {
  afterPlacePreposition,
  afterVenue,
  clauseSpans,
  placeNamesIn,
  type Setting,
  settingsOf,
} from '../figure-context.ts';
import { findPassages, toPassage } from '../find-passages.ts';
import { fold, stopTokensOf, tokenize } from '../normalize.ts';
import { parseQuery, type QueryGroup } from '../query.ts';
import { glossaryEntry, type SearchIndex } from '../search-index.ts';
import { PERIOD_WORDS } from '../settings.ts';
import { plainClaim } from './chat-words.ts';
import { coverageOf } from './claim-coverage.ts';
import {
  type ClaimFacts,
  type FactCheck,
  factOf,
  factSpans,
  inFigurePiece,
  verdictOfFacts,
  within,
  wordsOf,
} from './claim-facts.ts';
import type { CheckReport, ClaimCheck, Conflict, Verdict } from './claim-types.ts';
import {
  APPROXIMATION_WORDS,
  boundAgainst,
  comparable,
  impliedDurations,
  isCalendarWord,
  type Precision,
  precisionOf,
  type Quantity,
  quantitiesIn,
  quantityIn,
  sameValue,
  withinArticleBound,
} from './compare-figures.ts';
import { directionOf } from './directions.ts';
import { leads, sentencesForFigures } from './figure-candidates.ts';
import { countsAlike, countsOfOneThing, countsOpposable } from './figure-nouns.ts';
import { namesAmongFigures } from './name-numbers.ts';
import { ordinalsOf, otherRank } from './ordinals.ts';
import { passageWords } from './passage-words.ts';
import { MAX_CLAIMS, splitClaims } from './split-claims.ts';

/** Passages looked at for each claim. */
const CANDIDATES = 6;
/** A passage speaks of the claim's subject when it covers this share of its words. */
const SAME_SUBJECT = 0.5;
/**
 * A claim with no figure to compare is supported only by a passage covering this much of it, and
 * half of what it says beside its names: naming the same people is not saying who organised
 * their meeting.
 */
const SUPPORT_WITHOUT_FIGURES = 0.75;

/**
 * Words for a people or a nationality (`Americans`, `Chinese`, `Canadian`): capitalized in English,
 * yet said in other words by the articles (`aux États-Unis`, `chinois`), so not names to find.
 */
const DEMONYM = /(?:ans|ese|ians?|eans?|ish)$/u;

/** A code of letters and digits (`CM2`, `D951`, `A7`): a class or a road, not a place. */
const CODE = /^\p{L}{1,3}\d+$/u;

/** A name, a place or an organization the claim states: its words as typed, and folded. */
interface Term {
  text: string;
  words: string[];
  /** Written right after `in`/`à`: a place. */
  place: boolean;
  /** Where the claim writes it. */
  start: number;
  /** A place the whole claim is set in, checked fact by fact: its article's title may say it. */
  setting?: boolean;
}

/**
 * The names a text states: capitalized words inside a sentence, or words the articles always
 * capitalize (`beijing` typed in lower case), neighbours joined (`Jennifer May`, `United States`).
 */
function namesOf(index: SearchIndex, text: string, skip: (start: number) => boolean): Term[] {
  const tokens = tokenize(text);
  const isStop = stopTokensOf(text);
  const terms: Term[] = [];
  let previousEnd = -1;
  for (const [position, token] of tokens.entries()) {
    if (skip(token.start) || /^\d/u.test(token.word)) continue;
    const last = terms[terms.length - 1];
    const joined =
      last !== undefined && /^[\s\u00A0-]+$/u.test(text.slice(previousEnd, token.start));
    // `May` is a month, but not in `Jennifer May`.
    if (isCalendarWord(token.word) && !joined) continue;
    const surface = text.slice(token.start, token.end);
    const capitalized =
      /^\p{Lu}/u.test(surface) && position > 0 && !isStop(token) && !DEMONYM.test(token.word);
    const id = index.wordIds.get(token.word);
    const known = id !== undefined && index.names[id] === 1;
    if (!capitalized && !known) continue;
    if (last !== undefined && joined) {
      last.text = `${last.text}${text.slice(previousEnd, token.end)}`;
      last.words.push(token.word);
    } else {
      terms.push({
        text: surface,
        words: [token.word],
        start: token.start,
        place: afterPlacePreposition(tokens, position) || afterVenue(text, tokens, position),
      });
    }
    previousEnd = token.end;
  }
  return terms;
}

/** The sentence with those beside it in its paragraph: a figure is often in the next one. */
function neighbours(index: SearchIndex, sentence: Sentence): Sentence[] {
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

/** The places a sentence names after a preposition that the claim does not. */
function placesOf(places: Setting[], claimWords: Set<string>): Setting[] {
  return places.filter((place) => ![...place.words].some((word) => claimWords.has(word)));
}

/** Whether every word is one the articles always capitalize: a name, not `chinois`. */
function isName(index: SearchIndex, words: string[]): boolean {
  return words.every((word) => {
    const id = index.wordIds.get(word);
    return id !== undefined && index.names[id] === 1;
  });
}

/**
 * Whether a passage holds a term, as written or as the glossary translates it; a place only as
 * another name (`China` → `Chine`), as `Beijing` may stand for `chinois` elsewhere but is not it.
 */
function holds(index: SearchIndex, words: Set<string>, term: Term): boolean {
  const held = (termWords: string[]) => {
    const translations = (glossaryEntry(index, termWords) ?? []).filter(
      (way) => !term.place || isName(index, way),
    );
    return [termWords, ...translations].some(
      (way) => way.length > 0 && way.every((word) => words.has(word)),
    );
  };
  // Names joined by a hyphen are each held apart: `US-China` in `les États-Unis et la Chine`.
  const parts = term.text.split('-').map((part) => tokenize(part).map((token) => token.word));
  return held(term.words) || (parts.length > 1 && parts.every((part) => held(part)));
}

interface Reading {
  passage: Passage;
  conflicts: Conflict[];
  /** Every claimed figure is there at its value. */
  figuresHeld: boolean;
  /** Names of the claim the passage does not hold, places in conflict aside. */
  missingNames: Term[];
  /** The share of the claim's words the passage holds (see claim-coverage.ts). */
  coverage: number;
  /**
   * The sentence itself states the claim's figures so that they say what it speaks of, whatever
   * its words: two telling figures (`from three weeks to two days`), a count of the thing the
   * claim counts (`1,850 households a week`), or a figure beside a name the claim gives (`£1.2
   * million … from the Hollins Trust`).
   */
  figuresTell: boolean;
  /** The claimed counts (as written) the passage gives at their values, of the thing named. */
  heldAlike: string[];
  /** The sentence itself, not a neighbour, gives every claimed figure at its value. */
  ownsFigures: boolean;
}

/** What one passage says of a claim: its figures and names against the claim's. */
function read(
  index: SearchIndex,
  claim: string,
  claimed: Figure[],
  names: Term[],
  groups: QueryGroup[],
  passage: Passage,
): Reading {
  const sentence = index.corpus.sentences[passage.sentenceId] as Sentence;
  const article = neighbours(index, sentence).flatMap((holder) => {
    const bound = settingsOf(index, holder).figures;
    return holder.figures.map((figure) => ({
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
    return groups.some((group) =>
      group.alternatives.some((alternative) =>
        alternative.words.every((matches) => [...matches.keys()].some((id) => ids.has(id))),
      ),
    );
  };
  /** The claimed figures the sentence itself gives at their values. */
  const ownHeld: { claimed: Figure; given: Figure }[] = [];
  for (const figure of claimed) {
    const readings = quantitiesIn(claim, figure);
    const quantity: Quantity = readings[0] as Quantity;
    const precision = precisionOf(claim, figure);
    // The same value of the same thing first; of a thing said otherwise (`85 membres
    // d'équipage`, `85 crew members`) else: the dictionary does not know every noun.
    const atValue = article.filter((entry) =>
      readings.some((reading) =>
        sameValue(
          reading,
          entry.quantity,
          boundAgainst(precision, entry.figure, entry.holder.text),
        ),
      ),
    );
    const same = atValue.find((entry) => countsAlike(index, figure, entry.figure)) ?? atValue[0];
    if (atValue.some((entry) => countsOfOneThing(index, figure, entry.figure))) {
      heldAlike.push(figure.text);
    }
    const rival =
      same === undefined
        ? undefined
        : rivalInClause(index, claim, figure, same, article, groups, claimed);
    if (rival !== undefined) {
      figuresHeld = false;
      conflicts.push({
        claimed: figure.text,
        article: rival.figure.text,
        sentenceId: rival.holder.id,
      });
      continue;
    }
    if (same !== undefined) {
      stating.push(same);
      if (same.holder === sentence) ownHeld.push({ claimed: figure, given: same.figure });
      // The same figure gone the other way: `fell 3.2%` for `rose 3.2%`.
      const claimedWay = directionOf(claim);
      const articleWay = directionOf(same.holder.text);
      if (
        claimedWay !== undefined &&
        articleWay !== undefined &&
        claimedWay.way !== articleWay.way
      ) {
        figuresHeld = false;
        conflicts.push({
          claimed: `${claimedWay.word} ${figure.text}`,
          article: `${articleWay.word} ${same.figure.text}`,
          sentenceId: same.holder.id,
        });
      }
      continue;
    }
    figuresHeld = false;
    // A neighbour's date dates the neighbour's own event: only the passage's may contradict.
    const other = article.find(
      (entry) =>
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
        (quantity.kind !== 'date' || entry.holder === sentence),
    );
    if (other !== undefined) {
      conflicts.push({
        claimed: figure.text,
        article: other.figure.text,
        sentenceId: other.holder.id,
      });
    }
  }
  const words = passageWords(index, sentence);
  const paragraphWords = wordsOf(
    neighbours(index, sentence)
      .map((each) => each.text)
      .join(' '),
  );
  const title = index.corpus.documents[sentence.documentId]?.title ?? '';
  const titleWords = wordsOf(title);
  // The title's place is the sentence's only where neither it nor the paragraph names another.
  const titleSpeaksOnly = (term: Term) => term.setting === true;
  const claimWords = new Set(names.flatMap((term) => term.words));
  const missingNames: Term[] = [];
  for (const term of names) {
    if (!term.place) {
      if (!holds(index, words, term)) missingNames.push(term);
      continue;
    }
    // A place must be the sentence's own, and that of the figures the claim states: `84 % des
    // 3 970 décès … au Canada` is not said of the United States, which the sentence also names.
    let conflict: Conflict | undefined;
    let held = true;
    const sayers = [
      { holder: sentence, places: [] as Setting[] },
      ...stating.filter((entry) => entry.holder !== sentence || entry.places.length > 0),
    ];
    for (const { holder, places } of sayers) {
      const own = places.length > 0 ? places : settingsOf(index, holder).places;
      const said =
        places.length > 0
          ? places.some((place) => holds(index, place.words, term))
          : holds(index, wordsOf(holder.text), term);
      if (said) continue;
      // A sentence that names no place speaks of the place its paragraph or its article's title
      // names, as the claim writes it (`Selon l'ARS, … 9 400 patients` after `… frappe
      // l'Occitanie`; `Les médecins perçoivent…` under `À Saint-Aubin-des-Landes, un centre…`).
      if (
        holder === sentence &&
        own.length === 0 &&
        placeNamesIn(index, holder.text).length === 0 &&
        (term.words.every((word) => paragraphWords.has(word)) ||
          (term.words.every((word) => titleWords.has(word)) && titleSpeaksOnly(term)))
      )
        continue;
      // A neighbour that names no place speaks of the sentence's (`Les deux hommes…`).
      if (holder === sentence) held = false;
      // Else the places it names at all: `les États-Unis ont mis en place…` for `800 M$ US`.
      // A code of letters and digits is a school year or a road (`CM2`, `D951`), no place to set
      // against the claim's; yet the claim's place is then not said either.
      const others = [
        ...placesOf(own, claimWords).map((place) => place.name),
        ...placeNamesIn(index, holder.text).filter(
          (name) => !tokenize(name).some((token) => claimWords.has(token.word)),
        ),
      ];
      const instead = others.find((name) => !CODE.test(name));
      if (others.length > 0) held = false;
      if (instead !== undefined) {
        conflict = { claimed: term.text, article: instead, sentenceId: holder.id };
        break;
      }
    }
    if (conflict !== undefined) conflicts.push(conflict);
    else if (!held) missingNames.push(term);
  }
  const coverage = coverageOf(index, groups, sentence);
  const telling = ownHeld.filter(({ claimed }) => leads(claimed)).length;
  const sentenceWords = wordsOf(sentence.text);
  const ownsFigures = figuresHeld && ownHeld.length === claimed.length;
  const figuresTell =
    ownsFigures &&
    (telling >= 2 ||
      ownHeld.some(({ claimed, given }) => countsOfOneThing(index, claimed, given)) ||
      (telling > 0 && names.some((term) => !term.place && holds(index, sentenceWords, term))));
  return {
    passage,
    conflicts,
    figuresHeld,
    missingNames,
    coverage,
    figuresTell,
    heldAlike,
    ownsFigures,
  };
}

/**
 * A value the claimed bound holds, however far from it, contradicts nothing: `dix-huit mois` is
 * within `moins de 40 ans`, though too far from it to say it.
 */
function keepsBound(precision: Precision, claimed: Quantity, article: Quantity): boolean {
  if (precision === 'at-most') return article.value <= claimed.value;
  if (precision === 'at-least') return article.value >= claimed.value;
  return false;
}

/**
 * Amounts a hundred times apart are not one thing misstated: `jusqu'à 150k` is not contradicted
 * by `trois hôpitaux`, nor `£5M` by a count of visitors.
 */
const SCALE_REACH = 100;

function sameScale(claimed: Quantity, article: Quantity): boolean {
  if (claimed.kind !== 'count' && claimed.kind !== 'money') return true;
  const [larger, smaller] = [Math.abs(claimed.value), Math.abs(article.value)].sort(
    (a, b) => b - a,
  );
  return smaller !== undefined && larger !== undefined && smaller * SCALE_REACH >= larger;
}

interface Given {
  figure: Figure;
  quantity: Quantity;
  holder: Sentence;
}

/**
 * When the sentence gives the claimed value in one clause and a figure of the same kind in
 * another that holds more of the claim's words, the claim speaks of the other clause: `food
 * prices fell by 12%` is not `Donations … fell by 12%, while food prices … rose by roughly 8%`.
 * The other figure must count what the claimed one counts: `2 bassins` is not rivalled by `52 000
 * mètres cubes`.
 */
function rivalInClause(
  index: SearchIndex,
  claim: string,
  claimed: Figure,
  same: Given,
  article: Given[],
  groups: QueryGroup[],
  claimedFigures: Figure[],
): Given | undefined {
  // The sentence that gives the claimed value, the passage's own or a neighbour of it.
  const holder = same.holder;
  const clauses = clauseSpans(holder.text);
  const clauseOf = (figure: Figure) =>
    clauses.find((clause) => figure.start >= clause.start && figure.start < clause.end);
  // What the claim is about, and its dates, not a season alone: `cet hiver` does not make
  // `contre 18 % au cours de l'hiver 2023` the clause the claim speaks of, `l'hiver 2023` does.
  // Only what it says in the claimed figure's own fact: in `36% this winter, twice the 18% of
  // winter 2023`, 2023 dates the 18%, not the 36%.
  const fact = factOf(claim, claimed);
  const about = groups.filter(
    (group) => !PERIOD_WORDS.has(group.key) && group.key.split(' ').every((word) => fact.has(word)),
  );
  const dates = claimedFigures.filter(
    (figure) =>
      figure.kind === 'date' &&
      figure.value > 0 &&
      tokenize(figure.text).every((token) => fact.has(token.word)),
  );
  const told = (clause: ReturnType<typeof clauseOf>) =>
    about.filter((group) => group.key.split(' ').every((word) => clause?.words.has(word))).length +
    article.filter(
      (entry) =>
        entry.holder === holder &&
        entry.figure.kind === 'date' &&
        clauseOf(entry.figure) === clause &&
        dates.some((date) => date.value === entry.figure.value),
    ).length;
  const own = clauseOf(same.figure);
  const ownTold = told(own);
  return article.find(
    (entry) =>
      entry.holder === holder &&
      entry.quantity.kind === same.quantity.kind &&
      comparable(same.quantity, entry.quantity) &&
      countsOpposable(index, claimed, entry.figure) &&
      clauseOf(entry.figure) !== own &&
      told(clauseOf(entry.figure)) > ownTold,
  );
}

const isPlace = (conflict: Conflict, names: Term[]): boolean =>
  names.some((term) => term.place && term.text === conflict.claimed);

/** The text of a claim without its figures: what it speaks of, for finding the passages. */
function subjectOf(claim: string, figures: Figure[]): string {
  let subject = claim;
  for (const figure of [...figures].sort((a, b) => b.start - a.start)) {
    subject = `${subject.slice(0, figure.start)} ${subject.slice(figure.start + figure.text.length)}`;
  }
  return subject;
}

/** A claim's text without the names it states: `Jennifer May a quitté son poste` → its words. */
function withoutNames(text: string, names: Term[]): string {
  return names.reduce((rest, term) => rest.replace(term.text, ' '), text);
}

/**
 * A multiple the claim's own figures make true (`36% …, twice the 18%`) is the writer's sum, not a
 * figure the article must state: the two figures are checked instead.
 */
export function withoutOwnArithmetic(figures: Figure[]): Figure[] {
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
            Math.abs(a.value / b.value - multiple.value) <= multiple.value * 0.05,
        ),
      ),
  );
}

/** Checks one claim against the articles: as a whole, else fact by fact. */
export function checkClaim(index: SearchIndex, typed: string): ClaimCheck {
  const claim = plainClaim(typed);
  const extracted = extractFigures(claim);
  const named = namesAmongFigures(index, claim, extracted);
  const stated = extracted.filter((figure) => !named.includes(figure));
  const figures = withoutOwnArithmetic([...stated, ...impliedDurations(claim, stated)]);
  const inFigure = (start: number) =>
    figures.some((figure) => start >= figure.start && start < figure.start + figure.text.length);
  const names = namesOf(index, claim, inFigure);
  const whole = judge(index, typed, claim, figures, names, subjectOf(claim, figures));
  if (whole.check.verdict !== 'not-found') return whole.check;
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
    return { figures: own, ...judge(index, typed, claim, own, factNames, subject) };
  });
  return verdictOfFacts(typed, figures, facts) ?? whole.check;
}

/** What the articles say of a claim, or of one fact of it: the verdict, and how surely. */
function judge(
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
  // semaine`); each passage's names are checked below, so the words alone are searched too.
  const found = findPassages(index, subject, { limit: CANDIDATES }).results;
  if (found.length === 0 && names.length > 0) {
    found.push(...findPassages(index, withoutNames(subject, names), { limit: CANDIDATES }).results);
  }
  const searched = new Set(found.map((passage) => passage.sentenceId));
  const precisions = figures.map((figure) => ({ figure, precision: precisionOf(claim, figure) }));
  const led = sentencesForFigures(index, precisions, CANDIDATES)
    .filter((sentence) => !searched.has(sentence.id))
    .map((sentence) => toPassage(index, sentence, coverageOf(index, topic, sentence), []));
  // A passage on another one of a series (`a second warehouse` for `a third site`) is silent.
  const ranks = ordinalsOf(claim);
  const readings = [...found, ...led]
    .filter((passage) => !otherRank(ranks, index.corpus.sentences[passage.sentenceId]?.text ?? ''))
    .map((passage) => read(index, claim, figures, names, topic, passage));
  // Figures too common to tell anything alone (`under 5`, a bare small count) make no passage
  // say the claim: it is then read as a claim without figures.
  const telling = figures.some(leads);
  // The sentence that gives the claimed figures itself is quoted before a neighbour of it.
  const supporting = readings.filter(
    (reading) =>
      reading.figuresHeld &&
      reading.conflicts.length === 0 &&
      reading.missingNames.length === 0 &&
      (telling
        ? reading.coverage >= SAME_SUBJECT || reading.figuresTell
        : searched.has(reading.passage.sentenceId) &&
          reading.passage.score >= SUPPORT_WITHOUT_FIGURES &&
          reading.coverage >= SAME_SUBJECT),
  );
  const support = supporting.find((reading) => reading.ownsFigures) ?? supporting[0];
  if (support !== undefined) {
    return {
      check: result(typed, 'supported', figures, [support.passage], [], []),
      confident: true,
    };
  }
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
  // dates something else (`2022` in its paragraph) and gives no such quantity.
  const quantities = figures.filter((figure) => figure.kind !== 'date');
  const isDate = (conflict: Conflict) =>
    figures.some((figure) => figure.kind === 'date' && figure.text === conflict.claimed);
  const speaksOfQuantity = (reading: Reading) =>
    quantities.length === 0 ||
    !reading.conflicts.every(isDate) ||
    reading.passage.figures.some((given) =>
      quantities.some((claimed) => claimed.kind === given.kind),
    );
  // A figure one passage gives at its value, of the same thing and with nothing in conflict, is
  // not contradicted by another figure elsewhere: `240 volunteers` stands beside `60 to 80 new
  // volunteers` to recruit.
  // Nor is any figure by another where one sentence gives every claimed figure, two of them
  // telling, at its value with nothing in conflict, though it may not name the claim's place: `36 % cette année, contre 18 %
  // au cours de l'hiver 2023` is not contradicted by `plus d'un tiers` and a report's date.
  const givenAtValue = new Set([
    ...readings
      .filter((reading) => reading.conflicts.length === 0 && reading.missingNames.length === 0)
      .flatMap((reading) => reading.heldAlike),
    ...readings
      .filter(
        (reading) =>
          reading.conflicts.length === 0 &&
          reading.ownsFigures &&
          figures.filter(leads).length >= 2,
      )
      .flatMap(() => figures.map((figure) => figure.text)),
  ]);
  const contradiction = readings
    .map((reading) => ({
      ...reading,
      conflicts: reading.conflicts.filter((conflict) => !givenAtValue.has(conflict.claimed)),
    }))
    .filter(
      (reading) =>
        reading.conflicts.length > 0 &&
        reading.missingNames.length === 0 &&
        speaksOfQuantity(reading) &&
        (searched.has(reading.passage.sentenceId) || reading.coverage >= SAME_SUBJECT) &&
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
  if (contradiction !== undefined) {
    // Where the article does give the claimed values: another place, another year.
    const elsewhere = readings
      .filter((reading) => reading !== contradiction && figures.length > 0 && reading.figuresHeld)
      .map((reading) => reading.passage)
      .slice(0, 1);
    // Sure enough to overrule a claim's other facts: a figure the passage's own sentence gives
    // otherwise, in a passage on the claim's subject; not a place, nor a neighbour's figure.
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
