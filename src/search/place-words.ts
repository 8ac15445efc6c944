/**
 * Which words of the articles name places, and the place names a text gives: read from where the
 * articles write a word (after `au`, `in`, `à`), never from a list of places but the countries.
 */
import { isCountryWord } from './countries.ts';
import {
  ARTICLES,
  afterVenue,
  isNameToken,
  PLACE_LINKS,
  PLACE_PREPOSITIONS,
  settingsOf,
} from './figure-context.ts';
import type { Token } from './normalize.ts';
import type { SearchIndex } from './search-index.ts';
import { textTokens } from './text-tokens.ts';

const placeWords = new WeakMap<SearchIndex, Map<number, boolean>>();
/** Sentences looked at to tell whether a word names a place. */
const PLACE_EVIDENCE = 40;

/**
 * Whether the articles name a place with this word: a country's name, or a word they write after
 * `au`, `in`, `à` at least once (`aux États-Unis`), which they never do of `Jennifer May`.
 */
export function isPlaceWord(index: SearchIndex, word: string): boolean {
  const id = index.wordIds.get(word);
  if (id === undefined) return false;
  if (isCountryWord(word)) return true;
  // A place setting holds its preposition, articles, links and name words (`placesIn`), and a
  // name word is one the articles always capitalise: any other word is no place, without reading
  // the sentences' settings.
  const grammar = isSettingGrammar(word);
  if (index.names[id] !== 1 && !grammar) return false;
  // Nor is a name the articles never write after a place preposition (`mayBePlace`).
  if (!grammar && index.mayBePlace[id] !== 1) return false;
  let known = placeWords.get(index);
  if (known === undefined) {
    known = new Map();
    placeWords.set(index, known);
  }
  const cached = known.get(id);
  if (cached !== undefined) return cached;
  const sentences = index.postings[id] ?? new Uint32Array();
  let place = false;
  for (const sentenceId of sentences.subarray(0, PLACE_EVIDENCE)) {
    const sentence = index.corpus.sentences[sentenceId];
    if (sentence === undefined) continue;
    if (!grammar && !mayFollowPreposition(index, sentence.text, word)) continue;
    if (settingsOf(index, sentence).places.some((setting) => setting.words.has(word))) {
      place = true;
      break;
    }
  }
  known.set(id, place);
  return place;
}

/**
 * Whether a place setting may go on after `token` (see `placesIn`): it is a place preposition, or
 * an article, a link or a capitalized word after one (`open`: `aux États-Unis`, `in the Bay of
 * Fundy`). A name that follows no such run is no place there.
 */
export function placeRunGoesOn(text: string, token: Token, open: boolean): boolean {
  if (PLACE_PREPOSITIONS.has(token.word)) return true;
  if (!open) return false;
  const letter = text[token.start] ?? '';
  return ARTICLES.has(token.word) || PLACE_LINKS.has(token.word) || letter !== letter.toLowerCase();
}

/**
 * Whether `word` comes in `text` after a place preposition (`placeRunGoesOn`): reading the text's
 * tokens alone, it spares reading the settings of the sentences that only name a person.
 */
function mayFollowPreposition(index: SearchIndex, text: string, word: string): boolean {
  let open = false;
  for (const token of textTokens(index, text)) {
    if (open && token.word === word) return true;
    open = placeRunGoesOn(text, token, open);
  }
  return false;
}

const isSettingGrammar = (word: string): boolean =>
  PLACE_PREPOSITIONS.has(word) || ARTICLES.has(word) || PLACE_LINKS.has(word);

/** What joins the words of one name: `Sable Flats`, `États-Unis`. */
const NAME_JOINT = /^[\s\u00A0\u202F'’-]$/u;

/**
 * The names of places a text gives anywhere (`les États-Unis ont mis en place…`), as written, in
 * order: names the articles write after `au`, `in`, `à` somewhere.
 */
export function placeNamesIn(index: SearchIndex, text: string): string[] {
  const names: { text: string; place: boolean }[] = [];
  let run: { start: number; end: number; place: boolean } | undefined;
  const close = () => {
    if (run?.place) names.push({ text: text.slice(run.start, run.end), place: true });
    run = undefined;
  };
  const tokens = textTokens(index, text);
  for (const [at, token] of tokens.entries()) {
    const place = isPlaceWord(index, token.word) || afterVenue(text, tokens, at);
    if (at === 0 || !isNameToken(index, text, token)) close();
    else if (run !== undefined && NAME_JOINT.test(text.slice(run.end, token.start))) {
      run.end = token.end;
      run.place ||= place;
    } else {
      close();
      run = { start: token.start, end: token.end, place };
    }
  }
  close();
  return names.map((name) => name.text);
}

/**
 * The place a text opens with (`Tresswick did better…`), which `placeNamesIn` leaves out as a
 * capital any sentence starts with: only a word the articles always capitalise and write after
 * `in`, `à` (`isPlaceWord`), so a common word opening the sentence is none.
 */
export function openingPlaceName(index: SearchIndex, text: string): string | undefined {
  const [first] = textTokens(index, text);
  if (first === undefined || !isPlaceWord(index, first.word)) return undefined;
  return isNameToken(index, text, first) ? text.slice(first.start, first.end) : undefined;
}
