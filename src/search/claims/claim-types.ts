import type { Figure } from '../../knowledge/types.ts';
import type { Passage } from '../answer.ts';

/**
 * What the articles say of a claim:
 * - `supported`: a passage holds every specific term of the claim, figures at the same value;
 * - `contradicted`: a passage speaks of the same thing with another figure, place or period;
 * - `not-found`: the articles are silent, which never makes a claim false.
 */
export type Verdict = 'supported' | 'contradicted' | 'not-found';

/** A term of the claim the article gives otherwise, and where. */
export interface Conflict {
  /** As the claim writes it: `70,000`, `Canada`. */
  claimed: string;
  /** As the article writes it: `3 970`, `États-Unis`. */
  article: string;
  sentenceId: number;
}

export interface ClaimCheck {
  /** The claim as the message wrote it, cleaned of mentions, links and markdown. */
  text: string;
  verdict: Verdict;
  /** The claim's own figures. */
  figures: Figure[];
  /** The passages the verdict rests on, the deciding one first. */
  results: Passage[];
  conflicts: Conflict[];
  /**
   * For a contradiction, where the article does give the claimed value, if it does: `70 000` is
   * for the United States in 2022, not for Canada.
   */
  claimedElsewhere: Passage[];
}

/** A whole message checked: each claim's verdict, and one for the message. */
export interface CheckReport {
  /** The claim's when there is one; else `contradicted` if any is, `supported` if all are. */
  verdict: Verdict;
  claims: ClaimCheck[];
  /** Claims found in the message; only the first few are checked. */
  found: number;
  took_ms: number;
}
