import type { Figure, Sentence } from '../knowledge/types.ts';
import { stopTokensOf, type Token, tokenize } from './normalize.ts';
import type { SearchIndex } from './search-index.ts';
import { PERIOD_WORDS } from './settings.ts';
import { textTokens } from './text-tokens.ts';

/**
 * What each figure of a sentence is said of: the places and periods of its own clause, else those
 * the sentence opens with. `… 84 % des 3 970 décès par surdose survenus au Canada entre les mois de
 * janvier et juin 2023` names the United States earlier on, but gives its figures for Canada; `En
 * 2022, aux États-Unis, environ 70 000 personnes…` gives 70 000 for both of its opening phrases.
 * Questions (specific-terms.ts) and claims (claims/read-passage.ts) both ask it.
 */

/** A place or a period a sentence gives, as written. */
export interface Setting {
  /** As the sentence writes it, preposition included: `au Canada`, `entre les mois de janvier et juin 2023`. */
  text: string;
  start: number;
  end: number;
  /** The place or period alone, as written: `Canada`, `janvier et juin 2023`. */
  name: string;
  /** Its folded words. */
  words: Set<string>;
  /**
   * Said in the figure's own clause (`… survenus au Canada`), not only where the sentence opens
   * (`En 2022, …`): a figure's own year is not the year of the sentence beside it.
   */
  own: boolean;
}

/** A figure with the places and periods it is said of; empty when the sentence does not say. */
export interface BoundFigure {
  figure: Figure;
  places: Setting[];
  periods: Setting[];
}

/** What a sentence says its figures are said of, and every place it names after a preposition. */
export interface SentenceSettings {
  figures: BoundFigure[];
  places: Setting[];
  /**
   * The words of the clauses that come after all of its figures and speak of another matter: a
   * comparison (`qu’en 2023`, `than in 2019`) or what the figures follow from (`dans le
   * prolongement des discussions entre … Joe Biden en novembre 2023`). The figures are not said
   * of what only these name.
   */
  aside: Set<string>;
  /** The words of the other clauses. */
  main: Set<string>;
  /**
   * The periods of the phrases the sentence opens with (`En 2022, …`, `In the winter of 2023, …`):
   * they set the scene for what follows it in its paragraph too.
   */
  scenePeriods: Setting[];
}

/** Prepositions before a place: `au Canada`, `in Sable Flats`, `à Toulouse`. */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(
  'in at a au aux en dans to vers across throughout'.split(' '),
);

/** Words that open a clause about another matter than the figures before it. */
const ASIDE_OPENERS: ReadonlySet<string> = new Set(
  (
    'dans contre que qu comme tandis alors than compared versus vs unlike like while whereas ' +
    'following after apres'
  ).split(' '),
);

/** Articles between a preposition and its place: `aux États-Unis`, `in the United States`. */
export const ARTICLES: ReadonlySet<string> = new Set(['le', 'la', 'les', 'l', 'the']);

/** Whether the token at `position` follows a place preposition, articles between: `in the US`. */
export function afterPlacePreposition(tokens: Token[], position: number): boolean {
  let before = position - 1;
  while (ARTICLES.has(tokens[before]?.word ?? '')) before--;
  return PLACE_PREPOSITIONS.has(tokens[before]?.word ?? '');
}

/** Common words a venue may take between its preposition and its place: `salle des fêtes`. */
const VENUE_REACH = 4;

/**
 * Whether the token at `position` names the place of a venue: `à la mairie de Halifax`, `à la
 * salle des fêtes de Morez`, `at the town hall of Leeds`: after `de`/`of`, back through a few
 * lower-case words to a place preposition.
 */
export function afterVenue(text: string, tokens: Token[], position: number): boolean {
  if (!PLACE_LINKS.has(tokens[position - 1]?.word ?? '')) return false;
  for (let back = position - 2; back >= Math.max(0, position - 2 - VENUE_REACH); back--) {
    const token = tokens[back] as Token;
    if (PLACE_PREPOSITIONS.has(token.word)) return back < position - 2;
    const letter = text[token.start] ?? '';
    if (letter !== letter.toLowerCase() || /\d/u.test(token.word)) return false;
  }
  return false;
}

/** Prepositions before a period: `en 2022`, `entre janvier et juin`, `since 2019`, `by 2028`. */
const PERIOD_PREPOSITIONS: ReadonlySet<string> = new Set(
  'en in entre between from du depuis since au during pendant by until jusqu lors'.split(' '),
);

/**
 * Words that open a phrase setting the scene for the whole sentence when it comes first, before a
 * comma: `En 2022, …`, `Across Arizona, …`, `Au CHU de Nîmes, …`.
 */
const SCENE_OPENERS: ReadonlySet<string> = new Set(
  (
    'en in au aux a dans depuis since entre between during pendant lors over after apres before ' +
    'avant across throughout at on by from du des jusqu until chez within for'
  ).split(' '),
);

