// A year written before its noun (`the 2025 chestnut fair`, `la 2024 saison` in chat) says which
// one of a series the claim speaks of, not when something happened: another year the article
// gives (`la Fête de la châtaigne, prévue le 25 octobre 2026`) is of another one, and silent.
import type { Figure } from '../../knowledge/types.ts';
import type { Conflict } from './claim-types.ts';

/** A determiner, the year, then a word: the year names the thing after it. */
const EDITION = /(?:^|[\s(])(?:the|this|that|le|la|les|l['’])\s*$/iu;

/** Whether the conflict is on a claimed year that names which one of a series the claim means. */
export function yearNamesOne(claim: string, claimed: Figure[], conflict: Conflict): boolean {
  const date = claimed.find((figure) => figure.kind === 'date' && figure.text === conflict.claimed);
  if (date === undefined || date.unit !== 'year' || !/^\d{4}$/u.test(date.text)) return false;
  const before = claim.slice(0, date.start);
  const after = claim.slice(date.start + date.text.length);
  return EDITION.test(before) && /^\s+\p{L}/u.test(after);
}
