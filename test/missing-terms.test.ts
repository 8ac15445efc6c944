import { describe, expect, it } from 'vitest';
import { COLOURS, renderAnswer } from '../src/bot/render-answer.ts';
import { renderAnswerText } from '../src/cli/render-text.ts';
import type { Answer } from '../src/search/answer.ts';
import { findPassages } from '../src/search/find-passages.ts';
import { passagesFor } from '../src/search/passages-for.ts';
import { loadDevArticle } from './dev-articles.ts';
import { foldSpaces, loadSeedIndex } from './helpers.ts';

/** The first passage's gaps, spaces folded. */
async function firstGaps(question: string) {
  const [first] = findPassages(await loadSeedIndex(), question).results;
  return {
    sentence: foldSpaces(first?.sentence ?? ''),
    missing: first?.missing,
    instead: first?.instead.map(foldSpaces),
  };
}

describe('the question’s specific terms a passage lacks', () => {
  it('flags another year, and says what the article’s figure is for', async () => {
    expect(await firstGaps('combien de morts en 2021')).toMatchObject({
      sentence: expect.stringContaining('environ 70 000 personnes sont décédées'),
      missing: ['2021'],
      instead: ['environ 70 000 personnes en 2022 aux États-Unis'],
    });
  });

  it('flags another country, even when a neighbouring sentence names it', async () => {
    // The paragraph speaks of Mexico, but the quoted figure is about the United States.
    expect(await firstGaps('How many fentanyl deaths were there in Mexico in 2022?')).toMatchObject(
      {
        sentence: expect.stringContaining('aux États-Unis, environ 70 000'),
        missing: ['Mexico'],
        instead: ['environ 70 000 personnes en 2022 aux États-Unis'],
      },
    );
  });

  it('knows a country for a place even where the articles only list it', async () => {
    // `le Canada, la Chine, le Mexique et les États-Unis`: no preposition before `Mexique`, yet
    // the 84 % is Canada's, not Mexico's.
    expect(
      await firstGaps("What share of Mexico's overdose deaths involve fentanyl?"),
    ).toMatchObject({
      sentence: expect.stringContaining('84 % des 3 970 décès'),
      missing: ['Mexico'],
      instead: ['84 % au Canada entre les mois de janvier et juin 2023'],
    });
  });

  it('flags a place the sentence names but does not give its figures for', async () => {
    // The Canadian sentence names the United States and `juin 2023`, and gives its deaths for Canada.
    expect(await firstGaps('How many Americans died from fentanyl in 2023?')).toMatchObject({
      sentence: expect.stringContaining('3 970 décès par surdose survenus au Canada'),
      missing: ['Americans'],
      instead: [
        '84 % au Canada entre les mois de janvier et juin 2023',
        '3 970 décès au Canada entre les mois de janvier et juin 2023',
      ],
    });
  });

  it('flags talks placed elsewhere, and names the article’s place', async () => {
    expect(await firstGaps('How many hours did the talks in Beijing last?')).toMatchObject({
      sentence: expect.stringContaining('12 heures en deux jours'),
      missing: ['Beijing'],
      instead: ['Bangkok'],
    });
    expect(
      (await firstGaps('Combien d’heures ont duré les discussions à Bangkok ?')).missing,
    ).toEqual([]);
  });

  it('flags the people of another meeting, named after the figure', async () => {
    expect(await firstGaps('How many hours did Biden and Xi talk?')).toMatchObject({
      sentence: expect.stringContaining('12 heures en deux jours'),
      missing: ['Biden', 'Xi'],
      instead: ['12 heures'],
    });
  });

  it('is empty when the passage holds every term, in other words or languages', async () => {
    for (const question of [
      'How many Americans died of overdoses in 2022?',
      'reunion militaires chine usa depuis 4 ans',
      'wang yi a dit koi sur taiwan independance',
      'Combien de décès par surdose au Canada en juin 2023 ?',
    ]) {
      expect((await firstGaps(question)).missing, question).toEqual([]);
    }
  });

  it('holds the article’s traps: another year is refused or flagged', async () => {
    const index = await loadDevArticle('dev-heatwave-hospitals.fr.txt');
    const answer = findPassages(index, 'Combien de lits étaient fermés dans la région en 2022 ?');
    expect(answer.results[0]?.missing).toEqual(['2022']);
  });

  it('flags a question asking for a figure the passage does not give', async () => {
    const [first] = findPassages(
      await loadSeedIndex(),
      'How many ships were attacked in the Red Sea?',
    ).results;
    expect(first?.missing).toEqual(['How many']);
  });

  it('puts a passage holding every term before one that lacks some', async () => {
    const answer = findPassages(await loadSeedIndex(), 'overdose deaths in the United States 2022');
    expect(answer.results[0]?.missing).toEqual([]);
    expect(foldSpaces(answer.results[0]?.sentence ?? '')).toContain('environ 70 000 personnes');
  });

  it('is told on pages too', async () => {
    const index = await loadSeedIndex();
    const answer = findPassages(index, 'combien de morts en 2021');
    const ids = answer.results.map((result) => result.sentenceId);
    expect(passagesFor(index, ids, answer.query)?.map((passage) => passage.missing)).toEqual(
      answer.results.map((result) => result.missing),
    );
  });
});

