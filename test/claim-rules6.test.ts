import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/knowledge/figures.ts';
import { checkMessage } from '../src/search/claims/check-claims.ts';
import { plainClaim } from '../src/search/claims/claim-chat.ts';
import {
  comparable,
  quantitiesIn,
  quantityIn,
  sameValue,
} from '../src/search/claims/compare-figures.ts';
import { splitClaims } from '../src/search/claims/split-claims.ts';
import { claimIndex } from './claim-sets.ts';

/** The last date of a text (`juin 2023` of `entre janvier et juin 2023`), as the checker reads it. */
function quantity(text: string) {
  const figure = extractFigures(text)
    .filter((each) => each.kind === 'date')
    .at(-1);
  if (figure === undefined) throw new Error(`no date in ${text}`);
  return quantityIn(text, figure);
}

const verdictOf = async (article: string, text: string) =>
  checkMessage(await claimIndex(article), text).verdict;

describe('claim rules of round 6', () => {
  it('does not take a figure of January to June for one of the whole year', () => {
    const whole = quantity("sur toute l'année 2023");
    expect(sameValue(whole, quantity('entre janvier et juin 2023'), 'exact')).toBe(false);
    expect(sameValue(whole, quantity('en 2023'), 'exact')).toBe(true);
    expect(sameValue(quantity('all of 2023'), quantity('in the first half of 2023'), 'exact')).toBe(
      false,
    );
    // A claim that names no period holds for a part of the year.
    expect(sameValue(quantity('in 2023'), quantity('between January and June 2023'), 'exact')).toBe(
      true,
    );
  });

  it('reads a comma before three digits and a scale both ways', () => {
    const [figure] = extractFigures('1,284M de visiteurs');
    const values = quantitiesIn('1,284M de visiteurs', figure as never).map((each) => each.value);
    expect(values).toEqual([1_284_000_000, 1_284_000]);
    const [plain] = extractFigures('3,970 deaths');
    expect(quantitiesIn('3,970 deaths', plain as never)).toHaveLength(1);
  });

  it('compares no age in years with a working week in hours', () => {
    const years = quantityIn('moins de 40 ans', extractFigures('moins de 40 ans')[0] as never);
    const hours = quantityIn('35 heures', extractFigures('35 heures')[0] as never);
    const months = quantityIn('dix-huit mois', extractFigures('dix-huit mois')[0] as never);
    expect(comparable(years, hours)).toBe(false);
    expect(comparable(years, months)).toBe(true);
  });

  it('says chat rates, per-thing prices and unaccented figure words plainly', () => {
    expect(plainClaim('techs start at $27.50/hr')).toBe('techs start at $27.50/h');
    expect(plainClaim('Members get up to €60 for each hive')).toBe(
      'Members get up to €60 per hive',
    );
    expect(plainClaim('elle a perdu la moitie de son merlot')).toBe(
      'elle a perdu la moitié de son merlot',
    );
    expect(plainClaim('2h40 de traversee')).toBe('2 hours 40 minutes de traversee');
    expect(plainClaim("rendez-vous à 14h30 de l'après-midi")).toBe(
      "rendez-vous à 14h30 de l'après-midi",
    );
  });

  it('cuts a message at a comma only where a new fact begins, and keeps figureless pieces', () => {
    expect(
      splitClaims(
        'le gel a grillé près de 600 ha sur 2750, Hélène a perdu la moitie de son merlot',
      ),
    ).toEqual([
      'le gel a grillé près de 600 ha sur 2750',
      'Hélène a perdu la moitie de son merlot',
    ]);
    expect(
      splitClaims('81% of samples met the limits in 2025, vs barely a third in 2022'),
    ).toHaveLength(1);
    expect(splitClaims('Lyon spent 212M€ on it, 84% of it paid by the state')).toHaveLength(1);
    expect(
      splitClaims(
        'wang yi and sullivan met for 12 hours over 2 days and 70,000 people died in 2022',
      ),
    ).toEqual(['wang yi and sullivan met for 12 hours over 2 days', '70,000 people died in 2022']);
  });

  it('answers the whole-year claim contradicted, and the half-year one supported', async () => {
    expect(
      await verdictOf(
        'seed',
        "au canada le fentanyl c'est 84% des 3970 morts par overdose sur toute l'annee 2023",
      ),
    ).toBe('contradicted');
    expect(
      await verdictOf(
        'seed',
        'le fentanyl est impliqué dans 84 % des 3 970 décès au Canada en 2023',
      ),
    ).not.toBe('contradicted');
  });

  it('contradicts nothing with a value the claimed bound holds, nor a neighbour on another subject', async () => {
    expect(
      await verdictOf('sante-landes.fr.txt', 'les 4 medecins du centre ont tous moins de 40 ans'),
    ).toBe('not-found');
    expect(
      await verdictOf(
        'fenwick-museum-record-year.en.txt',
        'the museum paid approx £5M for marigold at auction',
      ),
    ).toBe('not-found');
    expect(
      await verdictOf(
        'fenwick-museum-record-year.en.txt',
        "1,284M de visiteurs en 2024 au musee fenwick, meilleur chiffre en 112 ans d'histoire",
      ),
    ).toBe('supported');
  });
});
