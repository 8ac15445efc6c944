import type { Sentence } from '../knowledge/types.ts';
import { tokenize } from './normalize.ts';
import type { Gaps } from './passage-gaps.ts';

/**
 * A time asked by what happened in it (`during the strike`, `pendant la fermeture`, `lors des
 * travaux`, `while the rink was shut`) is not what a passage says of ordinary times: `the X52
 * normally carries 6,500 people a day` says nothing of the strike, and reads as its answer. A
 * passage saying its figure is the usual one (`normally`, `usually`, `d’habitude`, `en temps
 * normal`) lacks the time asked, as typed, unless the question asks the usual value itself
 * (asked-scope.ts reads `on a normal day`).
 */

/** `during`, `pendant`, `lors de`… and the words naming the time, up to four, on folded words. */
const DURING_ASKED =
  /\b(?:during|throughout|while|amid|pendant|durant|lors (?:de|du|des|d))(?: (?!(?:and|et|or|ou)\b)\p{L}+){1,4}/u;

/** The usual value asked: then the usual value answers. */
const ORDINARY_ASKED =
  /\b(?:normal|normally|usual|usually|typical|typically|ordinary|ordinarily|normalement|habituellement|habitude|habituel|habituelle|ordinaire|en temps normal|en general|generalement)\b/u;

/** The usual value said: `normally`, `usually`, `d’habitude`, `en temps normal`. */
const ORDINARY_SAID =
  /\b(?:normally|usually|typically|ordinarily|normalement|habituellement|d habitude|en temps normal|a normal|on a normal|in normal times)\b/u;

/** The time asked by what happened in it, as typed (`during the strike`), or undefined. */
export function askedDuring(question: string): string | undefined {
  const tokens = tokenize(question);
  const folded = tokens.map((token) => token.word).join(' ');
  if (ORDINARY_ASKED.test(folded)) return undefined;
  const match = DURING_ASKED.exec(folded);
  if (match === null) return undefined;
  const first = folded.slice(0, match.index).split(' ').length - 1;
  const last = first + match[0].split(' ').length - 1;
  const from = tokens[first];
  const to = tokens[last];
  return from === undefined || to === undefined ? undefined : question.slice(from.start, to.end);
}

/** The gaps with the time asked added when the sentence says its figure is the usual one. */
export function withDuringGap(gaps: Gaps, sentence: Sentence, during: string | undefined): Gaps {
  if (during === undefined || gaps.missing.includes(during)) return gaps;
  const folded = tokenize(sentence.text)
    .map((token) => token.word)
    .join(' ');
  if (!ORDINARY_SAID.test(folded)) return gaps;
  // A sentence naming the time asked sets it against the usual figure: `during the strike only 12
  // of the usual 40 ran` answers it.
  const asked = tokenize(during).map((token) => token.word);
  const said = new Set(folded.split(' '));
  if (asked.at(-1) !== undefined && said.has(asked.at(-1) as string)) return gaps;
  return { ...gaps, missing: [...gaps.missing, during] };
}
