import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { splitSentences } from '../src/knowledge/segment.ts';
import { foldSpaces, KNOWLEDGE_DIR } from './helpers.ts';

describe('splitSentences', () => {
  it('keeps French honorifics inside the sentence', () => {
    expect(splitSentences('M. Sullivan a vu M. Wang. Mme Liu et le Dr Chen aussi.')).toEqual([
      'M. Sullivan a vu M. Wang.',
      'Mme Liu et le Dr Chen aussi.',
    ]);
  });

  it('does not split inside guillemets or at an elided quote [...]', () => {
    const text = 'Il a dit « Non. Jamais. » Puis il est parti. Elle cite « le [...] défi ». Fin.';
    expect(splitSentences(text)).toEqual([
      'Il a dit « Non. Jamais. » Puis il est parti.',
      'Elle cite « le [...] défi ».',
      'Fin.',
    ]);
  });

  it('keeps initials, acronyms and decimals, and splits on ? and !', () => {
    expect(splitSentences('U.S. officials met J. Biden at 3.5 p.m. today? Yes! Done.')).toEqual([
      'U.S. officials met J. Biden at 3.5 p.m. today?',
      'Yes!',
      'Done.',
    ]);
  });

  it('treats no-break spaces as spaces and does not cut 70 000 or 84 %', () => {
    const text = 'Environ 70\u00A0000 personnes.\u00A0Soit 84\u202F% des cas.';
    expect(splitSentences(text)).toEqual([
      'Environ 70\u00A0000 personnes.',
      'Soit 84\u202F% des cas.',
    ]);
  });

  it('does not let an unclosed guillemet glue the rest of the paragraph', () => {
    expect(splitSentences('Il a dit « oui. Puis il est parti. Fin.')).toHaveLength(3);
  });
});

describe('the seed article', () => {
  it('has its title, 3 sections, 7 paragraphs and 14 sentences, each verbatim', async () => {
    const corpus = await loadKnowledge(KNOWLEDGE_DIR);
    const [article] = corpus.documents;
    const raw = readFileSync(join(KNOWLEDGE_DIR, article?.file ?? ''), 'utf8');
    expect(corpus.documents).toHaveLength(1);
    expect(article?.title).toMatch(/^Les États-Unis et la Chine tiennent des discussions/);
    expect(
      article?.sections.map((section) =>
        section.heading === null ? null : foldSpaces(section.heading),
      ),
    ).toEqual([
      null,
      'Lutte conjointe contre les « précurseurs » du fentanyl',
      'Des différences persistent, mais les canaux restent ouverts',
    ]);
    expect(article?.sections.flatMap((section) => section.paragraphs)).toHaveLength(7);
    expect(corpus.sentences).toHaveLength(14);
    for (const sentence of corpus.sentences) expect(raw).toContain(sentence.text);
    const sullivan = corpus.sentences.find((sentence) =>
      foldSpaces(sentence.text).startsWith('M. Sullivan'),
    );
    expect(foldSpaces(sullivan?.text ?? '')).toMatch(
      /^M\. Sullivan n’a pas réussi.*États-Unis et la Chine »\.$/u,
    );
    expect(sullivan?.paragraph).toBe(7);
  });
});
