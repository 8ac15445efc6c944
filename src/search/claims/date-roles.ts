// A date that starts a state (`since 2020`) and one that ends a wait (`by 2030`) date two things.
import type { Figure } from '../../knowledge/types.ts';
import { fold } from '../normalize.ts';

/** Words before a date that make it the start of what still lasts, folded. */
const SINCE = /(?:^|\s)(?:since|depuis|des|as of)\s*$/u;
/** Words before a date that make it a deadline, what must be done by then, folded. */
const BY =
  /(?:^|\s)(?:by|until|till|d'ici(?: a)?|jusqu'en|jusqu'a|au plus tard en)(?: (?:the )?(?:end of|fin de|fin))?\s*$/u;
/** A deadline at a year's end, in its text or the words before it, folded: `fin de 2026`. */
const YEAR_END = /(?:^|\s)(?:end of|fin de|fin d'|fin)\s*(?:\d{4})?$/u;

type Role = 'since' | 'by' | undefined;

function roleOf(text: string, figure: Figure): Role {
  const before = fold(text.slice(Math.max(0, figure.start - 24), figure.start))
    .replace(/’/gu, "'")
    .replace(/\s+(?:the|le|la|l')\s*$/u, ' ');
  if (SINCE.test(before)) return 'since';
  if (BY.test(before)) return 'by';
  return undefined;
}

/**
 * Whether a claimed date and an article's are of two kinds that cannot say one thing: `Moira
 * Quinn préside l'autorité depuis 2020` is not contradicted by `the stock must recover by 2030`,
 * a deadline in a sentence on her, nor is a year before a deadline by it.
 */
export function datesOfTwoKinds(
  claim: string,
  claimed: Figure,
  sentence: string,
  given: Figure,
): boolean {
  const [mine, theirs] = [roleOf(claim, claimed), roleOf(sentence, given)];
  // `by 2027` is `d'ici à la fin de 2026`: a deadline at a year's end is the next year's by.
  if (mine === 'by' && theirs === 'by') {
    const endsYear = (text: string, figure: Figure) =>
      YEAR_END.test(
        fold(text.slice(Math.max(0, figure.start - 12), figure.start + figure.text.length)).replace(
          /’/gu,
          "'",
        ),
      );
    if (claimed.value === given.value + 1 && endsYear(sentence, given)) return true;
    if (given.value === claimed.value + 1 && endsYear(claim, claimed)) return true;
  }
  // A deadline bounds what is done by then: `re-elected in 2020` keeps `d'ici 2032`, a promise of
  // the same mayor's; a year after it (`will open in 2033` for `by 2032`) does not.
  if (mine === undefined && theirs === 'by')
    return claimed.value > 0 && claimed.value <= given.value;
  return mine !== undefined && theirs !== undefined && mine !== theirs;
}
