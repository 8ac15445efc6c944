import { fold } from './normalize.ts';
import { isSpelledWord } from './typos.ts';

/**
 * An acronym of two letters typed (`UV`, `TV`) written out by the passage in one word compounded
 * of two words it takes their first letters from: `ultraviolets` is `ultra` + `violets`,
 * `télévision` is `télé` + `vision`. Read for the specific terms a passage lacks
 * (written-otherwise.ts). Not by the capitals of a run of words: `Brackett Borough Council` is no
 * `BBC` a reader asks about.
 */

/** The shortest part of a compound: `uni` + `vers` is no `UV`, though both are words. */
const MIN_PART = 4;

/** Whether a word of the text is two words of at least MIN_PART letters, of the two initials. */
function byCompound(text: string, letters: string): boolean {
  const [first, second] = letters;
  return (fold(text).match(/\p{L}+/gu) ?? []).some((word) => {
    if (!word.startsWith(first ?? '')) return false;
    for (let cut = MIN_PART; cut <= word.length - MIN_PART; cut++) {
      if (word[cut] !== second) continue;
      if (isSpelledWord(word.slice(0, cut)) && isSpelledWord(word.slice(cut))) return true;
    }
    return false;
  });
}

/** Whether the text writes out the acronym typed (two capitals). */
export function spellsOut(text: string, typed: string): boolean {
  return /^\p{Lu}{2}$/u.test(typed) && byCompound(text, fold(typed));
}
