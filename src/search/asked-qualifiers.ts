import { actualAsked } from './asked-actual.ts';
import { aloneAsked } from './asked-alone.ts';
import { scopeQualifiers } from './asked-scope.ts';
import type { BoundFigure } from './figure-context.ts';
import { spellingWords } from './lexicon.ts';
import { fold, tokenize } from './normalize.ts';
import { matchedSpan } from './token-span.ts';

/**
 * What a question asking for a figure says of the figure it wants besides its kind: the present
 * (`now`, `aujourd’hui`), an extreme (`the highest`, `la plus basse`), a whole (`across the whole
 * state`), a rate's period (`de l’heure`, `a year`). A passage giving a figure of the kind asked,
 * but of a launch (`when the scheme launched it had eleven cars`), an ordinary value, one place
 * or a total, does not give that figure: it lacks the qualifier, as typed.
 */

/** One qualifier of the figure asked, as typed, and what a sentence must say to meet it. */
export interface AskedQualifier {
  typed: string;
  /** Whether a sentence's figures meet it (`answering`: those of the kind asked, else all). */
  met: (folded: string, answering: BoundFigure[], text: string) => boolean;
  /**
   * Met unless the passage says otherwise (asked-scope.ts): meeting it says nothing of its words,
   * which a partial answer still lacks when it does not hold them.
   */
  byDefault?: boolean;
}

/**
 * The present asked: `now`, `today`, `currently`, `aujourd’hui`, `en ce moment`; not `now that`
 * (a cause) nor `until now`, `up to now`, `jusqu’à présent`, which ask for the total so far.
 */
const PRESENT_ASKED =
  /(?<!until |up to |jusqu a |jusqu )\b(now(?! that)|today|currently|nowadays|at the moment|at present|these days|aujourd hui|actuellement|en ce moment|desormais|maintenant|a present|a l heure actuelle)\b/u;
/**
 * Words of the present in a sentence: it speaks of now, whatever else it tells; not `until now`,
 * `jusqu’à présent`, which end where now begins.
 */
const PRESENT_SAID =
  /\b((?<!until |up to )now|today|currently|nowadays|at present|aujourd hui|actuellement|desormais|(?<!jusqu a )maintenant|(?<!jusqu )a present)\b/u;
/**
 * What sets a figure before now, or in an intention or a demand, read in its clause before it:
 * `when the scheme launched …, it had`, `à son lancement`, `jusqu’ici … se vendait`, `plans to
 * open six more`, `prévoit d’ouvrir`, `espère détourner 700 tonnes`, `the union wants a cap of £30`,
 * `le syndicat réclame 9 %`.
 */
const BEGINNING_OR_INTENT =
  /\b(jusqu ici|jusqu a present|jusqu a maintenant|until now|up to now|previously|formerly|used to|auparavant|autrefois|jadis|wants?|calls? for|(?:is|are) (?:asking|calling) for|reclament|reclame|exigent|exige|revendiquent|revendique|when (?:\S+ ){0,3}(?:launched|opened|started|began|was launched|was founded|was set up|first opened)|at (?:its |the )?(?:launch|start|outset)|initially|originally|at first|to begin with|(?:a|lors de) (?:son|sa|leur) (?:lancement|ouverture|creation|debut)|a ses debuts|au depart|a l origine|au lancement|initialement|plans? to|planning to|aims? to|intends? to|hopes? to|espere|esperent|souhaite|souhaitent|prevoit d|prevoient d|envisage d|projette d|ambitionne d|compte (?:ouvrir|porter|atteindre|passer))\b/u;

/** The words of a sentence before a figure, folded: where a beginning or an intention is said. */
const before = (text: string, bound: BoundFigure): string =>
  tokenize(text.slice(0, bound.figure.start))
    .map((token) => token.word)
    .join(' ');

/**
 * An extreme asked: `the highest`, `the busiest`, `la plus basse`, `le jour le plus chargé`,
 * `record`; not `when it was hottest`, a time rather than a value, nor the verb (`how many did
 * the police record`).
 */
