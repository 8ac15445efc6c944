import { describe, expect, it } from 'vitest';
import { articleIndex, checkIn } from './claim-checks.ts';
import { claimIndex, measureClaims, readClaimSet } from './claim-sets.ts';

const FIBRE = 'broadband-glenarrow.en.txt';

/** A grant with a ceiling per applicant, said as the article's bound. */
const GRANT = [
  'À Vernouille, les boulangers sinistrés recevront une aide',
  '',
  'Le département a voté jeudi une enveloppe de 900 000 euros pour les boulangeries inondées de Vernouille. Chaque boulangerie pourra recevoir au maximum 25 000 €, sur présentation de factures.',
];

/** Shares of several wholes: hives, beekeepers, the speakers themselves, pupils of a class. */
const HIVES = [
  'Les apiculteurs de Vessange comptent leurs ruches',
  '',
  'Un hiver difficile',
  '',
  "Selon le syndicat apicole, 40 % des ruches de Vessange sont mortes pendant l'hiver 2025. Un tiers des apiculteurs de la vallée ont aussi perdu leur miellée de printemps.",
  '',
  'Un métier menacé',
  '',
  "« Si un autre hiver comme celui-là arrive, la moitié d'entre nous arrêtera », prévient le président du syndicat, Paul Renaud. À l'école de Vessange, seul un élève sur trois avait déjà goûté du miel local à la fin du CE1, selon une enquête de la mairie.",
];

/** A price that went down, and a sentence that says both ways. */
const MILK = [
  'Les éleveurs de Brenac face à la crise du lait',
  '',
  'Des prix en berne',
  '',
  "Le prix du lait payé aux éleveurs de Brenac a baissé de 12 % en un an, selon la chambre d'agriculture. Dans la vallée, les loyers des fermes ont augmenté tandis que les aides ont diminué.",
  '',
  'Des solutions locales',
  '',
  'Une coopérative de Brenac vend désormais du fromage en circuit court sur le marché du samedi. Elle emploie trois salariés.',
];

describe('claim rules of the third validation round', () => {
  it('compares a claimed ceiling with the article’s ceiling, however the article words it', async () => {
    const index = await articleIndex('aide.fr.txt', GRANT);
    // `up to 40,000` holds every value below it, but the article's own ceiling is 25 000.
    const higher = checkIn(index, 'each bakery in Vernouille can get up to 40,000 euros');
    expect(higher.verdict).toBe('contradicted');
    // The article's bound is quoted with its amount (`au maximum`, as `au plus` is: figures24).
    expect(higher.conflicts).toEqual([['up to 40,000 euros', 'au maximum 25 000 €']]);
    const same = checkIn(index, 'chaque boulangerie peut toucher jusqu’à 25 000 euros');
    expect(same.verdict).toBe('supported');
    expect(same.quoted).toContain('au maximum 25 000 €');
  });

  it('takes no figure for a contradiction from a sentence sharing nothing with the claim but its names', async () => {
    // `Glenarrow Fibre, has 912 member-shareholders, who together raised £2.6 million`: the
    // article says nothing of a loan.
    const index = await claimIndex(FIBRE);
    expect(checkIn(index, 'A bank lent Glenarrow Fibre £3 million').verdict).toBe('not-found');
    expect(checkIn(index, 'Glenarrow Fibre borrowed about £400k from a bank').verdict).toBe(
      'not-found',
    );
    const raised = checkIn(index, 'Glenarrow Fibre members raised £3 million');
    expect(raised.verdict).toBe('contradicted');
    expect(raised.conflicts).toEqual([['£3 million', '£2.6 million']]);
    // A count of the very thing the sentence counts speaks of it, whatever its verb.
    const members = checkIn(index, 'Glenarrow Fibre a environ 700 membres');
    expect(members.verdict).toBe('contradicted');
    expect(members.conflicts).toEqual([['environ 700', '912']]);
  });

  it('takes a share of another whole for no share of the claimed one', async () => {
    const index = await articleIndex('ruches.fr.txt', HIVES);
    // `la moitié d'entre nous` is a share of the beekeepers speaking, not of their hives: the
    // hives' own share, 40 %, answers the claim.
    for (const text of [
      'les apiculteurs de Vessange ont perdu la moitié de leurs ruches cet hiver',
      'half of the hives in Vessange died over the winter',
    ]) {
      const half = checkIn(index, text);
      expect(half.verdict).toBe('contradicted');
      expect(half.quoted).toContain('40 % des ruches');
    }
    // `Un tiers des apiculteurs` is no third of the hives.
    const third = checkIn(index, 'à Vessange, un tiers des ruches sont mortes cet hiver');
    expect(third.verdict).toBe('contradicted');
    expect(third.conflicts).toEqual([['un tiers', '40 %']]);
    // A share of pupils said of their class, which the sentence names, is still that share.
    const pupils = checkIn(index, 'à Vessange, un tiers des CE1 avaient goûté du miel local');
    expect(pupils.verdict).toBe('supported');
    expect(pupils.quoted).toContain('un élève sur trois');
  });

  it('reads the way a claim without figures says something went', async () => {
    const index = await articleIndex('lait.fr.txt', MILK);
    const up = checkIn(index, 'milk prices paid to Brenac farmers went up this year');
    expect(up.verdict).toBe('contradicted');
    expect(up.conflicts).toEqual([['up', 'baissé']]);
    expect(up.quoted).toContain('a baissé de 12 %');
    // A sentence that says both ways says neither: it neither supports nor contradicts.
    for (const text of ['farm rents in Brenac fell', 'farm rents in Brenac rose']) {
      expect(checkIn(index, text).verdict).toBe('not-found');
    }
  });

  it('reaches its level on the third validation set (opened to tuning for this round, first measured 32/48)', async () => {
    const { right, misses } = await measureClaims(readClaimSet('validation3-claims.json'));
    // Measured: 37 of 48 (33 before these rules; 38 with the Apertium lexicon, since reverted),
    // no confident wrong verdict (3 before); 36 since `cet été` is a period as `this summer` is,
    // which its contradicting sentence does not give (the second set gained one the same way).
    expect(right).toBeGreaterThanOrEqual(36);
    expect(misses.filter((miss) => miss.got !== 'not-found')).toEqual([]);
  });
});
