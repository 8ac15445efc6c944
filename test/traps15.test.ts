import { describe, expect, it } from 'vitest';
import { askedReason, saysReason } from '../src/search/asked-reason.ts';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';

/** Near-miss traps: a reason asked of a bare fact, a height asked of a distance. */

const FERRY = [
  'Island ferry fares go up',
  '',
  'Fares on the Torrin Sound ferry will rise from £6 to £7.20 in May, the first rise since 2019.',
  'The operator said the increase was needed because fuel now costs twice as much as in 2021.',
  '',
  'The harbour wall at Torrin is 9 metres high and was rebuilt in 2015.',
  'The nearest boatyard is in Calloway, 35 km away.',
  'The lighthouse lamp, 60 centimetres across, cracked in the January frost.',
];

const SALLE = [
  'La salle des fêtes de Vernoux ferme',
  '',
  'La salle des fêtes de Vernoux a fermé ses portes lundi 3 mars.',
  'Le conseil municipal a voté la fermeture par quinze voix contre quatre le 28 février.',
  'Elle restera fermée un an pour refaire la toiture, qui laisse passer l’eau depuis l’hiver dernier.',
  '',
  'Le clocher voisin culmine à 42 mètres.',
  'Son cadran, de 3 mètres de diamètre, a été repeint en 2019.',
  'La salle la plus proche est celle de Saint-Brieux, à 12 km.',
];

describe('a reason asked', () => {
  it('reads why, pourquoi, its chat forms and slips', () => {
    expect(askedReason('Why did fares go up?')).toBe('Why');
    expect(askedReason('pourquoi la salle a fermé')).toBe('pourquoi');
    expect(askedReason('pourqoi la salle a fermé')).toBe('pourqoi');
    expect(askedReason('For what reason was the hall shut?')).toBe('For what reason');
    expect(askedReason('Pour quelle raison la salle est-elle fermée ?')).toBe('Pour quelle raison');
    expect(askedReason('When did fares go up?')).toBeUndefined();
    expect(askedReason('Combien de voix contre la fermeture ?')).toBeUndefined();
  });

  it('tells a sentence giving a cause or a purpose from a bare fact', () => {
    expect(saysReason('The increase was needed because fuel costs more.')).toBe(true);
    expect(saysReason('Elle restera fermée un an pour refaire la toiture.')).toBe(true);
    expect(saysReason('Les pluies faisaient déborder le réseau.')).toBe(true);
    expect(saysReason('Le maire a remercié les bénévoles d’avoir repeint la salle.')).toBe(true);
    expect(saysReason('The mayor thanked volunteers for repainting the hall.')).toBe(true);
    expect(saysReason('Fares will rise from £6 to £7.20, the first rise since 2019.')).toBe(false);
    expect(saysReason('The board approved it by nine votes to two.')).toBe(false);
    expect(saysReason('Un billet coûte 8 € pour un adulte.')).toBe(false);
  });

  it('flags a quoted fact that gives no reason, in English and French', async () => {
    const ferry = await articleIndex('ferry.en.txt', FERRY);
    const [rise] = findPassages(ferry, 'Why had fares not gone up since 2019?').results;
    expect(rise?.sentence).toContain('first rise since 2019');
    expect(rise?.missing).toContain('Why');
    const index = await articleIndex('salle.fr.txt', SALLE);
    for (const question of [
      'pourquoi quatre elus ont vote contre la fermeture',
      'pk quatre élus ont voté contre la fermeture ?',
    ]) {
      const [best] = findPassages(index, question).results;
      expect(best?.sentence).toContain('quinze voix contre quatre');
      expect(best?.missing.length).toBeGreaterThan(0);
    }
  });

  it('leaves a sentence saying the reason unflagged', async () => {
    const index = await articleIndex('salle.fr.txt', SALLE);
    const [best] = findPassages(index, 'Pourquoi la salle restera fermée un an ?').results;
    expect(best?.sentence).toContain('refaire la toiture');
    expect(best?.missing).toEqual([]);
    const ferry = await articleIndex('ferry.en.txt', FERRY);
    const [fare] = findPassages(ferry, 'why is the operator increasing ferry fares').results;
    expect(fare?.sentence).toContain('because fuel');
    expect(fare?.missing).toEqual([]);
  });
});

describe('a height asked', () => {
  it('is not a distance away', async () => {
    const index = await articleIndex('ferry.en.txt', FERRY);
    const [best] = findPassages(index, 'How tall is the wall at the Calloway boatyard?').results;
    expect(best?.missing.length).toBeGreaterThan(0);
    const salle = await articleIndex('salle.fr.txt', SALLE);
    const [haut] = findPassages(salle, 'quelle hauteur fait la salle de saint-brieux ?').results;
    expect(haut?.missing.length ?? 1).toBeGreaterThan(0);
  });

  it('is given in metres', async () => {
    const index = await articleIndex('ferry.en.txt', FERRY);
    const [best] = findPassages(index, 'how tall is the harbour wall at Torrin').results;
    expect(best?.sentence).toContain('9 metres');
    expect(best?.missing).toEqual([]);
    const salle = await articleIndex('salle.fr.txt', SALLE);
    const [clocher] = findPassages(salle, 'Quelle est la hauteur du clocher ?').results;
    expect(clocher?.sentence).toContain('42 mètres');
    expect(clocher?.missing).toEqual([]);
  });
});

