import { describe, expect, it } from 'vitest';
import { extractFigures } from '../src/knowledge/figures.ts';
import { loadSeedIndex } from './helpers.ts';

/** Each figure of a sentence as a row: text, value, unit, kind. */
const read = (sentence: string) =>
  extractFigures(sentence).map(({ text, value, unit, kind }) => [text, value, unit, kind]);

/** The figure written `text` in `sentence` is read with this unit and kind. */
const expectFigureIn = (sentence: string, text: string, unit: string, kind: string) => {
  const figure = extractFigures(sentence).find((entry) => entry.text === text);
  expect(figure).toMatchObject({ unit, kind });
};

/** What a reader sees of each figure of a sentence, in reading order. */
const simplify = (sentence: string) =>
  extractFigures(sentence).map(({ text, value, unit, kind }) => ({ text, value, unit, kind }));

describe('figures of the seed article', () => {
  it.each([
    ['12 heures', 12, 'heures', 'duration'],
    ['deux jours', 2, 'jours', 'duration'],
    ['novembre 2023', 2023, 'month', 'date'],
    ['quatre ans', 4, 'ans', 'duration'],
    ['2022', 2022, 'year', 'date'],
    ['environ 70 000', 70000, 'personnes', 'count'],
    ['cinq dernières années', 5, 'années', 'duration'],
    ['environ 800 M$ US', 800_000_000, 'USD', 'money'],
    ['84 %', 84, '%', 'percent'],
    ['3 970', 3970, 'décès', 'count'],
    ['juin 2023', 2023, 'month', 'date'],
  ])('finds %s as %d %s (%s) in its sentence', async (text, value, unit, kind) => {
    const index = await loadSeedIndex();
    const found = index.corpus.sentences.flatMap((sentence) =>
      sentence.figures.map((figure) => ({ ...figure, sentence: sentence.text })),
    );
    const figure = found.find((entry) => entry.text.replace(/\s/gu, ' ') === text);
    expect(figure).toMatchObject({ value, unit, kind });
    expect(figure?.sentence.slice(figure.start, figure.start + figure.text.length)).toBe(
      figure?.text,
    );
  });

  it('finds exactly the figures of the seed, in reading order (`les deux pays` too, a count a reader lists)', async () => {
    const index = await loadSeedIndex();
    const texts = index.corpus.sentences.flatMap((s) =>
      s.figures.map((f) => f.text.replace(/\s/gu, ' ')),
    );
    expect(texts).toEqual([
      'deux',
      '12 heures',
      'deux jours',
      'novembre 2023',
      'deux',
      'novembre',
      'quatre ans',
      'première réunion',
      '2022',
      'environ 70 000',
      'cinq dernières années',
      'environ 800 M$ US',
      '84 %',
      '3 970',
      'janvier',
      'juin 2023',
      'deux',
    ]);
  });
});

describe('extractFigures on other wordings', () => {
  it('reads English money, thousands separators, percent words and hyphenated numbers', () => {
    expect(
      simplify(
        'They paid $800 million; 1,200 people left and 45 percent stayed twenty-five years.',
      ),
    ).toEqual([
      { text: '$800 million', value: 800_000_000, unit: 'USD', kind: 'money' },
      { text: '1,200', value: 1200, unit: 'people', kind: 'count' },
      { text: '45 percent', value: 45, unit: '%', kind: 'percent' },
      { text: 'twenty-five years', value: 25, unit: 'years', kind: 'duration' },
    ]);
  });

  it('reads French money in words, decimals with a comma and full dates', () => {
    expect(simplify('Le 12 novembre 2023, 5 milliards de dollars sur 2,5 ans.')).toEqual([
      { text: '12 novembre 2023', value: 2023, unit: 'day', kind: 'date' },
      { text: '5 milliards de dollars', value: 5e9, unit: 'USD', kind: 'money' },
      { text: '2,5 ans', value: 2.5, unit: 'ans', kind: 'duration' },
    ]);
  });

  it('counts number words after a definite article, but not in a name', () => {
    expect(simplify('Les deux pays et the two teams.').map((figure) => figure.unit)).toEqual([
      'pays',
      'teams',
    ]);
    expect(simplify('Ils vivent aux Trois Rivières, says Jennifer May.')).toEqual([]);
  });
});

