import { foldForms, STOP_WORDS } from './normalize.ts';

/**
 * Questions asking what a kind of thing is or means: `what is a spillway crest`, `what does ATR
 * stand for`, `what does a sous-chef actually do`, `c'est quoi une brigade`, `c'est quoi
 * exactement la lyophilisation`, `que veut dire X`. An article using the term (`three ATR 72
 * aircraft`, `lyophilisés par le laboratoire`) reports what happened to the thing, not what it is:
 * only a sentence that defines or explains the term answers — the term followed by an apposition
 * (`X, a …`, `X, qui …`), a bracket (`X (…)`), a dash or colon, or a copula or verb of meaning
 * (`X is …`, `X est …`, `X means …`, `X désigne …`), or the term introduced as a name (`known as
 * X`, `appelé X`). The forms are grammatical — an indefinite or generic subject of `what is`,
 * `stand for`, `mean`, `c'est quoi` — not words of any subject. A definite subject with an
 * attribute (`c'est quoi le budget`, `what is the plan's target`) asks the article's own figure
 * and is left alone, as is any question asking a figure (`what is a ticket going to cost`).
 */

/** The forms asking a definition; group 1 is the term. */
const DEFINITION_FORMS: RegExp[] = [
  // `what is a spillway crest`, `what's an escapement`, `whats a sous chef`.
  /\bwhat(?:'s| is|s| are) (?:a|an) (.+)/u,
  // `what does ATR stand for`, `what does PACS actually mean`.
  /\bwhat (?:does|do) (.+?) (?:actually |really |exactly )?(?:stand for|mean)\b/u,
  // `what is meant by a drawdown`.
  /\bwhat (?:is|are) meant by (.+)/u,
  // `what does a sous chef actually do`: the role of a kind.
  /\bwhat (?:does|do) (?:a|an) (.+?) (?:actually |really |exactly )?do(?: exactly| actually| in general)?\W*$/u,
  // `what does the caisse do exactly`: the role of the thing in general; `what does the new
  // machine do` (no `exactly`) may ask what the article reports of it.
  /\bwhat (?:does|do) the (.+?) (?:actually |really |exactly )do\W*$/u,
  /\bwhat (?:does|do) the (.+?) do (?:exactly|actually|in general)\W*$/u,
  // `c'est quoi une brigade`, `c est quoi des granulats`, `c'est quoi au juste un PACS`.
  /\bc'est quoi (?:exactement |au juste )?(?:un|une|des) (.+)/u,
  // `c'est quoi exactement la lyophilisation`: a definite term asked `exactly`.
  /\bc'est quoi (?:exactement|au juste) (?:le |la |les |l')(.+)/u,
  // `c'est quoi la lyophilisation, comment ça marche`: a term asked with how it works.
  /\bc'est quoi (?:le |la |les |l')(.+?),? comment (?:ca|ça) (?:marche|fonctionne)\b/u,
  // `qu'est-ce qu'un drawdown`, `qu'est-ce que c'est qu'une brigade`.
  /\bqu'est[ -]ce (?:que c'est )?qu'(?:un|une) (.+)/u,
  // `que veut dire ATR`, `que signifie PACS`, `ça veut dire quoi ATR`.
  /\b(?:que|qu'est-ce que) (?:veut dire|veulent dire|signifie|signifient) (.+)/u,
  /\b(?:ca|ça) veut dire quoi (.+)/u,
];

/**
 * `how does reverse osmosis work`, `how does freeze-drying make…`: a process asked how it works,
 * its subject a bare singular — a mass noun, or a name (`how does Kestrel make money`), which
 * `explainedAsked` leaves to the article. `how do volunteers…` (a plural) asks what people did.
 */
const HOW_BARE_WORKS =
  /\bhow does (?!(?:a|an|the|this|that|its|their|his|her|my|your|our|one|it|he|she)\b)([a-z-]+(?: [a-z-]+){0,2}) (?:work|function|happen|form|make|produce)\b/u;

/** Where a term's words end: punctuation, or a clause joined after it. */
const TERM_END = /[?!;,.]| (?:and|et|ca|ça|comment|how|in the|dans l[ae']) /u;

/** The term a question asks to define, folded, or undefined when it asks no definition. */
export function definitionAsked(question: string): string | undefined {
  // `c est`, `cest`, and chat-words.ts' reading of them (`c'est est`), as `c'est`.
  const text = foldForms(question).replace(/\bc(?:'| )?est(?: ?'?est)?\b/gu, "c'est");
  for (const form of DEFINITION_FORMS) {
    const match = form.exec(text);
    const rest = match?.[1];
    if (rest === undefined) continue;
    const end = TERM_END.exec(rest);
    const term = (end === null ? rest : rest.slice(0, end.index)).trim();
    if (/[\p{L}\p{N}]/u.test(term)) return term;
  }
  return undefined;
}

/**
 * The process a question asks how it works (`HOW_BARE_WORKS`), folded, unless `isName` holds for
 * one of its words: a name the articles write (`how does kestrel make money`) is no process.
 */
export function explainedAsked(
  question: string,
  isName: (word: string) => boolean,
): string | undefined {
  const term = HOW_BARE_WORKS.exec(foldForms(question))?.[1];
  return term === undefined || term.split(' ').some(isName) ? undefined : term;
}

/** What follows a term that defines it: an apposition, a bracket, a dash, a copula. */
const DEFINING_AFTER =
  /^(?:\s*,\s*(?:a|an|un|une|qui|which|who|that|or|ou|i\.e\.|c'est-a-dire)\b|\s*\(|\s+[—–-]\s|\s*:|\s+(?:is|are|means?|refers?|stands?|est|sont|designe|signifie|veut dire|consiste)\b)/u;
/** What precedes a term introduced as a name: `known as X`, `appelé X`. */
const DEFINING_BEFORE =
  /(?:called|known as|so-called|termed|dit|dite|appele|appelee|appeles|nomme|nommee)\s+(?:(?:a|an|the|le|la|les|l'|un|une)\s*)?$/u;

/** Words after a comma that go on the sentence rather than describe the term: `X, said …`. */
const NOT_APPOSITION = new Set(['said', 'says', 'told', 'added', 'according', 'dit', 'selon']);

/** `warm banks, heated spaces where…`: a comma, then a content word describing the term. */
function appositionAfter(after: string): boolean {
  const word = /^\s*,\s*(\p{L}+)/u.exec(after)?.[1];
  return word !== undefined && !STOP_WORDS.has(word) && !NOT_APPOSITION.has(word);
}

function escaped(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * Whether `sentence` defines `term`: its longest leading run of words that the sentence holds,
 * ending on a content word, is introduced as a name or followed by a defining form (see above).
 */
export function definesTerm(sentence: string, term: string): boolean {
  const text = foldForms(sentence);
  const words = term.split(/\s+/u).filter((word) => word !== '');
  for (let length = words.length; length >= 1; length--) {
    const last = (words[length - 1] as string).replace(/^[a-z]'/u, '');
    if (STOP_WORDS.has(last)) continue;
    const pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])${words.slice(0, length).map(escaped).join('\\s+')}(?:s|es|x)?(?![\\p{L}\\p{N}])`,
      'gu',
    );
    const found = [...text.matchAll(pattern)];
    if (found.length === 0) continue;
    return found.some((match) => {
      const after = text.slice(match.index + match[0].length);
      return (
        DEFINING_AFTER.test(after) ||
        appositionAfter(after) ||
        DEFINING_BEFORE.test(text.slice(0, match.index))
      );
    });
  }
  return false;
}
