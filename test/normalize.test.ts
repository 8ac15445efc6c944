import { describe, expect, it } from 'vitest';
import {
  fold,
  infinitiveOf,
  inflectionKey,
  stem,
  stopTokensOf,
  tokenize,
} from '../src/search/normalize.ts';

describe('fold', () => {
  it('removes case, diacritics and ligatures', () => {
    expect(fold('Taïwan ÉTATS cœur Ægée')).toBe('taiwan etats coeur aegee');
  });
});

describe('tokenize', () => {
  it('joins thousands groups whatever the space, so 70000 meets 70 000', () => {
    const words = (text: string) => tokenize(text).map((token) => token.word);
    expect(words('70 000 et 70\u00A0000 et 70\u202F000 et 70000')).toEqual([
      '70000',
      'et',
      '70000',
      'et',
      '70000',
      'et',
      '70000',
    ]);
    expect(words('des 3 970 décès')).toEqual(['des', '3970', 'deces']);
    expect(words('En 2022 500 personnes')).toEqual(['en', '2022', '500', 'personnes']);
  });

  it('joins English comma groups, so 640000 meets 640,000, but not a comma between figures', () => {
    const words = (text: string) => tokenize(text).map((token) => token.word);
    expect(words('1,284,000 visitors, 640,000 visits')).toEqual([
      '1284000',
      'visitors',
      '640000',
      'visits',
    ]);
    expect(words('in 2019, 300 left; 3,5 %')).toEqual(['in', '2019', '300', 'left', '3', '5']);
  });

  it('splits elisions and hyphens, keeping offsets into the original text', () => {
    const text = 'l’IA des États-Unis';
    const tokens = tokenize(text);
    expect(tokens.map((token) => token.word)).toEqual(['l', 'ia', 'des', 'etats', 'unis']);
    expect(tokens.map((token) => text.slice(token.start, token.end))).toEqual([
      'l',
      'IA',
      'des',
      'États',
      'Unis',
    ]);
  });
});

describe('stem', () => {
  it('brings French and English inflections together', () => {
    expect(stem('cooperation')).toBe(stem('cooperaient'));
    expect(stem('rencontres')).toBe(stem('rencontre'));
    expect(stem('surdoses')).toBe(stem('surdose'));
    expect(stem('meetings')).toBe(stem('meeting'));
  });

  it('brings English -y/-ies/-ied and doubled consonants together', () => {
    expect(stem('companies')).toBe(stem('company'));
    expect(stem('carried')).toBe(stem('carrying'));
    expect(stem('shutting')).toBe('shut');
    expect(stem('planned')).toBe(stem('plans'));
    expect(stem('calling')).toBe(stem('called'));
    expect(stem('parties')).toBe(stem('partie'));
  });

  it('brings English irregular past forms to their verb, not French look-alikes', () => {
    expect(stem('kept')).toBe(stem('keeping'));
    expect(stem('built')).toBe(stem('building'));
    expect(stem('rose')).toBe('rose');
    expect(stem('sent')).toBe('sent');
  });

  it('leaves short words and numbers alone', () => {
    expect(stem('mer')).toBe('mer');
    expect(stem('70000')).toBe('70000');
  });
});

describe('glossary look-up of a word the glossary spells otherwise', () => {
  it('cuts inflections only, so forms meet and derivations stay apart', () => {
    expect(inflectionKey('rencontrees')).toBe(inflectionKey('rencontrer'));
    expect(inflectionKey('meeting')).toBe(inflectionKey('meet'));
    expect(inflectionKey('position')).not.toBe(inflectionKey('positive'));
    expect(inflectionKey('parle')).not.toBe(inflectionKey('parlement'));
  });

  it('reads a conjugated French verb as its infinitive', () => {
    expect(infinitiveOf('bossent')).toBe('bosser');
    expect(infinitiveOf('cooperaient')).toBe('cooperer');
    expect(infinitiveOf('taiwan')).toBe('taiwan');
  });
});

describe('stop words', () => {
  it('keep acronyms written in capitals, unless the whole text shouts', () => {
    const kept = (text: string) => {
      const isStop = stopTokensOf(text);
      return tokenize(text)
        .filter((token) => !isStop(token))
        .map((token) => token.word);
    };
    expect(kept('What about AI and IT?')).toEqual(['ai', 'it']);
    expect(kept('AI')).toEqual(['ai']);
    expect(kept('WHAT ABOUT AI AND IT')).toEqual([]);
  });
});