describe('numbers written in words', () => {
  it('reads one of a unit of time in both languages', () => {
    expect(simplify('The storm cut power for one hour, then for one week.')).toEqual([
      { text: 'one hour', value: 1, unit: 'hour', kind: 'duration' },
      { text: 'one week', value: 1, unit: 'week', kind: 'duration' },
    ]);
    expect(simplify('Le pont a fermé en une semaine, il y a un an.')).toEqual([
      { text: 'une semaine', value: 1, unit: 'semaine', kind: 'duration' },
      { text: 'un an', value: 1, unit: 'an', kind: 'duration' },
    ]);
    expect(simplify('Un appel a suivi une réunion.')).toEqual([]);
  });

  it('adds the half a French duration says after its unit', () => {
    expect(
      simplify('Après un an et demi sans médecin, puis deux heures et demie d’attente.'),
    ).toEqual([
      { text: 'un an et demi', value: 1.5, unit: 'an', kind: 'duration' },
      { text: 'deux heures et demie', value: 2.5, unit: 'heures', kind: 'duration' },
    ]);
    expect(simplify('Une heure, et demi-tarif ensuite.')).toEqual([
      { text: 'Une heure', value: 1, unit: 'heure', kind: 'duration' },
    ]);
  });

  it('counts the noun after a number word, compounds included', () => {
    expect(simplify('Les gardes ont recensé trois espèces et quinze dauphins.')).toEqual([
      { text: 'trois', value: 3, unit: 'espèces', kind: 'count' },
      { text: 'quinze', value: 15, unit: 'dauphins', kind: 'count' },
    ]);
    expect(simplify('Researchers found seven species; twenty-two volunteers helped.')).toEqual([
      { text: 'seven', value: 7, unit: 'species', kind: 'count' },
      { text: 'twenty-two', value: 22, unit: 'volunteers', kind: 'count' },
    ]);
    expect(simplify('Il faut trois cents emplois et quatre-vingt-dix délégués.')).toEqual([
      { text: 'trois cents', value: 300, unit: 'emplois', kind: 'count' },
      { text: 'quatre-vingt-dix', value: 90, unit: 'délégués', kind: 'count' },
    ]);
  });

  it('reads fractions with what they are a share of', () => {
    expect(simplify('Un quart des élèves et la moitié des enseignants sont absents.')).toEqual([
      { text: 'Un quart', value: 0.25, unit: 'élèves', kind: 'ratio' },
      { text: 'la moitié', value: 0.5, unit: 'enseignants', kind: 'ratio' },
    ]);
    expect(simplify('A third of the budget goes to two-thirds of voters.')).toEqual([
      { text: 'A third', value: 1 / 3, unit: 'budget', kind: 'ratio' },
      { text: 'two-thirds', value: 2 / 3, unit: 'voters', kind: 'ratio' },
    ]);
    expect(simplify('Ils ont fait deux tiers du trajet.')).toEqual([
      { text: 'deux tiers', value: 2 / 3, unit: 'trajet', kind: 'ratio' },
    ]);
  });

  it('does not read ordinals and halves of a season as fractions', () => {
    // `a third time` is a rank, as `the 21st time` is: the third of the times, not a share.
    expect(simplify('They won a third time in the second half of the season.')).toEqual([
      { text: 'third time', value: 3, unit: 'rank', kind: 'count' },
    ]);
  });

  it('reads multiples as ratios', () => {
    expect(simplify('Les appels sont deux fois plus nombreux.')).toEqual([
      { text: 'deux fois plus', value: 2, unit: '×', kind: 'ratio' },
    ]);
    expect(simplify('Prices rose three times faster.')).toEqual([
      { text: 'three times faster', value: 3, unit: '×', kind: 'ratio' },
    ]);
  });
});

describe('the unit of a count is the thing counted', () => {
  const units = (sentence: string) =>
    extractFigures(sentence).map(({ text, unit, kind }) => [text, unit, kind]);

  it('reads past adjectives and determiners to the noun', () => {
    expect(units('Some 1,250 daily commuters and 620 of the new residents.')).toEqual([
      ['Some 1,250', 'commuters', 'count'],
      ['620', 'residents', 'count'],
    ]);
    expect(units('On compte 12 nouveaux hôpitaux et 300 lits supplémentaires.')).toEqual([
      ['12', 'hôpitaux', 'count'],
      ['300', 'lits', 'count'],
    ]);
  });

  it('takes no verb nor participle for the thing counted', () => {
    expect(units('Le plafond de 2 000 fixé par la loi.')).toEqual([['2 000', '', 'count']]);
    expect(units('They hired 1,000 last spring.')).toEqual([['1,000', '', 'count']]);
  });

  it('keeps units of measure, compound ones whole', () => {
    expect(units('Ils stockent 40 000 mètres cubes sur 45 km.')).toEqual([
      ['40 000', 'mètres cubes', 'count'],
      ['45', 'km', 'count'],
    ]);
  });

  it('keeps the period of a rate', () => {
    expect(units('Parking costs $90 a day for 500,000 gallons per day.')).toEqual([
      ['$90 a day', 'USD/day', 'money'],
      ['500,000', 'gallons/day', 'count'],
    ]);
    expect(units('Ils versent 2,5 millions d’euros par an, soit 3 % par an.')).toEqual([
      ['2,5 millions d’euros par an', 'EUR/year', 'money'],
      ['3 % par an', '%/year', 'percent'],
    ]);
  });

  it('takes in a bound that changes what the number says', () => {
    expect(units('Nearly 40% earn less than $15 an hour, plus de 9 400 patients.')).toEqual([
      ['Nearly 40%', '%', 'percent'],
      ['less than $15 an hour', 'USD/hour', 'money'],
      ['plus de 9 400', 'patients', 'count'],
    ]);
  });
});

