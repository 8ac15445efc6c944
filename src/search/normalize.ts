/**
 * Text folding and tokenizing, the same for articles and questions, so that `Taïwan`, `taiwan`
 * and `TAIWAN` meet, `70000` meets `70 000`, and `l’IA` yields `ia`.
 */

export interface Token {
  /** Folded form: lowercase, no diacritics, `œ` → `oe`, digit groups joined. */
  word: string;
  /** Span in the original text (UTF-16 offsets). */
  start: number;
  end: number;
}

function foldText(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/œ/gu, 'oe')
    .replace(/æ/gu, 'ae')
    .replace(/ß/gu, 'ss');
}

/** Words folded before: a corpus has far fewer distinct words than it has words. */
const foldedWords = new Map<string, string>();
const FOLD_CACHE_MAX_LENGTH = 40;
const FOLD_CACHE_MAX_SIZE = 100_000;

/** Whether `text` is only lowercase ASCII letters and digits, which folding leaves alone. */
function isFoldedAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 0x7a || code < 0x30 || (code > 0x39 && code < 0x61)) return false;
  }
  return true;
}

/** Lowercase, strip diacritics and expand ligatures. */
export function fold(text: string): string {
  if (isFoldedAscii(text)) return text;
  if (text.length > FOLD_CACHE_MAX_LENGTH) return foldText(text);
  let folded = foldedWords.get(text);
  if (folded === undefined) {
    folded = foldText(text);
    if (foldedWords.size >= FOLD_CACHE_MAX_SIZE) foldedWords.clear();
    foldedWords.set(text, folded);
  }
  return folded;
}

/**
 * A question folded whole for matching its grammatical forms: `fold`, curly apostrophes made
 * straight, runs of white space made one (asked-advice.ts, asked-opinion.ts, asked-general.ts…).
 */
export function foldForms(text: string): string {
  return fold(text).replace(/[’‘]/gu, "'").replace(/\s+/gu, ' ').trim();
}

/** Whether `word` is `min` to `max` ASCII digits, as `/^\d{min,max}$/u` tests. */
function isDigits(word: string, min: number, max: number): boolean {
  if (word.length < min || word.length > max) return false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 0x30 || code > 0x39) return false;
  }
  return true;
}

const WORD = /[\p{L}\p{N}]+/gu;
/**
 * What may separate digit groups: French spaces (`70 000`, `70\u00A0000`, `70\u202F000`) and the
 * English comma (`640,000`), so that a reader typing `640000` finds either.
 */
const GROUP_SEPARATOR = /^[ \u00A0\u202F\u2009,]$/u;

