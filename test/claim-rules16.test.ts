import { describe, expect, it } from 'vitest';
import { articleIndex, checkIn } from './claim-checks.ts';

/** A dairy cooperative: a vote's date, then a farmer quoted, with no date of his own. */
const DAIRY = [
  'Coopérative laitière du Vallon : un nouveau départ',
  '',
  'La coopérative laitière du Vallon a adopté ses nouveaux statuts en assemblée générale le 14 mars 2024. « Enfin, le lait est payé ce qu’il vaut », se réjouit Marc Tessier, qui élève 60 vaches à Sainte-Eulalie.',
  '',
  'Le président de la coopérative, Paul Rivière, la dirige depuis 2021.',
];

/** A city race: a sponsor in one sentence, a college's building work in the next. */
const RACE = [
  'Ashford half marathon',
  '',
  'A three-year sponsorship deal with the running shoe maker Stridex is worth $3 million, according to council papers. A new running track will be built at Norwell College next year.',
];

/** Street cleaning: this year's sum, up from last year's. */
const CLEANING = [
  'Ashford street cleaning',
  '',
  'Ashford Borough Council spent £95,000 on street cleaning after the carnival, up from £80,000 in 2023.',
];

/** A survey by age: the youngest back the plan most, the oldest less. */
const SURVEY = [
  'Brenton night buses survey',
  '',
  'A survey of 900 residents found that 58% back the new night bus routes. Les moins de 25 ans sont les plus enthousiastes, avec 77 % d’avis favorables, contre 41 % chez les plus de 60 ans.',
];

describe('claim gates of the sixteenth round: a verdict rests on the same fact', () => {
  it('does not contradict a date with the date of another event its paragraph gives', async () => {
    const index = await articleIndex('vallon.fr.txt', DAIRY);
    // The vote's date is not when Marc Tessier began anything: the article is silent.
    expect(
      checkIn(index, 'Marc Tessier préside la coopérative laitière depuis 2019.').verdict,
    ).toBe('not-found');
    // The sentence naming the chairman gives his own date: that one contradicts.
    const check = checkIn(index, 'Paul Rivière dirige la coopérative depuis 2019.');
    expect(check.verdict).toBe('contradicted');
    expect(check.conflicts[0]).toEqual(['2019', '2021']);
  });

  it('does not contradict a claim’s place with a place said of someone else', async () => {
    const index = await articleIndex('race.en.txt', RACE);
    // The track is built at Norwell College, by nobody the article names: Stridex builds nothing.
    expect(checkIn(index, 'Stridex va construire une usine à Ashford.').verdict).toBe('not-found');
  });

  it('contradicts a comparison with an earlier year that the article gives the other way', async () => {
    const index = await articleIndex('cleaning.en.txt', CLEANING);
    const less = checkIn(
      index,
      'The council spent less on street cleaning this year than in 2023.',
    );
    expect(less.verdict).toBe('contradicted');
    expect(less.quoted).toContain('up from £80,000 in 2023');
    expect(less.conflicts[0]).toEqual(['less', 'up']);
    expect(
      checkIn(index, 'The council spent more on street cleaning this year than in 2023.').verdict,
    ).not.toBe('contradicted');
  });

  it('contradicts a group claimed the most where the sentence says another group is', async () => {
    const index = await articleIndex('survey.fr.txt', SURVEY);
    const oldest = checkIn(
      index,
      'Ce sont les plus de 60 ans qui soutiennent le plus les bus de nuit.',
    );
    expect(oldest.verdict).toBe('contradicted');
    expect(oldest.conflicts[0]).toEqual(['plus de 60 ans', 'moins de 25 ans']);
    expect(
      checkIn(index, 'Ce sont les moins de 25 ans qui soutiennent le plus les bus de nuit.')
        .verdict,
    ).not.toBe('contradicted');
  });
});