describe('money is exact', () => {
  it.each([
    ['The city borrowed $4.1 million.', 4_100_000],
    ['Le budget atteint 1,15 milliard d’euros.', 1_150_000_000],
    ['It cost €2.35 billion.', 2_350_000_000],
    ['Le contrat vaut 0,7 M$ CA.', 700_000],
    ['They ship 8.2 million tonnes.', 8_200_000],
    ['Drivers are paid 45p a mile.', 0.45],
  ])('%s → %d', (sentence, value) => {
    expect(extractFigures(sentence)[0]?.value).toBe(value);
  });
});

describe('temperatures, times and dates', () => {
  it('keeps the unit of a temperature, and its sign', () => {
    expect(simplify('Il a fait 38,5 °C à Lyon, -3 °C à Briançon et 101 °F ailleurs.')).toEqual([
      { text: '38,5 °C', value: 38.5, unit: '°C', kind: 'temperature' },
      { text: '-3 °C', value: -3, unit: '°C', kind: 'temperature' },
      { text: '101 °F', value: 101, unit: '°F', kind: 'temperature' },
    ]);
  });

  it('reads clock times as times of day, never as counts', () => {
    expect(
      simplify('Doors open at 6 p.m., close at 11:30 p.m.; the bus leaves at 10 a.m.'),
    ).toEqual([
      { text: '6 p.m.', value: 18, unit: 'h', kind: 'time' },
      { text: '11:30 p.m.', value: 23.5, unit: 'h', kind: 'time' },
      { text: '10 a.m.', value: 10, unit: 'h', kind: 'time' },
    ]);
    // A span of clock times is one figure (see figure-shapes.test.ts).
    expect(simplify('La séance va de 9\u00A0h\u00A015 à 18 h, après 2 h de pause.')).toEqual([
      { text: 'de 9\u00A0h\u00A015 à 18 h', value: 9.25, unit: 'h', kind: 'time' },
      { text: '2 h', value: 2, unit: 'h', kind: 'duration' },
    ]);
  });

  it('keeps a season or a part of the year with its year', () => {
    expect(simplify('Fin des travaux à l’automne 2026, après le printemps 2025.')).toEqual([
      { text: 'automne 2026', value: 2026, unit: 'season', kind: 'date' },
      { text: 'printemps 2025', value: 2025, unit: 'season', kind: 'date' },
    ]);
    expect(simplify('It should end in the fall of 2026 or by late 2027.')).toEqual([
      { text: 'fall of 2026', value: 2026, unit: 'season', kind: 'date' },
      { text: 'late 2027', value: 2027, unit: 'year', kind: 'date' },
    ]);
  });

  it('reads days without a year, ranges, weekdays and decades', () => {
    expect(simplify('Born on July 4, 1990, he left on Tuesday, March 3, in the 1990s.')).toEqual([
      { text: 'July 4, 1990', value: 1990, unit: 'day', kind: 'date' },
      { text: 'Tuesday, March 3', value: 0, unit: 'day', kind: 'date' },
      { text: '1990s', value: 1990, unit: 'decade', kind: 'date' },
    ]);
    expect(simplify('Les 4 et 5 mai 2024, puis le mardi 3 juin et le 1er juillet.')).toEqual([
      { text: '4 et 5 mai 2024', value: 2024, unit: 'day', kind: 'date' },
      { text: 'mardi 3 juin', value: 0, unit: 'day', kind: 'date' },
      { text: '1er juillet', value: 0, unit: 'day', kind: 'date' },
    ]);
    expect(simplify('Dans les années 80, la grève a duré 12 jours.')).toEqual([
      { text: 'années 80', value: 1980, unit: 'decade', kind: 'date' },
      { text: '12 jours', value: 12, unit: 'jours', kind: 'duration' },
    ]);
  });

  it('tells the past year, a length of time, from last year, a date', () => {
    expect(simplify('Over the past decade and last year, prices rose.')).toEqual([
      { text: 'past decade', value: 10, unit: 'years', kind: 'duration' },
    ]);
  });
});

