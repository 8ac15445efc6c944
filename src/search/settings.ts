import type { IFuseOptions } from 'fuse.js';
import type { FigureKind } from '../knowledge/types.ts';

/**
 * Every weight and threshold of the answer engine, in one place, as Fuse.js keeps its options:
 * what a match is worth, when a sentence answers, how loosely a typo may match.
 */

/** Below this share of the question's weight, a sentence does not answer it... */
export const MIN_COVERAGE = 0.42;
/**
 * ...unless it covers at least this share and ranks LEAD times above every other sentence: on an
 * article no one wrote the glossary for, a reader's paraphrase matches few words, but matches them
 * in one sentence, where an off-topic question's stray words match several sentences alike.
 */
export const LEADING_MIN_COVERAGE = 0.3;
export const LEAD = 1.5;
/** ...and holds this many of the question's words: one word alone (`weekend`) leads by chance. */
export const MIN_LEADING_GROUPS = 2;
/**
 * Failing both, a question asking for a kind of figure (`combien`, `what share`) gets the sentence
 * giving that kind of figure that covers this share and ranks ASKED_FIGURE_LEAD times above the
 * next: a partial answer, the question's words it lacks shown as missing, where a refusal would
 * leave the reader with nothing. The kind asked for is what keeps an off-topic question out.
 */
export const ASKED_FIGURE_MIN_COVERAGE = 0.2;
export const ASKED_FIGURE_LEAD = 1.2;
/** How many of the best sentences are read for the next one giving the kind of figure asked. */
export const ASKED_FIGURE_RIVALS = 10;
/**
 * How much a question word the articles never use weighs, against the rarest word they do use: a
 * reader's own wording (`bosser`, `hosted`) should not sink a question that says enough otherwise.
 */
export const UNKNOWN_WORD = 0.8;
/** The first such word of a question weighs less: one word foreign to the articles is wording. */
export const FIRST_UNKNOWN_WORD = 0.5;
/** How many question words count at most: a 6000-character paste is not 1000 questions. */
export const MAX_QUERY_GROUPS = 32;
export const DEFAULT_LIMIT = 3;
/** BM25's length normalization: long sentences match more words by chance. */
export const K1 = 1.2;
export const B = 0.5;
/**
 * How much a word reached through a dictionary translation and back counts (`truck` → `camion` →
 * `lorry`): two steps of translation, about LEXICON_WEIGHT (0.7) squared, as the way back may take
 * another sense of the middle word.
 */
export const BACK_TRANSLATION_WEIGHT = 0.5;
/**
 * How much a thesaurus synonym counts (`grownup` for `adult`, see `thesaurusSynonyms`): below a
 * translation (LEXICON_WEIGHT, 0.7), as a synonym may be one of another sense of the word.
 */
export const THESAURUS_WEIGHT = 0.5;
/** A word with more translations than this has too many senses to be followed back. */
export const MAX_SENSES = 3;
/** A translation with more words back than this has too many senses to lead back to one. */
export const MAX_BACK_WORDS = 5;
/** Weights of the ways a word can match, exact first. */
export const EXACT = 1;
export const SAME_STEM = 0.9;
export const SYNONYM = 0.9;
export const PREFIX = 0.8;
export const FUZZY = 0.85;
/**
 * Another form of the reader's word, by the dictionary's table where the stemmer cannot see it
 * (`nouvelle` for `nouveau`, `vendus` for `vendre`): the same word, as sure as a same stem but for
 * a form that is a word of its own too (`nouvelle`, news), so a little below SAME_STEM.
 */
export const INFLECTED_FORM = 0.85;
/**
 * A form of the reader's word that is also a word of its own, or the reader's word being one
 * (`nouvelle`, news, for `nouveau`; `part`, a share, for `partir`'s `il part`): as unsure as a
 * translation (LEXICON_WEIGHT), which may also be of another sense.
 */
export const WORD_FORM = 0.7;
/**
 * A word derived from the reader's or it from it (`chauffage` for `chauffés`, `visitors` for
 * `visited`): the same idea, another part of speech or thing (the act, the agent), so below a
 * translation of the word itself (LEXICON_WEIGHT, 0.7), about a cognate's.
 */
export const DERIVED_FORM = 0.6;
/**
 * A kind of person counted (`1 830 donateurs`) for the reader's `people`, `personnes`, `gens` in
 * `how many people`: the people asked, of a narrower name, as unsure as a translation.
 */
export const PERSON_NOUN_WEIGHT = 0.7;
/**
 * Another word of working (`employs` for `workers`, `emploie` for `bossent`) in a count asked
 * (work-words.ts): the same idea in another word, as sure as a derived word (DERIVED_FORM).
 */