const EXTREME_ASKED =
  /\b((?:the|its|their) (?:highest|lowest|biggest|largest|smallest|busiest|coldest|hottest|warmest|longest|shortest|fastest|slowest|deepest|heaviest|greatest|worst|best)|(?:le|la|les|l) (?:plus|moins) \p{L}+|(?<!\b(?:did|do|does|will|would|to)(?: \S+){0,3} )record|(?<=\b(?:a|the|new) )record|maximum|minimum|maximale|minimale|maximal|minimal)\b/u;
/**
 * The two ends of a scale, as English superlatives: `the largest` is no answer to `the smallest`,
 * though it says an extreme.
 */
const OPPOSITE_ENDS: [RegExp, RegExp][] = [
  [
    /\b(?:highest|biggest|largest|greatest|longest|fastest|heaviest|deepest)\b/u,
    /\b(?:lowest|smallest|shortest|slowest|lightest|shallowest)\b/u,
  ],
  [/\b(?:hottest|warmest)\b/u, /\bcoldest\b/u],
  [/\bbest\b/u, /\bworst\b/u],
  [/\bbusiest\b/u, /\bquietest\b/u],
];

/** Whether the sentence gives only the other end of the scale the extreme asked is at. */
export function otherEndOnly(asked: string, sentence: string): boolean {
  return OPPOSITE_ENDS.some(
    ([one, other]) =>
      (one.test(asked) && other.test(sentence) && !one.test(sentence)) ||
      (other.test(asked) && one.test(sentence) && !other.test(sentence)),
  );
}

/**
 * An extreme said: a superlative, a record, a peak, a bound (`up to`, `au moins`, `no more than`,
 * `pas plus de`, `n’a pas dépassé`), a value never
 * reached before, what one day or night alone saw (`31 interventions en une seule journée`); not
 * `off-peak`, the ordinary hours.
 */
export const EXTREME_SAID =
  /\b(most|least|(?:le|la|les|l) (?:plus|moins|pire|meilleure?)|records?|(?<!off )peak|peaked|pic|culmine|maxim\p{L}*|minim\p{L}*|jamais|ever|all time|at least|at most|up to|au moins|au plus|jusqu a|(?:no|not) (?:more|fewer|less) than|pas (?:plus|moins) de?|pas depasse|depass\p{L}* pas|(?:seule?|single|one) (?:journee|jour|nuit|day|night|week|semaine))\b/u;

/**
 * A bound on the side of the extreme asked: a maximum is what a figure stays under (`situées à
 * moins de 80 km`, `less than 80 km`), a minimum what it stays over (`more than 50 kg`).
 */
const UPPER_BOUND_SAID = /\b(moins d|moins de|less than|fewer than|under|within)\b/u;
const LOWER_BOUND_SAID = /\b(plus d|plus de|more than|over)\b/u;
function boundSaid(asked: string, sentence: string): boolean {
  if (/\bmaxim\p{L}*/u.test(asked)) return UPPER_BOUND_SAID.test(sentence);
  if (/\bminim\p{L}*/u.test(asked)) return LOWER_BOUND_SAID.test(sentence);
  return false;
}

/** Words ending in `-est` after a word of their own that are no superlative. */
const NOT_SUPERLATIVES: ReadonlySet<string> = new Set(
  'interest interests forest forests honest modest digest contest arrest manifest earnest priest'.split(
    ' ',
  ),
);

/**
 * Whether a folded word is an English superlative: `-est` after an adjective (`highest`,
 * `busiest`, `hottest`, `largest`), not any word so ending (`harvest`, `protest`, `ouest`).
 */
export function isSuperlative(word: string): boolean {
  const base = /^(\p{L}{3,})est$/u.exec(word)?.[1];
  if (base === undefined || NOT_SUPERLATIVES.has(word)) return false;
  const english = spellingWords('en');
  return [base, `${base}e`, base.replace(/i$/u, 'y'), base.replace(/(\p{L})\1$/u, '$1')].some(
    (adjective) => english.has(adjective),
  );
}