describe('names that hold a number are not figures', () => {
  it.each([
    ['Members of Local 100 voted under Article 5 of the contract.'],
    ['Cases of COVID-19 and of SARS-CoV-2 fell.'],
    ['Traffic on Route 66 and on the A61 resumed; Boeing 737 jets flew.'],
    ['Le trafic sur l’A7 et la route 66 reprend.'],
    ['Selon l’article 12 de la directive 2019/1024/UE et le n° 4.'],
    ['Les Jeux de Paris 2024 et la COP 28 ont eu lieu.'],
    ['Nexora’s Fab 7 is open 24/7.'],
    ['Descendez au quai 4, prenez la sortie 12 ou le hall 5.'],
    ['Members of Local 100 met at Gate 9.'],
  ])('%s', (sentence) => {
    expect(extractFigures(sentence)).toEqual([]);
  });

  it('still reads a measure after a name', () => {
    expect(
      extractFigures(
        'À Lyon 2 400 athlètes, à Nîmes 38 % des lits, Nexora 12 mois, Paris 5 juin.',
      ).map(({ text }) => text),
    ).toEqual(['2 400', '38 %', '12 mois', '5 juin']);
  });

  it('still reads figures after words that open a sentence', () => {
    expect(
      extractFigures('About 620 jobs. En 2022, 5 morts.').map(({ text, kind }) => [text, kind]),
    ).toEqual([
      ['About 620', 'count'],
      ['2022', 'date'],
      ['5', 'count'],
    ]);
    expect(extractFigures('Roughly 300 people came.').map(({ text }) => text)).toEqual([
      'Roughly 300',
    ]);
  });
});

describe('figures a reader reads in wordings no article was tuned on', () => {
  it('reads clock times written close, or in full hours after à, avant, du matin', () => {
    expect(read('The clinic opened at 8am and closed at 5pm.')).toEqual([
      ['8am', 8, 'h', 'time'],
      ['5pm', 17, 'h', 'time'],
    ]);
    expect(read('Les portes ouvrent à 9 heures, entre 4 heures et 10 heures du matin.')).toEqual([
      ['9 heures', 9, 'h', 'time'],
      ['entre 4 heures et 10 heures du matin', 4, 'h', 'time'],
    ]);
    expect(read('Le vote a duré 6 heures, à 3 heures de route.')).toEqual([
      ['6 heures', 6, 'heures', 'duration'],
      ['3 heures', 3, 'heures', 'duration'],
    ]);
  });

  it('reads multiples and one of a unit, bounded or not', () => {
    expect(read('Sales were nearly triple the 2019 level, in a double room.')).toEqual([
      ['nearly triple', 3, '×', 'ratio'],
      ['2019', 2019, 'year', 'date'],
    ]);
    expect(read('Le budget représente plus du double de celui de 2020.')[0]).toEqual([
      'plus du double',
      2,
      '×',
      'ratio',
    ]);
    // `a day` after a verb of lasting is a length of time; after what is counted, a rate.
    expect(
      read('It took more than an hour; the river rose by one metre; it lasted a day.'),
    ).toEqual([
      ['more than an hour', 1, 'hour', 'duration'],
      ['one metre', 1, 'metre', 'count'],
      ['a day', 1, 'day', 'duration'],
    ]);
    expect(read('The ferry makes six crossings a day.')).toEqual([
      ['six', 6, 'crossings/day', 'count'],
    ]);
  });

  it('gives a range the unit written after its second end', () => {
    // A range is one figure, from its opening word to its second end.
    expect(read('between 40 and 60 volunteers')).toEqual([
      ['between 40 and 60', 40, 'volunteers', 'count'],
    ]);
    expect(read('entre 3 et 5 millions d’euros')).toEqual([
      ['entre 3 et 5 millions d’euros', 3_000_000, 'EUR', 'money'],
    ]);
    expect(read('Près de 300 lits, sur les 1 200 que compte le CHU.')[1]).toEqual([
      '1 200',
      1200,
      'lits',
      'count',
    ]);
  });

  it('reads units joined by a hyphen, rates per measure and a currency’s hundredths', () => {
    expect(read('a 12-storey tower, a 10-fold rise')).toEqual([
      ['12-storey', 12, 'storey', 'count'],
      ['10-fold', 10, '×', 'ratio'],
    ]);
    expect(read('L’essence coûte 1,90 € par litre, 90 centimes de plus.')).toEqual([
      ['1,90 € par litre', 1.9, 'EUR/litre', 'money'],
      ['90 centimes de plus', 0.9, 'EUR', 'money'],
    ]);
  });

  it('counts the noun that names the kind with its head, and a share of a possessed thing', () => {
    expect(
      read('The hotel hired 12 staff members and welcomed 45,000 school visitors a year.'),
    ).toEqual([
      ['12', 12, 'staff members', 'count'],
      ['45,000', 45000, 'school visitors/year', 'count'],
    ]);
    expect(read('Elle a perdu un tiers de sa récolte.')[0]?.[2]).toBe('récolte');
    expect(
      read('A third of the 600 drivers and half of all buses; un quart des 220 producteurs.'),
    ).toEqual([
      ['A third', 1 / 3, 'drivers', 'ratio'],
      ['600', 600, 'drivers', 'count'],
      ['half', 0.5, 'buses', 'ratio'],
      ['un quart', 0.25, 'producteurs', 'ratio'],
      ['220', 220, 'producteurs', 'count'],
    ]);
    // So many in so many is one share (see figure-shapes.test.ts).
    expect(read('Nearly 4 in 10 residents')[0]).toEqual([
      'Nearly 4 in 10 residents',
      0.4,
      'residents',
      'ratio',
    ]);
  });
});

