import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/knowledge/load.ts';
import type { Corpus } from '../src/knowledge/types.ts';
import { articleIndex, checkIn } from './claim-checks.ts';

/**
 * `livres` and `pounds` name pounds sterling and something else: the article decides. Books in a
 * French library are counted in `livres`; `livres sterling`, or `livres` in an article of `£`
 * prices, are money. English `pounds` are money in an article of `£` prices, unless something is
 * weighed (`weighs`, `pounds of flour`), and a weight otherwise.
 */
describe('a figure in livres or pounds, read by the article around it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pound-words-'));
  let corpus: Corpus;

  const article = (name: string, lines: string[]) =>
    writeFileSync(
      join(dir, name),
      ['Nouvelles', '', ...lines.flatMap((line) => [line, ''])].join('\n'),
    );

  beforeAll(async () => {
    article('bibliotheque.fr.txt', [
      'La bibliothèque municipale possède 42 000 livres et prête 3 000 livres par mois.',
    ]);
    article('don.fr.txt', ['Le mécène a donné 500 000 livres sterling à la ville de Bath.']);
    article('pub.fr.txt', [
      'Le pub a été acheté 385 000 livres.',
      'La pinte y coûte £5, contre £4 il y a deux ans.',
    ]);
    article('market.en.txt', [
      'The stall charges £3 for a loaf and the hall costs 65 pounds to hire.',
      'Each sack weighs 25 pounds, and the bakery buys 400 pounds of flour a week.',
    ]);
    article('harvest.en.txt', ['The largest pumpkin at the show came in at 65 pounds.']);
    corpus = await loadKnowledge(dir);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** The kind and unit a reader sees for the figure whose text starts `start` in `file`. */
  const read = (file: string, start: string) => {
    const documentId = corpus.documents.find((document) => document.file === file)?.id;
    const figure = corpus.sentences
      .filter((sentence) => sentence.documentId === documentId)
      .flatMap((sentence) => sentence.figures)
      .find((each) => each.text.startsWith(start));
    return figure && { text: figure.text, kind: figure.kind, unit: figure.unit };
  };

  it('counts books in a French article that prices nothing in pounds', () => {
    expect(read('bibliotheque.fr.txt', '42 000')).toEqual({
      text: '42 000 livres',
      kind: 'count',
      unit: 'livres',
    });
    expect(read('bibliotheque.fr.txt', '3 000')).toMatchObject({
      kind: 'count',
      unit: 'livres/month',
    });
  });

  it('reads livres sterling, or livres beside £ prices, as money', () => {
    expect(read('don.fr.txt', '500 000')).toEqual({
      text: '500 000 livres sterling',
      kind: 'money',
      unit: 'GBP',
    });
    expect(read('pub.fr.txt', '385 000')).toMatchObject({ kind: 'money', unit: 'GBP' });
  });

  it('reads pounds as money beside £ prices, unless something is weighed', () => {
    expect(read('market.en.txt', '65')).toEqual({ text: '65 pounds', kind: 'money', unit: 'GBP' });
    expect(read('market.en.txt', '25')).toMatchObject({ kind: 'count', unit: 'pounds' });
    expect(read('market.en.txt', '400')).toMatchObject({ kind: 'count' });
    expect(read('market.en.txt', '400')?.kind).not.toBe('money');
  });

  it('reads pounds as a weight in an article with no £ prices', () => {
    expect(read('harvest.en.txt', '65')).toMatchObject({ kind: 'count', unit: 'pounds' });
  });
});

/** A claim's `livres`, `pounds` are read alone: they are checked in the article's reading. */
describe('a claim in livres or pounds, against the article’s reading of them', () => {
  it('checks `65 pounds` against a hall hired for 65 pounds in an article of £ prices', async () => {
    const market = await articleIndex('market.en.txt', [
      'Ashby market hall',
      '',
      'The stall charges £3 for a loaf, and the market hall costs 65 pounds to hire for a day.',
    ]);
    expect(checkIn(market, 'the market hall costs 65 pounds to hire').verdict).toBe('supported');
    expect(checkIn(market, 'the market hall costs 80 pounds to hire').verdict).toBe('contradicted');
  });

  it('checks `42 000 livres` against the books a library counts', async () => {
    const library = await articleIndex('bibliotheque.fr.txt', [
      'La bibliothèque de Vernay',
      '',
      'La bibliothèque municipale de Vernay possède 42 000 livres.',
    ]);
    expect(checkIn(library, 'la bibliothèque de Vernay possède 42 000 livres').verdict).toBe(
      'supported',
    );
    expect(checkIn(library, 'la bibliothèque de Vernay possède 50 000 livres').verdict).toBe(
      'contradicted',
    );
  });
});
