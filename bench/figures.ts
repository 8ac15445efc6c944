/**
 * `npm run bench:figures`: for each development article, then each tuning article (with the
 * seed and second articles), then each validation article, then the fresh check and the second to fifteenth validation sets (the twelfth and thirteenth opened at 02:00, the fourteenth and fifteenth at 04:35, the sixteenth and seventeenth at 07:35 on 2026-12-01), how many of the figures a reader lists are found, how many with
 * the unit the reader gives, and how many names holding a number are taken for figures.
 */
import {
  describeMeasure,
  devFigureCases,
  type FigureMeasure,
  freshCheckFigureCases,
  measureArticle,
  tuningFigureCases,
  validationFigureCases,
  validationSetFigureCases,
} from '../test/measure-figures.ts';

const verbose = process.argv.includes('--verbose');
for (const [title, cases] of [
  ['Development articles', devFigureCases()],
  ['Tuning, seed and second articles', tuningFigureCases()],
  [
    'Validation articles (tuning since 2026-11-30, first measured 91/110 found, 85/110 unit)',
    validationFigureCases(),
  ],
  [
    'Fresh check (tuning since 2026-11-30, first measured 58/75 found, 52/75 unit)',
    freshCheckFigureCases(),
  ],
  [
    'Second validation set (tuning since 2026-11-30, first measured 89/99 found, 68/99 unit)',
    validationSetFigureCases(2),
  ],
  [
    'Third validation set (tuning since 2026-11-30, first measured 105/128 found, 94/128 unit)',
    validationSetFigureCases(3),
  ],
  [
    'Fourth validation set (tuning since 2026-11-30, first measured 104/149 found, 87/149 unit)',
    validationSetFigureCases(4),
  ],
  [
    'Fifth validation set (tuning since 2026-11-30 at 18:55, first measured 107/141 found, 97/141 unit)',
    validationSetFigureCases(5),
  ],
  [
    'Sixth validation set (tuning since 2026-11-30 at 19:30, first measured 115/133 found, 109/133 unit; 116/110 after figures8)',
    validationSetFigureCases(6),
  ],
  [
    'Seventh validation set (tuning since 2026-11-30 at 20:15, first measured 128/146 found, 116/146 unit; 131/117 after figures9)',
    validationSetFigureCases(7),
  ],
  [
    'Eighth validation set (tuning since 2026-11-30 at 21:00, first measured 139/154 found, 126/154 unit; 140/128 after figures10)',
    validationSetFigureCases(8),
  ],
  [
    'Ninth validation set (tuning since 2026-11-30 at 22:00, first measured 139/155 found, 124/155 unit; 145/126 when opened)',
    validationSetFigureCases(9),
  ],
  [
    'Tenth validation set (tuning since 2026-11-30 at 23:20, first measured 143/155 found, 133/155 unit; 144/137 when opened)',
    validationSetFigureCases(10),
  ],
  [
    'Eleventh validation set (tuning since 2026-11-30 at 23:20, first measured 133/145 found, 119/145 unit; 135/122 when opened)',
    validationSetFigureCases(11),
  ],
  [
    'Twelfth validation set (tuning since 2026-12-01 at 02:00, first measured 164/171 found, 149/171 unit; 165/162 when opened)',
    validationSetFigureCases(12),
  ],
  [
    'Thirteenth validation set (tuning since 2026-12-01 at 02:00, first measured 144/151 found, 138/151 unit; 144/138 when opened)',
    validationSetFigureCases(13),
  ],
  ['Fourteenth validation set (opened at 04:35 on 2026-12-01)', validationSetFigureCases(14)],
  ['Fifteenth validation set (opened at 04:35 on 2026-12-01)', validationSetFigureCases(15)],
  [
    'Sixteenth validation set (first measured 131/140 found, 129/140 unit; opened at 07:35 on 2026-12-01 at 133/130)',
    validationSetFigureCases(16),
  ],
  [
    'Seventeenth validation set (first measured 125/140 found, 120/140 unit; opened at 07:35 on 2026-12-01 at 125/121)',
    validationSetFigureCases(17),
  ],
  [
    'Eighteenth validation set (first measured 112/114 found, 110/114 unit; opened at 11:31 on 2026-12-01 at 112/110)',
    validationSetFigureCases(18),
  ],
  [
    'Nineteenth validation set (first measured 131/139 found, 126/139 unit; opened at 11:31 on 2026-12-01 at 131/126)',
    validationSetFigureCases(19),
  ],
  [
    'Twentieth validation set (first measured 106/115 found, 102/115 unit; opened at 05:45 on 2026-12-02 at 106/102)',
    validationSetFigureCases(20),
  ],
  [
    'Twenty-first validation set (first measured 136/142 found, 130/142 unit; opened at 05:45 on 2026-12-02 at 136/130)',
    validationSetFigureCases(21),
  ],
  [
    'Twenty-second validation set (first measured 157/167 found, 150/167 unit; opened at 12:40 on 2026-12-02 at 157/150)',
    validationSetFigureCases(22),
  ],
  [
    'Twenty-third validation set (first measured 134/144 found, 127/144 unit; opened at 12:40 on 2026-12-02 at 134/129)',
    validationSetFigureCases(23),
  ],
  [
    'Twenty-fourth validation set (first measured 143/162 found, 139/162 unit; opened at 16:35 on 2026-12-02 at 143/139)',
    validationSetFigureCases(24),
  ],
  [
    'Twenty-fifth validation set (first measured 147/162 found, 138/162 unit; opened at 16:35 on 2026-12-02 at 148/139)',
    validationSetFigureCases(25),
  ],
  [
    'Twenty-sixth validation set (measured, never tuned on: misses not shown)',
    validationSetFigureCases(26),
  ],
  [
    'Twenty-seventh validation set (measured, never tuned on: misses not shown)',
    validationSetFigureCases(27),
  ],
  [
    'Twenty-eighth validation set (measured, never tuned on: misses not shown)',
    validationSetFigureCases(28),
  ],
  [
    'Twenty-ninth validation set (measured, never tuned on: misses not shown)',
    validationSetFigureCases(29),
  ],
  [
    'Thirtieth validation set (measured, never tuned on: misses not shown)',
    validationSetFigureCases(30),
  ],
  [
    'Thirty-first validation set (measured, never tuned on: misses not shown)',
    validationSetFigureCases(31),
  ],
  [
    'Thirty-second validation set (measured, never tuned on: misses not shown)',
    validationSetFigureCases(32),
  ],
  [
    'Thirty-third validation set (measured, never tuned on: misses not shown)',
    validationSetFigureCases(33),
  ],
  [
    'Thirty-fourth validation set (first measured 168/196 found, 159/196 unit on 2026-12-04 (judge of 67d4f48); open to tuning)',
    validationSetFigureCases(34),
  ],
  [
    'Thirty-fifth validation set (first measured 149/166 found, 142/166 unit on 2026-12-04 (judge of 67d4f48); open to tuning)',
    validationSetFigureCases(35),
  ],
  [
    'Thirty-sixth validation set (measured blind on 2026-12-04, judge of 67d4f48: 188/202 found, 168/202 unit before the round, 190/169 after; open to tuning)',
    validationSetFigureCases(36),
  ],
  [
    'Thirty-seventh validation set (measured blind on 2026-12-04, judge of 67d4f48: 177/186 found, 171/186 unit before the round, 177/171 after; open to tuning)',
    validationSetFigureCases(37),
  ],
  [
    'Thirty-eighth validation set (measured blind on 2026-12-04: 170/187 found, 158/187 unit before the round and after; open to tuning)',
    validationSetFigureCases(38),
  ],
  [
    'Thirty-ninth validation set (measured blind on 2026-12-04: 171/197 found, 158/197 unit before the round and after; open to tuning)',
    validationSetFigureCases(39),
  ],
] as const) {
  console.log(`\n${title}:\n`);
  console.log('| article | found | right unit | right kind | names as figures |');
  console.log('| --- | ---: | ---: | ---: | ---: |');
  const total = { figures: 0, found: 0, rightUnit: 0, rightKind: 0, names: 0 };
  const details: FigureMeasure[] = [];
  for (const { folder, list, expected, sameUnit } of cases) {
    const result = await measureArticle(folder, list, expected, sameUnit);
    details.push(result);
    total.figures += result.figures;
    total.found += result.found;
    total.rightUnit += result.rightUnit;
    total.rightKind += result.rightKind;
    total.names += result.namesExtracted.length;
    console.log(
      `| ${result.article} | ${result.found}/${result.figures} | ${result.rightUnit}/${result.figures} | ${result.rightKind}/${result.figures} | ${result.namesExtracted.length} |`,
    );
  }
  const share = (part: number): string => `${((100 * part) / total.figures).toFixed(1)}%`;
  console.log(
    `| **all** | ${total.found}/${total.figures} (${share(total.found)}) | ${total.rightUnit}/${total.figures} (${share(total.rightUnit)}) | ${total.rightKind}/${total.figures} | ${total.names} |`,
  );
  // The misses of a set never tuned on stay unread: reading them would be tuning on them.
  if (verbose && !title.includes('never tuned on'))
    for (const result of details) console.log(describeMeasure(result));
}