/**
 * Words that open a new clause: what follows speaks of its own place and time. `than` opens the
 * other side of a comparison (`higher than in its ballot of 2022`), as `que` does in French.
 */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(
  (
    'que qu qui où dont lorsque lorsqu tandis mais puisque puisqu ' +
    'that which where who whom whose while whereas but although than'
  ).split(' '),
);

/** Words that join the parts of one place: `CHU de Nîmes`, `Bay of Fundy`. */
export const PLACE_LINKS: ReadonlySet<string> = new Set(['de', 'd', 'du', 'des', 'of']);
/** How far back a period's preposition may be: `entre les mois de janvier et juin 2023`. */
const PERIOD_REACH = 6;

/** Punctuation that ends a clause; a decimal comma (`4,1`) is followed by no space. */
const CLAUSE_MARK = /[,;:()[\]]\s|\s[–—]\s|[;:()]/u;

interface Clause {
  start: number;
  end: number;
  tokens: Token[];
}

/** The sentence's clauses, cut at punctuation and before words that open a clause. */
function clausesOf(text: string, tokens: Token[]): Clause[] {
  const clauses: Clause[] = [];
  let current: Clause = { start: 0, end: 0, tokens: [] };
  let last = 0;
  for (const token of tokens) {
    const between = text.slice(last, token.start);
    const opener = CLAUSE_OPENERS.has(text.slice(token.start, token.end).toLowerCase());
    if ((CLAUSE_MARK.test(between) || opener) && current.tokens.length > 0) {
      clauses.push(current);
      current = { start: token.start, end: token.start, tokens: [] };
    }
    current.tokens.push(token);
    current.end = token.end;
    last = token.end;
  }
  if (current.tokens.length > 0) clauses.push(current);
  return clauses;
}

/** A sentence's clauses as spans with their folded words: `…, while food prices rose by 8%`. */
export function clauseSpans(text: string): { start: number; end: number; words: Set<string> }[] {
  return clausesOf(text, tokenize(text)).map(({ start, end, tokens }) => ({
    start,
    end,
    words: new Set(tokens.map((token) => token.word)),
  }));
}

/** Capitalized in English, yet times: `in June`, `on Tuesday` name no place. */
const CALENDAR_NAMES: ReadonlySet<string> = new Set(
  'monday tuesday wednesday thursday friday saturday sunday may march'.split(' '),
);

/** Whether a token is a place's name as the articles write it: capitalized, never in lower case. */
export function isNameToken(index: SearchIndex, text: string, token: Token): boolean {
  if (PERIOD_WORDS.has(token.word) || CALENDAR_NAMES.has(token.word)) return false;
  const id = index.wordIds.get(token.word);
  const letter = text[token.start] ?? '';
  return id !== undefined && index.names[id] === 1 && letter !== letter.toLowerCase();
}

/** A setting from its preposition's token to its last, named from the `named`-th token on. */
const settingOf = (text: string, tokens: Token[], named: number, own: boolean): Setting => {
  const start = tokens[0]?.start ?? 0;
  const end = tokens[tokens.length - 1]?.end ?? start;
  return {
    text: text.slice(start, end),
    start,
    end,
    name: text.slice(tokens[named]?.start ?? start, end),
    words: new Set(tokens.map((token) => token.word)),
    own,
  };
};

/** The places a clause names after a preposition: `au Canada`, `CHU de Nîmes`. */
function placesIn(index: SearchIndex, text: string, clause: Clause, own: boolean): Setting[] {
  const places: Setting[] = [];
  const { tokens } = clause;
  for (let at = 0; at < tokens.length; at++) {
    if (!PLACE_PREPOSITIONS.has(tokens[at]?.word ?? '')) continue;
    let next = at + 1;
    while (ARTICLES.has(tokens[next]?.word ?? '')) next++;
    const run: Token[] = [];
    for (let i = next; i < tokens.length; i++) {
      const token = tokens[i] as Token;
      if (isNameToken(index, text, token)) run.push(token);
      else if (
        run.length > 0 &&
        PLACE_LINKS.has(token.word) &&
        tokens[i + 1] !== undefined &&
        isNameToken(index, text, tokens[i + 1] as Token)
      )
        run.push(token);
      else break;
    }
    if (run.length === 0) continue;
    places.push(settingOf(text, tokens.slice(at, next + run.length), next - at, own));
    at = next + run.length - 1;
  }
  return places;
}

/**
 * The periods a clause gives: its dates (`juin 2023`, `12 juillet 2025`) and month or season
 * words, each from the preposition that introduces it, overlapping ones merged.
 */
