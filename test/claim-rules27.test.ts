import { describe, expect, it } from 'vitest';
import { articleIndex, checkIn } from './claim-checks.ts';

/** A museum's prices, told in English: an age group written as a bare bound. */
const MUSEUM = [
  'Ferrow Museum reopens its doors',
  '',
  'The Ferrow Museum of Clocks reopened on Saturday after a two-year refit. Entry costs £9, or £5 for visitors under 12.',
  '',
  'The museum expects 40,000 visitors in its first year.',
];

/** A rowing club, told in French: its captain's age and a youth fare. */
const AVIRON = [
  'Le club d’aviron de Sarbonne fête ses cent ans',
  '',
  'Le club d’aviron de Sarbonne a fêté samedi son centenaire. Son capitaine, Loïc Terrasson, 52 ans, rame sur la Sarre depuis quatre ans.',
  '',
  'La cotisation annuelle coûte 180 €, et 90 € pour les moins de 18 ans.',
];

/** A pool's closure, told in French: a weekly loss and what it comes to. */
const PISCINE = [
  'La piscine de Brévanne fermée pour l’hiver',
  '',
  'La piscine municipale de Brévanne est fermée depuis lundi pour réparer sa toiture. La mairie chiffre sa perte de recettes à 9 500 € par semaine, soit environ 110 000 € si les travaux durent jusqu’au printemps.',
];

/** A school's new roof, told in French: who pays which share, the verb said once. */
const TOITURE = [
  'Le collège de Lormes aura un toit neuf',
  '',
  'Le chantier de la toiture du collège de Lormes commencera en avril. La commune a promis de financer 55 % du chantier, le département 30 %, et l’État versera le reste.',
];

describe('which listed value a claim speaks of (claims27)', () => {
  it('holds a weekly loss beside the total it comes to', async () => {
    const index = await articleIndex('piscine.fr.txt', PISCINE);
    expect(
      checkIn(index, 'La mairie perd environ 9 500 euros par semaine pendant les travaux').verdict,
    ).toBe('supported');
  });

  it('gives a listed value to the item that names whom it is for', async () => {
    const index = await articleIndex('toiture.fr.txt', TOITURE);
    expect(checkIn(index, 'The département is funding 30% of the school roof works').verdict).toBe(
      'supported',
    );
    expect(checkIn(index, 'le département finance 55 % des travaux')).toMatchObject({
      verdict: 'contradicted',
      conflicts: [['55 %', '30 %']],
    });
  });
});

/** A hospital's wages, told in English. */
const HOSPITAL = [
  'Darnley Hospital struggles to fill night shifts',
  '',
  'Darnley Hospital has relied on agency staff since the spring. Agency nurses are paid €31.40 an hour, the trust said.',
  '',
  'A new bench for the garden cost €300, paid by the friends of the hospital.',
];

describe('a sum of money that tells where it is (claims27)', () => {
  it('is said by the one sentence giving it, in words the dictionary cannot match', async () => {
    const index = await articleIndex('hospital.en.txt', HOSPITAL);
    expect(checkIn(index, 'les interimaires touchent 31,40 € de l’heure').verdict).toBe(
      'supported',
    );
    // A round sum many things may cost is no such pointer: nothing else of the claim is said.
    expect(checkIn(index, 'les bénévoles reçoivent 300 € chacun').verdict).toBe('not-found');
  });
});

describe('an age, however it is written (claims27)', () => {
  it('holds an age group claimed in French against the English bare bound', async () => {
    const index = await articleIndex('museum.en.txt', MUSEUM);
    expect(checkIn(index, 'Au musée de Ferrow, les moins de 12 ans paient 5 livres').verdict).toBe(
      'supported',
    );
    expect(checkIn(index, 'At the Ferrow museum, under-12s pay £5').verdict).toBe('supported');
  });

  it('holds an age group claimed in English against the French one', async () => {
    const index = await articleIndex('aviron.fr.txt', AVIRON);
    expect(
      checkIn(index, 'At the Sarbonne rowing club, under-18s pay 90 euros a year').verdict,
    ).toBe('supported');
  });

  it('contradicts an age claimed otherwise, and never by a length of time', async () => {
    const index = await articleIndex('aviron.fr.txt', AVIRON);
    expect(checkIn(index, 'Loïc Terrasson, the club captain, is 25.')).toMatchObject({
      verdict: 'contradicted',
      conflicts: [['25', '52 ans']],
    });
    expect(checkIn(index, 'Loïc Terrasson avait 52 ans').verdict).toBe('supported');
    // Four years of rowing is no age: `4 years old` is not contradicted by it, nor said.
    expect(checkIn(index, 'Loïc Terrasson is 4 years old').verdict).not.toBe('supported');
  });
});
