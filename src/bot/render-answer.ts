import { escapeMarkdown } from 'discord.js';
import type { Answer, Passage } from '../search/answer.ts';
import { LIMITS, truncate } from './discord-limits.ts';
import { type Language, MESSAGES } from './i18n.ts';
import type { BotReply } from './reply.ts';

/** Embed colours: a quote, and a "the articles do not say". */
export const COLOURS = { answer: 0x2b6cb0, noAnswer: 0x718096 } as const;

/**
 * Makes text safe to echo: no markdown takes effect and no mention renders or pings, whatever the
 * reader typed (`@everyone`, `<@id>`, `<@&role>`, `<#channel>`). `allowed_mentions` already stops
 * pings; this also keeps the text looking like what was typed.
 */
export function escapeText(text: string): string {
  return escapeMarkdown(text, {
    numberedList: true,
    bulletedList: true,
    heading: true,
    maskedLink: true,
  })
    .replace(/@(everyone|here)/gu, '@\u200b$1')
    .replace(/<([@#][!&]?)(\d+)>/gu, '<\u200b$1$2>')
    .replace(/<(\/[^:>]+:\d+)>/gu, '<\u200b$1>');
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

const QUOTE_BUDGET = 1500;
const FIELD_QUOTE_BUDGET = 700;

export interface AnswerReplyOptions {
  language: Language;
  /** Embed title: the reader's question, or a topic's label. */
  title: string;
  /** Command names to offer when nothing answers. */
  topicCommands: string[];
  ephemeral: boolean;
}

/** An Answer as a Discord reply: the best quote, up to two more, the figures, the citation. */
export function renderAnswer(answer: Answer, options: AnswerReplyOptions): BotReply {
  const messages = MESSAGES[options.language];
  const title = escapeLine(options.title, LIMITS.embedTitle) || messages.noAnswerTitle;
  const [best, ...others] = answer.results;
  if (!answer.answered || best === undefined) {
    const lines = [messages.noAnswer];
    if (answer.suggestions.length > 0) {
      lines.push(messages.closestWords(answer.suggestions.map(escapeText).join(', ')));
    }
    if (options.topicCommands.length > 0) {
      lines.push(
        messages.topicsHint(options.topicCommands.map((name) => `\`/${name}\``).join(' ')),
      );
    }
    lines.push(messages.askHint);
    return {
      ephemeral: options.ephemeral,
      embeds: [
        {
          title,
          description: lines.join('\n\n'),
          color: COLOURS.noAnswer,
          footer: { text: messages.noAnswerTitle },
        },
      ],
    };
  }
  const documents = new Set(answer.results.map((passage) => passage.document));
  const manyDocuments = documents.size > 1;
  const fields = others.slice(0, 2).map((passage) => ({
    name: `${messages.morePassages} — ${citation(passage, options.language, manyDocuments)}`,
    value: `> ${boldQuote(passage, FIELD_QUOTE_BUDGET)}`,
  }));
  const figures = [
    ...new Map(
      answer.results.flatMap((passage) => passage.figures).map((figure) => [figure.text, figure]),
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
  return {
    ephemeral: options.ephemeral,
    embeds: [
      {
        title,
        description: `> ${boldQuote(best, QUOTE_BUDGET)}\n— ${citation(best, options.language, manyDocuments)}`,
        color: COLOURS.answer,
        fields,
        footer: { text: manyDocuments ? [...documents].join(' · ') : best.document },
      },
    ],
  };
}