/** The embed of an answer's Discord reply, as the bot renders it. */
const embedOf = (answer: Answer, language: 'en' | 'fr' = 'en') =>
  renderAnswer(answer, { language, title: answer.query, topics: [], ephemeral: false }).embeds[0];

describe('a flagged passage as readers see it', () => {
  it('on Discord: the gap comes first, in the reader’s language, in the partial colour', async () => {
    const answer = findPassages(await loadSeedIndex(), 'combien de morts en 2021');
    for (const [language, line] of [
      [
        'en',
        '⚠️ Not in this passage: 2021 — the article gives environ 70 000 personnes en 2022 aux États-Unis',
      ],
      [
        'fr',
        '⚠️ Absent de ce passage : 2021 — l’article donne environ 70 000 personnes en 2022 aux États-Unis',
      ],
    ] as const) {
      const embed = embedOf(answer, language);
      expect(embed?.description?.split('\n')[0]).toBe(line);
      expect(embed?.color).toBe(COLOURS.partial);
    }
  });

  it('on Discord: a complete passage has no gap line, in the answer colour', async () => {
    const answer = findPassages(await loadSeedIndex(), 'combien de morts en 2022');
    const embed = embedOf(answer);
    expect(embed?.description?.startsWith('> ')).toBe(true);
    expect(embed?.color).toBe(COLOURS.answer);
  });

  it('escapes the terms a reader typed', async () => {
    const answer = findPassages(await loadSeedIndex(), 'combien de morts en 2021');
    const [first] = answer.results;
    if (!first) throw new Error('answered');
    first.missing = ['**Bob_Smith** @everyone'];
    const embed = embedOf(answer);
    expect(embed?.description?.split('\n')[0]).toBe(
      '⚠️ Not in this passage: \\*\\*Bob\\_Smith\\*\\* @\u200beveryone — the article gives environ 70 000 personnes en 2022 aux États-Unis',
    );
  });

  it('in the terminal: the gap heads the passage', async () => {
    const text = renderAnswerText(findPassages(await loadSeedIndex(), 'combien de morts en 2021'));
    expect(foldSpaces(text.split('\n')[0] ?? '')).toBe(
      '1. Not in this passage: 2021 — the article gives environ 70 000 personnes en 2022 aux États-Unis',
    );
  });
});

describe('chat markup in a question', () => {
  it.each([
    '@everyone fentanyl',
    '<@123456789012345678> fentanyl',
    '**fentanyl** <#123456789012345678>',
    '[fentanyl](https://example.com/2021) https://example.com/1999',
  ])('is ignored for matching: %s', async (question) => {
    const index = await loadSeedIndex();
    const plain = findPassages(index, 'fentanyl');
    const marked = findPassages(index, question);
    expect(marked.query).toBe(question);
    expect(marked.results).toEqual(plain.results);
  });
});

describe('typos', () => {
  it.each([
    ['how mny overdos deths in canda', '3 970 décès par surdose survenus au Canada'],
    [
      'wat did china say abt the talks were they productve',
      'franches, substantielles et productives',
    ],
    ['ambasadrise du canada en chine', 'l’ambassadrice du Canada en Chine'],
  ])('in English as in French, in short and long words: %s', async (question, phrase) => {
    const [first] = findPassages(await loadSeedIndex(), question).results;
    expect(foldSpaces(first?.sentence ?? '')).toContain(phrase);
  });
});
