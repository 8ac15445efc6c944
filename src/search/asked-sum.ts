import type { Sentence } from '../knowledge/types.ts';
import { type AskedFigure, askedByKindWord } from './asked-figure.ts';
import { tokenize } from './normalize.ts';
import type { Gaps } from './passage-gaps.ts';
import { MONEY_VERB_ASKED } from './settings.ts';
import { matchedSpan } from './token-span.ts';

/**
 * A sum asked by the verb that moves it (`How much does the network charge?`, `Combien les
 * machines ont-elles été achetées ?`) or by the word naming it (`quelle somme`, `what fee`): only a
 * sum of money answers. `how much`/`combien` alone rank any figure, so a passage giving `4
 * mégawatts` or `30 %` may come first; it says nothing of the sum, and is shown with the word
 * asking it flagged. Checked on the answers as ranked, it reorders nothing.
 */

/**
 * Words after `how much` that leave the verb asking a sum: an auxiliary, the subject (a pronoun,
 * an article, a capitalised name), a word of money or of degree (`how much more did`). Any other
 * word is a noun whose quantity is asked (`how much land did the council buy`).
 */
const SUM_AFTER: ReadonlySet<string> = new Set(
  (
    'do does did will would shall should can could may might must has have had is are was were ' +
    'be been being it they he she we you i u ur the a an its their his her our your my this ' +
    'that these those money cash funding funds capital more less extra in altogether total ' +
    'exactly roughly about approximately overall'
  ).split(' '),
);

/**
 * `Combien X a-t-elle payé`, `combien gagne la présidente`, `how much did she earn`: the verbs of
 * paying and earning ask a sum as the verbs of MONEY_VERB_ASKED do. Kept out of that ranking
 * bonus, which `combien paient` and `how much do … earn` already get from WANTED_FIGURES. `la
 * paie` after an article is the noun, a pay asked of as a share (`de combien la paie va baisser`).
 * A verb followed by `de` and a noun asks a count of those things (`combien a-t-elle gagné de
 * courses`), not a sum.
 */
const PAY_VERB_ASKED =
  /\b(?:combien (?!de |d )(?:\S+ ){0,8}(?:paye|payee|payes|payees|payer|(?<!\b(?:la|sa|leur|une|ma|ta|notre|votre) )paie|paient|paiera|paieront|gagne|gagnee|gagnent|gagner|gagnera|gagneront|percoit|percoivent|percu|percue|remunere|remuneree|remuneres)(?! (?:de|d) \p{L})|how much (?!of\b)(?:\S+ ){0,8}(?:pay|pays|paid|paying|earn|earns|earned|earning))\b/u;

/** The word asking the sum, as typed, or undefined when the question asks no sum this way. */
export function askedSum(question: string, asked: AskedFigure | undefined): string | undefined {
  // `combien de machines`, `how long`, `quel pourcentage`: a count, a measure or a share asked.
  if (asked !== undefined && (asked.counted !== undefined || asked.unit !== undefined))
    return undefined;
  if (asked !== undefined && !asked.kinds.includes('money')) return undefined;
  const tokens = tokenize(question);
  const folded = tokens.map((token) => token.word).join(' ');
  const span = matchedSpan(MONEY_VERB_ASKED[0], folded) ?? matchedSpan(PAY_VERB_ASKED, folded);
  const verb = tokens[span?.last ?? -1];
  if (verb !== undefined) {
    // `how much land did the council buy`: a noun after `how much` is the quantity asked of it.
    const after = tokens[(span?.first ?? 0) + 2];
    const typed = after === undefined ? '' : question.slice(after.start, after.end);
    const english = tokens[span?.first ?? -1]?.word === 'how';
    if (english && after !== undefined && !/^\p{Lu}/u.test(typed) && !SUM_AFTER.has(after.word))
      return undefined;
    return question.slice(verb.start, verb.end);
  }
  const byWord = askedByKindWord(question);
  if (byWord === undefined || byWord.kinds.some((kind) => kind !== 'money')) return undefined;
  return byWord.typed;
}

/** The gaps with the word asking the sum added when the sentence gives no sum of money. */
export function withSumGap(gaps: Gaps, sentence: Sentence, sum: string | undefined): Gaps {
  if (sum === undefined || gaps.missing.includes(sum)) return gaps;
  if (sentence.figures.some(({ kind }) => kind === 'money')) return gaps;
  // The sum already shown lacking (`How much`, `money`): its verb would say it twice.
  if (gaps.missing.some(asksSumItself)) return gaps;
  return { ...gaps, missing: [...gaps.missing, sum] };
}

/** Whether a lacking term is itself the sum asked: `How much`, `combien`, `money`, `argent`. */
const asksSumItself = (typed: string): boolean =>
  /^(?:how much|combien|money|argent|somme|sum|cash)$/iu.test(typed.trim());
