/**
 * `npm run bench:dev-articles`: each development article of `test/fixtures/dev-articles/` alone,
 * asked its questions in both languages, with the French↔English lexicon and without it: how
 * often the right sentence comes first, by the question's language, and how many of the
 * questions the article does not answer are refused.
 */
import { type DevTally, measureDevArticles } from '../test/dev-articles.ts';

const cell = (tally: DevTally, language: 'fr' | 'en'): string => {
  const { asked, first, firstUnflagged, topThree } = tally.byLanguage[language];
  return `${first}/${asked} · ${firstUnflagged} · ${topThree}`;
};

// Each language's cell: right first · right first with nothing flagged missing · in the first three.
// Traps held: refused, or answered with the term the article lacks flagged in `missing`.
console.log(
  '| article | lexicon | fr: first · unflagged · three | en: same | refused | traps held | missed |',
);
console.log('| --- | --- | ---: | ---: | ---: | ---: | --- |');
for (const lexicon of [true, false]) {
  for (const tally of await measureDevArticles({ lexicon })) {
    const { asked, refused } = tally.negatives;
    const { traps } = tally;
    console.log(
      `| ${tally.article} | ${lexicon ? 'on' : 'off'} | ${cell(tally, 'fr')} | ${cell(tally, 'en')} | ${refused}/${asked} | ${traps.held}/${traps.asked} | ${tally.misses.join(' ')} |`,
    );
  }
}
