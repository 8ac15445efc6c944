/**
 * `npx tsx bench/outcome-tally.ts FOLDER…`: for each folder of articles with question files, only
 * totals (no question is named, so a set never tuned on can be measured without reading it):
 * answerable questions right first with nothing flagged, right but flagged, a wrong sentence first
 * with nothing flagged (a confident wrong answer), wrong but flagged, refused; negatives answered
 * with nothing flagged.
 *
 * `--specific-flags-only`: an ablation that counts an answer as flagged only when a term it lacks
 * has a digit, a capital or several words (a figure, a name, a phrase), as if ordinary words the
 * passage says otherwise were never shown as lacking.
 */
import { readFileSync } from 'node:fs';
import { findPassages } from '../src/search/find-passages.ts';
import { type DevItem, loadDevArticle, looseFold, questionFiles } from '../test/dev-articles.ts';

const specificFlagsOnly = process.argv.includes('--specific-flags-only');
/** Whether a lacking term counts as a flag (see `--specific-flags-only`). */
const isFlag = (term: string) => !specificFlagsOnly || /\d|^\p{Lu}|\s/u.test(term);

for (const folder of process.argv.slice(2).filter((arg) => !arg.startsWith('--'))) {
  const counts = {
    right: 0,
    rightFlagged: 0,
    wrongUnflagged: 0,
    wrongFlagged: 0,
    refused: 0,
    negativeAnsweredUnflagged: 0,
  };
  for (const file of questionFiles(folder)) {
    const set = JSON.parse(readFileSync(file, 'utf8')) as { article: string; items: DevItem[] };
    const index = await loadDevArticle(set.article);
    for (const item of set.items) {
      const answer = findPassages(index, item.q);
      const [best] = answer.results;
      const flagged = (best?.missing ?? []).some(isFlag);
      if (item.neg) {
        if (answer.answered && !flagged) counts.negativeAnsweredUnflagged++;
        continue;
      }
      if (!answer.answered || best === undefined) counts.refused++;
      else if (item.any.some((key) => looseFold(best.sentence).includes(looseFold(key))))
        counts[flagged ? 'rightFlagged' : 'right']++;
      else counts[flagged ? 'wrongFlagged' : 'wrongUnflagged']++;
    }
  }
  console.log(folder.split('/').at(-1), JSON.stringify(counts));
}