export const WORK_WORD_WEIGHT = 0.6;
/**
 * A role noun (`président`, `chair`, `manager`) for the leading verb a reader typed (`qui
 * préside`, `who runs`): the role named another way, as unsure as a translation.
 */
export const LEADER_ROLE_WEIGHT = 0.7;
/**
 * A cognate (`departments` for `départements`): a real word of the other language, less sure
 * than the dictionary's translation, as look-alikes can be false friends.
 */
export const COGNATE = 0.6;
/** Shorter words are too often unrelated look-alikes (`coin`, `pain`) to be read as cognates. */
export const COGNATE_MIN_LENGTH = 6;
/** A cognate differs by one letter once its ending is rewritten: `election` is not `detection`. */
export const COGNATE_EDITS = 1;
/**
 * Letters a corpus word of the same stem may add to a dictionary's or glossary's word: an
 * inflection (`quotidien` → `quotidiennes`), not a derivation (`départ` → `départements`).
 */
export const MAX_SYNONYM_ENDING = 3;
/** Letters a longer form may add to a question word at full PREFIX weight: an ending. */
export const PREFIX_GRACE = 2;
/** A word of a section heading counts for the sentences under it, less than in them. */
export const CONTEXT = 0.5;
/** Fuse.js scores about errors ÷ length: one typo in 5 letters, two in 8 and more. */
export const FUZZY_MAX_SCORE = (length: number): number => (length >= 8 ? 0.3 : 0.2);
export const FUZZY_MIN_LENGTH = 5;
/** Shorter words than FUZZY_MIN_LENGTH, down to this, are corrected by one edit, checked exactly. */
export const SHORT_TYPO_MIN_LENGTH = 3;
/** Stop words this long or longer are recognised with one typo (`wat` for `what`). */
export const STOP_TYPO_MIN_LENGTH = 4;
/** A word read as a glossary or lexicon word misspelled is one edit from it, two from this long. */
export const GLOSSARY_TWO_EDITS = 10;

/**
 * Question words that ask for a kind of figure, and how much a sentence holding one gains: a
 * percentage asked for is a strong hint, `quand` a weak one (the answer may be `ce printemps`).
 */
export const WANTED_FIGURES: [RegExp, FigureKind[], number][] = [
  [
    /\b(pourcentage|percentage|pour cent|percent|proportion|taux|rate|share|quelle part)\b/u,
    ['percent'],
    0.3,
  ],
  // `somme` alone is also `en somme`, `un somme` (a nap); after `quel`/`what` it asks a sum.
  [
    /\b(quelles? sommes?|what sums?|cout|couts|coute|couter|coutent|coutera|couterait|couteront|coutait|coutaient|prix|montant|cost|costs|costing|costed|price|spend|spent|budget|depense|depenses|depenser|argent|money|salaire|salaires|salary|(?<!\b(?:de|des|les|aux|d) )salaries|wage|wages|remuneration)\b/u,
    ['money'],
    0.3,
  ],
  // Paying is in money, or a share of it (`prices paid to farmers fell 12 %`): `how much did
  // they pay for the van` is not answered by `three hours`. Not `pays`, French for a country.
  // Earning and investing are too: `what will staff earn per hour` is not `200 kg per hour`.
  // Not `gagner`, also winning a race or a seat.
  [
    /\b(pay|paid|paying|payer|paye|payee|payes|payees|paient|paie|payons|payez|payait|payera|fee|fees|frais|tarif|tarifs|earn|earns|earned|earning|invest|invests|invested|investing|investir|investi|investit|investissent|investira)\b/u,
    ['money', 'percent'],
    0.15,
  ],
  // `Combien gagne le boulanger ?`: `combien` right before a verb of earning asks the sum earned
  // (winning a race or a seat counts after `de`: `combien de courses a-t-il gagnées`).
  [
    /\bcombien (gagne|gagnent|gagnait|gagnaient|gagnera|gagneront|gagnerait|gagneraient|touche|touchent|touchait|touchaient|touchera|toucheront|percoit|percoivent|percevait|percevra|percevront)\b/u,
    ['money', 'percent'],
    0.15,
  ],
  // A part of something asked: `how much of the estate is shaded` is a share, or a sum (`how much
  // of the budget`), never a count nor a temperature.
  [/\b(how much of|what fraction|quelle fraction)\b/u, ['percent', 'money'], 0.15],
  // A clock time asked: `à quelle heure`, `what time`; `neuf heures` (a duration) does not answer.
  // Hours asked by which (`what hours`, `à quelles heures`) or as a schedule (`opening hours`) are
  // clock times too; `how many hours` is a duration.
  [
    /\b(a quelle heure|quelle heure|what time|what times|which time|horaires?|(?:what|which|opening|working) hours|quelles heures|heures d ouverture)\b/u,
    ['time'],
    0.15,
  ],
  [
    /\b(combien|nombre|how many|how much|number|amount|chiffres?|quantite|quantity)\b/u,
    ['count', 'money', 'percent'],
    0.15,
  ],
  // A vote's result is a tally (`148 to 3`, `17 voix contre 6`): `what was the vote`, `le
  // résultat du vote`, `how many votes`.
  [
    /\b((what|how) (was|were) the (vote|votes|voting)|(resultat|resultats|result|results|outcome|decompte|tally) (du|des|of the|of) (vote|votes|scrutin)|(vote|voting) (tally|count|result))\b/u,
    ['count'],
    0.15,
  ],
  // `il y a combien de temps`, `how long ago` ask how long ago: the phrase holds what says it.
  [
    /\b(il y a combien de temps|how long ago|combien de temps|how long|how much time|duree|longtemps)\b/u,
    ['duration'],
    0.15,
  ],
  [
    /\b(degres?|degrees?|temperatures?|how (hot|cold|warm)|quelle chaleur)\b/u,
    ['temperature'],
    0.15,
  ],
  // A day asked by which (`quel jour`, `what day`) is a date, as `quand` is; not `quels jours`,
  // days of the week.
  [/\b(quand|when|date|what year|quelle annee|quel jour|what day|which day)\b/u, ['date'], 0.05],
  // A degree of size asked (`how big`, `quelle ampleur`) asks an amount; one of speed (`how
  // quickly`, `how soon`), the time taken. Weakly, as `quand`: they only choose the last
  // fallback's answer.
  [/\b(how (big|large)|quelle taille|quelle ampleur)\b/u, ['count', 'money', 'percent'], 0.05],
  [/\b(how (quickly|fast|soon)|en combien de temps)\b/u, ['duration'], 0.05],
  // What something holds (`capacity`: `58 seats`) and how often it comes (`every six minutes`,
  // `twice a day`) are counts or durations.
  [
    /\b(capacity|capacite|capacites|how often|how frequently|a quelle frequence)\b/u,
    ['count', 'duration'],
    0.05,
  ],
  // A person's age or birth: asked for, so a sentence without such a figure cannot answer. Not
  // `aged for two years`, how long a cheese or a wine was kept.
  [/\b(quel age|how old|age|aged(?! for\b))\b/u, ['count', 'duration'], 0.15],
  [/\b(born|naissance|birth|birthday|est nee?|sont nees?)\b/u, ['date'], 0.15],
];

