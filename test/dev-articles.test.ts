import { describe, expect, it } from 'vitest';
import { type DevTally, measureDevArticles } from './dev-articles.ts';

const firstIn = (tallies: DevTally[], crossLingual: boolean): number =>
  tallies.reduce((sum, tally) => {
    const other = tally.article.includes('.fr.') ? 'en' : 'fr';
    const own = other === 'en' ? 'fr' : 'en';
    return sum + tally.byLanguage[crossLingual ? other : own].first;
  }, 0);

// Three fictional articles (shared/dev-articles), each loaded alone and asked in both languages.
describe('the development articles, each alone', () => {
  it('reach an article asked in the other language through the lexicon, refusing as much', async () => {
    const withLexicon = await measureDevArticles();
    const without = await measureDevArticles({ lexicon: false });
    // Measured: 4 cross-lingual first answers with the lexicon, 0 without; 13 in the article’s
    // own language with it, 12 without; 13 of 15 unanswerable questions refused either way.
    expect(firstIn(withLexicon, true)).toBeGreaterThanOrEqual(4);
    expect(firstIn(without, true)).toBeLessThan(firstIn(withLexicon, true));
    expect(firstIn(withLexicon, false)).toBeGreaterThanOrEqual(firstIn(without, false));
    const refused = (tallies: DevTally[]) =>
      tallies.reduce((sum, tally) => sum + tally.negatives.refused, 0);
    expect(refused(withLexicon)).toBe(refused(without));
    expect(refused(withLexicon)).toBeGreaterThanOrEqual(13);
  });

  it('answers an English question about a French article with the French sentence', async () => {
    const [, heatwave] = await measureDevArticles();
    expect(heatwave?.article).toBe('dev-heatwave-hospitals.fr.txt');
    // heat-05: "Which hospitals had to send patients to Toulouse?" reaches `trois hôpitaux`.
    expect(heatwave?.misses).not.toContain('heat-05');
  });
});
