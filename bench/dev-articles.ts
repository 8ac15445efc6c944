/**
 * `npm run bench:dev-articles`: each development article of `test/fixtures/dev-articles/` alone,
 * asked its questions in both languages, with the French↔English lexicon and without it: how
 * often the right sentence comes first, by the question's language, and how many of the
 * questions the article does not answer are refused.
 */
import { type DevTally, measureDevArticles } from '../test/dev-articles.ts';

const cell = (tally: DevTally, language: 'fr' | 'en'): string => {
  const { asked, first } = tally.byLanguage[language];
  return `${first}/${asked}`;
};

console.log('| article | lexicon | first (fr) | first (en) | refused | missed |');
console.log('| --- | --- | ---: | ---: | ---: | --- |');
for (const lexicon of [true, false]) {
  for (const tally of await measureDevArticles({ lexicon })) {
    const { asked, refused } = tally.negatives;
    console.log(
      `| ${tally.article} | ${lexicon ? 'on' : 'off'} | ${cell(tally, 'fr')} | ${cell(tally, 'en')} | ${refused}/${asked} | ${tally.misses.join(' ')} |`,
    );
  }
}
