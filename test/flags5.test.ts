import { describe, expect, it } from 'vitest';
import { findPassages } from '../src/search/find-passages.ts';
import { articleIndex } from './claim-checks.ts';
import { loadDevArticle } from './dev-articles.ts';
import { firstAnswer as first } from './helpers.ts';

/**
 * A right answer shown with a wrong gap: the thing a count is asked of, which the passage counts
 * in other words (`businesses` for `shops`, `tonnes of salt` for `sel`), listed as lacking.
 */

const highStreet = () =>
  articleIndex('high-street-dunmore.en.txt', [
    'Dunmore high street stays closed to cars',
    '',
    'The shopkeepers’ association had asked the council to end it: the shops lost their parking.',
    'Of the 38 businesses on Bridge Street, 22 reported higher takings during the trial, while one in six said sales had fallen.',
    'Engineers found cracks in four of its twelve roof beams when the market hall was inspected.',
  ]);

const depot = () =>
  articleIndex('depot-vernay.fr.txt', [
    'Le dépôt de Vernay à court de sel',
    '',
    'Le dépôt de Vernay ne gardait que 640 tonnes de sel le 2 février, contre 2 100 tonnes en novembre.',
    'La fête de la transhumance attend plus de 800 visiteurs sur la place du village.',
    'Les jardins familiaux comptent des parcelles partagées, et la commune a libéré 12 terrains pour les nouveaux venus.',
  ]);

describe('a count of the thing asked in other words gives it', () => {
  it('answers how many shops with the businesses counted, nothing flagged', async () => {
    const answer = first(
      findPassages(await highStreet(), 'How many shops saw sales go up during the trial?'),
    );
    expect(answer.sentence).toContain('22 reported higher takings');
    expect(answer.missing).toEqual([]);
  });

  it('reads a share whose whole is spelled out as a count: four of its twelve roof beams', async () => {
    const answer = first(
      findPassages(await highStreet(), 'How many roof beams were found cracked?'),
    );
    expect(answer.sentence).toContain('four of its twelve roof beams');
    expect(answer.missing).toEqual([]);
  });

  it('answers combien de sel with the tonnes of salt, nothing flagged', async () => {
    const answer = first(
      findPassages(await depot(), 'Combien de sel restait-il au dépôt en février ?'),
    );
    expect(answer.sentence).toContain('640 tonnes de sel');
    expect(answer.missing).toEqual([]);
  });

  it('answers combien de monde with a count of a kind of person', async () => {
    const answer = first(
      findPassages(await depot(), 'ils attendent cmb de monde pour la transhumance'),
    );
    expect(answer.sentence).toContain('800 visiteurs');
    expect(answer.missing).toEqual([]);
  });

  it('still flags a sentence naming the thing asked and counting another one', async () => {
    const answer = first(findPassages(await depot(), 'Combien de parcelles partagées y a-t-il ?'));
    expect(answer.sentence).toContain('12 terrains');
    expect(answer.missing).toContain('parcelles');
  });
});

const archives = () =>
  articleIndex('archives-morlan.fr.txt', [
    'Les archives de Morlan sauvées de l’eau',
    '',
    'La fuite a touché 4 800 documents du fonds municipal.',
    '',
    'Depuis janvier, les bénévoles ont nettoyé 1 900 feuillets, soit près de deux sur cinq.',
    'Le service coûtera 90 000 euros par an une fois repris en interne, contre 120 000 euros auparavant.',
  ]);

describe('a number typed as the whole a part is counted of is the article’s, not lacking', () => {
  it('answers combien sur les 4800 docs with the sheets cleaned, nothing flagged', async () => {
    const answer = first(
      findPassages(await archives(), 'ils ont nettoye combien de feuillets sur les 4800 docs'),
    );
    expect(answer.sentence).toContain('1 900 feuillets');
    expect(answer.missing).toEqual([]);
  });

  it('still flags a whole the article never gives', async () => {
    const answer = first(
      findPassages(await archives(), 'ils ont nettoye combien de feuillets sur les 7300 docs'),
    );
    expect(answer.answered && answer.missing?.length === 0).toBe(false);
  });
});

describe('a lower-case word of a question written with capitals is no name', () => {
  it('does not flag géré as a name lacking', async () => {
    const answer = first(
      findPassages(
        await archives(),
        'Combien coûtera le service chaque année une fois géré en interne ?',
      ),
    );
    expect(answer.sentence).toContain('90 000 euros par an');
    expect(answer.missing).toEqual([]);
  });
});

describe('an age written as one (Fifteen-year-old) answers how old', () => {
  it('answers how old with the hyphenated age, nothing flagged', async () => {
    const index = await articleIndex('chess-ardwell.en.txt', [
      'Teenager wins the Ardwell chess open',
      '',
      'Fifteen-year-old Maya Lindqvist won the Ardwell Chess Open on Sunday, scoring 6.5 points from eight rounds.',
      'The tournament drew 112 players from nine countries.',
    ]);
    const answer = first(findPassages(index, 'how old is the girl who won the chess thing'));
    expect(answer.sentence).toContain('Fifteen-year-old');
    expect(answer.missing).toEqual([]);
  });
});

describe('a measure asked is no thing another noun counts', () => {
  it('still flags combien de kilomètres answered by a count of leaks', async () => {
    const index = await loadDevArticle('eau-orsane.fr.txt');
    const answer = first(
      findPassages(
        index,
        'Combien de kilomètres de tuyaux le syndicat doit-il surveiller et réparer ?',
      ),
    );
    expect(answer.answered && answer.missing?.length === 0).toBe(false);
  });
});
