import type { Figure, FigureKind } from '../knowledge/types.ts';

/** The bot's own words, in the two languages readers use. Article text is never translated. */
export type Language = 'en' | 'fr';

/** `1 article`, `2 articles`: French takes the singular for 0 and 1 too. */
const count = (n: number, one: string, many: string, language: Language) =>
  `${n} ${n === 1 || (language === 'fr' && n === 0) ? one : many}`;

type Counts = { articles: number; sentences: number; figures: number; topics: number };

/** Discord's `interaction.locale`: French for `fr`, English for everything else. */
export function languageOf(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

const en = {
  noAnswerTitle: 'The articles do not say',
  noAnswer:
    'Nothing in the articles answers this question, so I would rather not quote something unrelated.',
  topicsHint: (topics: string) => `Topics I can quote: ${topics}`,
  closestWords: (words: string) => `Closest words in the articles: ${words}`,
  askHint: 'Try `/ask` with other words, or `/source` to see what I know.',
  figures: 'Figures',
  morePassages: 'Also',
  notInPassage: (missing: string, instead: string) =>
    `Not in this passage: ${missing}${instead ? ` — the article gives ${instead}` : ''}`,
  paragraph: (n: number) => `§ ${n}`,
  sectionLead: 'Introduction',
  noFigures: 'No figures in these articles.',
  figuresTitle: (topic: string | null) => (topic ? `Key figures — ${topic}` : 'Key figures'),
  sourceTitle: 'What I know',
  sourceCounts: (sections: number, paragraphs: number, sentences: number, figures: number) =>
    [
      count(sections, 'section', 'sections', 'en'),
      count(paragraphs, 'paragraph', 'paragraphs', 'en'),
      count(sentences, 'sentence', 'sentences', 'en'),
      count(figures, 'figure', 'figures', 'en'),
    ].join(' · '),
  knowledgeCounts: (counts: Counts) =>
    [
      count(counts.articles, 'article', 'articles', 'en'),
      count(counts.sentences, 'sentence', 'sentences', 'en'),
      count(counts.figures, 'figure', 'figures', 'en'),
      count(counts.topics, 'topic', 'topics', 'en'),
    ].join(' · '),
  /** What a figure measures, from its kind and unit. */
  measures: (figure: Pick<Figure, 'kind' | 'unit'>): string =>
    (
      ({
        count: figure.unit ? `number of ${figure.unit}` : 'number',
        money: `amount (${figure.unit})`,
        percent: 'percentage',
        duration: `duration (${figure.unit})`,
        date: 'date',
        time: 'time of day',
        temperature: 'temperature',
        ratio: figure.unit === '×' ? 'multiple' : 'share',
      }) satisfies Record<FigureKind, string>
    )[figure.kind],
  sourceHowCited:
    'I quote sentences word for word and cite them as: article — section, § paragraph (paragraphs counted from the top of the article). Bold words matched your question; bold numbers are figures.',
  sourceMore: (articles: number, hidden: number) =>
    `${articles} articles in all: the first are listed, ${hidden} more are not.`,
  helpTitle: 'How to ask',
  helpIntro: 'I answer questions about the articles by quoting them, in French or English.',
  error: 'Sorry, something went wrong while answering. Please try again.',
  unknownCommand: 'I no longer know this command. Type `/help` to see what I can do.',
  missingQuestion: 'Please type a question.',
  unknownTopic: (name: string) => `There is no topic called “${name}”.`,
  topicEmpty: 'The articles say nothing on this topic yet.',
  previous: '◀ Previous',
  more: 'More ▶',
  context: 'Context',
  postPublicly: 'Post publicly',
  page: (page: number, pages: number) => `page ${page}/${pages}`,
  notYourAnswer: 'Only the reader who asked can page this answer. Ask with `/ask` to get your own.',
  staleButton: 'This button no longer works (the bot or its articles changed). Please ask again.',
  contextTitle: 'In context',
  didYouMean: 'Did you mean…',
  slowDown: (seconds: number) => `Slow down a little: try again in ${seconds} s.`,
  reloadDone: 'Knowledge reloaded',
  reloadFailed: 'Reload failed: still serving the previous articles',
  reloadCounts: (before: string, after: string) => `${before} → ${after}`,
  reloadCommandsUpdated: 'Topics changed: commands re-registered.',
  statsTitle: 'Questions asked',
  statsSummary: (total: number, answered: number) =>
    `${count(total, 'question', 'questions', 'en')}, ${answered} answered (${total === 0 ? 0 : Math.round((answered / total) * 100)} %)`,
  statsByCommand: 'By command',
  statsByLocale: 'By language',
  statsUnanswered: 'Not answered by the articles',
  statsNone: 'Nothing yet.',
  statsAllServers: 'Questions asked — every server and DM',
  statsServerOnly: '`/stats` shows a server’s questions: use it in that server.',
  needManageServer: 'Only members who can manage this server may see its questions.',
  ownersOnly: 'Only the bot’s owners may reload the articles.',
  reloadTooSoon: (seconds: number) => `Reloaded moments ago: try again in ${seconds} s.`,
  reloadRegistrationRefused: (reason: string) =>
    `Discord refused the new commands: ${reason}. The previous ones stay registered; the next reload, or a retry, registers them.`,
  reloadRegistrationPending:
    'Discord could not be reached for the commands: they will be registered on a retry.',
  unsupportedInteraction:
    'I cannot answer this kind of interaction. Type `/help` to see what I do.',
  wrongPlace: 'This button belongs to a message in another server or channel.',
  consoleHelp:
    'Type a command, e.g. /ask question: Who met in Bangkok?  —  /help lists them; after an answer, `more` and `context`; Ctrl+D quits.',
  consoleNoSlash: 'Commands start with /, e.g. /ask question: …  (/help lists them)',
  consoleUnknownCommand: (name: string) => `Unknown command /${name}. Type /help.`,
  consoleAskFirst: 'Ask something first, e.g. /ask question: …',
  consoleNoMore: 'No more passages.',
  consolePrivate: '(only you would see this reply on Discord)',
  consoleError: 'error',
};

type Messages = typeof en;

const fr: Messages = {
  noAnswerTitle: 'Les articles ne le disent pas',
  noAnswer:
    'Rien dans les articles ne répond à cette question : je préfère ne pas citer un passage sans rapport.',
  topicsHint: (topics) => `Sujets que je peux citer : ${topics}`,
  closestWords: (words) => `Mots les plus proches dans les articles : ${words}`,
  askHint: 'Essayez `/question` avec d’autres mots, ou `/source` pour voir ce que je connais.',
  figures: 'Chiffres',
  morePassages: 'Aussi',
  notInPassage: (missing, instead) =>
    `Absent de ce passage : ${missing}${instead ? ` — l’article donne ${instead}` : ''}`,
  paragraph: (n) => `§ ${n}`,
  sectionLead: 'Introduction',
  noFigures: 'Aucun chiffre dans ces articles.',
  figuresTitle: (topic) => (topic ? `Chiffres clés — ${topic}` : 'Chiffres clés'),
  sourceTitle: 'Ce que je connais',
  sourceCounts: (sections, paragraphs, sentences, figures) =>
    [
      count(sections, 'section', 'sections', 'fr'),
      count(paragraphs, 'paragraphe', 'paragraphes', 'fr'),
      count(sentences, 'phrase', 'phrases', 'fr'),
      count(figures, 'chiffre', 'chiffres', 'fr'),
    ].join(' · '),
  knowledgeCounts: (counts) =>
    [
      count(counts.articles, 'article', 'articles', 'fr'),
      count(counts.sentences, 'phrase', 'phrases', 'fr'),
      count(counts.figures, 'chiffre', 'chiffres', 'fr'),
      count(counts.topics, 'sujet', 'sujets', 'fr'),
    ].join(' · '),
  measures: (figure) =>
    (
      ({
        count: figure.unit ? `nombre de ${figure.unit}` : 'nombre',
        money: `montant (${figure.unit})`,
        percent: 'pourcentage',
        duration: `durée (${figure.unit})`,
        date: 'date',
        time: 'heure',
        temperature: 'température',
        ratio: figure.unit === '×' ? 'multiple' : 'proportion',
      }) satisfies Record<FigureKind, string>
    )[figure.kind],
  sourceHowCited:
    'Je cite les phrases mot pour mot, avec leur référence : article — section, § paragraphe (paragraphes comptés depuis le début de l’article). Les mots en gras répondent à votre question ; les nombres en gras sont des chiffres.',
  sourceMore: (articles, hidden) =>
    `${articles} articles en tout : les premiers sont listés, ${hidden} autres non.`,
  helpTitle: 'Comment poser une question',
  helpIntro: 'Je réponds aux questions sur les articles en les citant, en français ou en anglais.',
  error: 'Désolé, un problème est survenu pendant la réponse. Veuillez réessayer.',
  unknownCommand:
    'Je ne connais plus cette commande. Tapez `/aide` pour voir ce que je sais faire.',
  missingQuestion: 'Veuillez taper une question.',
  unknownTopic: (name) => `Il n’y a pas de sujet « ${name} ».`,
  topicEmpty: 'Les articles ne disent encore rien sur ce sujet.',
  previous: '◀ Précédent',
  more: 'Suite ▶',
  context: 'Contexte',
  postPublicly: 'Publier pour tous',
  page: (page, pages) => `page ${page}/${pages}`,
  notYourAnswer:
    'Seule la personne qui a posé la question peut parcourir cette réponse. Utilisez `/question` pour la vôtre.',
  staleButton:
    'Ce bouton ne fonctionne plus (le bot ou ses articles ont changé). Posez la question à nouveau.',
  contextTitle: 'En contexte',
  didYouMean: 'Vouliez-vous dire…',
  slowDown: (seconds) => `Doucement : réessayez dans ${seconds} s.`,
  reloadDone: 'Connaissances rechargées',
  reloadFailed: 'Échec du rechargement : les articles précédents restent en service',
  reloadCounts: (before, after) => `${before} → ${after}`,
  reloadCommandsUpdated: 'Les sujets ont changé : commandes réenregistrées.',
  statsTitle: 'Questions posées',
  statsSummary: (total, answered) =>
    `${count(total, 'question', 'questions', 'fr')}, ${answered} avec réponse (${total === 0 ? 0 : Math.round((answered / total) * 100)} %)`,
  statsByCommand: 'Par commande',
  statsByLocale: 'Par langue',
  statsUnanswered: 'Sans réponse dans les articles',
  statsNone: 'Rien pour l’instant.',
  statsAllServers: 'Questions posées — tous les serveurs et messages privés',
  statsServerOnly:
    '`/statistiques` montre les questions d’un serveur : utilisez-la sur ce serveur.',
  needManageServer: 'Seuls les membres qui peuvent gérer ce serveur voient ses questions.',
  ownersOnly: 'Seuls les propriétaires du bot peuvent recharger les articles.',
  reloadTooSoon: (seconds) => `Rechargé à l’instant : réessayez dans ${seconds} s.`,
  reloadRegistrationRefused: (reason) =>
    `Discord a refusé les nouvelles commandes : ${reason}. Les précédentes restent enregistrées ; le prochain rechargement, ou un nouvel essai, les enregistrera.`,
  reloadRegistrationPending:
    'Discord était injoignable pour les commandes : elles seront enregistrées au prochain essai.',
  unsupportedInteraction:
    'Je ne sais pas répondre à ce type d’interaction. Tapez `/aide` pour voir ce que je fais.',
  wrongPlace: 'Ce bouton appartient à un message d’un autre serveur ou salon.',
  consoleHelp:
    'Tapez une commande, par ex. /question question: Qui s’est rencontré à Bangkok ?  —  /aide les liste ; après une réponse, `suite` et `contexte` ; Ctrl+D pour quitter.',
  consoleNoSlash:
    'Les commandes commencent par /, par ex. /question question: …  (/aide les liste)',
  consoleUnknownCommand: (name) => `Commande inconnue : /${name}. Tapez /aide.`,
  consoleAskFirst: 'Posez d’abord une question, par ex. /question question: …',
  consoleNoMore: 'Pas d’autres passages.',
  consolePrivate: '(sur Discord, vous seul verriez cette réponse)',
  consoleError: 'erreur',
};

export const MESSAGES: Record<Language, Messages> = { en, fr };