describe('figures as a reader reads them, beyond the tuned articles', () => {
  it.each([
    // A month alone, with the part of the month before it.
    ['La foire revient en octobre.', 'octobre', 'month', 'date'],
    ['Sowing starts in early April.', 'early April', 'month', 'date'],
    ['Les semis commencent à la mi-avril.', 'mi-avril', 'month', 'date'],
    // Clock times, British and solid French.
    ['The doors open at 9.15 p.m. sharp.', '9.15 p.m.', 'h', 'time'],
    ['Le marché ouvre à 6h45.', '6h45', 'h', 'time'],
    // What a price is given per.
    ['Les cours coûtent 15 € par élève.', '15 € par élève', 'EUR/élève', 'money'],
    ['Seats were sold at £20 each.', '£20 each', 'GBP/seats', 'money'],
    ['Le gardien touche 2 100 € net par mois.', '2 100 € net par mois', 'EUR/month', 'money'],
    ['Les saisonniers gagnent 11 € de l’heure.', '11 € de l’heure', 'EUR/hour', 'money'],
    ['Parking costs 80p an hour.', '80p an hour', 'GBP/hour', 'money'],
    ['She trains three evenings a week.', 'three', 'evenings/week', 'count'],
    ['He reads for two hours a day.', 'two hours a day', 'hours/day', 'duration'],
    // Approximate numbers, ranges, shares.
    ['Une trentaine de bénévoles ont répondu.', 'Une trentaine', 'bénévoles', 'count'],
    ['Il faut entre 200 et 300 bouteilles.', 'entre 200 et 300', 'bouteilles', 'count'],
    ['The club expects 30 to 40 new members.', '30 to 40', 'members', 'count'],
    ['Deux des cinq salles ont fermé.', 'Deux des cinq', 'salles', 'ratio'],
    [
      'On 120 farms, more than a quarter of them lack an heir.',
      'more than a quarter',
      'farms',
      'ratio',
    ],
    ['Sur les 90 lits, près d’un tiers sont vides.', 'près d’un tiers', 'lits', 'ratio'],
    // A share said of a verb is a share of what the verb changes, its subject.
    ['Le budget sera réduit de moitié.', 'de moitié', 'budget', 'ratio'],
    ['Sales reached 5,400 copies, up from 3,900.', '3,900', 'copies', 'count'],
    // Number words before a noun, with its kind after it in French.
    [
      'Trois vétérinaires ruraux et cinq agents techniques.',
      'Trois',
      'vétérinaires ruraux',
      'count',
    ],
    ['Staff moved between the three depots.', 'three', 'depots', 'count'],
  ])('%s → %s (%s, %s)', expectFigureIn);

  it('keeps names holding a number word or a number out of the figures', () => {
    expect(simplify('Ils campent près des Trois Rivières.')).toEqual([]);
    expect(simplify('Le stock est rangé dans le hangar 3 du port.')).toEqual([]);
  });
});