function periodsIn(text: string, clause: Clause, figures: Figure[], own: boolean): Setting[] {
  const { tokens } = clause;
  const inside = (figure: Figure, token: Token) =>
    token.start >= figure.start && token.end <= figure.start + figure.text.length;
  const spans: [number, number][] = [];
  // `a été fermée` gives no summer: a period word read as a stop word there is none.
  const isStop = stopTokensOf(text);
  for (const [at, token] of tokens.entries()) {
    const date = figures.find((figure) => figure.kind === 'date' && inside(figure, token));
    if (date === undefined && (!PERIOD_WORDS.has(token.word) || isStop(token))) continue;
    let first = at;
    for (let back = at - 1; back >= Math.max(0, at - PERIOD_REACH); back--) {
      const before = tokens[back] as Token;
      if (figures.some((figure) => figure.kind !== 'date' && inside(figure, before))) break;
      if (PERIOD_PREPOSITIONS.has(before.word)) {
        first = back;
        break;
      }
    }
    let last = at;
    while (date !== undefined && tokens[last + 1] && inside(date, tokens[last + 1] as Token))
      last++;
    const previous = spans[spans.length - 1];
    if (previous !== undefined && first <= previous[1] + 1)
      previous[1] = Math.max(previous[1], last);
    else spans.push([first, last]);
  }
  return spans.map(([first, last]) => {
    const named = PERIOD_PREPOSITIONS.has(tokens[first]?.word ?? '') ? 1 : 0;
    return settingOf(text, tokens.slice(first, last + 1), named, own);
  });
}

const cache = new WeakMap<SearchIndex, Map<number, SentenceSettings>>();

/** What the sentence says each of its figures (dates aside) is said of. */
export function settingsOf(index: SearchIndex, sentence: Sentence): SentenceSettings {
  let known = cache.get(index);
  if (known === undefined) {
    known = new Map();
    cache.set(index, known);
  }
  const cached = known.get(sentence.id);
  if (cached !== undefined) return cached;
  const settings = readSettings(
    index,
    sentence.text,
    sentence.figures,
    textTokens(index, sentence.text),
  );
  known.set(sentence.id, settings);
  return settings;
}

/** The same for any text, such as a claim (`tokens`, its tokens): not cached. */
export function readSettings(
  index: SearchIndex,
  text: string,
  figures: Figure[],
  tokens: Token[] = tokenize(text),
): SentenceSettings {
  const clauses = clausesOf(text, tokens);
  // The phrases the sentence opens with, before its first clause that is not one.
  const scene: Clause[] = [];
  for (const clause of clauses) {
    if (!SCENE_OPENERS.has(clause.tokens[0]?.word ?? '') || clause === clauses.at(-1)) break;
    scene.push(clause);
  }
  const scenePlaces = scene.flatMap((clause) => placesIn(index, text, clause, false));
  const scenePeriods = scene.flatMap((clause) => periodsIn(text, clause, figures, false));
  const bound: BoundFigure[] = [];
  for (const figure of figures) {
    if (figure.kind === 'date') continue;
    const clause = clauses.find((each) => figure.start >= each.start && figure.start < each.end);
    const own = clause === undefined || scene.includes(clause) ? undefined : clause;
    const places = own === undefined ? [] : placesIn(index, text, own, true);
    const periods = own === undefined ? [] : periodsIn(text, own, figures, true);
    bound.push({
      figure,
      places: places.length > 0 ? places : scenePlaces,
      periods: periods.length > 0 ? periods : scenePeriods,
    });
  }
  const places = clauses.flatMap((clause) =>
    placesIn(index, text, clause, !scene.includes(clause)),
  );
  const lastFigure = clauses.findLastIndex((clause) =>
    bound.some(({ figure }) => figure.start >= clause.start && figure.start < clause.end),
  );
  const aside = new Set<string>();
  const main = new Set<string>();
  for (const [at, clause] of clauses.entries()) {
    const isAside =
      lastFigure >= 0 && at > lastFigure && ASIDE_OPENERS.has(clause.tokens[0]?.word ?? '');
    for (const token of clause.tokens) (isAside ? aside : main).add(token.word);
  }
  return { figures: bound, places, aside, main, scenePeriods };
}

/**
 * A figure as the article gives it, with what it is said of, in the article's words: `3 970 décès
 * au Canada entre les mois de janvier et juin 2023`.
 */
export function describeFigure(text: string, bound: BoundFigure): string {
  const { figure } = bound;
  const end = figure.start + figure.text.length;
  // The thing counted when the sentence writes it right after: `3 970 décès`, `400 jobs`.
  const next = /^[\s\u00A0\u202F]+(\p{L}+)/u.exec(text.slice(end));
  const unit =
    next?.[1] !== undefined && next[1].toLowerCase() === figure.unit.toLowerCase()
      ? ` ${next[1]}`
      : '';
  const settings = [...bound.places, ...bound.periods]
    .sort((a, b) => a.start - b.start)
    .filter((setting, at, all) => at === 0 || setting.start >= (all[at - 1] as Setting).end)
    .map((setting) =>
      setting.start === 0
        ? setting.text.charAt(0).toLowerCase() + setting.text.slice(1)
        : setting.text,
    );
  return [`${figure.text}${unit}`, ...settings].join(' ');
}