/** A French superlative and its adjective, folded: `le plus jeune` (`le moins jeune` is the other end). */
const FRENCH_SUPERLATIVE = /\b(?:le|la|les|l) plus (\p{L}+)/gu;

/**
 * The French adjectives (folded, masculine singular stems) an English superlative's end is said
 * with after `le plus`: `youngest` is `le plus jeune`, never `la plus petite`.
 */
const FRENCH_ENDS: [RegExp, string[]][] = [
  [/^youngest$/u, ['jeune']],
  [/^(?:oldest|eldest)$/u, ['age', 'vieu', 'vieil', 'ancien', 'aine']],
  [/^(?:biggest|largest|greatest)$/u, ['grand', 'gros', 'important']],
  [/^smallest$/u, ['petit']],
  [/^highest$/u, ['haut', 'eleve']],
  [/^lowest$/u, ['bas', 'faible']],
  [/^(?:longest)$/u, ['long']],
  [/^(?:shortest)$/u, ['court']],
  [/^(?:hottest|warmest)$/u, ['chaud']],
  [/^(?:coldest|coolest)$/u, ['froid', 'frais']],
  [/^busiest$/u, ['frequent', 'charge']],
];

/**
 * Whether an English superlative of the question (`youngest`), which a passage lacks in its words,
 * is said there in French (`Le plus jeune apprenti`): a question asked of an article in the other
 * language, whose dictionary knows no superlative. Only by its own adjective: `la plus petite
 * promotion` says nothing of the oldest apprentice.
 */
export function saysSuperlative(word: string, text: string): boolean {
  if (!isSuperlative(word)) return false;
  const adjectives = FRENCH_ENDS.find(([english]) => english.test(word))?.[1];
  if (adjectives === undefined) return false;
  const folded = tokenize(text)
    .map((token) => token.word)
    .join(' ');
  return [...folded.matchAll(FRENCH_SUPERLATIVE)].some(([, adjective = '']) =>
    adjectives.some((stem) => adjective.startsWith(stem)),
  );
}

/** Periods of a rate, by the words that say them per that period, folded. */
const RATE_PERIODS: [string, RegExp][] = [
  [
    'hour',
    /\b((?:per|an|a|each|every) hour|hourly|(?:de|par|a) l heure|par heure|toutes les heures|(?:de|par) h|(?:salaires?|taux|tarifs?|prix|couts?|remunerations?) horaires?)\b/u,
  ],
  [
    'day',
    /\b((?:per|a|each|every) day|daily|par jour|chaque jour|tous les jours|quotidien\p{L}*)\b/u,
  ],
  [
    'week',
    /\b((?:per|a|each|every) week|weekly|par semaine|chaque semaine|toutes les semaines|hebdomadaire\p{L}*)\b/u,
  ],
  [
    'month',
    /\b((?:per|a|each|every) month|monthly|par mois|chaque mois|tous les mois|mensuel\p{L}*)\b/u,
  ],
  ['shift', /\b((?:per|a|each|every|one) shift|par garde|par poste)\b/u],
  [
    'year',
    // `in a typical year`, `une année normale`: what one year brings, a rate per year.
    /\b((?:per|a|each|every) year(?! ago| earlier| later| before)|(?:a|an) (?:typical|normal|average|ordinary|usual) year|yearly|annual|annually|par an|chaque annee|par annee|(?:une|en) annee (?:normale|ordinaire|moyenne|type)|tous les ans|annuel\p{L}*)\b/u,
  ],
];

/**
 * A whole asked (`across the whole state`, `dans toute la région`, `nationwide`): the noun it is
 * the whole of, when typed.
 */
const WHOLE_ASKED =
  /\b(?:(?:the|its|their|la|le|l) )?(?:whole|entire) (\p{L}+)|\b(?<!\ben )(?:tout|toute|tous|toutes) (?:le|la|les|l) (?!(?:jours?|nuits?|soirs?|matins?|semaines?|mois|ans?|annees?|heures?|minutes?)\b)(\p{L}+)|\bl ensemble (?:du|de la|des|de l) (\p{L}+)|\b(nationwide|statewide|countrywide)\b/u;
