// Where a change starts and where it ends: `from €4.65 to €4.10` is not `de 4,10 € à 4,65 €`.

import { extractFigures } from '../../knowledge/figures.ts';
import type { Figure, Sentence } from '../../knowledge/types.ts';
import { fold } from '../normalize.ts';
import type { Conflict } from './claim-types.ts';
import { comparedChanges } from './compared-change.ts';

/** Words that open a change's first value: `from`, `de`, `du`, `d'`, folded. */
const FROM = /(?:^|[\s(])(?:from|de|du|d')\s*$/u;
/** What joins its two values: `to`, `à`, an arrow. */
const TO = /^\s*(?:to|a|->|→)\s*$/u;

/** What may open a date that dates a change's first value: ` en `, ` in `, `(`, folded. */
const DATE_OPENING = /^\s*(?:en|in|\()?\s*$/u;

interface Change {
  from: Figure;
  to: Figure;
  text: string;
}

/**
 * A verb that makes `from A to B` a change rather than a span, a few words before it, a comma
 * allowed: `grows from 120 to 180 spaces`, `a ramené sa cotisation de 90 € à 60 €`, `more than
 * tripled, from about 150 to 520`; not `children from 3 to 11`. Folded.
 */
const CHANGE_VERB =
  /\b(?:pass(?:e|ent|er|era|eront|ait|ee?s?)|ramen(?:e|ent|er|era|ee?s?)|port(?:e|ent|era|ee?s?)|augment\w*|baiss\w*|redui\w*|diminu\w*|grimp\w*|mont(?:e|ent|er|era|ee?s?)|chut\w*|recul\w*|tomb\w*|rose|rise[ns]?|rising|rais(?:e|ed|es|ing)|increas\w*|decreas\w*|gr[eo]w[ns]?|fell|fall(?:s|en|ing)?|dropp?(?:ed|s|ing)?|cut|cuts|reduc\w*|climb\w*|went|go(?:es|ne|ing)?|jump\w*|moved?|chang\w*|doubl\w*|tripl\w*|quadrupl\w*)\b(?:,?\s+[\w'-]+){0,6},?\s*$/u;

/** Whether a change verb leads to the offset: `The car park grows ` before `from 120 to 180`. */
const changedAt = (folded: string, start: number) =>
  CHANGE_VERB.test(folded.slice(Math.max(0, start - 60), start));

/**
 * A span figure's two values: `from 120 to 180 spaces` → `from 120` and `180 spaces`; its first
 * may be hedged instead (`tripled, from about 150 to 520`, read as `about 150 to 520`).
 */
const SPAN = /^((?:from|de|d'|about|around|roughly|environ)\s*.+?)(\s+(?:to|a)\s+)(.+)$/u;

/**
 * The last value of a change the extractor read as one span figure (`grows from 120 to 180
 * spaces` is valued 120): a figure of its own, at its place in the text. Undefined for a span
 * that is no change (`de 3 à 11 ans`).
 */
export function changeEnd(text: string, figure: Figure): Figure | undefined {
  const folded = fold(text).replace(/’/gu, "'");
  if (folded.length !== text.length || !changedAt(folded, figure.start)) return undefined;
  const span = fold(figure.text).replace(/’/gu, "'").match(SPAN);
  if (span === null) return undefined;
  const offset = (span[1] as string).length + (span[2] as string).length;
  const endText = figure.text.slice(offset);
  const [end] = extractFigures(endText);
  if (end === undefined || end.start !== 0) return undefined;
  return { ...figure, text: endText, value: end.value, start: figure.start + offset };
}

/** The changes a text gives, `from A to B`, each its two figures in the order written. */
export function changesOf(text: string, figures: Figure[]): Change[] {
  const folded = fold(text).replace(/’/gu, "'");
  if (folded.length !== text.length) return [];
  const sorted = [...figures].sort((a, b) => a.start - b.start);
  const spans = sorted.flatMap((from) => {
    const to = changeEnd(text, from);
    return to === undefined ? [] : [{ from, to, text: from.text }];
  });
  return spans.concat(
    sorted.flatMap((from, at) => {
      // `de 22 minutes en 2024 à 31 minutes`: the first value's date is no end of the change.
      const to = sorted.slice(at + 1).find((next) => next.kind !== 'date' || from.kind === 'date');
      if (to === undefined) return [];
      let between = folded.slice(from.start + from.text.length, to.start);
      for (const date of sorted.filter((date) => date.kind === 'date' && from.kind !== 'date')) {
        if (date.start < from.start + from.text.length || date.start >= to.start) continue;
        const dateAt = date.start - (from.start + from.text.length);
        const dateBefore = folded.slice(from.start + from.text.length, date.start);
        if (!DATE_OPENING.test(dateBefore)) return [];
        between =
          between.slice(0, dateAt - dateBefore.length) + between.slice(dateAt + date.text.length);
      }
      const opening = folded.slice(Math.max(0, from.start - 8), from.start).match(FROM);
      if (!TO.test(between) || opening === null) return [];
      const start = from.start - opening[0].trimStart().length;
      return [{ from, to, text: text.slice(start, to.start + to.text.length) }];
    }),
  );
}

const near = (a: number, b: number) =>
  Math.abs(a - b) <= Math.max(Math.abs(a), Math.abs(b)) * 0.005;

/**
 * The conflict of a sentence that gives the claim's change the other way round: the claim's first
 * value is the sentence's last and its last the sentence's first (`will fall from €4.65 to €4.10`
 * against `passera de 4,10 € à 4,65 €`). Undefined when either gives no change, or the same one.
 */
export function changeReversed(
  claim: string,
  claimed: Figure[],
  sentence: Sentence,
): Conflict | undefined {
  const given = [
    ...changesOf(sentence.text, sentence.figures),
    ...comparedChanges(sentence.text, sentence.figures),
  ];
  for (const change of changesOf(claim, claimed)) {
    if (near(change.from.value, change.to.value)) continue;
    const back = given.find(
      (other) => near(other.from.value, change.to.value) && near(other.to.value, change.from.value),
    );
    if (back !== undefined)
      return { claimed: change.text, article: back.text, sentenceId: sentence.id };
  }
  return undefined;
}

/** Words that give the value a new one replaces: `5 h 45 au lieu de 6 h 30`, folded. */
const REPLACED = /(?:au lieu d[e']|a la place d[e']|instead of|rather than|in place of)\s*$/u;
/**
 * Words by which a claim itself gives a value as the one replaced or gone by: then the article's
 * replaced value is the claim's.
 */
const FORMER =
  /\b(?:au lieu d[e']|a la place d[e']|instead of|rather than|in place of|used to|previously|formerly|until now|auparavant|jusqu'ici|jusqu'a present|avant|before|ancien(?:ne)?s?|old)\b/u;
/** Words right before a claimed value that give it as the first of two: `from 6h30`, `contre`. */
const FIRST_OF_TWO = /(?:^|[\s(])(?:from|de|du|d'|contre|against|vs\.?)\s*$/u;

/**
 * The figure that replaces the claimed value where the sentence gives that value as the one
 * replaced: `commencera à 5 h 45 au lieu de 6 h 30` says production no longer starts at 6 h 30.
 * Undefined when the sentence gives it otherwise, or the claim too gives it as the former value
 * (`instead of 6h30`, `used to start at 6h30`) or gives the new one too.
 */
export function replacedBy(
  claim: string,
  claimed: Figure[],
  figure: Figure,
  given: Figure,
  sentence: Sentence,
): Figure | undefined {
  const folded = fold(sentence.text).replace(/’/gu, "'");
  if (folded.length !== sentence.text.length) return undefined;
  const replacing = REPLACED.test(folded.slice(Math.max(0, given.start - 20), given.start))
    ? sentence.figures
        .filter((figure) => figure.start + figure.text.length <= given.start)
        .filter((figure) => figure.kind === given.kind)
        .at(-1)
    : changedTo(sentence, claimed, given);
  if (replacing === undefined) return undefined;
  const typed = fold(claim).replace(/’/gu, "'");
  if (FORMER.test(typed)) return undefined;
  // The claim's own `from 34 to 51`, one span figure, gives the value as the first of two too.
  if (
    FIRST_OF_TWO.test(typed.slice(Math.max(0, figure.start - 10), figure.start)) ||
    SPAN.test(fold(figure.text))
  )
    return undefined;
  if (claimed.some((figure) => near(figure.value, replacing.value))) return undefined;
  return replacing;
}

/**
 * The value a change ends at, where the given figure is its first and the claim dates nothing:
 * `le ticket passe de 1,50 € à 1,80 €` says the ticket no longer costs 1,50 €. A dated claim may
 * speak of the first value's time (`1,50 € en 2024`).
 */
function changedTo(sentence: Sentence, claimed: Figure[], given: Figure): Figure | undefined {
  if (claimed.some((figure) => figure.kind === 'date')) return undefined;
  const change = changesOf(sentence.text, sentence.figures).find(
    (each) => each.from.start === given.start,
  );
  if (change === undefined) return undefined;
  const folded = fold(sentence.text).replace(/’/gu, "'");
  const start = sentence.text.lastIndexOf(change.text, given.start);
  return changedAt(folded, Math.max(0, start)) ? change.to : undefined;
}

const MADE_MULTIPLES = new WeakSet<Figure>();

/** Whether a figure is a multiple made of a change (below): it may say a claim, never deny one. */
export const isMadeMultiple = (figure: Figure): boolean => MADE_MULTIPLES.has(figure);

/**
 * For a claimed multiple (`a plus que doublé`), the multiples the sentence's changes make: `passée
 * de 180 000 € en 2021 à 410 000 € en 2023` is 2.3 times, quoted as the change.
 */
export function multiplesOf(claimed: Figure[], holder: Sentence): Figure[] {
  if (!claimed.some((figure) => figure.kind === 'ratio' && figure.unit === '×')) return [];
  return changesOf(holder.text, holder.figures)
    .filter(
      ({ from, to }) =>
        from.kind === to.kind && from.kind !== 'date' && from.value > 0 && to.value > 0,
    )
    .map(({ from, to, text }) => {
      const multiple: Figure = {
        text,
        start: holder.text.indexOf(text),
        value: to.value / from.value,
        unit: '×',
        kind: 'ratio',
      };
      MADE_MULTIPLES.add(multiple);
      return multiple;
    });
}
