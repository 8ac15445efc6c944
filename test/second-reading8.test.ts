import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/knowledge/figures.ts';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex, checkIn } from './claim-checks.ts';
import { firstAnswer as first } from './helpers.ts';

/**
 * Second reading of the day's rules (flags6, kinds6, wrongs5, traps5, claims35, claims36,
 * figures23), on small articles of my own: each rule read where its words mean something else.
 */

/** Each figure of a sentence as a row: text, value, unit, kind. */
const read = (sentence: string) =>
  extractFigures(sentence).map(({ text, value, unit, kind }) => [text, value, unit, kind]);

describe('a holiday named after `de` (figure-holidays.ts)', () => {
  it('is what a thing is of, no date (`le marché de Noël`, `les œufs de Pâques`)', () => {
    expect(read('Le marché de Noël attire 40 000 visiteurs.')).toEqual([
      ['40 000', 40000, 'visiteurs', 'count'],
    ]);
    expect(read('Les œufs de Pâques partent vite.')).toEqual([]);
  });

  it('still dates a span it opens (`de Noël à mars`)', () => {
    expect(read('La piste reste ouverte de Noël à mars.')).toEqual([
      ['de Noël à mars', 0, 'season', 'date'],
    ]);
  });
});

describe('the youngest or oldest beside a share (figure-ages.ts)', () => {
  it('reads `at 40 per cent` as a share, no age', () => {
    const rows = read('Turnout among the youngest voters stood at 40 per cent.');
    expect(rows.some(([, , unit]) => unit === 'years old')).toBe(false);
    expect(rows.some(([, value, , kind]) => value === 40 && kind === 'percent')).toBe(true);
  });

  it('still reads the age of the oldest (`the oldest, Bernard Ashe, is 84`)', () => {
    expect(read('The oldest, Bernard Ashe, is 84.')).toEqual([
      ['is 84', 84, 'years old', 'duration'],
    ]);
  });
});

/** A month's mean temperature, from a desk called the most quoted. */
const WEATHER = [
  'Gritting season ends early',
  '',
  'Forecasters at the Dunmore weather desk, the most quoted in the region, say January averaged 1.2°C since 2011.',
  'The council used 2,100 tonnes of salt.',
];

describe('the end of a series a claim says (superlative-ends.ts)', () => {
  it('is not denied by `the most quoted`, which ranks no value', async () => {
    const weather = await articleIndex('weather.en.txt', WEATHER);
    const said = checkIn(weather, 'January averaged 1.2C, the coldest January since 2011');
    expect(said.verdict).not.toBe('contradicted');
  });
});

describe('the earner of a pay asked (asked-earner.ts)', () => {
  it('shows no earner lacking where a later pay verb is theirs (`touche … qui gagnent`)', async () => {
    const creche = await articleIndex('creche.fr.txt', [
      'La crèche recrute',
      '',
      'La revalorisation touche aussi les auxiliaires, qui gagnent désormais 1 890 € nets par mois.',
      'La crèche accueille 40 enfants.',
    ]);
    const answer = first(findPassages(creche, 'Combien gagne une auxiliaire ?'));
    expect(answer.sentence).toContain('1 890 €');
    expect(answer.missing).not.toContain('auxiliaire');
  });
});

describe('a part asked alone (asked-alone.ts)', () => {
  it('takes `plus de` for more than, not a second thing joined', async () => {
    const forge = await articleIndex('forge.fr.txt', [
      'La forge s’équipe',
      '',
      'La nouvelle chaudière coûtera plus de 200 000 €, selon le maire.',
      'La forge emploie 12 personnes.',
    ]);
    const answer = first(findPassages(forge, 'Combien coûtera la chaudière à elle seule ?'));
    expect(answer.sentence).toContain('200 000 €');
    expect(answer.missing).toEqual([]);
  });
});

/** A village's masts and its distance from the coast. */
const VILLAGE = [
  'Village gets new masts',
  '',
  'The operator has put up 5 masts around Thornby this year.',
  'Thornby lies 20 km from the coast.',
  'The village hall seats 120 people.',
];

describe('a number typed with its unit (specific-terms.ts, written-otherwise.ts)', () => {
  it('flags `30km` on a passage giving 20 km, and gives `20km` with 20 km', async () => {
    const village = await articleIndex('village.en.txt', VILLAGE);
    const far = findPassages(village, 'Is Thornby 30km from the coast?');
    if (far.answered) expect(far.results[0]?.missing).toContain('30km');
    const near = first(findPassages(village, 'Is Thornby 20km from the coast?'));
    expect(near.sentence).toContain('20 km');
    expect(near.missing).toEqual([]);
  });

  it('does not take `5G` for the count `5 masts`', async () => {
    const village = await articleIndex('village.en.txt', VILLAGE);
    const masts = findPassages(village, 'Does Thornby have 5G masts?');
    if (masts.answered) expect(masts.results[0]?.missing).toContain('5G');
  });
});

describe('an English superlative said in French (asked-qualifiers.ts saysSuperlative)', () => {
  it('is not said by a superlative of another measure (`la plus petite` for `oldest`)', async () => {
    const cfa = await articleIndex('cfa.fr.txt', [
      'Le centre de formation fait le plein',
      '',
      'La plus petite promotion du centre compte 12 apprentis boulangers, âgés de 16 ans en moyenne.',
      'Le centre forme aussi des pâtissiers.',
    ]);
    const oldest = findPassages(cfa, 'How old is the oldest baker apprentice?');
    if (oldest.answered) expect(oldest.results[0]?.missing).toContain('oldest');
  });

  it('is said by the French superlative of its measure (`Le plus jeune` for `youngest`)', async () => {
    const cfa = await articleIndex('cfa.fr.txt', [
      'Le centre de formation fait le plein',
      '',
      'Le plus jeune apprenti boulanger du centre a 15 ans.',
      'Le centre forme aussi des pâtissiers.',
    ]);
    const youngest = first(findPassages(cfa, 'How old is the youngest baker apprentice?'));
    expect(youngest.sentence).toContain('15 ans');
    expect(youngest.missing).toEqual([]);
  });
});
