// A share is of a whole: `la moitié de leurs huîtres` is not `la moitié d'entre nous`.
import type { Figure } from '../../knowledge/types.ts';
import { STOP_WORDS, tokenize } from '../normalize.ts';
import type { SearchIndex } from '../search-index.ts';
import { languagesOf } from '../typos.ts';
import { isMeasure, isTranslated, nounFormsMeet } from './figure-nouns.ts';

/** A share's whole said by a pronoun of the first or second person: people. */
const OF_US = /^\s*(?:d['’]\s*entre|of)\s+(?:nous|vous|us|you)\b/iu;

/**
 * The words of the whole a share is of, as its text writes them (`huîtres` for `la moitié de
 * leurs huîtres`, `cm2` for `la moitié des CM2`), none when it names none.
 */
function wholeOf(text: string, figure: Figure): string[] {
  if (figure.kind !== 'ratio' || figure.unit === '×' || figure.unit === '%') return [];
  // `la moitié d'entre nous`, `half of you`: a share of the speakers or those spoken to, people.
  if (OF_US.test(text.slice(figure.start + figure.text.length))) return ['people'];
  const at = text.indexOf(figure.unit, figure.start);
  if (figure.unit.trim() === '' || at < 0) return [];
  const end = at + figure.unit.length;
  return tokenize(text)
    .filter((token) => token.end > at && token.start < end && !STOP_WORDS.has(token.word))
    .map((token) => token.word);
}

/**
 * A claim's whole with the noun that may follow its first word: `1 in 4 sheep farmers`, `a
 * quarter of the cost overrun` are shares of farmers and of the overrun, which the extractor
 * reads as `sheep` and `cost`. A grammar word after it ends the whole.
 */
function wholeWithNextNoun(text: string, figure: Figure): string[] {
  const whole = wholeOf(text, figure);
  const at = text.indexOf(figure.unit, figure.start);
  if (whole.length !== 1 || at < 0) return whole;
  const next = /^ ([\p{L}-]{3,})/u.exec(text.slice(at + figure.unit.length))?.[1];
  const [token] = tokenize(next ?? '');
  return token === undefined || STOP_WORDS.has(token.word) ? whole : [...whole, token.word];
}

/** A claimed share and an article's, with the texts that say them. */
export interface Shares {
  claim: string;
  claimed: Figure;
  article: Figure;
  articleText: string;
}

/**
 * Whether an article's share may give a claimed one: where both name their wholes and they
 * differ, the article's sentence must name the claim's whole elsewhere. `la moitié de leurs
 * huîtres` is not given by `la moitié`, said in a sentence on summers and on the farmers; `la
 * moitié des CM2` is by `un élève sur deux … à la fin du CM2`.
 */
export function shareOfClaimedWhole(index: SearchIndex, shares: Shares): boolean {
  const whole = wholeWithNextNoun(shares.claim, shares.claimed);
  const given = wholeOf(shares.articleText, shares.article);
  if (whole.length === 0 || given.length === 0) return true;
  // A share of a measure (`un litre sur trois`, `one tonne in four`) is of whatever is measured:
  // `un tiers de son eau`.
  if (given.every((word) => isMeasure(word))) return true;
  const said = tokenize(shares.articleText).map((token) => token.word);
  return whole.some((word) => said.some((other) => nounFormsMeet(index, word, other)));
}

/**
 * Whether two shares name their wholes and the wholes are one: `over a third of their thickness`
 * and `more than a third of their thickness` are, `two thirds of the bolts` is another.
 */
export function sameWhole(index: SearchIndex, shares: Shares): boolean {
  const articleWhole = wholeOf(shares.articleText, shares.article);
  return wholeOf(shares.claim, shares.claimed).some((word) =>
    articleWhole.some((other) => nounFormsMeet(index, word, other)),
  );
}

/**
 * Whether the two wholes are words of two languages that the dictionary cannot set side by side:
 * `deux chaluts sur cinq` and `two in five trawls` may be one whole, which no word list says.
 * Words of one language that differ (`huîtres`, `ostréiculteurs`) are two wholes.
 */
export function wholesUntranslated(index: SearchIndex, shares: Shares): boolean {
  const claimed = wholeOf(shares.claim, shares.claimed);
  const given = wholeOf(shares.articleText, shares.article);
  if (claimed.length === 0 || given.length === 0) return false;
  const tongues = (words: string[]) => new Set(words.flatMap((word) => languagesOf(word)));
  const [claimTongues, articleTongues] = [tongues(claimed), tongues(given)];
  return (
    claimTongues.size > 0 &&
    articleTongues.size > 0 &&
    ![...claimTongues].some((tongue) => articleTongues.has(tongue)) &&
    !claimed.some((word) => isTranslated(index, word)) &&
    !given.some((word) => isTranslated(index, word))
  );
}