/**
 * Words that say a figure is of a whole: `across`, `a state average`, `sur l’ensemble`, and a
 * total (`au total`, `in total`, `altogether`): the sum of every part is the whole's.
 */
const WHOLE_SAID =
  /\b(across|throughout|whole|entire|overall|average|averaged|nationwide|statewide|national|nationally|ensemble|moyenne|tout|toute|tous|toutes|total|totale|totales|totaux|altogether|cumule|cumulee|cumules|cumulees)\b/u;

/**
 * Years said from now, each by the words that say it: `next year` asked is not met by a figure
 * of `last year`, nor `l’an dernier` by one of `cette année`. `this year` is only said, not
 * asked: it is what a news article's figures are of unless it says otherwise (`so far this yr`
 * is met by `the first eight months of the year`, though the sentence compares with last year).
 */
const RELATIVE_YEARS: RegExp[] = [
  /\b(next year|the coming year|l an prochain|l annee prochaine)\b/u,
  /\b(last year|the previous year|the past year|l an dernier|l annee derniere|l an passe|l annee passee)\b/u,
  /\b(this year|cette annee)\b/u,
];

/**
 * Whether a folded word qualifies a figure, as an extreme, a whole or the present does
 * (`busiest`, `record`, `overall`, `nationwide`, `now`): a word a question cannot lose as wording.
 */
export const qualifiesFigure = (word: string): boolean =>
  isSuperlative(word) ||
  EXTREME_SAID.test(word) ||
  WHOLE_SAID.test(word) ||
  PRESENT_SAID.test(word);

/**
 * A sum asked as what something came to, once (`combien a coûté le parc`, `how much did it cost
 * to fit out`, `what did the works end up costing`), or as a sum moved once (`combien la
 * coopérative a-t-elle emprunté`, `how much did the council contribute`, `invest`, `raise`): a sum
 * per hour, month or year (`un berger payé 2 150 € par mois`, `the lease costs £38,000 a year`,
 * `payés 11,88 € de l’heure`) is a running cost or a wage, not what it came to.
 */
/** Verbs of what a thing cost, folded: a passage pricing the thing answers them. */
const COST_VERBS_FR = 'coute|depense';
const COST_VERBS_EN = 'cost|costing|spend';
const ONE_OFF_VERBS_FR = `${COST_VERBS_FR}|emprunte|empruntee|investi|investie|verse|versee|apporte|apportee|leve|levee|prete|pretee|encaisse|contribue|debourse|finance|financee`;
const ONE_OFF_VERBS_EN = `${COST_VERBS_EN}|borrow|invest|contribute|raise|donate|lend|put in|put into|chip in`;
const ONE_OFF_COST_ASKED = new RegExp(
  `\\b((?:a|ont|avait|avaient|aura|auront) (?:t )?(?:(?:il|elle|ils|elles|on) )?(?:${ONE_OFF_VERBS_FR})|did (?:\\S+ ){0,5}(?:${ONE_OFF_VERBS_EN}))\\b`,
  'u',
);
/**
 * The verb of such a sum, as the qualifier is typed: `a coûté`, `le parc a-t-il coûté` (the
 * verb inverted, as a question may put it), `cost`, `contribute`.
 */
const COST_VERB = new RegExp(
  `\\b((?:a|ont|avait|avaient|aura|auront) (?:t )?(?:(?:il|elle|ils|elles|on) )?(?:${ONE_OFF_VERBS_FR})|${ONE_OFF_VERBS_EN})\\b`,
  'u',
);
/** A cost's own verb ending the typed qualifier: `a coûté`, `cost`. */
const COST_VERB_LAST = new RegExp(`\\b(?:${COST_VERBS_FR}|${COST_VERBS_EN})$`, 'u');
/** The periods of a running cost, as a sum's unit ends: `EUR/month`, `GBP/year`. */
const PER_PERIOD = /\/(?:hour|day|week|month|year)$/u;

/**
 * Whether every sum is one per another period than `period`: `£1.9 million a year` per shift. A
 * share or a ratio beside them (`£38,200 a year, twice as much as in 2021`) compares those sums,
 * so it gives no rate of its own.
 */
