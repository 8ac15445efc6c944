import {
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIStringSelectComponent,
  ButtonStyle,
  ComponentType,
  escapeMarkdown,
} from 'discord.js';
import type { Topic } from '../knowledge/types.ts';
import type { Answer, Passage } from '../search/answer.ts';
import { encodeContext, encodeDidYouMean, encodePage } from './custom-id.ts';
import { LIMITS, truncate } from './discord-limits.ts';
import { type Language, MESSAGES } from './i18n.ts';
import type { BotReply } from './reply.ts';

/**
 * Embed colours: a quote, a quote that lacks some of the question's terms (a year, a place), and
 * a "the articles do not say".
 */
export const COLOURS = { answer: 0x2b6cb0, partial: 0xd69e2e, noAnswer: 0x718096 } as const;

/** Characters that reorder text on screen: embedding, override and isolate controls. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/gu;

/**
 * What some rule of `escapeEverything` acts on: a mark anywhere, a `-` or a number starting a
 * line, `<`, `@` or a bidirectional control. Most sentences have none, and escaping them
 * (discord.js's look-behind regular expressions) was a third of rendering an answer.
 */
const ESCAPED_SOMEWHERE = /[\\`*_~|#[<@\u202A-\u202E\u2066-\u2069]|^\s*-|^ *\d+\./mu;

/**
 * Makes text safe to echo: no markdown takes effect and no mention renders or pings, whatever the
 * reader typed (`@everyone`, `<@id>`, `<@&role>`, `<#channel>`), nor a timestamp (`<t:…>`), a
 * guide link (`<id:customize>`), a command mention or an emoji; no `-# ` subtext line; and no
 * bidirectional override (U+202E) turns the text around. `allowed_mentions` already stops
 * pings; this also keeps the text looking like what was typed. Any value is accepted: a missing
 * one (a locale Discord did not send) gives ''.
 */
export function escapeText(value: unknown): string {
  const text = typeof value === 'string' ? value : value == null ? '' : String(value);
  return ESCAPED_SOMEWHERE.test(text) ? escapeEverything(text) : text;
}

/** `escapeText` without the shortcut for text that needs nothing (exported for its test). */
export function escapeEverything(text: string): string {
  return escapeMarkdown(text.replace(BIDI_CONTROLS, ''), {
    numberedList: true,
    bulletedList: true,
    heading: true,
    maskedLink: true,
  })
    .replace(/^(\s*)-#(?=\s)/gmu, '$1\\-#')
    .replace(/@(everyone|here)/gu, '@\u200b$1')
    .replace(/<(?=[^\s<])/gu, '<\u200b');
}

/** Question or title as a reader typed it, on one line, escaped. */
export function escapeLine(text: string, max: number): string {
  return escapeText(truncate(text.replace(/\s+/gu, ' ').trim(), max));
}

/**
 * The sentence, verbatim but escaped, with the words that matched the question and its figures
 * in bold, cut to `max` characters of source text.
 */
export function boldQuote(passage: Passage, max: number): string {
  const sentence = truncate(passage.sentence, max);
  const visible =
    sentence.endsWith('…') && sentence !== passage.sentence ? sentence.length - 1 : sentence.length;
  const spans = [
    ...passage.highlights,
    ...passage.figures.map((figure) => ({
      start: figure.start,
      end: figure.start + figure.text.length,
    })),
  ]
    .filter((span) => span.end <= visible)
    .sort((a, b) => a.start - b.start);
  // Overlapping spans, or spans only a space apart, become one run: `**3 970 décès**`.
  const runs: { start: number; end: number }[] = [];
  for (const span of spans) {
    const last = runs[runs.length - 1];
    const gap = last ? sentence.slice(last.end, span.start) : '';
    if (last && (span.start <= last.end || /^[\s\u00A0\u202F]+$/u.test(gap))) {
      last.end = Math.max(last.end, span.end);
    } else runs.push({ ...span });
  }
  let text = '';
  let at = 0;
  for (const run of runs) {
    text += `${escapeText(sentence.slice(at, run.start))}**${escapeText(sentence.slice(run.start, run.end))}**`;
    at = run.end;
  }
  return text + escapeText(sentence.slice(at));
}

/** `Section — § 4`, localized; the article title too when asked (several articles). */
export function citation(passage: Passage, language: Language, withDocument: boolean): string {
  const messages = MESSAGES[language];
  const parts = [
    withDocument ? passage.document : null,
    passage.section ?? messages.sectionLead,
    messages.paragraph(passage.paragraph),
  ].filter((part): part is string => part !== null && part !== '');
  return escapeText(parts.join(' — '));
}

/**
 * `⚠️ Not in this passage: 2023 — the article gives 2022`, escaped, or '' when the passage holds
 * every specific term of the question.
 */
export function gapLine(passage: Passage, language: Language): string {
  if (passage.missing.length === 0) return '';
  const list = (terms: string[]): string => escapeLine(terms.join(', '), GAP_BUDGET);
  return `⚠️ ${MESSAGES[language].notInPassage(list(passage.missing), list(passage.instead))}`;
}

const GAP_BUDGET = 200;
const QUOTE_BUDGET = 1500;
const FIELD_QUOTE_BUDGET = 700;
/** Passages per page: the best quoted in full, two more as fields. */
export const PAGE_SIZE = 3;
/** Passages an answer keeps for paging (four pages); they must fit in a button's custom_id. */
export const MAX_RESULTS = 12;

export interface AnswerReplyOptions {
  language: Language;
  /** Embed title: the reader's question, or a topic's label. Escaped here. */
  title: string;
  /** Topics to offer when nothing answers. */
  topics: readonly Topic[];
  /** Each command's name in the reader's language (`red-sea` → `mer-rouge`), as /help shows it. */
  commandNames?: ReadonlyMap<string, string>;
  ephemeral: boolean;
  /**
   * Who asked, which knowledge version, and where (`placeOf`): what the buttons need. Absent: no
   * buttons (console).
   */
  buttons?: { owner: string; version: string; place: string };
}

export interface PageOptions extends Omit<AnswerReplyOptions, 'title' | 'topics'> {
  /** Title already escaped (taken back from the message a button sits on). */
  safeTitle: string;
  page: number;
}

function pageButtons(passages: Passage[], options: PageOptions): BotReply['components'] {
  if (!options.buttons) return undefined;
  const { owner, version, place } = options.buttons;
  const messages = MESSAGES[options.language];
  const sentenceIds = passages.map((passage) => passage.sentenceId);
  const pages = Math.ceil(passages.length / PAGE_SIZE);
  const first = passages[options.page * PAGE_SIZE];
  const state = { owner, version, sentenceIds, place };
  const buttons: APIButtonComponentWithCustomId[] = [];
  if (pages > 1) {
    buttons.push(
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: messages.previous,
        custom_id: encodePage({
          ...state,
          action: 'previous',
          page: Math.max(0, options.page - 1),
        }),
        disabled: options.page === 0,
      },
      {
        type: ComponentType.Button,
        style: ButtonStyle.Primary,
        label: messages.more,
        custom_id: encodePage({
          ...state,
          action: 'more',
          page: Math.min(pages - 1, options.page + 1),
        }),
        disabled: options.page >= pages - 1,
      },
    );
  }
  if (first) {
    buttons.push({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label: messages.context,
      custom_id: encodeContext(version, first.sentenceId, place),
    });
  }
  if (options.ephemeral) {
    buttons.push({
      type: ComponentType.Button,
      style: ButtonStyle.Success,
      label: messages.postPublicly,
      custom_id: encodePage({ ...state, action: 'share', page: options.page }),
    });
  }
  return buttons.length > 0 ? [{ type: ComponentType.ActionRow, components: buttons }] : undefined;
}

/** One page of passages: the first quoted in full, the others as fields, then the figures. */
export function renderPage(passages: Passage[], options: PageOptions): BotReply {
  const messages = MESSAGES[options.language];
  const pages = Math.max(1, Math.ceil(passages.length / PAGE_SIZE));
  const page = Math.min(Math.max(0, options.page), pages - 1);
  const shown = passages.slice(page * PAGE_SIZE, page * PAGE_SIZE + PAGE_SIZE);
  const [best, ...others] = shown;
  const documents = new Set(passages.map((passage) => passage.document));
  const manyDocuments = documents.size > 1;
  const fields = others.map((passage) => ({
    name: `${messages.morePassages} — ${citation(passage, options.language, manyDocuments)}`,
    value: [`> ${boldQuote(passage, FIELD_QUOTE_BUDGET)}`, gapLine(passage, options.language)]
      .filter(Boolean)
      .join('\n'),
  }));
  const figures = [
    ...new Map(
      shown.flatMap((passage) => passage.figures).map((figure) => [figure.text, figure]),
    ).values(),
  ];
  if (figures.length > 0) {
    fields.push({
      name: messages.figures,
      value: figures
        .map((figure) => {
          const unit = figure.kind === 'count' && figure.unit ? ` ${escapeText(figure.unit)}` : '';
          return `**${escapeText(figure.text)}**${unit}`;
        })
        .join(' · '),
    });
  }
  const footer = [
    manyDocuments
      ? [...new Set(shown.map((passage) => passage.document))].join(' · ')
      : best?.document,
  ];
  if (pages > 1) footer.push(messages.page(page + 1, pages));
  const components = pageButtons(passages, { ...options, page });
  return {
    ephemeral: options.ephemeral,
    embeds: [
      {
        title: options.safeTitle,
        description: best
          ? [
              // What the quote does not say comes first, before it can be read as the answer.
              gapLine(best, options.language),
              `> ${boldQuote(best, QUOTE_BUDGET)}\n— ${citation(best, options.language, manyDocuments)}`,
            ]
              .filter(Boolean)
              .join('\n')
          : messages.noAnswer,
        color: best && best.missing.length > 0 ? COLOURS.partial : COLOURS.answer,
        fields,
        footer: { text: footer.filter(Boolean).join(' · ') },
      },
    ],
    ...(components ? { components } : {}),
  };
}

/** Prefix of a did-you-mean choice's value: a topic, or a word of the articles. */
export const CHOICE_TOPIC = 't:';
export const CHOICE_WORD = 'w:';

/** When nothing answers: a menu of the closest words of the articles, then the topics. */
function didYouMeanMenu(
  answer: Answer,
  options: AnswerReplyOptions,
): APIActionRowComponent<APIStringSelectComponent> | undefined {
  if (!options.buttons) return undefined;
  const choices = [
    ...answer.suggestions.map((word) => ({
      label: truncate(word, 100),
      value: `${CHOICE_WORD}${word}`.slice(0, 100),
    })),
    ...options.topics.map((topic) => ({
      label: truncate(topic.label[options.language], 100),
      description: truncate(topic.description[options.language], 100),
      value: `${CHOICE_TOPIC}${topic.name}`,
    })),
  ].slice(0, 25);
  if (choices.length === 0) return undefined;
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.StringSelect,
        custom_id: encodeDidYouMean(
          options.buttons.owner,
          options.buttons.version,
          options.buttons.place,
        ),
        placeholder: MESSAGES[options.language].didYouMean,
        options: choices,
      },
    ],
  };
}

