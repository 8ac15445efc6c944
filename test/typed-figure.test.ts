import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/knowledge/figures.ts';
import type { Figure } from '../src/knowledge/types.ts';
import { readChatWords } from '../src/search/chat-words.ts';
import { findPassages } from '../src/search/find-passages.ts';
import { givesTyped } from '../src/search/typed-figure.ts';
import { articleIndex } from './claim-checks.ts';
import { firstAnswer as first } from './helpers.ts';

/** A figure the reader types to have it checked, in the other language or in other units. */

const quiz = () =>
  articleIndex('quiz-fendle.en.txt', [
    'Fendle pub quiz crowns a new champion',
    '',
    'The Fendle pub quiz drew 46 teams to the Anchor on Friday night.',
    'Marta Quill took the title and walks away with £1,500 for first place.',
    'Organisers said the evening raised money for the village hall roof.',
  ]);

const orchard = () =>
  articleIndex('verger-montrac.fr.txt', [
    'Le verger partagé de Montrac fête ses dix ans',
    '',
    'Le verger compte aujourd’hui 85 arbres fruitiers.',
    'Chaque adhérent récolte en moyenne 42 kilos de pommes par saison.',
    'Jeanne Pellerin, 71 ans, a taillé les arbres pour la vingtième fois cet hiver.',
  ]);

describe('a figure the reader types', () => {
  it('finds `£1,500` for `1500 livres` asked in French', async () => {
    const answer = first(
      findPassages(await quiz(), 'est-ce vrai que la gagnante repart avec 1500 livres'),
    );
    expect(answer.sentence).toContain('£1,500');
  });

  it('finds `42 kilos` for `42 kg` asked in English', async () => {
    const answer = first(
      findPassages(await orchard(), 'is it true each member picks 42 kg of apples'),
    );
    expect(answer.sentence).toContain('42 kilos');
  });

  it('does not answer a sum the article never gives', async () => {
    const answer = findPassages(
      await quiz(),
      'est-ce vrai que la gagnante repart avec 9000 livres',
    );
    expect(answer.results[0]?.sentence ?? '').not.toContain('£1,500');
  });
});

describe('which figure gives the one typed', () => {
  const [typed] = extractFigures('il a donné son sang 150 fois');
  const gives = async (question: string, text: string) => {
    const [asked] = extractFigures(question);
    const index = await quiz();
    return extractFigures(text).some((figure) => asked && givesTyped(index, asked, figure));
  };
  it('reads `150 fois` as an occasion', () => expect(typed?.unit).toBe('fois'));
  it('holds `150 fois` by `the 150th time`, not by `150 donors`', async () => {
    expect(await gives('150 fois', 'He gave for the 150th time.')).toBe(true);
    expect(await gives('150 fois', 'There are 150 donors.')).toBe(false);
  });
  it('holds `8000 livres` by `£8,000`, not by `€8,000`', async () => {
    expect(await gives('8000 livres', 'She collects £8,000.')).toBe(true);
    expect(await gives('8000 livres', 'She collects €8,000.')).toBe(false);
  });
  it('holds `42000 livres` by books the article counts, and `7800 pounds` by `£7,800`', async () => {
    const [asked] = extractFigures('la bibliothèque a-t-elle 42000 livres');
    const books = { text: '42 000 livres', value: 42000, unit: 'livres', kind: 'count', start: 0 };
    expect(asked && givesTyped(await quiz(), asked, books as Figure)).toBe(true);
    expect(await gives('is it true it cost 7800 pounds', 'It cost £7,800.')).toBe(true);
    expect(await gives('is it true it cost 7800 pounds', 'It cost €7,800.')).toBe(false);
  });
  it('holds `310 kg` by `310 kilos`, not by `310 tonnes`', async () => {
    expect(await gives('310 kg', 'Chaque parcelle produit 310 kilos de légumes.')).toBe(true);
    expect(await gives('310 kg', 'La ferme produit 310 tonnes de blé.')).toBe(false);
  });
});

describe('an elided word is no chat abbreviation', () => {
  it('keeps `c’est` as typed', async () => {
    expect(readChatWords(await quiz(), "c'est vrai que le quiz a lieu le vendredi")).toBe(
      "c'est vrai que le quiz a lieu le vendredi",
    );
  });
});