const otherRatesOnly = (answering: BoundFigure[], period: string): boolean => {
  const sums = answering.filter(({ figure }) => figure.kind === 'money');
  return (
    sums.length > 0 &&
    sums.every(({ figure }) => PER_PERIOD.test(figure.unit) && !figure.unit.endsWith(`/${period}`))
  );
};

/**
 * The time elapsed since a thing last happened, asked: `how long had it been since`, `ça faisait
 * combien de temps qu’aucun bateau n’était passé` (without the negation, `ça fait combien de temps
 * que` asks how long a thing has gone on). A length of time answers it only where the sentence says it is one
 * elapsed (`the first boat in 68 years`, `two years ago`, `since 1957`), not how long a thing took.
 */
const ELAPSED_ASKED =
  /\b(how long (?:has|had|is|was) it been(?= since)|(?:ca|cela) (?:fait|faisait) combien de temps(?= (?:\S+ ){0,8}(?:n|ne|aucune?|jamais)\b))/u;
/** What says a length of time is one elapsed: `first … in`, `ago`, `since`, `depuis`, `il y a`. */
const ELAPSED_SAID =
  /\b(first|last|since|ago|without|premier|premiere|dernier|derniere|depuis|il y a|sans)\b/u;

/**
 * One member's share of a set, asked (`each of the eight communes`, `chacune des huit communes`):
 * a total said of the set (`the communes share the rest`) does not give it; a sum said per member
 * does (`each`, `apiece`, `per`, `par`, `on average`).
 */
const EACH_OF_ASKED = /\b(?:each of|every one of|chacune? des|chacune? d)\b/u;
const EACH_SAID =
  /\b(?:each|apiece|per|every|average|a piece|chacune?|par|la piece|l unite|unitaire|moyenne|en moyenne)\b/u;

/**
 * Those a property is denied of, asked (`les familles qui ne sont pas modestes`, `people who are
 * not members`): a sentence saying the property of whom its figure is of, with no negation, gives
 * the figure of the others (`les familles modestes paient 1 €`).
 */
const DENIED_ASKED =
  /\b(?:qui|who|that) (?:ne (?:sont|est|etaient|etait) pas|n (?:est|etait) pas|(?:are|is|were|was) not|aren t|isn t|weren t|wasn t) (?:(?:des?|du|les|la|le|a|an|the|tres|very|plus|more) )*(\p{L}{4,})/u;
const NEGATION_SAID = /\b(?:not|non|no|sans|without|pas|aucune?|ni|nor)\b/u;

/** `before and after`, `avant et après`: a value asked at each side of a change. */
const BEFORE_AND_AFTER_ASKED = /\b(?:before and after|avant et apres)\b/u;

