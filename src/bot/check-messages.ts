import type { Verdict } from '../search/claims/claim-types.ts';
import type { Language } from './i18n.ts';

/** The bot's words for checking a message against the articles, in both languages. */
const en = {
  title: 'Checked against the articles',
  verdict: {
    supported: '✅ The articles say so',
    contradicted: '❌ The articles say otherwise',
    'not-found': '❔ The articles do not say',
  } satisfies Record<Verdict, string>,
  checked: (checked: number, found: number) =>
    found > checked
      ? `I checked the first ${checked} of ${found} claims in this message.`
      : checked === 1
        ? 'I checked 1 claim.'
        : `I checked ${checked} claims.`,
  noClaim:
    'I found no claim to check in this message (only a question, a greeting or too few words).',
  noText: 'This message has no text to check (only an image, a file or an embed).',
  claim: 'Claim:',
  articleGives: (article: string, claimed: string) =>
    `The article gives **${article}**, not ${claimed}.`,
  claimedElsewhere: 'What the claim states is said of something else here:',
  silent: 'Nothing in the articles speaks of this; that does not make it false.',
  missingText: 'Please paste the text to check.',
};

type CheckMessages = typeof en;

const fr: CheckMessages = {
  title: 'Vérifié dans les articles',
  verdict: {
    supported: '✅ Les articles le disent',
    contradicted: '❌ Les articles disent autre chose',
    'not-found': '❔ Les articles ne le disent pas',
  },
  checked: (checked, found) =>
    found > checked
      ? `J’ai vérifié les ${checked} premières affirmations sur ${found} de ce message.`
      : checked === 1
        ? 'J’ai vérifié 1 affirmation.'
        : `J’ai vérifié ${checked} affirmations.`,
  noClaim:
    'Je n’ai trouvé aucune affirmation à vérifier dans ce message (seulement une question, une salutation ou trop peu de mots).',
  noText: 'Ce message n’a pas de texte à vérifier (seulement une image, un fichier ou un embed).',
  claim: 'Affirmation :',
  articleGives: (article, claimed) => `L’article donne **${article}**, et non ${claimed}.`,
  claimedElsewhere: 'Ce que dit l’affirmation se rapporte ici à autre chose :',
  silent: 'Rien dans les articles n’en parle ; cela ne la rend pas fausse pour autant.',
  missingText: 'Collez le texte à vérifier.',
};

export const CHECK_MESSAGES: Record<Language, CheckMessages> = { en, fr };
