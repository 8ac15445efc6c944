import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';

/** Off-topic questions (offtopic13): a stray word of the article must not make them answered. */

const CINEMA = [
  'The Lantern cinema reopens in Oakbridge',
  '',
  'The Lantern, a cinema on Mill Road in Oakbridge, reopened on Friday after a two-year refit.',
  '',
  'Its new upstairs room seats 64 people and will show documentaries and older films.',
  '',
  'One in four tickets sold in the first week was for a matinee, the manager said.',
  '',
  'Of the 30 shops on Mill Road, one in five said takings rose after the reopening.',
  '',
  'The site employs 12 staff, five of them part-time, at any time of the year.',
];

describe('a name typed in lower case', () => {
  it('is the name, not a lexicon word misspelled that the article uses in translation', async () => {
    const index = await articleIndex('cinema.en.txt', CINEMA);
    // `manchester` is two letters from French `manifester`, whose translation is `show`.
    const answer = findPassages(index, "combien d'habitants a manchester");
    expect(answer.answered).toBe(false);
  });
});

describe('a word reached through two steps of the dictionary', () => {
  it('never lands on a numeral: `world` is no `one` of `one in four`', async () => {
    const index = await articleIndex('cinema.en.txt', CINEMA);
    const answer = findPassages(index, "what's the longest road in the world?");
    expect(answer.answered).toBe(false);
  });

  it("takes a synonym of a word of both languages in the question's language", async () => {
    const index = await articleIndex('cinema.en.txt', CINEMA);
    // French `office` has `emploi` among its synonyms, which is no English `employs`.
    const answer = findPassages(index, 'Which film had the highest box office gross of all time?');
    expect(answer.answered).toBe(false);
  });

  it('leaves a question on what the article says answered', async () => {
    const index = await articleIndex('cinema.en.txt', CINEMA);
    const answer = findPassages(index, 'How many people does the upstairs room seat?');
    expect(answer.results[0]?.sentence).toContain('64 people');
  });
});

const DEPOT = [
  'La grève du dépôt de Valmoret entre dans sa troisième semaine',
  '',
  'Les 84 chauffeurs du dépôt de Valmoret sont en grève depuis le 3 mars, selon le syndicat.',
  '',
  'Le village voisin de Sorbiers n’est plus desservi que par deux cars par jour.',
  '',
  'The depot’s canteen staff joined the strike on Monday, and tips for drivers were collected.',
];

describe("the bot's own opinion, advice or company asked", () => {
  it('is refused though the article shares a word with it', async () => {
    const index = await articleIndex('depot.fr.txt', DEPOT);
    for (const question of [
      'la grève ça sert à quelque chose selon toi ?',
      'tu penses que les chauffeurs vont gagner ?',
      'franchement tu quitterais le village à leur place ?',
      't’as des conseils pour aller au boulot pendant la grève ?',
      'is it worth joining the strike?',
      'any tips for drivers during a strike?',
      'can you play cards with me while the depot is closed?',
    ]) {
      expect(findPassages(index, question).answered, question).toBe(false);
    }
  });

  it('is not a request to tell what the article says', async () => {
    const index = await articleIndex('depot.fr.txt', DEPOT);
    for (const question of [
      'tu peux me dire combien de chauffeurs sont en grève ?',
      'tu saurais combien de chauffeurs sont en grève ?',
    ]) {
      expect(findPassages(index, question).results[0]?.sentence, question).toContain(
        '84 chauffeurs',
      );
    }
  });
});

const LAUNDRY = [
  'A new laundry for the Penwith hospitals',
  '',
  'The laundry will house four tunnel washers, each able to wash 300 kilograms of linen an hour.',
  '',
  'Each washer works around the clock, and the difference in water use against the old plant is a third.',
  '',
  'L’horloge de la mairie, dont l’échappement a été changé, sonne de nouveau les heures depuis lundi.',
];

describe('general knowledge asked', () => {
  it('is refused though the article names the thing asked about', async () => {
    const index = await articleIndex('laundry.en.txt', LAUNDRY);
    for (const question of [
      'How does a tunnel washer work?',
      'how does a tunnel washer compare to a washing machine?',
      "What's the difference between linen and cotton?",
      'comment fonctionne un échappement dans une horloge ?',
      'comment on change un échappement ?',
      'il est quelle heure là ?',
    ]) {
      expect(findPassages(index, question).answered, question).toBe(false);
    }
  });

  it('leaves a question on the article’s own thing answered', async () => {
    const index = await articleIndex('laundry.en.txt', LAUNDRY);
    for (const [question, quote] of [
      ['How many tunnel washers will the laundry house?', 'four tunnel washers'],
      [
        'Comment évite-t-on que l’horloge se taise ? Depuis quand sonne-t-elle les heures ?',
        'lundi',
      ],
    ] as const) {
      expect(findPassages(index, question).results[0]?.sentence, question).toContain(quote);
    }
  });
});