/** Sentences written for these rules, in neither language's tuned articles. */
describe('the unit is the thing counted, whatever the wording', () => {
  it.each([
    // A possessive says whose, never what.
    ['Nearly a third of the region’s schools lack a nurse.', 'Nearly a third', 'schools', 'ratio'],
    ['Half of the club’s members voted.', 'Half', 'members', 'ratio'],
    ['About 600 of the town’s 2,000 households have panels.', 'About 600', 'households', 'count'],
    ['The city’s 14 public libraries close on Mondays.', '14', 'libraries', 'count'],
    // A share with no `of`, `de` of its own is a share of the whole before, or of the subject.
    [
      'Les éleveurs livrent 12 000 tonnes de fromage, dont la moitié part à l’export.',
      'la moitié',
      'fromage',
      'ratio',
    ],
    [
      'La ferme produit 400 litres de lait, dont les trois quarts sont vendus.',
      'trois quarts',
      'lait',
      'ratio',
    ],
    ['Le lycée accueille 850 élèves, dont un tiers d’internes.', 'un tiers', 'élèves', 'ratio'],
    [
      'The museum had 85,000 visitors, a quarter of them children.',
      'a quarter',
      'visitors',
      'ratio',
    ],
    ['Les dépenses de la mairie ont été réduites d’un quart.', 'un quart', 'dépenses', 'ratio'],
    ['The budget was cut by half last year.', 'by half', 'budget', 'ratio'],
    ['Exports fell by a third this spring.', 'a third', 'exports', 'ratio'],
    ['Le déficit de 80 000 € sera réduit de moitié.', 'de moitié', 'déficit', 'ratio'],
    [
      'Les trajets ont coûté 3 millions d’euros, payés pour un tiers par l’État.',
      'un tiers',
      'trajets',
      'ratio',
    ],
    [
      'Seuls 40 % des cas étaient traités, contre à peine un quart en 2020.',
      'à peine un quart',
      'cas',
      'ratio',
    ],
    // Number words above twenty, compound ones included.
    ['Twenty-one boats and thirty-three trawlers are moored.', 'Twenty-one', 'boats', 'count'],
    ['La commune compte vingt et un élus.', 'vingt et un', 'élus', 'count'],
    ['Il reste soixante et onze bénévoles.', 'soixante et onze', 'bénévoles', 'count'],
    ['Some two hundred and fifty people came.', 'Some two hundred and fifty', 'people', 'count'],
    ['Les trente-et-une communes ont voté.', 'trente-et-une', 'communes', 'count'],
    // A number with nothing after it to count, read back.
    ['Nine nurses were hired, bringing the staff to forty-four.', 'forty-four', 'staff', 'count'],
    [
      'Cinq guides ont été recrutés, ce qui porte l’équipe à vingt-six.',
      'vingt-six',
      'équipe',
      'count',
    ],
    [
      'Le club compte cinquante-deux joueurs, contre trente et un en 2020.',
      'trente et un',
      'joueurs',
      'count',
    ],
    [
      'The team grew from nine to twenty-four engineers.',
      'from nine to twenty-four',
      'engineers',
      'count',
    ],
    // A part of a whole named before: `dont 8 000`, `300 of them`; a stand-in: `ones`.
    [
      'Le festival a attiré 45 000 festivaliers, dont 8 000 le samedi.',
      '8 000',
      'festivaliers',
      'count',
    ],
    [
      'The scheme has helped 1,200 young people, 300 of them in rural areas.',
      '300 of them',
      'people',
      'count',
    ],
    ['The firm laid off 230 full-time workers and 40 temporary ones.', '40', 'workers', 'count'],
    // A number reached is of the thing that reached it; `last year` after it says when.
    ['Sales of electric cars doubled to 42,000 last year.', '42,000', 'sales', 'count'],
    ['Membership fell to 8,200 from 9,100 a year earlier.', '8,200', 'membership', 'count'],
    ['Les inscriptions ont bondi de 30 % en un an, à 5 400.', '5 400', 'inscriptions', 'count'],
    // A share of a number written in digits, `le quart de`, approximate hundreds.
    [
      'Seven of the 12 council members voted against.',
      'Seven of the 12',
      'council members',
      'ratio',
    ],
    ['Le village a perdu le quart de ses habitants.', 'le quart', 'habitants', 'ratio'],
    ['Hundreds of residents attended the meeting.', 'Hundreds', 'residents', 'count'],
    // A singular noun ending in -s names the kind of the plural after it; `one in four` is a share.
    [
      'Only one in four bus stops has a shelter.',
      'Only one in four bus stops',
      'bus stops',
      'ratio',
    ],
    // A rate after what a measure is of, read with it; a number reached by `the number of` things.
    [
      'The farm will save 90,000 tonnes of CO2 a year.',
      '90,000 tonnes of CO2 a year',
      'tonnes/year',
      'count',
    ],
    [
      'La ferme produit 400 litres de lait par jour.',
      '400 litres de lait par jour',
      'litres/day',
      'count',
    ],
    ["Le nombre d'entrées a augmenté de 15 % pour atteindre 85 000.", '85 000', 'entrées', 'count'],
    ['The number of visitors rose to 12,000.', '12,000', 'visitors', 'count'],
    // Areas keep their square.
    ['Le nouvel entrepôt couvre 2 400 m².', '2 400', 'm²', 'count'],
    ['The reserve spans 35 km² of marsh.', '35', 'km²', 'count'],
  ])('%s → %s (%s, %s)', expectFigureIn);

  it('leaves a year earlier, le tiers payant and a hundred alone as what they are', () => {
    expect(read('Membership fell to 8,200 from 9,100 a year earlier.')[1]).toEqual([
      '9,100',
      9100,
      'membership',
      'count',
    ]);
    expect(read('Le tiers payant est généralisé.')).toEqual([]);
    expect(read('A hundred people came.')).toEqual([['hundred', 100, 'people', 'count']]);
  });

  it('reads compound number words at their value', () => {
    const values = (sentence: string) => simplify(sentence).map(({ text, value }) => [text, value]);
    expect(
      values('Twenty-one boats, quatre-vingt-une vaches et soixante et onze chèvres.'),
    ).toEqual([
      ['Twenty-one', 21],
      ['quatre-vingt-une', 81],
      ['soixante et onze', 71],
    ]);
    // `two and three` are two numbers, not five: `and` joins words only after hundreds.
    expect(values('between two and three weeks')).toEqual([['between two and three weeks', 2]]);
  });

  it('makes a range of money one figure after `between`, not a change after `from`', () => {
    expect(read('Repairs are estimated at between £2 million and £2.5 million.')).toEqual([
      ['between £2 million and £2.5 million', 2_000_000, 'GBP', 'money'],
    ]);
    expect(read('Le kilo se vend entre 5 € et 8 € le kilo.')).toEqual([
      ['entre 5 € et 8 € le kilo', 5, 'EUR/kilo', 'money'],
    ]);
    expect(read('Le chantier a coûté entre 2 millions et 2,5 millions d’euros.')).toEqual([
      ['entre 2 millions et 2,5 millions d’euros', 2_000_000, 'EUR', 'money'],
    ]);
    expect(read('A return ticket will rise from £8.40 to £9.10.')).toEqual([
      ['£8.40', 8.4, 'GBP', 'money'],
      ['£9.10', 9.1, 'GBP', 'money'],
    ]);
  });

  it('reads what a French `en` stands for in the sentence, else in the sentence before', () => {
    const previous = 'Une meule pèse une quarantaine de kilos.';
    expect(
      extractFigures('La coopérative en produit environ 9 500 par an.', previous).map(
        ({ text, unit }) => [text, unit],
      ),
    ).toEqual([['environ 9 500', 'meules/year']]);
    expect(
      extractFigures(
        'Une ruche compte 20 000 abeilles, et il en faut au moins 5 000 en hiver.',
      ).map(({ text, unit }) => [text, unit]),
    ).toEqual([
      ['20 000', 'abeilles'],
      ['au moins 5 000', 'abeilles'],
    ]);
    // `of them` with nothing plural before it points at the subject of the sentence before.
    expect(
      extractFigures(
        'About a quarter of them are students.',
        'Some 240 volunteers work shifts at the two sites.',
      ).map(({ text, unit }) => [text, unit]),
    ).toEqual([['About a quarter', 'volunteers']]);
  });
});

