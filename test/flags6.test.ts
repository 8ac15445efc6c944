import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';
import { loadDevArticle } from './dev-articles.ts';
import { firstAnswer as first } from './helpers.ts';

/**
 * A right answer shown with a wrong gap: words of the question that are no specific term of it,
 * or a number the reader only guessed, listed as lacking.
 */

const canal = () =>
  articleIndex('canal-brindley.en.txt', [
    'Brindley canal reopens after restoration',
    '',
    'The restoration took about 310,000 volunteer hours over eleven years, the trust says.',
    'Each lock uses around 140,000 litres of water to fill.',
    'The new moorings are 18 km from the old wharf at Astley.',
    'The visitor centre took £4,920 in donations last year.',
  ]);

describe('a number typed as a guess, near the article’s figure', () => {
  it('gives `like 300000` with 310,000, nothing flagged', async () => {
    const answer = first(
      findPassages(
        await canal(),
        'how many volunteer hours went into the restoration, like 300000?',
      ),
    );
    expect(answer.sentence).toContain('310,000 volunteer hours');
    expect(answer.missing).toEqual([]);
  });

  it('gives `was it like 5000` with £4,920', async () => {
    const answer = first(
      findPassages(
        await canal(),
        'how much did the visitor centre take in donations, was it like 5000',
      ),
    );
    expect(answer.sentence).toContain('£4,920');
    expect(answer.missing).toEqual([]);
  });

  it('reads a unit typed onto the guess: `like 20km` is 18 km', async () => {
    const answer = first(
      findPassages(await canal(), 'how far are the new moorings from the old wharf, like 20km?'),
    );
    expect(answer.sentence).toContain('18 km');
    expect(answer.missing).toEqual([]);
  });

  it('still flags a number of one digit typed without a guess: 300000 may be a bound', async () => {
    const answer = first(
      findPassages(await canal(), 'how many volunteer hours went into the restoration, 300000?'),
    );
    expect(answer.sentence).toContain('310,000 volunteer hours');
    expect(answer.missing).toEqual(['300000']);
  });

  it('still flags a guess far from the article’s figure', async () => {
    const answer = first(
      findPassages(await canal(), 'how much did the visitor centre take in donations, like 9000'),
    );
    expect(answer.missing).toEqual(['9000']);
  });
});

const refuge = () =>
  articleIndex('refuge-valgrand.fr.txt', [
    'Le refuge de Valgrand passe l’hiver',
    '',
    'Les bénévoles chauffent les boxes dès que le thermomètre descend sous 5 °C, et la nuit du 9 février il a fait −11 °C dans la cour.',
    'Le refuge a accueilli 312 chiens en 2024.',
  ]);

describe('a figure asked in a kind word after combien de', () => {
  it('reads `combien de degres dehors` as a temperature, not a count of `dehors`', async () => {
    const answer = first(
      findPassages(await refuge(), 'il faisait combien de degres dehors la nuit du 9 fevrier'),
    );
    expect(answer.sentence).toContain('−11 °C');
    expect(answer.missing).toEqual([]);
  });
});

const workshop = () =>
  articleIndex('repair-hallam.en.txt', [
    'Hallam repair café marks its fifth year',
    '',
    'About 30 volunteers are on the rota, including six tailors and a retired clockmaker aged 79.',
    'The café mended 1,240 items last year.',
  ]);

describe('an age the figure reader reads with its word before: aged 79', () => {
  it('answers how old with `a retired clockmaker aged 79`, nothing flagged', async () => {
    const answer = first(
      findPassages(await workshop(), 'How old is the clockmaker who helps out?'),
    );
    expect(answer.sentence).toContain('aged 79');
    expect(answer.missing).toEqual([]);
  });
});

describe('an English superlative said in French', () => {
  it('answers `the youngest apprentice` with `Le plus jeune apprenti`, nothing flagged', async () => {
    // A partial answer, as the article gives it: a small inline one covers the question whole.
    const index = await loadDevArticle('coutellerie-sauzelles.fr.txt');
    const answer = first(findPassages(index, 'How old is the youngest apprentice?'));
    expect(answer.sentence).toContain('Le plus jeune apprenti');
    expect(answer.missing).toEqual([]);
  });
});
