import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/knowledge/figures.ts';
import { checkMessage } from '../src/search/claims/check-claims.ts';
import { factOf } from '../src/search/claims/claim-facts.ts';
import { quantityIn, quantityOf, sameValue } from '../src/search/claims/compare-figures.ts';
import { claimIndex } from './claim-sets.ts';

/** Each figure of a text as `text=value unit kind`. */
const figures = (text: string) =>
  extractFigures(text).map(
    (figure) => `${figure.text}=${figure.value} ${figure.unit} ${figure.kind}`,
  );

const verdictOf = async (article: string, text: string) =>
  checkMessage(await claimIndex(article), text).verdict;

describe('claim rules of round 7', () => {
  it('reads a number going down from one value to another as a change, two figures', () => {
    expect(figures('le trajet passe de 58 à 49 minutes')).toEqual([
      '58=58 minutes duration',
      '49 minutes=49 minutes duration',
    ]);
    expect(figures('cut from 58 to 49 minutes')).toEqual([
      '58=58 minutes duration',
      '49 minutes=49 minutes duration',
    ]);
    // Going up between two ends stays one range.
    expect(figures('entre 10 000 et 20 000 abeilles')).toHaveLength(1);
  });

  it('gives a bare number set against a measure the measure’s unit, not its own noun’s', () => {
    expect(figures('en 49 min au lieu de 58')).toEqual([
      '49 min=49 min duration',
      '58=58 min duration',
    ]);
    expect(figures('it takes 49 min instead of 58')).toContain('58=58 min duration');
    expect(figures('a coûté 6,4 millions d’euros, contre 5,1 millions prévus')).toContain(
      '5,1 millions=5100000 EUR money',
    );
    expect(figures('6,2M£ en 2024 contre 3,9M l’année d’avant')).toContain(
      '3,9M=3900000 GBP money',
    );
    expect(figures('8 couloirs au lieu de 6')).toContain('6=6 couloirs count');
    // A number with its own noun counts that noun.
    expect(figures('36 % des salariés contre 900 salariés')).toContain('900=900 salariés count');
    expect(figures('a coûté 6 M€ contre 5 millions de visiteurs')).toContain(
      '5 millions=5000000 visiteurs count',
    );
  });

  it('reads a degree sign alone as a temperature, and minutes written short as minutes', () => {
    expect(figures("l'eau a 28°, enfin")).toEqual(['28°=28 ° temperature']);
    const [short] = extractFigures('49 min');
    const [long] = extractFigures('49 minutes');
    expect(sameValue(quantityOf(short as never), quantityOf(long as never), 'exact')).toBe(true);
  });

  it('supports a journey time said as a change either way', async () => {
    const article = 'train-ligne4-horaires.fr.txt';
    expect(await verdictOf(article, 'le trajet montreval - saint aubry passe de 58 a 49 min')).toBe(
      'supported',
    );
    expect(await verdictOf(article, 'montreval - saint aubry en 49 min au lieu de 58')).toBe(
      'supported',
    );
  });

  it('takes the second half of a year for no figure of January to June, the first half for one', () => {
    const date = (text: string) => {
      const figure = extractFigures(text)
        .filter((each) => each.kind === 'date')
        .at(-1);
      return quantityIn(text, figure as never);
    };
    const article = date('entre janvier et juin 2023');
    expect(sameValue(date('in the second half of 2023'), article, 'exact')).toBe(false);
    expect(sameValue(date('au second semestre 2023'), article, 'exact')).toBe(false);
    expect(sameValue(date('in the first half of 2023'), article, 'exact')).toBe(true);
    expect(
      sameValue(date('au troisième trimestre 2023'), date('au second semestre 2023'), 'exact'),
    ).toBe(true);
    expect(
      sameValue(date('au premier trimestre 2023'), date('au second semestre 2023'), 'exact'),
    ).toBe(false);
  });

  it('contradicts the ambassador’s figure said of the second half of the year', async () => {
    expect(
      await verdictOf(
        'seed',
        "fentanyl was in 84% of canada's 3970 overdose deaths in the second half of 2023",
      ),
    ).toBe('contradicted');
  });

  it('cuts a claim’s facts at `against`, `instead of` before a figure only', () => {
    const claim = 'The renovation came to €6.4 million against €5.1 million budgeted';
    const [, second] = extractFigures(claim);
    expect([...factOf(claim, second as never)]).not.toContain('renovation');
    const fight = 'The town voted against the plan for 12 new homes';
    const [homes] = extractFigures(fight);
    expect([...factOf(fight, homes as never)]).toContain('voted');
  });

  it('sets no school year or road against the claim’s place, and supports no figure by it', async () => {
    // `à la fin du CM2 en juin 2024` names a class, not a town other than Lantrac.
    expect(
      await verdictOf(
        'piscine-lantrac.fr.txt',
        'piscine des tilleuls a lantrac rouverte le 14 juin!!',
      ),
    ).not.toBe('contradicted');
    expect(
      await verdictOf('piscine-lantrac.fr.txt', "8 couloirs au lieu de 6 et l'eau a 28°, enfin"),
    ).toBe('supported');
  });

  it('lets no other figure contradict claimed figures one sentence gives together', async () => {
    // `36 % cette année, contre 18 % au cours de l'hiver 2023` gives both; `plus d'un tiers` and
    // the report's date elsewhere do not make the claim false.
    expect(
      await verdictOf(
        'apiculture-jura.fr.txt',
        "36% de ruches mortes cet hiver dans le haut jura, 2x plus qu'en 2023 (18%)",
      ),
    ).not.toBe('contradicted');
    // One claimed figure is not enough: the claim below stays contradicted.
    expect(await verdictOf('seed', 'Xi Jinping and Joe Biden met in November 2022')).toBe(
      'contradicted',
    );
  });
});