/**
 * Question words that name a kind of figure, folded: a sentence giving such a figure holds the
 * word, however it words it (`what will the works cost` asked of `the works came to €2.8m`).
 * Words naming a clock time (`heure`, `time`) are left out: they name a duration or an occasion
 * as often (`combien d’heures`, `three times`).
 */
const FIGURE_WORD_KINDS: [string, FigureKind[]][] = [
  [
    'cout couts coute coutee coutes coutees couter coutent coutera couterait couteront coutait ' +
      'coutaient prix montant montants somme sommes tarif tarifs frais salaire salaires ' +
      'remuneration cost costs costing price prices sum sums fee fees fare fares salary salaries ' +
      'wage wages',
    ['money'],
  ],
  [
    'pourcentage pourcentages percentage percentages proportion proportions part share',
    ['percent', 'ratio'],
  ],
  ['temperature temperatures degres degree degrees chaleur froid cold warm hot', ['temperature']],
];

export const FIGURE_WORDS: ReadonlyMap<string, readonly FigureKind[]> = new Map(
  FIGURE_WORD_KINDS.flatMap(([words, kinds]) => words.split(' ').map((word) => [word, kinds])),
);

/**
 * The question's other words a sentence must hold (all, when it has fewer) for a figure to hold
 * a word naming its kind (FIGURE_WORDS).
 */
export const FIGURE_WORD_COMPANIONS = 2;

/**
 * `combien`, `how much` asked of a verb moving money (`Combien la région va-t-elle apporter ?`,
 * `How much did the council contribute?`, `how much did they borrow`) asks a sum, as `cost` does:
 * of two sentences holding the question's words alike, the one giving a sum comes before one
 * giving a share (`vise 85 %`). Not after `combien de`, which names what is counted, nor `how
 * much of`, a part. A bonus only, not a phrase asking the figure: the verb and the words before
 * it are still the question's words, which a passage may lack.
 */
export const MONEY_VERB_ASKED: [RegExp, FigureKind[], number] = [
  /\b(combien (?!de |d )(?:\S+ ){0,8}(?:emprunt\p{L}*|prete|pretee|pretes|preter|pretera|verse|versee|verses|versees|verser|versera|versent|apport\p{L}*|mettre|encaisse|encaissee|encaisser|encaissera|encaissent|rapporte|rapportee|rapportent|rapporter|rapportera|rapporteront|rapportait|finance|financee|financer|financera|debourse|debourser|achete|achetee|achetes|achetees|acheter|contribue|contribuer|contribuera|leve|levee|lever|levera)|how much (?!of\b)(?:\S+ ){0,8}(?:borrow|borrowed|borrowing|lend|lends|lent|contribute|contributed|contributes|contributing|put in|put into|donate|donated|donates|raise|raised|raising|fund|funded|bought|buy|sell for|sold for|charge|charges|charged|charging))\b/u,
  ['money'],
  0.3,
];

