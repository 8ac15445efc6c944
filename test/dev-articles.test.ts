import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import {
  type DevTally,
  loadDevArticle,
  measureDevArticles,
  TUNING_ARTICLES,
} from './dev-articles.ts';

const firstIn = (tallies: DevTally[], crossLingual: boolean): number =>
  tallies.reduce((sum, tally) => {
    const other = tally.article.includes('.fr.') ? 'en' : 'fr';
    const own = other === 'en' ? 'fr' : 'en';
    return sum + tally.byLanguage[crossLingual ? other : own].first;
  }, 0);

// Three fictional articles (shared/dev-articles), each loaded alone and asked in both languages.
describe('the development articles, each alone', () => {
  it('reach an article asked in the other language through the lexicon, holding as much', async () => {
    const withLexicon = await measureDevArticles();
    const without = await measureDevArticles({ lexicon: false });
    // Measured: 9 of 16 cross-lingual first answers with the lexicon, 2 without; 14 of 17 in
    // the article’s own language with it, 13 without.
    expect(firstIn(withLexicon, true)).toBeGreaterThanOrEqual(9);
    expect(firstIn(without, true)).toBeLessThan(firstIn(withLexicon, true));
    expect(firstIn(withLexicon, false)).toBeGreaterThanOrEqual(firstIn(without, false));
    // Held: refused, or answered with the year, place or figure the article lacks flagged. Measured
    // 14 of 15 with the lexicon, 15 without (chip-16: `spend` reaches the $4.1 million sentence).
    const held = (tallies: DevTally[]) =>
      tallies.reduce((sum, tally) => sum + tally.negatives.held, 0);
    expect(held(withLexicon)).toBeGreaterThanOrEqual(held(without) - 1);
    expect(held(withLexicon)).toBeGreaterThanOrEqual(14);
  });

  // Per article, with the lexicon: right first (fr + en), in the first three, and traps held
  // (refused, or answered with the missing year, place or figure flagged). Off-topic: all refused.
  it.each([
    ['dev-chip-factory.en.txt', { first: 8, topThree: 8, trapsHeld: 2 }],
    ['dev-heatwave-hospitals.fr.txt', { first: 8, topThree: 8, trapsHeld: 3 }],
    ['dev-river-cleanup.fr.txt', { first: 7, topThree: 7, trapsHeld: 3 }],
  ])('keep their measured level: %s', async (article, floor) => {
    const tally = (await measureDevArticles()).find((each) => each.article === article);
    if (!tally) throw new Error(`no questions for ${article}`);
    const { fr, en } = tally.byLanguage;
    expect(fr.first + en.first).toBeGreaterThanOrEqual(floor.first);
    expect(fr.topThree + en.topThree).toBeGreaterThanOrEqual(floor.topThree);
    expect(tally.traps.held).toBeGreaterThanOrEqual(floor.trapsHeld);
    const offTopic = tally.negatives.asked - tally.traps.asked;
    expect(tally.negatives.refused).toBeGreaterThanOrEqual(offTopic);
  });

  // Readers' wording the lexicon does not cover: a cognate, a misspelled stop word, a longer word
  // that only starts like the question's (`river` is not `riverains`), a conjugated verb.
  it.each([
    ['dev-heatwave-hospitals.fr.txt', 'which departments are on red alert', 'quatre départements'],
    [
      'dev-river-cleanup.fr.txt',
      'wat happens if theres a big storm before a race',
      'report d’une épreuve',
    ],
    ['dev-river-cleanup.fr.txt', 'Why was the river so dirty before?', 'dans la rivière'],
    // `coûté` is the dictionary's `coûter`, not a typo of the article's `Route`.
    ['dev-chip-factory.en.txt', "Combien a coûté l'usine ?", '$2.3 billion'],
  ])('answers in the other language on %s: %s', async (article, question, phrase) => {
    const index = await loadDevArticle(article);
    expect(findPassages(index, question).results[0]?.sentence).toContain(phrase);
  });

  it('answers an English question about a French article with the French sentence', async () => {
    const [, heatwave] = await measureDevArticles();
    expect(heatwave?.article).toBe('dev-heatwave-hospitals.fr.txt');
    // heat-05: "Which hospitals had to send patients to Toulouse?" reaches `trois hôpitaux`.
    expect(heatwave?.misses).not.toContain('heat-05');
  });
});