const AIRLINE = [
  'Cairnport airline adds a fourth route',
  '',
  'Skerry Air flies three ATR 72 turboprops from Cairnport, each with 70 seats.',
  '',
  'The airline carried 41,000 passengers last year.',
];

describe('a number typed right after a name', () => {
  it('is part of the name: asking beyond it in words the article never uses is refused', async () => {
    const index = await articleIndex('airline.en.txt', AIRLINE);
    const answer = findPassages(index, "What's the cruising speed of an ATR 72?");
    expect(answer.answered).toBe(false);
  });

  it('leaves a question in the article’s words answered', async () => {
    const index = await articleIndex('airline.en.txt', AIRLINE);
    const answer = findPassages(index, 'How many seats does each ATR 72 have?');
    expect(answer.results[0]?.sentence).toContain('70 seats');
  });
});

const CHESS = [
  'Harlow junior chess open',
  '',
  'Mira Osei, 12, is the youngest champion in the tournament’s 30-year history.',
  '',
  'Le club de Vernes a ouvert le plus grand tournoi du monde amateur, selon ses organisateurs.',
];

describe('a record of the whole world or all time', () => {
  it('is refused where the article never scopes a record so', async () => {
    const index = await articleIndex('chess.en.txt', CHESS);
    for (const question of [
      'Who was the youngest world chess champion ever?',
      'Who is the youngest chess champion in the world?',
    ]) {
      expect(findPassages(index, question).answered, question).toBe(false);
    }
  });

  it('is answered where the article uses the scope’s word', async () => {
    const index = await articleIndex('chess.en.txt', CHESS);
    const answer = findPassages(index, 'Quel club a ouvert le plus grand tournoi du monde ?');
    expect(answer.results[0]?.sentence).toContain('Vernes');
  });

  it('leaves a record of the article’s own subject answered', async () => {
    const index = await articleIndex('chess.en.txt', CHESS);
    const answer = findPassages(index, 'Who is the youngest champion in the tournament’s history?');
    expect(answer.results[0]?.sentence).toContain('Mira Osei');
  });
});

const RESCUE = [
  'Le hameau de Brévoz coupé du monde',
  '',
  'Depuis le 2 mars, un hélicoptère de la société Airvol relie le hameau à la vallée deux fois par jour. Chaque vol coûte 1 600 € à la commune, soit 22 000 € par semaine, selon la préfecture.',
  '',
  'Un médecin monte au hameau chaque mardi.',
];

describe('the thing whose figure is asked', () => {
  it('is shown lacking when the article never names it, though a word qualifying it is theirs', async () => {
    const index = await articleIndex('rescue.fr.txt', RESCUE);
    const answer = findPassages(index, 'how much does a helicopter pilot licence cost?');
    expect(answer.results[0]?.missing).toEqual(['pilot', 'licence']);
  });

  it('leaves the cost of the article’s own thing answered', async () => {
    const index = await articleIndex('rescue.fr.txt', RESCUE);
    const answer = findPassages(index, 'combien coûte chaque vol en hélicoptère ?');
    expect(answer.results[0]?.sentence).toContain('1 600 €');
    expect(answer.results[0]?.missing).toEqual([]);
  });
});

const SHOPS = [
  'Bakery chain opens in Ireland',
  '',
  'The shops in Northern Ireland now open at 7am every day, and charge £3.10 for a loaf.',
  '',
  'Le week-end, la boutique de Sorbiers reste ouverte jusqu’à 13 h.',
];

describe('chat typing of names and greetings', () => {
  it('reads a name with its possessive’s apostrophe left out as the name, lacking from the passage', async () => {
    const index = await articleIndex('shops.en.txt', SHOPS);
    const answer = findPassages(index, 'are shops open on st patricks day in ireland?');
    expect(!answer.answered || (answer.results[0]?.missing ?? []).includes('patricks')).toBe(true);
  });

  it('refuses asking how the bot spent its days', async () => {
    const index = await articleIndex('shops.en.txt', SHOPS);
    const answer = findPassages(index, 'salut le bot, t’as passé un bon week-end ?');
    expect(answer.answered).toBe(false);
  });

  it('leaves a question on the article’s week-end answered', async () => {
    const index = await articleIndex('shops.en.txt', SHOPS);
    const answer = findPassages(
      index,
      'jusqu’à quelle heure la boutique est ouverte le week-end ?',
    );
    expect(answer.results[0]?.sentence).toContain('13 h');
  });
});
