import { isRank } from '../knowledge/figure-ordinals.ts';
import type { Figure, FigureKind } from '../knowledge/types.ts';
import { type AskedFigure, isInAskedUnit } from './asked-figure.ts';
import { isAnyPeople, personCountHolding } from './people-counted.ts';
import type { QueryGroup } from './query.ts';
import { isKnown } from './refusal.ts';
import type { SearchIndex } from './search-index.ts';
import { FIGURE_WORDS } from './settings.ts';
import { givesTyped, typedFigures } from './typed-figure.ts';

/**
 * The question's words that ask for a kind of figure in words the articles never use: `quelle
 * superficie` asked of `une serre de 4 200 m²`, `how old` of `Hélène M., 54 ans`, `what do they
 * earn` of `1 850 euros bruts`. Such a word is no sign of another subject, as the other words the
 * articles never use are: the figure answers it. A sentence giving a figure of that kind, in the
 * unit asked where one is, holds it.
 */

/** Whether a figure, in its sentence's text, answers the word. */
type Gives = (figure: Figure, text: string) => boolean;

/** A question word held by the sentences giving a kind of figure, and what it weighs. */
export interface HeldByFigure {
  weight: number;
  gives: Gives;
}

/** The asking words the articles do not know, and what figures hold each. */
export interface FigureAsking {
  /** Groups to leave out of the words the articles never use (`unknownWeight`). */
  groups: Set<QueryGroup>;
  gives: Gives[];
}

export const NO_FIGURE_ASKING: FigureAsking = { groups: new Set(), gives: [] };

/** Whether some sentence of the articles answers a word, by the word's kinds and unit. */
const givenByKey = new WeakMap<SearchIndex, Map<string, boolean>>();

function isGiven(index: SearchIndex, key: string, gives: Gives): boolean {
  let given = givenByKey.get(index);
  if (given === undefined) {
    given = new Map();
    givenByKey.set(index, given);
  }
  let found = given.get(key);
  if (found === undefined) {
    found = index.corpus.sentences.some((sentence) =>
      sentence.figures.some((figure) => gives(figure, sentence.text)),
    );
    given.set(key, found);
  }
  return found;
}

/** A figure of one of the kinds a word names, not a rank (`the first time`). */
const ofKinds =
  (kinds: readonly FigureKind[]) =>
  (figure: Figure): boolean =>
    kinds.includes(figure.kind) && !isRank(figure);

/**
 * The question's groups the articles never use that ask for the figure the question asks
 * (`askedFigure(text).asking`: `superficie`, `age`, `earn`), name a kind of figure
 * (FIGURE_WORDS: `somme`, `salaire`) or are the people counted (`how many people`, held by
 * `1 830 donateurs`: people-counted.ts), or write a figure the reader typed (`8000 livres`,
 * held by `£8,000`: typed-figure.ts); a known word keeps its own weight and matches.
 */
export function figureAsking(
  index: SearchIndex,
  groups: QueryGroup[],
  asked: AskedFigure | undefined,
  text = '',
): FigureAsking {
  let found: FigureAsking | undefined;
  const typed = /\d/u.test(text) ? typedFigures(text, groups) : [];
  for (const group of groups) {
    if (isKnown(group)) continue;
    let key: string;
    let gives: Gives;
    const writing = typed.find(({ groups: written }) => written.includes(group));
    if (writing !== undefined) {
      const { figure: typedFigure } = writing;
      key = `typed/${typedFigure.kind}/${typedFigure.value}/${typedFigure.unit}`;
      gives = (figure) => givesTyped(index, typedFigure, figure);
    } else if (asked?.asking.includes(group.key)) {
      const answered = asked;
      key = `${asked.kinds.join(',')}/${asked.unit ?? ''}/${asked.about.join(' ')}`;
      gives = (figure, text) => isInAskedUnit(figure, answered, text);
    } else if (asked?.counted === group.key && isAnyPeople(group.key)) {
      // `how many people`, `cb de gens`: a count of a kind of person (`1 830 donateurs`).
      ({ key, gives } = personCountHolding(index, groups, group));
    } else {
      const kinds = FIGURE_WORDS.get(group.key);
      if (kinds === undefined) continue;
      key = kinds.join(',');
      gives = ofKinds(kinds);
    }
    if (!isGiven(index, key, gives)) continue;
    found ??= { groups: new Set(), gives: [] };
    found.groups.add(group);
    found.gives.push(gives);
  }
  return found ?? NO_FIGURE_ASKING;
}

/**
 * What the asking words weigh: together, what they weighed as words the articles never use
 * (`weight`, their share of `unknownWeight`), in equal parts. A sentence giving no such figure
 * covers the question as it did; one giving it holds what the reader's word would have held.
 */
export function heldByFigure(asking: FigureAsking, weight: number): HeldByFigure[] {
  const each = weight / Math.max(1, asking.gives.length);
  return asking.gives.map((gives) => ({ weight: each, gives }));
}