// Four articles in other domains, each alone, asked by an author who saw only them
// (test/fixtures/tuning-articles). Floors at the measured level: right first out of 14, and every
// trap held; off-topic refused except on the museum, where `Quel temps fera-t-il demain à Paris ?`
// is answered with `Paris` flagged missing.
describe('the tuning articles, each alone', () => {
  it.each([
    ['fenwick-museum-record-year.en.txt', { first: 6, offTopicRefused: 1 }],
    ['skerrow-ferries-new-route.en.txt', { first: 6, offTopicRefused: 2 }],
    ['train-ligne4-horaires.fr.txt', { first: 9, offTopicRefused: 2 }],
    ['vendanges-valbrune.fr.txt', { first: 10, offTopicRefused: 2 }],
  ])('keep their measured level: %s', async (article, floor) => {
    const tally = (await measureDevArticles({}, TUNING_ARTICLES)).find(
      (each) => each.article === article,
    );
    if (!tally) throw new Error(`no questions for ${article}`);
    const { fr, en } = tally.byLanguage;
    expect(fr.first + en.first).toBeGreaterThanOrEqual(floor.first);
    expect(tally.offTopic.refused).toBeGreaterThanOrEqual(floor.offTopicRefused);
    expect(tally.traps.held).toBe(tally.traps.asked);
  });

  it('answers a question whose best sentence leads every other, below the usual coverage', async () => {
    // `co-op`, `paying` and `members` reach few of the article's words: the sentence covers less
    // than MIN_COVERAGE of the question, yet ranks far above any other.
    const index = await loadDevArticle('vendanges-valbrune.fr.txt');
    const answer = findPassages(index, 'How much is the co-op paying its members per kilo?');
    expect(answer.results[0]?.sentence).toMatch(/1,15\s*euro par kilo/u);
    expect(answer.results).toHaveLength(1);
  });

  it.each([
    // FreeDict's pair has no `insulaire` nor `scolaire`; Wiktionary's dictionaries agree on
    // `islander` and `school`.
    [
      'skerrow-ferries-new-route.en.txt',
      'Les insulaires ont-ils droit à une réduction ?',
      /island/iu,
    ],
    [
      'fenwick-museum-record-year.en.txt',
      'Quand ouvrira le nouvel espace pour les scolaires ?',
      /schools/u,
    ],
  ])(
    'reaches words FreeDict lacks through the Wiktionary pivot: %s, %s',
    async (article, question, answer) => {
      const index = await loadDevArticle(article);
      expect(findPassages(index, question).results[0]?.sentence).toMatch(answer);
      const without = await loadDevArticle(article, { lexicon: false });
      expect(findPassages(without, question).results[0]?.sentence ?? '').not.toMatch(answer);
    },
  );

  it('reads a translation without the other language’s stop words only: `car` is a noun', async () => {
    // `voiture` → `car`, a French stop word (`car`, because) but an English noun: `150 cars`.
    const index = await loadDevArticle('skerrow-ferries-new-route.en.txt');
    const answer = findPassages(index, 'Combien de voitures le bateau peut-il embarquer ?');
    expect(answer.results[0]?.sentence).toMatch(/150 cars/u);
  });

  it('takes a look-alike for a cognate only in the other language: `nearby` is not `nearly`', async () => {
    const index = await loadDevArticle('fenwick-museum-record-year.en.txt');
    const answer = findPassages(index, 'Are people living nearby unhappy with all the crowds?');
    expect(answer.results.map((result) => result.sentence).join(' ')).not.toMatch(/nearly/u);
    expect(answer.suggestions.join(' ')).not.toMatch(/nearly/u);
  });

  it('reads a dictionary word with its inflections, not its derivations: `départ` is not `départements`', async () => {
    // `start` → `départ`; the stemmer folds `départements` with it.
    const index = await loadDevArticle('dev-heatwave-hospitals.fr.txt');
    const answer = findPassages(index, 'When did the heatwave start?');
    expect(answer.results.map((result) => result.sentence).join(' ')).not.toMatch(
      /quatre départements/u,
    );
    // `hospitals` → `hôpital`, written `hôpitaux`: an inflection still reaches it.
    const hospitals = findPassages(index, 'Which hospitals had to send patients to Toulouse?');
    expect(hospitals.results[0]?.sentence).toMatch(/hôpitaux/u);
  });

  it('never reads a name as a word of the other language: `marins` is not `Martin`', async () => {
    const index = await loadDevArticle('skerrow-ferries-new-route.en.txt');
    const answer = findPassages(index, 'Combien de marins la compagnie va-t-elle embaucher ?');
    expect(answer.results.map((result) => result.sentence).join(' ')).not.toMatch(/Martin/u);
  });

  it('reaches a short plural and a participle through the dictionary', async () => {
    const index = await loadDevArticle('vendanges-valbrune.fr.txt');
    // `wines` → `vin`, written `vins` in the article.
    const answer = findPassages(index, 'When and where can people taste the new wines?');
    expect(answer.results[0]?.sentence).toMatch(/vins/u);
  });
});