describe('a distance asked', () => {
  it('is not a width', async () => {
    const index = await articleIndex('ferry.en.txt', FERRY);
    const answer = findPassages(index, 'How far did the cracked lighthouse lamp travel?');
    const lamp = answer.results.find((result) => result.sentence.includes('60 centimetres'));
    expect(lamp?.missing.length).toBeGreaterThan(0);
    const salle = await articleIndex('salle.fr.txt', SALLE);
    const [cadran] = findPassages(salle, 'Quelle est la longueur du cadran repeint ?').results;
    expect(cadran?.sentence).toContain('3 mètres de diamètre');
    expect(cadran?.missing.length).toBeGreaterThan(0);
  });
});

const BUS = [
  'Bus drivers strike in Ardwick',
  '',
  'Drivers at the Ardwick depot walked out on Monday for a week.',
  'The 14 route normally carries about 3,200 passengers a day between Ardwick and the hospital.',
  'Pendant la grève, le trafic est tombé à 900 voyageurs par jour sur la ligne 14.',
];

describe('a time asked by what happened in it', () => {
  it('is not said by the usual figure', async () => {
    const index = await articleIndex('bus.en.txt', BUS);
    for (const question of [
      'How many passengers did the 14 route carry during the strike?',
      'how many pasengers on the 14 route while drivers were out',
    ]) {
      const answer = findPassages(index, question);
      const usual = answer.results.find((result) => result.sentence.includes('normally'));
      expect(usual?.missing.length ?? 1).toBeGreaterThan(0);
    }
  });

  it('leaves the usual figure unflagged when the usual value is asked', async () => {
    const index = await articleIndex('bus.en.txt', BUS);
    const [best] = findPassages(
      index,
      'How many passengers does the 14 route usually carry a day?',
    ).results;
    expect(best?.sentence).toContain('normally carries');
    expect(best?.missing).toEqual([]);
  });
});

const DONORS = [
  'Blood donors honoured in Carrick',
  '',
  'Carrick’s longest-serving donor, Moira Dunne, 71, gave blood for the 120th time in March.',
  'Le centre de Carrick a organisé sa toute première collecte mobile le 4 mai 2019.',
  'Sa troisième collecte de l’année, la première depuis 2021 au lycée, a réuni 84 donneurs.',
];

describe('an occasion asked by its rank', () => {
  it('is not another occasion ranked otherwise', async () => {
    const index = await articleIndex('donors.en.txt', DONORS);
    for (const question of [
      'How old was Moira Dunne when she first gave blood?',
      'how old was moira dunne the first time she gave blood',
    ]) {
      const [best] = findPassages(index, question).results;
      expect(best?.sentence).toContain('120th time');
      expect(best?.missing.length).toBeGreaterThan(0);
    }
    const [lycee] = findPassages(
      index,
      'Combien de donneurs à la première collecte au lycée ?',
    ).results;
    expect(lycee?.sentence).toContain('84 donneurs');
    expect(lycee?.missing.length).toBeGreaterThan(0);
  });

  it('is met by the same rank', async () => {
    const index = await articleIndex('donors.en.txt', DONORS);
    const [best] = findPassages(
      index,
      'Quand a eu lieu la toute premiere collecte mobile ?',
    ).results;
    expect(best?.sentence).toContain('4 mai 2019');
    expect(best?.missing).toEqual([]);
  });
});

const TOOLS = [
  'Harlow tool library grows',
  '',
  'Volunteers at the Harlow tool library added 240 new tools in 2025, mostly drills.',
  'La bibliothèque d’outils de Harlow prête aujourd’hui 1 800 outils à ses 900 membres.',
];

describe('a total asked', () => {
  it('is not a count of things added', async () => {
    const index = await articleIndex('tools.en.txt', TOOLS);
    for (const question of [
      'How many tools does the Harlow tool library hold in total?',
      'how many tools at the harlow library altogether',
    ]) {
      const answer = findPassages(index, question);
      const added = answer.results.find((result) => result.sentence.includes('240 new'));
      expect(added === undefined || added.missing.length > 0).toBe(true);
    }
  });

  it('is the count of things added when new ones are asked', async () => {
    const index = await articleIndex('tools.en.txt', TOOLS);
    const [best] = findPassages(index, 'How many new tools were added in total in 2025?').results;
    expect(best?.sentence).toContain('240 new tools');
    expect(best?.missing).toEqual([]);
  });
});
