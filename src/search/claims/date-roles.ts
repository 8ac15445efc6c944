// A date that starts a state (`since 2020`) and one that ends a wait (`by 2030`) date two things.
import type { Figure } from '../../knowledge/types.ts';
import { fold } from '../normalize.ts';

/** Words before a date that make it the start of what still lasts, folded. */
const SINCE = /(?:^|\s)(?:since|depuis|des|as of)\s*$/u;
/** Words before a date that make it a deadline, what must be done by then, folded. */
const BY = /(?:^|\s)(?:by|until|till|d'ici|jusqu'en|jusqu'a|au plus tard en)\s*$/u;

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
  // A deadline bounds what is done by then: `re-elected in 2020` keeps `d'ici 2032`, a promise of
  // the same mayor's; a year after it (`will open in 2033` for `by 2032`) does not.
  if (mine === undefined && theirs === 'by')
    return claimed.value > 0 && claimed.value <= given.value;
  return mine !== undefined && theirs !== undefined && mine !== theirs;
}
