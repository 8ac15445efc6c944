import type { APIEmbed } from 'discord.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../src/bot/discord-limits.ts';
import { toDiscordMessage } from '../src/bot/discord-message.ts';
import { escapeEverything, escapeText, renderAnswer } from '../src/bot/render-answer.ts';
import { findPassages, findTopicPassages } from '../src/search/find-passages.ts';
import { loadSeedIndex } from './helpers.ts';

/** Pieces trolls paste: mentions, markdown, links, direction and joining marks, emoji. */
const FRAGMENTS = [
  '@everyone',
  '@here',
  '<@123456789012345678>',
  '<@!123456789012345678>',
  '<@&123456789012345678>',
  '<#123456789012345678>',
  '</ask:123456789012345678>',
  '**',
  '__',
  '~~',
  '||',
  '`',
  '```',
  '> ',
  '# ',
  '-# ',
  '[click](https://example.com)',
  'https://discord.gg/abc',
  '\u202E',
  '\u200F',
  '\u200D',
  '\u0301',
  '\u0000',
  '\u001B[31m',
  '🙂',
  '👩‍👩‍👧',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  'fentanyl',
  'Taïwan',
  '70 000',
  'surdoses',
  '\n',
  ' ',
];

const hostileText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 400 }),
  fc.string({ unit: 'grapheme', maxLength: 400 }),
  fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 }).map((parts) => parts.join('')),
  fc
    .tuple(fc.constantFrom(...FRAGMENTS), fc.integer({ min: 1000, max: 6000 }))
    .map(([fragment, length]) =>
      fragment.repeat(Math.ceil(length / Math.max(1, fragment.length))).slice(0, length),
    ),
);

const UNSAFE_MENTION = /@(everyone|here)|<@[!&]?\d+>|<#\d+>/u;

function texts(embed: APIEmbed): string[] {
  return [
    embed.title,
    embed.description,
    embed.footer?.text,
    ...(embed.fields ?? []).flatMap((field) => [field.name, field.value]),
  ].filter((text): text is string => typeof text === 'string');
}

function checkMessage(message: ReturnType<typeof toDiscordMessage>): void {
  expect(message.allowedMentions).toEqual({ parse: [] });
  const embeds = (message.embeds ?? []) as APIEmbed[];
  let total = 0;
  for (const embed of embeds) {
    expect((embed.title ?? '').length).toBeLessThanOrEqual(LIMITS.embedTitle);
    expect((embed.description ?? '').length).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect((embed.footer?.text ?? '').length).toBeLessThanOrEqual(LIMITS.footer);
    expect((embed.fields ?? []).length).toBeLessThanOrEqual(LIMITS.embedFields);
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
      expect(field.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    }
    for (const text of texts(embed)) expect(text).not.toMatch(UNSAFE_MENTION);
    total += texts(embed).reduce((sum, text) => sum + text.length, 0);
  }
  expect(total).toBeLessThanOrEqual(LIMITS.embedsTotal);
  for (const row of (message.components ?? []) as unknown as {
    components: { custom_id?: string }[];
  }[]) {
    for (const component of row.components)
      expect((component.custom_id ?? '').length).toBeLessThanOrEqual(100);
  }
}

const withoutTime = <T extends { took_ms: number }>(answer: T) => ({ ...answer, took_ms: 0 });

describe('any question, whatever it holds', () => {
  it('is answered without throwing, within every Discord limit, pinging no one, the same way twice', async () => {
    const index = await loadSeedIndex();
    fc.assert(
      fc.property(
        hostileText,
        fc.constantFrom<'en' | 'fr'>('en', 'fr'),
        fc.boolean(),
        (question, language, hide) => {
          const answer = findPassages(index, question, { limit: 12 });
          expect(withoutTime(findPassages(index, question, { limit: 12 }))).toEqual(
            withoutTime(answer),
          );
          for (const result of answer.results)
            expect(index.corpus.sentences[result.sentenceId]?.text).toBe(result.sentence);
          const reply = renderAnswer(answer, {
            language,
            title: question,
            topics: index.corpus.topics,
            ephemeral: hide,
            buttons: { owner: '123456789012345678', version: 'abc123', place: 'zzzzzzz' },
          });
          checkMessage(toDiscordMessage(reply));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('narrows a topic safely too', async () => {
    const index = await loadSeedIndex();
    const [topic] = index.corpus.topics;
    if (!topic) throw new Error('the seed knowledge has topics');
    fc.assert(
      fc.property(hostileText, (question) => {
        const answer = findTopicPassages(index, topic, question, { limit: 12 });
        const reply = renderAnswer(answer, {
          language: 'fr',
          title: `${topic.label.fr} — ${question}`,
          topics: [],
          ephemeral: false,
        });
        checkMessage(toDiscordMessage(reply));
      }),
      { numRuns: 100 },
    );
  });
});

describe('escaping', () => {
  it('skips only text that every escaping rule would leave as it is', () => {
    const plain = 'Le fentanyl a tué 3 970 personnes au Canada, en 2023.';
    expect(escapeText(plain)).toBe(plain);
    expect(escapeText('1. **gras** @here <@1>')).toBe(
      '1\\. \\*\\*gras\\*\\* @\u200bhere <\u200b@1>',
    );
    fc.assert(
      // Short texts: escaping everything is quadratic in the length, and length is not the point.
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 200 }),
          fc
            .array(fc.constantFrom(...FRAGMENTS, '1.', ' 2.', '-', ' - ', '#'), { maxLength: 30 })
            .map((parts) => parts.join('')),
        ),
        (text) => {
          expect(escapeText(text)).toBe(escapeEverything(text));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