/** An Answer as a Discord reply: the first page of passages, or a plain "the articles do not say". */
export function renderAnswer(answer: Answer, options: AnswerReplyOptions): BotReply {
  const messages = MESSAGES[options.language];
  const safeTitle = escapeLine(options.title, LIMITS.embedTitle) || messages.noAnswerTitle;
  if (answer.answered && answer.results.length > 0) {
    return renderPage(answer.results.slice(0, MAX_RESULTS), { ...options, safeTitle, page: 0 });
  }
  const lines = [messages.noAnswer];
  if (answer.suggestions.length > 0) {
    lines.push(messages.closestWords(answer.suggestions.map(escapeText).join(', ')));
  }
  if (options.topics.length > 0) {
    const name = (topic: Topic) => options.commandNames?.get(topic.name) ?? topic.name;
    lines.push(messages.topicsHint(options.topics.map((topic) => `\`/${name(topic)}\``).join(' ')));
  }
  lines.push(messages.askHint);
  const menu = didYouMeanMenu(answer, options);
  return {
    ephemeral: options.ephemeral,
    ...(menu ? { components: [menu] } : {}),
    embeds: [
      {
        title: safeTitle,
        description: lines.join('\n\n'),
        color: COLOURS.noAnswer,
        footer: { text: messages.noAnswerTitle },
      },
    ],
  };
}