/** The qualifiers of the figure a question asks for, in the order read. */
export function askedQualifiers(question: string): AskedQualifier[] {
  const tokens = tokenize(question);
  const folded = tokens.map((token) => token.word).join(' ');
  const typedOf = (pattern: RegExp): string | undefined => {
    const span = matchedSpan(pattern, folded);
    const from = span === undefined ? undefined : tokens[span.first];
    const to = span === undefined ? undefined : tokens[span.last];
    return from === undefined || to === undefined ? undefined : question.slice(from.start, to.end);
  };
  const qualifiers: AskedQualifier[] = [];
  const present = typedOf(PRESENT_ASKED);
  if (present !== undefined) {
    qualifiers.push({
      typed: present,
      // Unless every figure is said of a beginning or an intention, and nothing of now.
      met: (sentence, answering, text) =>
        PRESENT_SAID.test(sentence) ||
        !answering.every((bound) => BEGINNING_OR_INTENT.test(before(text, bound))),
    });
  }
  const actual = actualAsked(folded, typedOf);
  if (actual !== undefined) qualifiers.push(actual);
  const extreme = typedOf(EXTREME_ASKED);
  if (extreme !== undefined) {
    qualifiers.push({
      typed: extreme,
      met: (sentence) =>
        !otherEndOnly(fold(extreme), sentence) &&
        (EXTREME_SAID.test(sentence) ||
          sentence.split(' ').some(isSuperlative) ||
          boundSaid(fold(extreme), sentence)),
    });
  }
  const whole = WHOLE_ASKED.exec(folded);
  const wholeTyped = typedOf(WHOLE_ASKED);
  if (whole !== null && wholeTyped !== undefined) {
    // The thing it is the whole of, by its first letters (`state`, `states`; `région`, `régional`).
    const of = (whole[1] ?? whole[2] ?? whole[3] ?? '').slice(0, 5);
    qualifiers.push({
      typed: wholeTyped,
      met: (sentence) =>
        WHOLE_SAID.test(sentence) ||
        (of.length > 0 && sentence.split(' ').some((word) => word.startsWith(of))),
    });
  }
  const elapsed = typedOf(ELAPSED_ASKED);
  if (elapsed !== undefined)
    qualifiers.push({ typed: elapsed, met: (sentence) => ELAPSED_SAID.test(sentence) });
  const denied = DENIED_ASKED.exec(folded)?.[1];
  const deniedTyped = typedOf(DENIED_ASKED);
  if (denied !== undefined && deniedTyped !== undefined) {
    const stem = denied.slice(0, 5);
    qualifiers.push({
      typed: deniedTyped,
      met: (sentence) =>
        NEGATION_SAID.test(sentence) || !sentence.split(' ').some((word) => word.startsWith(stem)),
    });
  }
  const each = typedOf(EACH_OF_ASKED);
  if (each !== undefined)
    qualifiers.push({ typed: each, met: (sentence) => EACH_SAID.test(sentence) });
  const change = typedOf(BEFORE_AND_AFTER_ASKED);
  if (change !== undefined) {
    // Two values asked, the one before and the one after: one figure of the kind gives half.
    qualifiers.push({ typed: change, met: (_sentence, answering) => answering.length >= 2 });
  }
  const alone = aloneAsked(question, tokens, folded);
  if (alone !== undefined) qualifiers.push(alone);
  qualifiers.push(...scopeQualifiers(folded, typedOf, isSuperlative));
  for (const [at, pattern] of RELATIVE_YEARS.slice(0, 2).entries()) {
    const year = typedOf(pattern);
    if (year === undefined) continue;
    const others = RELATIVE_YEARS.filter((_, other) => other !== at);
    qualifiers.push({
      typed: year,
      // Only a sentence that says another year from now, and not this one, is of another year.
      met: (sentence) => pattern.test(sentence) || !others.some((other) => other.test(sentence)),
    });
    break;
  }
  // Said by the verb alone: `did the scheme cost` lacks no `scheme` for it.
  const oneOff = ONE_OFF_COST_ASKED.test(folded) ? typedOf(COST_VERB) : undefined;
  if (oneOff !== undefined && !RATE_PERIODS.some(([, pattern]) => pattern.test(folded))) {
    qualifiers.push({
      typed: oneOff,
      met: (_sentence, answering) =>
        answering.some(({ figure }) => figure.kind !== 'money' || !PER_PERIOD.test(figure.unit)),
      // A verb of moving a sum (`put into`, `emprunté`) is still lacking from a passage only
      // pricing something (`the projectors cost $1.3 million`).
      byDefault: !COST_VERB_LAST.test(fold(oneOff)),
    });
  }
  for (const [period, pattern] of RATE_PERIODS) {
    const rate = typedOf(pattern);
    if (rate === undefined) continue;
    qualifiers.push({
      typed: rate,
      // A share or a change in points has no period: `qui compostent chaque semaine` says whose.
      met: (sentence, answering) =>
        // `£11.90 an hour, so a monthly permit…`: sums each of another period say nothing monthly.
        !otherRatesOnly(answering, period) &&
        (pattern.test(sentence) ||
          answering.some(
            ({ figure }) =>
              figure.unit.endsWith(`/${period}`) ||
              figure.kind === 'percent' ||
              figure.kind === 'ratio' ||
              figure.unit === 'points',
          )),
    });
    break;
  }
  return qualifiers;
}