describe('figures a reader reads in the second validation set’s wordings (sentences of our own)', () => {
  it('takes a French adjective of kind after the noun, not one of how often or how many more', () => {
    expectFigureIn(
      'Les 9 lycées agricoles et 12 collèges publics ferment.',
      '9',
      'lycées agricoles',
      'count',
    );
    expectFigureIn('La commune compte 14 salles sportives.', '14', 'salles sportives', 'count');
    expectFigureIn('La ligne offre 30 trains quotidiens.', '30', 'trains', 'count');
    expectFigureIn('Il faudra 40 places supplémentaires.', '40', 'places', 'count');
  });

  it('reads an adjective standing for people as the thing counted', () => {
    expectFigureIn('Le stage a réuni 37 jeunes sur trois jours.', '37', 'jeunes', 'count');
  });

  it('reads `twice as many`, `three times as much` as one multiple', () => {
    expectFigureIn(
      'The shelter now takes twice as many dogs as before.',
      'twice as many',
      '×',
      'ratio',
    );
    expectFigureIn(
      'Repairs cost three times as much as planned.',
      'three times as much',
      '×',
      'ratio',
    );
  });

  it('reads `moitie` without its accent, and a bounded half with nothing after it', () => {
    expectFigureIn('Le trafic a baisse de moitie cet hiver.', 'de moitie', 'trafic', 'ratio');
    expect(read('Of the 300 tickets sold, roughly half.')).toContainEqual([
      'roughly half',
      0.5,
      'tickets',
      'ratio',
    ]);
    expect(read('He kept the second half.')).toEqual([]);
  });
});