/** Splits text into folded words, joining thousands groups (`3 970`, `3,970` → `3970`). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // Whether the last token is a digit group that a following `000` may extend; `2022 500` is not.
  let extendable = false;
  // One shared regex, rewound each call (`matchAll` would copy it per call).
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
    const start = match.index;
    const word = fold(match[0]);
    const previous = tokens[tokens.length - 1];
    if (
      extendable &&
      previous !== undefined &&
      isDigits(word, 3, 3) &&
      previous.end + 1 === start &&
      GROUP_SEPARATOR.test(text[previous.end] ?? '')
    ) {
      previous.word += word;
      previous.end = start + match[0].length;
      continue;
    }
    extendable = isDigits(word, 1, 3);
    tokens.push({ word, start, end: start + match[0].length });
  }
  return tokens;
}

/** French words that carry no meaning for search, folded: see `STOP_WORDS`. */
export const FRENCH_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a ai aie aient aies ait as au aura aurai auraient aurais aurait auras aurez auriez aurions ' +
    'aurons auront aux avaient avais avait avec avez aviez avions avoir avons ayant c ca ce ceci ' +
    'cela celle celles celui ces cet cette ceux chaque comme comment d dans de des deja depuis ' +
    'dont du elle elles en encore entre es est et etaient etais etait etant ete etes etre eu eue ' +
    'eues eurent eus eut eux fait faire fois font furent fut il ils j je l la le les leur leurs ' +
    'lui m ma mais me meme mes moi mon n ne ni nos notre nous on ont ou par parce pas peu peut ' +
    'plus pour pourquoi quand que quel quelle quelles quels qui quoi s sa sans se sera seraient ' +
    'serait ses si sinon soit sont sous suis sur t ta te tes toi ton tous tout toute toutes tres ' +
    'tu un une vers voici voila vos votre vous y combien dit dire disent parle parlent concernant ' +
    'propos sujet selon article articles ' +
    // French light verbs and question frames: they shape a question, not its subject.
    'lieu passe passee arrive arrivee agit sait savoir veut veulent peuvent pourrait faut ' +
    'quoi quelque chose chose choses moment nombre pourcentage montant quantite total ' +
    'avoir eu etre c koi kel kelle svp stp dure durer duree durent va vont vais aussi ' +
    // Elisions (qu'a, jusqu'où) and the future of aller (ira-t-il en Chine ?).
    'qu lorsqu puisqu jusqu quoiqu ira iront irai iras irons ' +
    // Asking what someone does is asking who they are.
    'role poste fonction fonctions occupe occupation metier ' +
    // The French of the English function words below, so that a question in either language
    // keeps only its subject: `après`/`after`, `pendant`/`during`, `avant`/`before`.
    'apres avant pendant lors autant ainsi alors donc car ici toujours jamais beaucoup trop tant ' +
    'assez quelques plusieurs autre autres certains certaines chez contre seulement maintenant ' +
    'ensuite puis pourra pourront pourrais pourrions doit doivent devrait devraient qd pk pq ' +
    // The French of the English light verbs `take`, `come`, `need`: `pris du retard` is `retard`.
    // (`venue` is left out: it is an English noun, `the venue`.)
    'prendre prend prennent pris venir vient viennent venu venus besoin ' +
    // `aujourd’hui` splits at its apostrophe, into two words no article needs to use: it is
    // `maintenant`, as `now` is.
    'aujourd hui '
  )
    .trim()
    .split(/\s+/u),
);

/** English words that carry no meaning for search, folded: see `STOP_WORDS`. */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'about above after again against all am an and any are as at be because been before being ' +
    'below between both but by can could did do does doing done down during each few for from ' +
    'further had has have having he her here hers him his how i if in into is it its itself just ' +
    'many me more most much my no nor not now of off on once only or other our ours out over own ' +
    'said same say says she should so some such tell than that the their theirs them then there ' +
    'these they this those through to too under until up very was we were what whats when where ' +
    'which while who whom why will with would you your yours s t d ll re ve m ' +
    // English light verbs and question frames.
    'take takes took taken place happen happens happened held hold get got make made know ' +
    'known want wanted need going come came think give given also still like thing things ' +
    'number percentage amount total please tell anything something cause caused lasted lasting ' +
    'role job ' +
    // The English of the French function words above (`today`: `aujourd’hui`, dropped as `now`).
    'since every able today another'
  )
    .trim()
    .split(/\s+/u),
);

/**
 * Words that carry no meaning for search, French and English, folded. Question words are here
 * too: `combien`, `how many` say what kind of answer is wanted, not what it is about. A question's
 * language is not known, so both lists apply to it; the lexicon, which knows its languages, uses
 * each apart (`car` is a French stop word and an English noun).
 */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  ...FRENCH_STOP_WORDS,
  ...ENGLISH_STOP_WORDS,
]);

/**
 * Phrases that frame a question without naming its subject, folded, dropped before search: the
 * kind of answer they ask for is read from the question apart (see `wantedFigures`). Their words
 * alone may mean something (`temps` is also the weather), so only the whole phrase goes.
 */
const QUESTION_FRAMES: readonly string[][] = [
  'combien de temps',
  'how long',
  'how much time',
  'quelle duree',
  'est ce que',
  'qu est ce que',
  'c est quoi',
  // A claim put as a question asks whether the article says it: `is it true that…` names no
  // subject (a question checking a figure, `est-ce vrai que la gagnante repart avec 8000 livres`).
  'is it true',
  'is it really true',
  'c est vrai',
  'c est bien vrai',
  'est ce vrai',
  'est ce bien vrai',
  'est il vrai',
].map((phrase) => phrase.split(' '));

/** `tokens` without the question frames they hold. */
export function dropQuestionFrames(tokens: Token[]): Token[] {
  const kept: Token[] = [];
  for (let i = 0; i < tokens.length; ) {
    const frame = QUESTION_FRAMES.find((phrase) =>
      phrase.every((word, offset) => tokens[i + offset]?.word === word),
    );
    if (frame === undefined) kept.push(tokens[i++] as Token);
    else i += frame.length;
  }
  return kept;
}

