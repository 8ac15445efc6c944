import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';
import { foldSpaces } from './helpers.ts';

/**
 * Confident wrong answers: a question that asks for one kind of figure, quoted a sentence giving
 * another kind with nothing flagged.
 */

const first = (answer: ReturnType<typeof findPassages>) => ({
  sentence: foldSpaces(answer.results[0]?.sentence ?? ''),
  missing: answer.results[0]?.missing,
});

describe('the kind named right after how much / combien de', () => {
  const brewery = () =>
    articleIndex('brewery-share-offer.en.txt', [
      'Millbeck brewery opens its doors to investors',
      '',
      'Investors in the brewery share offer are promised a return of 4% a year.',
      '',
      'The brewery will take on four more brewers next spring.',
    ]);

  it('asks a sum: a share of something else is flagged with the word asking it', async () => {
    const answer = first(
      findPassages(await brewery(), 'How much money did the brewery share offer raise?'),
    );
    expect(answer).toEqual({
      sentence: 'Investors in the brewery share offer are promised a return of 4% a year.',
      missing: ['money'],
    });
    // A share asked is still answered by the percentage, with nothing flagged.
    const share = first(
      findPassages(await brewery(), 'What share of return are brewery investors promised?'),
    );
    expect(share.missing).toEqual([]);
  });

  it('is read in French too: combien d’argent asks a sum, not the rate named after it', async () => {
    const index = await articleIndex('pret-renovation.fr.txt', [
      'Un prêt pour rénover les maisons du bourg',
      '',
      'Le prêt à taux zéro de la commune couvre 30 % des travaux de rénovation.',
      '',
      'La commune a reçu quarante demandes depuis janvier.',
    ]);
    const answer = first(
      findPassages(index, 'Combien d’argent le prêt à taux zéro apporte-t-il aux travaux ?'),
    );
    expect(answer).toEqual({
      sentence: 'Le prêt à taux zéro de la commune couvre 30 % des travaux de rénovation.',
      missing: ['argent'],
    });
  });
});

describe('earning and investing ask a sum of money', () => {
  const bakery = () =>
    articleIndex('harbour-bakery.en.txt', [
      'Harbour bakery doubles its ovens',
      '',
      'The new ovens will let bakers at the harbour bakery turn out 300 loaves per hour.',
      '',
      'Bakers will be paid £13.10 an hour from June.',
      '',
      'The owners put £250,000 into the new ovens.',
    ]);

  it('quotes the wage, not a rate of something else, as what bakers earn per hour', async () => {
    // The sentence giving money (rank3, figure-instead.ts) comes before the one giving loaves per
    // hour, which stays behind it flagged: a rate of loaves is no wage.
    const wage = findPassages(
      await bakery(),
      'What will bakers at the harbour bakery earn per hour?',
    );
    expect(
      wage.results.map(({ sentence, missing }) => ({ sentence, missing })).slice(0, 2),
    ).toEqual([
      { sentence: 'Bakers will be paid £13.10 an hour from June.', missing: ['harbour', 'bakery'] },
      {
        sentence:
          'The new ovens will let bakers at the harbour bakery turn out 300 loaves per hour.',
        missing: ['earn'],
      },
    ]);
    const invested = first(
      findPassages(await bakery(), 'How much did the owners invest in the harbour bakery?'),
    );
    expect(invested).toEqual({
      sentence: 'The owners put £250,000 into the new ovens.',
      missing: ['harbour', 'bakery'],
    });
    // The sum put in is still the answer, with nothing flagged, where the question names it.
    const put = first(
      findPassages(await bakery(), 'How much did the owners invest in the new ovens?'),
    );
    expect(put).toEqual({ sentence: 'The owners put £250,000 into the new ovens.', missing: [] });
  });
});

describe('a measure asked (height, distance, area)', () => {
  it('is not answered by a count of things with nothing flagged', async () => {
    const index = await articleIndex('chateau-eau-lorvin.fr.txt', [
      'Un nouveau château d’eau à Lorvin',
      '',
      'Le nouveau château d’eau de Lorvin alimentera 4 000 foyers dès l’automne.',
      '',
      'Les travaux ont été confiés à une entreprise de la vallée.',
    ]);
    const answer = first(findPassages(index, 'Quelle est la hauteur du nouveau château d’eau ?'));
    expect(answer).toEqual({
      sentence: 'Le nouveau château d’eau de Lorvin alimentera 4 000 foyers dès l’automne.',
      missing: ['hauteur'],
    });
  });

  it('is answered by a figure in its units, with nothing flagged', async () => {
    const index = await articleIndex('depot-ashcombe.en.txt', [
      'Ashcombe bus depot moves out of town',
      '',
      'The new bus depot will employ 40 drivers from next year.',
      '',
      'The new bus depot stands 12 km from Ashcombe town centre.',
    ]);
    const far = first(findPassages(index, 'How far is the new bus depot from the town centre?'));
    expect(far).toEqual({
      sentence: 'The new bus depot stands 12 km from Ashcombe town centre.',
      missing: [],
    });
    // The distance given is not of the drivers' travel: quoted, with the drivers shown missing.
    const staff = first(findPassages(index, 'How far will the new bus depot drivers travel?'));
    expect(staff).toEqual({
      sentence: 'The new bus depot stands 12 km from Ashcombe town centre.',
      missing: ['drivers'],
    });
  });
});
