import { describe, expect, it } from 'vitest';
import { articleIndex, checkIn } from './claim-checks.ts';
import { claimIndex } from './claim-sets.ts';

/** Small articles of my own: a centre's pay set against the neighbours', an audience's share. */
const PAY = [
  'Le centre de loisirs de Bressac recrute',
  '',
  'Le salaire d’embauche d’un animateur atteint 1 690 € brut par mois, soit 5 % de plus que dans les centres voisins.',
  'La mairie veut ouvrir quarante places de plus.',
];

const AUDIENCE = [
  'Le festival de Lunel vieillit',
  '',
  'La part des moins de 25 ans dans le public a reculé de cinq points, à 18 %.',
  'Le festival a accueilli 21 000 spectateurs en juillet.',
];

describe('contradicted by the sentence that gives the claim’s figures (claims33)', () => {
  it('contradicts a value the sole sentence gives for the period before, in the other language', async () => {
    // The twentieth-set cable car: `212 000 passagers, contre 187 500 l'hiver précédent`.
    const cableCar = await claimIndex('telepherique-vallorme.fr.txt');
    const said = checkIn(
      cableCar,
      'The cable car carried about 187,500 passengers in winter 2023-24.',
    );
    expect(said.verdict).toBe('contradicted');
    expect(said.quoted).toContain('contre 187 500 l’hiver précédent');
  });

  it('contradicts a difference the sole sentence gives the other way (`6 % de plus`)', async () => {
    const nursery = await claimIndex('creche-vaubrune.fr.txt');
    const said = checkIn(
      nursery,
      'Starting pay for cooks there is 6% lower than at nearby nurseries.',
    );
    expect(said.verdict).toBe('contradicted');
    expect(said.quoted).toContain('6 % de plus');
  });

  it('stays silent on the same difference said of a thing the sentence does not speak of', async () => {
    const pay = await articleIndex('pay.fr.txt', PAY);
    expect(checkIn(pay, 'Bus fares are 5% lower than last year.').verdict).toBe('not-found');
  });

  it('reads points taken (`a pris 5 points`) against points lost (`a reculé de cinq points`)', async () => {
    const audience = await articleIndex('audience.fr.txt', AUDIENCE);
    const taken = checkIn(audience, 'la part des moins de 25 ans dans le public a pris 5 points');
    expect(taken.verdict).toBe('contradicted');
    const more = checkIn(
      audience,
      'les jeunes viennent de plus en plus, leur part a gagné 5 points',
    );
    expect(more.verdict).toBe('contradicted');
    const lost = checkIn(audience, 'la part des moins de 25 ans dans le public a perdu 5 points');
    expect(lost.verdict).toBe('supported');
  });
});