/**
 * Numbers written in words, folded, with their digits: `quatre ans` meets `4 ans`.
 * Only numbers a question is likely to spell out.
 */
export const NUMBER_WORDS: ReadonlyMap<string, string> = new Map([
  ['deux', '2'],
  ['trois', '3'],
  ['quatre', '4'],
  ['cinq', '5'],
  ['six', '6'],
  ['sept', '7'],
  ['huit', '8'],
  ['neuf', '9'],
  ['dix', '10'],
  ['douze', '12'],
  ['quinze', '15'],
  ['vingt', '20'],
  ['cent', '100'],
  ['mille', '1000'],
  ['two', '2'],
  ['three', '3'],
  ['four', '4'],
  ['five', '5'],
  ['seven', '7'],
  ['eight', '8'],
  ['nine', '9'],
  ['ten', '10'],
  ['twelve', '12'],
  ['fifteen', '15'],
  ['twenty', '20'],
  ['hundred', '100'],
  ['thousand', '1000'],
]);

const SUFFIXES = [
  'issements',
  'issement',
  'ements',
  'ement',
  'ations',
  'ation',
  'itions',
  'ition',
  'ateurs',
  'ateur',
  'atrice',
  'aient',
  'ances',
  'ance',
  'ences',
  'ence',
  'ables',
  'able',
  'ibles',
  'ible',
  'iques',
  'ique',
  'ismes',
  'isme',
  'istes',
  'iste',
  'ions',
  'ion',
  'ives',
  'ive',
  'euses',
  'euse',
  'eurs',
  'eur',
  'ing',
  'ies',
  'ied',
  'ees',
  'ee',
  'ent',
  'ed',
  'er',
  'ez',
  'es',
  'e',
];
export const MIN_STEM = 4;

/**
 * A light stemmer for folded French and English words: enough to make `coopération` and
 * `coopéraient`, or `rencontrés` and `rencontre`, meet. Short words are left alone.
 */
export function stem(word: string): string {
  const base = IRREGULAR.get(word);
  if (base !== undefined) return stem(base);
  if (word.length <= MIN_STEM || /\d/u.test(word)) return word;
  // French plurals in -aux are of words in -al: `hôpitaux` is `hôpital`.
  const singular = word.endsWith('aux')
    ? `${word.slice(0, -3)}al`
    : /[sx]$/u.test(word)
      ? word.slice(0, -1)
      : word;
  for (const suffix of SUFFIXES) {
    if (singular.endsWith(suffix) && singular.length - suffix.length >= MIN_STEM) {
      const base = singular.slice(0, -suffix.length);
      // English endings: `carried` is `carry`, `shutting` is `shut`.
      if (suffix === 'ied') return `${base}i`;
      if ((suffix === 'ing' || suffix === 'ed') && DOUBLED_CONSONANT.test(base))
        return base.slice(0, -1);
      return englishY(base);
    }
  }
  return englishY(singular);
}

/**
 * English irregular past forms and their verb (`kept` is `keep`), at least four letters each so
 * that the stemmer sees them. Forms that are also French words are left out: `rose`, `sent`,
 * `lent`, `chose`.
 */
