import type { Sentence } from '../knowledge/types.ts';
import { NUMBER_WORDS, tokenize } from './normalize.ts';
import type { Gaps } from './passage-gaps.ts';
import { editDistance } from './typos.ts';

/**
 * `why`, `pourquoi`, `how come`, `pour quelle raison`: a reason asked. A passage that only states
 * the fact asked about (`Registration fees will rise from £45 to £55, the first increase since
 * 2018.` for `why had fees not risen since 2018`) gives none: it holds the question's words and
 * no answer. A reason is said with a word of cause or consequence (`because`, `due to`, `car`,
 * `en raison de`, `faute de`, `ce qui`, `si bien que`), a causal verb (`caused`, `provoqué`,
 * `entraîné`, `faire` before a verb: `faisaient déborder`), a purpose (`afin de`, `so that`, `to`
 * or `pour` before a verb: `to rinse the wafers`, `pour préserver`), what made it possible or
 * forced it (`lets`, `permet`, `forced`, `contraint`), what thanks or blame is for (`for cracking
 * down`, `d’avoir répondu`), or a lack or excess (`not enough`, `faute de`, `too low`, `trop`). The sentence quoted lacks the asking word, as typed, when it says none.
 */

/** How the question asks a reason, on its folded words. */
const REASON_ASKED =
  /\b(?:why|pourquoi|how come|for what reason|pour quelle raison|(?:what|quelle) (?:is |was |est |etait |sont )?(?:the |la )?(?:reason|raison)s?|what (?:caused|led to)|qu est ce qui (?:a )?(?:cause|provoque|entraine|explique))\b/u;

/** `pourquoi` typed with one slip (`pourqoi`, `porquoi`, `pourquio`), on a folded word. */
const isPourquoiSlip = (word: string): boolean =>
  word !== 'pourquoi' && word.startsWith('p') && editDistance(word, 'pourquoi', 1) === 1;

/** Words of cause, consequence, purpose, means or lack, folded, in either language. */
const REASON_WORDS: ReadonlySet<string> = new Set(
  (
    'because cause caused causes causing due owing thanks reason reasons therefore hence thus ' +
    'result resulted resulting results consequence consequences led leads blamed blame blames ' +
    'after following amid despite unless so order avoid prevent prevented aim aims aimed ' +
    'let lets allow allows allowed allowing enable enables enabled means meant forced force ' +
    'forcing prompted prompt triggered driven fuelled fueled explain explains explained ' +
    'explaining attributed attributes enough too instead lack lacking shortage needed ' +
    'require required requires because why ' +
    'car parce puisque raison raisons cause causes causee causees provoque provoquee provoques ' +
    'provoquees provoquer provoquant entraine entrainee entraines entrainer entrainant grace ' +
    'faute suite apres afin donc pourquoi consequence consequences resultat resulte resultant ' +
    'permet permettent permettra permettre permis permettant eviter evite evitant vise visant ' +
    'explique expliquent expliquer expliquant justifie justifient justifier attribue attribuee ' +
    'lie liee lies liees oblige obligee obliges contraint contrainte contraints force forcee ' +
    'manque manquent trop assez malgre sinon faisant'
  ).split(' '),
);

/** Phrases of cause or consequence, on the sentence's folded words. */
const REASON_PHRASES =
  /\b(?:so that|in order|as a result|because of|ce qui|ce que|si bien que|de sorte que|pour que|en effet|c est pour ca|sous l effet)\b/u;

/** Words after `to`/`pour` that begin a noun phrase or a figure, not a verb. */
const NOT_A_VERB: ReadonlySet<string> = new Set(
  (
    'the a an its their his her my our your this that these those some any all each every ' +
    'him them us me it one more most less about around nearly almost over under le la les l ' +
    'un une des du de d son sa ses leur leurs ce cet cette ces mon ma mes notre nos votre vos ' +
    'cent percent lui eux elle elles moi toi tout tous toute toutes chaque plus moins environ'
  ).split(' '),
);

/** French infinitive endings: `pour préserver`, `pour réduire`, `faisaient déborder`. */
const INFINITIVE = /(?:er|ir|re|oir)$/u;
/** Forms of French `faire`, causative before an infinitive. */
const FAIRE = /^(?:fait|faire|faisait|faisaient|font|fera|feront|ferait|feraient|fasse|fassent)$/u;

const isFigure = (word: string): boolean => /\d/u.test(word) || NUMBER_WORDS.has(word);

/** Whether a sentence says a reason (REASON_WORDS, REASON_PHRASES, a purpose or a causative). */
export function saysReason(text: string): boolean {
  const words = tokenize(text).map((token) => token.word);
  if (REASON_PHRASES.test(words.join(' '))) return true;
  return words.some((word, at) => {
    if (REASON_WORDS.has(word)) return true;
    const next = words[at + 1];
    if (next === undefined || NOT_A_VERB.has(next) || isFigure(next)) return false;
    // `to rinse the wafers`: a purpose; `from £45 to £55`, `nine votes to two` are not.
    if (word === 'to') return true;
    // `thanked Beijing for cracking down`, `remercié d’avoir répondu`, `puni pour avoir menti`:
    // what the thanks or the blame is for.
    if (word === 'for' && /\p{L}{2,}ing$/u.test(next)) return true;
    if ((word === 'd' || word === 'de' || word === 'pour') && /^(?:avoir|etre)$/u.test(next))
      return true;
    // `pour préserver`, `faisaient déborder`.
    return (word === 'pour' || FAIRE.test(word)) && INFINITIVE.test(next);
  });
}

/** The reason asked, as typed (`Why`, `pourquoi`, `how come`), or undefined. */
export function askedReason(question: string): string | undefined {
  const tokens = tokenize(question);
  const folded = tokens.map((token) => token.word).join(' ');
  const match = REASON_ASKED.exec(folded);
  if (match !== null) {
    const first = folded.slice(0, match.index).split(' ').length - 1;
    const last = first + match[0].split(' ').length - 1;
    const from = tokens[first];
    const to = tokens[last];
    if (from !== undefined && to !== undefined) return question.slice(from.start, to.end);
  }
  const slip = tokens.find((token) => isPourquoiSlip(token.word));
  return slip === undefined ? undefined : question.slice(slip.start, slip.end);
}

/** The gaps with the asking words added when the sentence says no reason. */
export function withReasonGap(gaps: Gaps, sentence: Sentence, reason: string | undefined): Gaps {
  if (reason === undefined || gaps.missing.includes(reason) || saysReason(sentence.text))
    return gaps;
  return { ...gaps, missing: [...gaps.missing, reason] };
}
