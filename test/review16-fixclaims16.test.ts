import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/knowledge/figures.ts';
import { openingOf } from '../src/search/claims/article-subject.ts';
import { precisionOf } from '../src/search/claims/precision.ts';
import { articleIndex, checkIn } from './claim-checks.ts';

const DEPOT = [
  'Wexport buys the old bus depot',
  '',
  'Wexport council has bought the old bus depot on Mill Lane for housing.',
  '',
  'The council paid £3.4m for the site, to be repaid over 20 years.',
];

const precision = (claim: string) => {
  const [figure] = extractFigures(claim);
  if (figure === undefined) throw new Error(`no figure in ${claim}`);
  return precisionOf(claim, figure);
};

describe('review16 fixclaims16', () => {
  it('reads `paid over £3m` as a bound, `paid over 3 years` as a span', async () => {
    expect(precision('the council paid over £3m for the depot')).toBe('at-least');
    expect(precision('the cost was split over £2m and more')).toBe('at-least');
    expect(precision('the loan is repaid over 20 years')).toBe('exact');
    expect(precision('£1.2m spread over 3 years')).toBe('exact');
    const depot = await articleIndex('depot.en.txt', DEPOT);
    expect(checkIn(depot, 'Wexport council paid over £3m for the old bus depot').verdict).toBe(
      'supported',
    );
    expect(checkIn(depot, 'Wexport council paid more than £3m for the old bus depot').verdict).toBe(
      'supported',
    );
  }, 60_000);

  it('reads `under 5 euros`, `under 5 minutes` as no age bound: children stay unsaid', async () => {
    const museum = await articleIndex('musee.fr.txt', [
      'Le musée de Brelange rouvre',
      '',
      'Le musée de Brelange rouvre ses portes samedi après deux ans de travaux.',
      "L'entrée au musée de Brelange coûte moins de 5 euros et la visite dure moins de 40 minutes.",
    ]);
    expect(
      checkIn(museum, "Pour les enfants, l'entrée au musée de Brelange coûte moins de 5 euros")
        .verdict,
    ).not.toBe('supported');
    const pool = await articleIndex('pool.en.txt', [
      'Harlow pool reopens',
      '',
      'The Harlow pool reopened on Monday after a two-year refit.',
      'Entry to the Harlow pool costs £6 and the queue takes under 5 minutes.',
    ]);
    expect(checkIn(pool, 'Kids queue under 5 minutes at the Harlow pool').verdict).not.toBe(
      'supported',
    );
  }, 60_000);

  it('checks a French choice set aside when the claim says `plus de`, not `ne … plus`', async () => {
    const roof = await articleIndex('toit.fr.txt', [
      'Le toit de la médiathèque coûte plus cher',
      '',
      'La réparation du toit de la médiathèque devrait coûter 80 000 euros de plus que prévu.',
      'Le maire a dit que le surcoût serait payé sur les réserves de la ville plutôt que sur le budget des sports.',
    ]);
    const sports = checkIn(
      roof,
      'Le surcoût de plus de 70 000 euros pour le toit de la médiathèque sera payé sur le budget des sports',
    );
    expect(sports.verdict).toBe('contradicted');
    expect(sports.quoted).toContain('plutôt que sur le budget des sports');
    expect(
      checkIn(roof, "Le surcoût du toit de la médiathèque n'est plus payé sur le budget des sports")
        .verdict,
    ).not.toBe('contradicted');
  }, 60_000);

  it('gives the opening paragraph of a sentence’s article, one helper for both subject rules', async () => {
    const depot = await articleIndex('depot.en.txt', DEPOT);
    const last = depot.corpus.sentences.find((sentence) => sentence.text.includes('£3.4m'));
    if (last === undefined) throw new Error('no sentence');
    expect(openingOf(depot, last)).toContain('Wexport council has bought the old bus depot');
    expect(openingOf(depot, last)).not.toContain('£3.4m');
  });
});