const IRREGULAR: ReadonlyMap<string, string> = new Map(
  (
    'kept:keep held:hold took:take taken:take made:make told:tell sold:sell ' +
    'spent:spend lost:lose built:build bought:buy brought:bring thought:think ' +
    'taught:teach caught:catch fought:fight found:find felt:feel meant:mean dealt:deal ' +
    'fell:fall fallen:fall grew:grow grown:grow knew:know known:know shown:show drew:draw ' +
    'drawn:draw threw:throw thrown:throw flew:fly flown:fly began:begin begun:begin ' +
    'drove:drive driven:drive wrote:write written:write gave:give given:give broke:break ' +
    'broken:break spoke:speak spoken:speak stood:stand risen:rise chosen:choose ' +
    'forgot:forget forgotten:forget hidden:hide slept:sleep swept:sweep ' +
    'struck:strike stuck:stick sank:sink sunk:sink shook:shake shaken:shake'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/** A consonant English doubles before `-ing`/`-ed` (`planned`, `running`), not `ll`, `ss`. */
const DOUBLED_CONSONANT = /([bdgmnprt])\1$/u;
/** English `-y` is `-i` before an ending (`company`, `companies`; `carry`, `carried`). */
const englishY = (word: string): string => (word.endsWith('y') ? `${word.slice(0, -1)}i` : word);

/**
 * Tells which tokens of `text` carry no meaning for search. `AI`, `US` or `IT` written in capitals
 * are names, not the stop words `ai`, `us`, `it`, unless the text shouts (all in capitals, over
 * a few words). Whether it shouts is worked out once, on the first acronym.
 */
export function stopTokensOf(text: string): (token: Token) => boolean {
  let shouting: boolean | undefined;
  return (token) => {
    if (!STOP_WORDS.has(token.word)) return false;
    if (NOUN_STOP_WORDS.has(token.word) && isSummer(text, token)) return false;
    const written = text.slice(token.start, token.end);
    const acronym =
      written.length >= 2 && written === written.toUpperCase() && written !== written.toLowerCase();
    if (!acronym) return true;
    shouting ??= !/\p{Ll}/u.test(text) && text.trim().split(/\s+/u).length > 2;
    return shouting;
  };
}

/**
 * Stop words that are also nouns, told apart where they are read (`isSummer`): the dictionary
 * keeps them, so that `summer` finds `l’été 2025` and `cet été` finds `summer`.
 */
export const NOUN_STOP_WORDS: ReadonlySet<string> = new Set(['ete']);

/** Words after which French `été` is the season, not `been`: `l’été`, `cet été`, `en été`. */
const BEFORE_SUMMER = new Set(['l', 'le', 'cet', 'en', 'd', 'un', 'chaque', 'bel', 'plein', 'mi']);

/**
 * Whether `été` is the summer: after an article or `en`, or before a year (`été 2025`). Else it
 * is the participle `been` (`a été fermée`), a stop word, as an index of every `a été` would
 * otherwise answer a question about the summer.
 */
function isSummer(text: string, token: Token): boolean {
  const before = /(\p{L}+)[^\p{L}\d]*$/u.exec(
    text.slice(Math.max(0, token.start - 12), token.start),
  );
  if (before?.[1] !== undefined && BEFORE_SUMMER.has(fold(before[1]))) return true;
  return /^[^\p{L}\d]*(1[89]|20)\d\d\b/u.test(text.slice(token.end, token.end + 8));
}

/** French present and imperfect endings, folded, longest first: `bossent` is `bosser`. */
const CONJUGATIONS = ['aient', 'ent', 'ait', 'ais', 'ons'];

/** The infinitive a conjugated French verb may be (`bossent` → `bosser`), or the word itself. */
export function infinitiveOf(word: string): string {
  const ending = CONJUGATIONS.find((end) => word.endsWith(end) && word.length - end.length >= 3);
  return ending === undefined ? word : `${word.slice(0, -ending.length)}er`;
}

/** Plural, gender and verb endings, folded: `rencontrées`, `rencontrer`, `meeting` → `rencontr`, `meet`. */
const INFLECTIONS = ['ees', 'ee', 'es', 'er', 'ez', 'e', 's', 'x', 'ed', 'ing'];

/**
 * A folded phrase with each word's inflection cut, so that the glossary finds `téléphoné` under
 * `téléphoner`. Unlike `stem`, derivations stay: `position` is not `positive`, `parle` not
 * `parlement`.
 */
export function inflectionKey(phrase: string): string {
  // One word, as most look-ups are: without the arrays of splitting and joining.
  if (!phrase.includes(' ')) return uninflected(phrase);
  return phrase.split(' ').map(uninflected).join(' ');
}

/** One folded word without its inflection: see `inflectionKey`. */
function uninflected(word: string): string {
  for (const end of INFLECTIONS) {
    if (word.endsWith(end) && word.length - end.length >= 4) return word.slice(0, -end.length);
  }
  return word;
}

/** The meaningful folded words of a text, in order. */
export function contentWords(text: string): string[] {
  const isStop = stopTokensOf(text);
  return tokenize(text)
    .filter((token) => !isStop(token))
    .map((token) => token.word);
}
