import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { findPassages } from '../src/search/find-passages.ts';
import { STOP_WORDS } from '../src/search/normalize.ts';
import { buildIndex, type SearchIndex } from '../src/search/search-index.ts';

/**
 * Right answers that must show no `Not in this passage` note: the passage holds the question's
 * word in another form than typed (a unit's symbol, a total, a noun the same in the plural, the
 * agent of the question's verb, a French adjective before the noun counted).
 */
describe('a right answer whose passage says the question’s words otherwise', () => {
  const dir = mkdtempSync(join(tmpdir(), 'right-flags-'));
  let index: SearchIndex;

  beforeAll(async () => {
    writeFileSync(
      join(dir, 'lake-museum.en.txt'),
      [
        'Ashby lake museum reopens after the drought',
        '',
        'Volunteers have moved some 2,600 fish to the upper lake since June.',
        '',
        'The museum welcomed 5,300 visitors in spring 2025, up from 4,100 a year earlier.',
        '',
        'Twelve guides and 40 volunteers worked there over the season.',
        '',
        'The new boardwalk cost £84,000 and opened in May.',
        '',
      ].join('\n'),
    );
    writeFileSync(
      join(dir, 'lavoir-brenne.fr.txt'),
      [
        'À Brenne, le lavoir rénové rouvre ses portes',
        '',
        'Au total, la rénovation du lavoir a coûté 310 000 euros, dont 40 % payés par la région.',
        '',
        'L’association a accueilli 85 nouveaux adhérents en 2025, contre 60 un an plus tôt.',
        '',
        'La commune a aussi planté 14 km de haies le long du ruisseau depuis 2020.',
        '',
        'Le chantier a employé six artisans et trois apprentis pendant huit mois.',
        '',
      ].join('\n'),
    );
    index = buildIndex(await loadKnowledge(dir));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const ask = (question: string) => {
    const [best] = findPassages(index, question).results;
    return { sentence: best?.sentence, missing: best?.missing };
  };

  it.each([
    // `fish` is the same in the plural: `2,600 fish` counts fish.
    ['How many fish were moved to the upper lake?', 'some 2,600 fish'],
    // The people who visited are the visitors, though the article counts guides too.
    ['How many people visited the museum in spring 2025?', '5,300 visitors'],
    // `au total` says the cost is the whole renovation's; `en tout` asks the total.
    ['Combien a coûté tout le chantier du vieux lavoir ?', '310 000 euros'],
    ['Combien a coûté en tout le chantier du vieux lavoir ?', '310 000 euros'],
    // `nouveaux` qualifies the members counted, as `new` does in English.
    ['Combien de nouveaux adhérents l’association a-t-elle accueillis en 2025 ?', '85 nouveaux'],
    // `km` is the kilometres asked.
    ['Combien de kilomètres de buissons la mairie a-t-elle plantés ?', '14 km'],
  ])('%s', (question, expected) => {
    const { sentence, missing } = ask(question);
    expect(sentence).toContain(expected);
    expect(missing).toEqual([]);
  });

  it('reads `another` as `other` and `autre`: no word a passage must hold', () => {
    for (const word of ['other', 'autre', 'another']) expect(STOP_WORDS.has(word)).toBe(true);
  });

  it('still flags the year a passage does not give', () => {
    const { sentence, missing } = ask('How many people visited the museum in spring 2024?');
    expect(sentence).toContain('5,300 visitors');
    expect(missing).toContain('2024');
  });
});
