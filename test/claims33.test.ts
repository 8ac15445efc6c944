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

const HONEY = [
  'Le miel de Sault se vend moins cher',
  '',
  'Le kilo de miel de lavande s’est vendu en moyenne à 14 € sur le marché de Sault, contre 17 € la saison précédente.',
  'Les apiculteurs accusent la sécheresse du printemps.',
];

const HOLIDAY_CLUB = [
  'Un centre de loisirs ouvre à Lirac',
  '',
  'Le centre de loisirs de Lirac accueille les enfants de 4 semaines à 3 ans, du lundi au vendredi.',
  'Il compte 30 places.',
];

const LAKE = [
  'Lake Arden swimmers shiver',
  '',
  'Water temperatures in Lake Arden averaged 18.2°C in July, a degree colder than the 19.2°C recorded in July 2022.',
  'The beach stayed open every day.',
];

const SORTING = [
  'La bibliothèque de Vernay trie ses livres',
  '',
  'Les bénévoles ont déjà trié 900 livres, soit un peu plus d’un quart du fonds de la bibliothèque.',
  'Le tri doit finir en mars.',
];

const POOL_BUDGET = [
  'Le budget de Sorlac',
  '',
  'Le maire a annoncé que le déficit de la piscine serait couvert par les réserves plutôt que par une hausse des impôts locaux.',
  'Le conseil votera en mai.',
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

  it('reads a value set in `cette saison` against the one the sentence gives for the season before', async () => {
    const honey = await articleIndex('miel.fr.txt', HONEY);
    const former = checkIn(
      honey,
      'Cette saison le kilo de miel de lavande est parti à 17 € en moyenne à Sault.',
    );
    expect(former.verdict).toBe('contradicted');
    expect(former.conflicts).toContainEqual(['17 € en moyenne', '14 €']);
    const current = checkIn(
      honey,
      'Cette saison le kilo de miel de lavande est parti à 14 € en moyenne à Sault.',
    );
    expect(current.verdict).toBe('supported');
  });

  it('sets `jusqu’a 6 ans` against the end of the range the sentence states', async () => {
    const club = await articleIndex('lirac.fr.txt', HOLIDAY_CLUB);
    const beyond = checkIn(club, "le centre de loisirs de Lirac prend les enfants jusqu'a 6 ans");
    expect(beyond.verdict).toBe('contradicted');
    expect(beyond.quoted).toContain('de 4 semaines à 3 ans');
    expect(
      checkIn(club, "le centre de loisirs de Lirac prend les enfants jusqu'a 3 ans").verdict,
    ).toBe('supported');
  });

  it('sets `warmer … than in July 2022` against `colder than the 19.2°C recorded in July 2022`', async () => {
    const lake = await articleIndex('arden.en.txt', LAKE);
    const warmer = checkIn(lake, 'The water in Lake Arden was warmer this July than in July 2022.');
    expect(warmer.verdict).toBe('contradicted');
    expect(warmer.conflicts).toContainEqual(['warmer', 'colder']);
    const colder = checkIn(lake, 'The water in Lake Arden was colder this July than in July 2022.');
    expect(colder.verdict).toBe('supported');
  });

  it('reads `un peu plus d’un quart` as about a quarter, no bound that holds three quarters', async () => {
    const sorting = await articleIndex('vernay.fr.txt', SORTING);
    const most = checkIn(
      sorting,
      'Les bénévoles ont déjà trié environ les trois quarts du fonds de la bibliothèque.',
    );
    expect(most.verdict).toBe('contradicted');
    expect(most.conflicts).toContainEqual(['trois quarts', 'un peu plus d’un quart']);
    const quarter = checkIn(
      sorting,
      'Les bénévoles ont déjà trié environ un quart du fonds de la bibliothèque.',
    );
    expect(quarter.verdict).toBe('supported');
  });

  it('contradicts the choice the article sets aside (`plutôt que par une hausse des impôts`)', async () => {
    const pool = await articleIndex('sorlac.fr.txt', POOL_BUDGET);
    const rejected = checkIn(
      pool,
      'Le déficit de la piscine sera couvert par une hausse des impôts locaux.',
    );
    expect(rejected.verdict).toBe('contradicted');
    expect(rejected.conflicts[0]?.[1]).toContain('plutôt que par une hausse des impôts locaux');
    expect(checkIn(pool, 'Le déficit de la piscine sera couvert par les réserves.').verdict).toBe(
      'supported',
    );
    const denied = checkIn(
      pool,
      'Le déficit de la piscine ne sera pas couvert par une hausse des impôts locaux.',
    );
    expect(denied.verdict).not.toBe('contradicted');
  });
});
