import { NUMBER_WORDS } from '../../knowledge/figure-number-words.ts';
import type { Figure } from '../../knowledge/types.ts';
import { tokenize } from '../normalize.ts';
import type { SearchIndex } from '../search-index.ts';

/**
 * Numbers that are parts of names: the articles write `Fab 7`, `Gallery 7`, `Route 66`, `la Cave
 * des Trois Collines`, and do not read them as figures; chat writes them in lower case (`fab 7`,
 * `gallery 7`, `trois collines`), where nothing tells a name from a count. A number the articles
 * write as a name, with the same word beside it, is a name in the claim too, never a figure to
 * compare with the article's counts.
 */

const isNumber = (word: string): boolean =>
  /^\d+$/u.test(word) || Object.hasOwn(NUMBER_WORDS, word);

const byIndex = new WeakMap<SearchIndex, Set<string>>();

/** The articles' names with a number, as folded word pairs: `fab 7`, `trois collines`. */
function namedNumbers(index: SearchIndex): Set<string> {
  let pairs = byIndex.get(index);
  if (pairs !== undefined) return pairs;
  pairs = new Set();
  for (const sentence of index.corpus.sentences) {
    const tokens = tokenize(sentence.text);
    for (const [position, token] of tokens.entries()) {
      if (!isNumber(token.word)) continue;
      const inFigure = sentence.figures.some(
        (figure) => token.start >= figure.start && token.start < figure.start + figure.text.length,
      );
      if (inFigure) continue;
      const before = tokens[position - 1];
      const after = tokens[position + 1];
      if (before !== undefined && !isNumber(before.word)) pairs.add(`${before.word} ${token.word}`);
      if (after !== undefined && !isNumber(after.word)) pairs.add(`${token.word} ${after.word}`);
    }
  }
  byIndex.set(index, pairs);
  return pairs;
}

/** The claim's figures that are numbers of names the articles write (`fab 7` in `Fab 7`). */
export function namesAmongFigures(index: SearchIndex, claim: string, figures: Figure[]): Figure[] {
  const pairs = namedNumbers(index);
  if (pairs.size === 0) return [];
  const tokens = tokenize(claim);
  return figures.filter((figure) => {
    // A name's number may read as a year too (`ourse 1800` for the resort `Ourse 1800`).
    if (figure.kind !== 'count' && figure.kind !== 'date') return false;
    const at = tokens.findIndex((token) => token.start === figure.start);
    const token = tokens[at];
    // Only a bare number: `184 adherents` counts even where `184` also names something.
    if (token === undefined || token.end - token.start !== figure.text.length) {
      const next = tokens[at + 1];
      if (token === undefined || next === undefined) return false;
      return pairs.has(`${token.word} ${next.word}`) && /^\p{L}/u.test(figure.text);
    }
    const before = tokens[at - 1];
    return before !== undefined && pairs.has(`${before.word} ${token.word}`);
  });
}