describe('shares and bare numbers read back as a reader reads them (sentences of our own)', () => {
  it('reads one in so many as a share of the thing counted', () => {
    expect(read('Aujourd’hui, un habitant sur trois a plus de 65 ans.')[0]).toEqual([
      'un habitant sur trois',
      1 / 3,
      'habitant',
      'ratio',
    ]);
    expectFigureIn('One in five nurses plans to leave.', 'One in five nurses', 'nurses', 'ratio');
    // A loan over twenty years is a length, not a share.
    expectFigureIn('La mairie a souscrit un prêt sur quinze ans.', 'quinze ans', 'ans', 'duration');
  });

  it('gives a bare number that is a clause’s subject the thing counted before it', () => {
    expectFigureIn(
      'Sur 650 candidats inscrits, seuls 212 ont été reçus.',
      '212',
      'candidats',
      'count',
    );
    expectFigureIn('Of 900 applicants, only 310 were accepted.', 'only 310', 'applicants', 'count');
  });

  it('gives a total reached the thing counted before, not the place it stands', () => {
    expectFigureIn(
      'The club signed three new players, bringing the total in the squad to twenty-four.',
      'twenty-four',
      'players',
      'count',
    );
  });

  it('never takes a verb or the fraction itself for the whole of a share', () => {
    const [quarter] = extractFigures(
      'Un quart provient des dons.',
      'La fondation dispose d’un budget de 90 000 €.',
    );
    expect(quarter).toMatchObject({ text: 'Un quart', unit: 'fondation' });
    expect(extractFigures('La moitié a été versée en mai.')[0]?.unit).not.toBe('moitié');
  });

  it('reads a verb’s share of its own clause’s subject', () => {
    expectFigureIn(
      'Les pompes couvrent 30 % des besoins du quartier, et la consommation devrait baisser de moitié.',
      'de moitié',
      'consommation',
      'ratio',
    );
  });
});

describe('lengths, ranges and spans a reader reads as one figure (sentences of our own)', () => {
  it('reads hours and minutes after `en` as a length of time, not a clock time', () => {
    expect(read('Elle a couru le marathon en 3 h 42.')).toEqual([
      ['3 h 42', 3 + 42 / 60, 'h', 'duration'],
    ]);
    expectFigureIn('Le départ est donné à 9 h 15.', '9 h 15', 'h', 'time');
  });

  it('reads a range of percentages after `between`, `entre` as one figure with its rate', () => {
    expect(read('Rents should rise by between 2% and 4% a year.')).toEqual([
      ['between 2% and 4% a year', 2, '%/year', 'percent'],
    ]);
    expect(read('Le taux variera entre 1,5 % et 3 %.')).toEqual([
      ['entre 1,5 % et 3 %', 1.5, '%', 'percent'],
    ]);
  });

  it('reads a span of months as one date, and two months named side by side as two', () => {
    expect(read('La baignade est surveillée de juin à septembre.')).toEqual([
      ['de juin à septembre', 0, 'month', 'date'],
    ]);
    expect(read('Between March and May, the path is closed.')).toEqual([
      ['Between March and May', 0, 'month', 'date'],
    ]);
    expect(read('In March and May, the path was closed.').map(([text]) => text)).toEqual([
      'March',
      'May',
    ]);
    expect(read('Le chantier ira d’avril à juin 2026.').map(([text]) => text)).toEqual([
      'avril',
      'juin 2026',
    ]);
  });
});

describe('a day said by its rank in the month (sentences of our own)', () => {
  it('reads `le deuxième samedi de mai`, `the last Friday of June` as a day', () => {
    expectFigureIn(
      'La foire a lieu le deuxième samedi de mai.',
      'deuxième samedi de mai',
      'day',
      'date',
    );
    expectFigureIn(
      'The count is held on the last Friday of June.',
      'last Friday of June',
      'day',
      'date',
    );
  });
});
