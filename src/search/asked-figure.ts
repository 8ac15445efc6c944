import type { FigureKind } from '../knowledge/types.ts';
import { tokenize } from './normalize.ts';
import { ASKED_FIGURE_MIN_BONUS, WANTED_FIGURES } from './settings.ts';

/**
 * What kind of figure a question asks for, if any: `combien coûte` money, `how long` a duration,
 * `combien d’heures` hours, `quel âge` years. A sentence without one cannot answer it.
 */

/** How the question asks for a figure, and which kinds of figure may answer it. */
export interface AskedFigure {
  /** As typed: `how many`, `combien`, `pourcentage`. */
  typed: string;
  kinds: FigureKind[];
  /**
   * Only those kinds answer (`combien coûte`, `quel pourcentage`, `how long`), where `combien`
   * alone may be answered by any figure: `combien d’heures` by `12 heures`.
   */
  specific: boolean;
  /**
   * The unit of time asked for (`combien d’heures`, `how many days`): `hour`, `day`, `year`…
   * Always set, undefined when none, so that every answer has one object shape for V8.
   */
  unit: string | undefined;
}

/** How a question asks a person's age. */
const AGE = /^(quel age|how old|age|aged)$/u;

/** Units of time in both languages, by the unit they are: a question in hours wants hours. */
export const TIME_UNITS = new Map<string, string>([
  ...['heure', 'heures', 'hour', 'hours', 'h'].map((word) => [word, 'hour'] as const),
  ...['minute', 'minutes', 'min'].map((word) => [word, 'minute'] as const),
  ...['jour', 'jours', 'day', 'days', 'journees'].map((word) => [word, 'day'] as const),
  ...['semaine', 'semaines', 'week', 'weeks'].map((word) => [word, 'week'] as const),
  ...['mois', 'month', 'months'].map((word) => [word, 'month'] as const),
  ...['an', 'ans', 'annee', 'annees', 'year', 'years'].map((word) => [word, 'year'] as const),
]);

/** A share is a percentage or a ratio: `84 %`, `un tiers`. */
const withRatios = (kinds: FigureKind[]): FigureKind[] =>
  kinds.includes('percent') ? [...kinds, 'ratio'] : kinds;

/**
 * How the question asks for a figure (`how many`, `combien`, `pourcentage`), as typed, and the
 * kinds that answer it: those every asking phrase of the question agrees on (`how much … cost` is
 * money), else the longest phrase's (`combien de temps` is a duration, not a count).
 */
export function askedFigure(question: string): AskedFigure | undefined {
  const tokens = tokenize(question);
  const folded = tokens.map((token) => token.word).join(' ');
  const asking: { typed: string; kinds: FigureKind[]; length: number }[] = [];
  for (const [pattern, kinds, bonus] of WANTED_FIGURES) {
    if (bonus < ASKED_FIGURE_MIN_BONUS) continue;
    const match = pattern.exec(folded);
    if (match === null) continue;
    // Back from the folded words to the question's own: count the spaces before and within.
    const first = folded.slice(0, match.index).split(' ').length - 1;
    const last = first + match[0].split(' ').length - 1;
    const from = tokens[first];
    const to = tokens[last];
    if (from === undefined || to === undefined) continue;
    asking.push({ typed: question.slice(from.start, to.end), kinds, length: match[0].length });
    // `combien d’heures`, `how many days`: a duration in that unit.
    let next = last + 1;
    if (['de', 'd', 'of'].includes(tokens[next]?.word ?? '')) next++;
    const unit = TIME_UNITS.get(tokens[next]?.word ?? '');
    const through = tokens[next];
    if (unit !== undefined && through !== undefined && /^(combien|how many)$/u.test(match[0])) {
      const typed = question.slice(from.start, through.end);
      return { typed, kinds: ['duration'], specific: true, unit };
    }
    // An age is given in years: `quatre ans` may be one, `12 heures` is not.
    if (AGE.test(match[0])) {
      return { typed: question.slice(from.start, to.end), kinds, specific: true, unit: 'year' };
    }
  }
  if (asking.length === 0) return undefined;
  const [first] = asking as [(typeof asking)[number]];
  const longest = asking.reduce((best, each) => (each.length > best.length ? each : best), first);
  const shared = first.kinds.filter((kind) => asking.every((each) => each.kinds.includes(kind)));
  const kinds = shared.length > 0 ? shared : longest.kinds;
  return {
    typed: first.typed,
    kinds: withRatios(kinds),
    specific: !kinds.includes('count'),
    unit: undefined,
  };
}
