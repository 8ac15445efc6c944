import type { AskedFigure } from './asked-figure.ts';
import { stemMatches } from './match-word.ts';
import { stem } from './normalize.ts';
import { isAnyPeople } from './people-counted.ts';
import { isMatched, type QueryGroup } from './query.ts';
import type { SearchIndex } from './search-index.ts';
import { WORK_WORD_WEIGHT } from './settings.ts';

/**
 * Working somewhere, in both languages, as readers and articles say it: a reader asks `how many
 * workers`, `how many people work there`, `combien de personnes bossent chez X`, where the
 * article writes `the site employs 96 people`, `l’entreprise emploie 62 salariés`. The thing a
 * count asks of (`workers`), or what the people asked do (`how many people work`), reaches the
 * articles' other words of working, as a word of the same idea (WORK_WORD_WEIGHT), never a name:
 * a count of the staff a place employs is the number of people working there. Not the
 * question's other words (`how many employees lost their jobs` asks no staff count), nor other
 * questions, where `work` is often the works (`when will the work finish`); nor a count of
 * anything but workers (`how many works does the museum hold` counts artworks): the counted
 * word must name people working (WORKERS_COUNTED), else only the verb after `people` widens.
 * `jobs`, `emplois` and `boulot` are left out, as jobs are as often lost or created as held
 * (though `emplois` shares the stem of `emploie`, and still matches through it). French
 * `employer` (to employ) is left out: in English it is the firm; `salariés` and `effectif` too,
 * whose stems are English `salary` and `effect`.
 */
const WORK_WORDS: readonly string[] = (
  'work works worked working worker workers workforce employ employs employed employing ' +
  'employee employees employment staff staffed payroll personnel ' +
  'travail travaille travaillent travailler travaillera travailleront travaillait travailleur ' +
  'travailleurs travailleuse travailleuses emploie emploient emploiera emploieront ' +
  'employe employes employee employees ' +
  'bosse bossent bosser bossera'
).split(' ');

/** Counted nouns naming the people working (`how many workers`), folded. */
const WORKERS_COUNTED: ReadonlySet<string> = new Set(
  (
    'worker workers workforce employee employees staff personnel payroll travailleur ' +
    'travailleurs travailleuse travailleuses employe employes employee employees'
  ).split(' '),
);

const WORK_STEMS: ReadonlySet<string> = new Set(WORK_WORDS.map(stem));

/** The question's groups, each word of working also written as the articles' others. */
export function withWorkWords(
  index: SearchIndex,
  groups: QueryGroup[],
  asked: AskedFigure | undefined,
): QueryGroup[] {
  const counted = asked?.counted;
  if (asked === undefined || counted === undefined || !asked.kinds.includes('count')) return groups;
  const at = groups.findIndex(({ key }) => key === counted);
  // The counted thing, or what the people counted do (`how many people work`).
  const working = [
    WORKERS_COUNTED.has(counted) ? groups[at] : undefined,
    isAnyPeople(counted) ? groups[at + 1] : undefined,
  ];
  return groups.map((group) => {
    if (!working.includes(group) || !WORK_STEMS.has(stem(group.key))) return group;
    const own = group.alternatives[0]?.words[0];
    const stems = [...WORK_STEMS].filter((each) => each !== stem(group.key));
    const alternative = {
      words: [stemMatches(index, stems, own)],
      weight: WORK_WORD_WEIGHT,
      translated: true,
    };
    if (!isMatched(alternative)) return group;
    return { ...group, alternatives: [...group.alternatives, alternative] };
  });
}
