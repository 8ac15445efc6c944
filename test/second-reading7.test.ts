import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/knowledge/figures.ts';
import { plainClaim } from '../src/search/claims/claim-chat.ts';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex, checkIn } from './claim-checks.ts';

/**
 * The second reading of the round's change (wrongs4, measures, flags5, vocab4, figures22, claims33,
 * claims34), on small texts of my own: what its new rules read wrongly on inputs they were not
 * tried on.
 */

/** Each figure of a sentence as a row: text, value, unit, kind. */
const read = (sentence: string) =>
  extractFigures(sentence).map(({ text, value, unit, kind }) => [text, value, unit, kind]);

describe('a choice set aside (rejected-choice.ts)', () => {
  const buses = () =>
    articleIndex('buses.en.txt', [
      'Dunmore picks buses',
      '',
      'The council chose electric buses rather than trams for the new Riverside line.',
      'Work on the depot starts in March.',
    ]);

  it('does not contradict a claim that sets the same choice aside (`buses over trams`)', async () => {
    const said = checkIn(
      await buses(),
      'The council chose electric buses over trams for the Riverside line.',
    );
    expect(said.verdict).not.toBe('contradicted');
  });

  it('still contradicts a claim that makes the choice the article sets aside', async () => {
    const said = checkIn(await buses(), 'The council chose trams for the Riverside line.');
    expect(said.verdict).toBe('contradicted');
  });
});

describe('a bound is no comparison with an earlier year (directions.ts)', () => {
  it('does not read `More than 300 households joined in 2024` as a rise', async () => {
    const scheme = await articleIndex('scheme.en.txt', [
      'Insulation scheme',
      '',
      'More than 300 households joined in 2024.',
      'The insulation scheme pays for loft and wall insulation.',
    ]);
    const said = checkIn(scheme, 'The number of households joining fell.');
    expect(said.verdict).not.toBe('contradicted');
  });
});

describe('a bare figure set against a percent (chat-units.ts)', () => {
  it('is a percent only when nothing names its unit after it', () => {
    expect(plainClaim('union wants 9%, company offering 2.5 days of extra leave')).toContain(
      'offering 2.5 days',
    );
    expect(plainClaim('union wants 9%, company offering 2.5 million in bonuses')).toContain(
      'offering 2.5 million',
    );
    expect(plainClaim('union wants 9% backdated to april, company offering 5.5')).toContain(
      'offering 5.5%',
    );
  });
});

describe('a singular unit of time before a plural noun (figure-number-reader.ts)', () => {
  it('still counts day visitors', () => {
    expect(read('The reserve admits at most 80 day visitors.')).toEqual([
      ['at most 80', 80, 'day visitors', 'count'],
    ]);
  });

  it('reads 30 minute sessions and 12 hour shifts as how long each lasts', () => {
    expect(read('Patients attend 30 minute sessions at the clinic.')[0]?.slice(1, 4)).toEqual([
      30,
      'minute',
      'duration',
    ]);
    expect(read('Nurses work 12 hour shifts at the clinic.')[0]?.slice(1, 4)).toEqual([
      12,
      'hour',
      'duration',
    ]);
  });
});

describe('a year asked on one side by two words (year-sides.ts)', () => {
  const market = () =>
    articleIndex('fleurs-brassac.fr.txt', [
      'Le marché aux fleurs de Brassac',
      '',
      'La commune prélève un droit de place de 8 € par exposant, inchangé depuis 2018.',
    ]);

  it('flags `jusqu’en 2018` as `avant 2018` asked of a fee unchanged since 2018', async () => {
    const until = findPassages(await market(), 'Combien coûtait le droit de place jusqu’en 2018 ?');
    expect(until.results[0]?.missing).toContain('2018');
  });

  it('flags `prior to 2018` too', async () => {
    const prior = findPassages(await market(), 'What was the pitch fee prior to 2018?');
    expect(prior.results[0]?.missing).toContain('2018');
  });
});

describe('a one-off cost asked with the verb inverted (asked-qualifiers.ts)', () => {
  const park = () =>
    articleIndex('parc-brassac.fr.txt', [
      'Le parc de Brassac',
      '',
      'Le parc de Brassac a ouvert en mai.',
      'Un berger payé 2 150 € par mois garde les moutons du parc.',
    ]);

  it('flags a running cost for `le parc a-t-il coûté` as for `a coûté le parc`', async () => {
    const plain = findPassages(await park(), 'Combien a coûté le parc ?');
    expect(plain.results[0]?.missing).toContain('a coûté');
    const inverted = findPassages(await park(), 'Combien le parc a-t-il coûté ?');
    expect(inverted.results[0]?.missing).toContain('a-t-il coûté');
  });
});

describe('a dimension named after `en` (asked-measure.ts)', () => {
  it('reads `traîné en longueur` as dragging on, a length of time, not a length', async () => {
    const trial = await articleIndex('proces-brassac.fr.txt', [
      'Le procès de Brassac',
      '',
      'Le procès a duré trois ans.',
      'La salle d’audience mesure 40 mètres de long.',
    ]);
    const answer = findPassages(trial, 'Combien de temps le procès a-t-il traîné en longueur ?');
    expect(answer.results[0]?.sentence).toBe('Le procès a duré trois ans.');
    expect(answer.results[0]?.missing).toEqual([]);
  });
});

describe('a price per a fare group (asked-group.ts)', () => {
  const zoo = () =>
    articleIndex('zoo-dunmore.en.txt', [
      'Dunmore zoo reopens',
      '',
      'The zoo reopened on Saturday after a long closure.',
      'Entry costs £5 per child.',
    ]);

  it('does not flag `kids` on a price per child: the same group in other words', async () => {
    const answer = findPassages(await zoo(), 'How much does entry cost for kids?');
    expect(answer.results[0]?.sentence).toBe('Entry costs £5 per child.');
    expect(answer.results[0]?.missing).toEqual([]);
  });

  it('still flags `adults` on a price per child', async () => {
    const answer = findPassages(await zoo(), 'How much does entry cost for adults?');
    expect(answer.results[0]?.missing).toContain('adults');
  });
});

describe('a measure asked of a thing the articles never name (shares-only.ts)', () => {
  it('flags `sable` on tonnes of wood: a measure gives only the thing its sentence names', async () => {
    const forest = await articleIndex('foret-brassac.fr.txt', [
      'La forêt de Brassac',
      '',
      'Les bûcherons ont coupé 300 tonnes de bois cet hiver.',
      'La commune a planté 1 200 chênes.',
    ]);
    const sand = findPassages(forest, 'Combien de sable les bûcherons ont-ils coupé ?');
    expect(sand.results[0]?.missing).toContain('sable');
  });
});