/** Patterns of WANTED_FIGURES from this bonus ask for a figure; `quand` may be `ce printemps`. */
export const ASKED_FIGURE_MIN_BONUS = 0.15;

/** How Fuse.js compares a typed word with the words of the articles. */
export const FUZZY_OPTIONS: IFuseOptions<string> = {
  includeScore: true,
  isCaseSensitive: true,
  // Words are compared whole, from their first letter: typos, not substrings.
  location: 0,
  distance: 8,
  threshold: 0.35,
  minMatchCharLength: 2,
};
/** Fuse.js splits longer patterns into chunks, which the bound below does not cover. */
export const FUSE_MAX_PATTERN = 32;

/** Up to this many results are kept in order as they come; more are sorted at the end. */
export const MAX_KEPT_IN_ORDER = 100;

/** Words this short that the articles never use are more often slips (`vu`, `ok`) than meaning. */
export const MIN_ASKING_LENGTH = 3;

/**
 * How many questions `warmUp` asks at most, and for how long (ms): enough for the optimising
 * compiler to have seen what readers type, without delaying a restart over a big corpus, where
 * each question costs more.
 */
export const WARM_UP_QUESTIONS = 600;
export const WARM_UP_BUDGET_MS = 1000;
/** How many times `warmUp` asks its questions at most, while the budget lasts. */
export const WARM_UP_ROUNDS = 4;

/** Topics list words on purpose: a topic's sentences hold a close match, not a guessed typo. */
export const TOPIC_MIN_MATCH = PREFIX * 0.9;

/**
 * Folded words that name a period: a question about `juin` or `winter` is not answered by a
 * sentence about another month. `mai`/`may` and `mars`/`march` are left to capitals (also names
 * and verbs); `été` is one where it is not a stop word (`l’été 2025`, not `a été`).
 */
export const PERIOD_WORDS: ReadonlySet<string> = new Set(
  (
    'janvier fevrier avril juin juillet aout septembre octobre novembre decembre ' +
    'january february april june july august september october november december ' +
    'printemps ete automne hiver spring summer autumn winter semestre trimestre'
  ).split(' '),
);
/** How many of its own figures or names a passage offers in place of the missing ones. */
export const MAX_INSTEAD = 3;
/**
 * A passage lacking a specific term of the question ranks this much lower per term: one that has
 * them all comes first when the question's other words match it about as well.
 */
export const MISSING_PENALTY = 0.6;
/**
 * A qualifier the question asks of the figure (`now`, `on a normal day`, `avant et après`) that
 * the passage's figures do not meet ranks it this much lower again, besides MISSING_PENALTY: a
 * term lacking may still be what the passage means (its paragraph is read for it), but a
 * qualifier is read on the figures themselves, so the figure given is surely another than the
 * one asked (the plan for 2027, the busiest day), where a passage meeting it gives the one asked.
 * It counts as two lacking terms.
 */
export const UNMET_QUALIFIER_PENALTY = MISSING_PENALTY;
/**
 * How much of the question a sentence lacking none of its specific terms must cover to come
 * before a best answer lacking one (gap-free.ts), none: any share. What admits it is that it
 * ranks above the best as that stands and says itself what the best lacks; one holding too few
 * of the question's words is shown with all it lacks (partial-lacks.ts), a guess.
 */
export const GAP_FREE_MIN_COVERAGE = 0;
/** How many more answering sentences than asked for are checked for missing terms. */
export const MISSING_CANDIDATES = 8;

/**
 * How many of the articles' texts keep their tokens (text-tokens.ts) per index: a question reads
 * its candidates with their paragraphs, tens of sentences; 8 192 hold the last hundreds of questions.
 */
export const TEXT_TOKENS_CACHED = 8192;

/**
 * Figures of the kind asked, each followed by whom it is for (`9 € pour les adultes et 4 € pour
 * les moins de 14 ans`), that make a sentence one giving its figures for groups of its own: a
 * group asked that it does not name is flagged (asked-group.ts). One figure `for` someone is how
 * a sentence tells its only figure.
 */
export const MIN_GROUP_FIGURES = 2;

/**
 * Asked when, a best answer whose times are all of another event (a saying, a deadline: when-other.ts)
 * gives way to the first answer dating the event asked that ranks at least this share of it.
 */
export const WHEN_OWN_RATIO = 0.85;
