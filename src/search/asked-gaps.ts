import type { Sentence } from '../knowledge/types.ts';
import { askedCalled } from './asked-called.ts';
import { askedDuring, withDuringGap } from './asked-during.ts';
import { askedEarner, withEarnerGap } from './asked-earner.ts';
import { askedExtreme, withExtremeGap } from './asked-extreme.ts';
import type { AskedFigure } from './asked-figure.ts';
import { askedFirm, withFirmGap } from './asked-firm.ts';
import { askedGroup, withGroupGap } from './asked-group.ts';
import { type AskedLeader, withLeaderGap } from './asked-leader.ts';
import { askedName, withNameGap } from './asked-name.ts';
import { askedOccasion, withOccasionGap } from './asked-occasion.ts';
import { askedOrdinal, withOrdinalGap } from './asked-ordinal.ts';
import { askedPart, withPartGap } from './asked-part.ts';
import { askedPopulation, withPopulationGap } from './asked-population.ts';
import { askedPriced, withPricedGap } from './asked-priced.ts';
import { askedReason, withReasonGap } from './asked-reason.ts';
import { askedSum, withSumGap } from './asked-sum.ts';
import { askedThing, withThingGap } from './asked-thing.ts';
import { type AskedWhen, askedWhen, withWhenGap } from './asked-when.ts';
import { askedWhere, withWhereGap } from './asked-where.ts';
import type { Gaps } from './passage-gaps.ts';
import type { QueryGroup } from './query.ts';
import type { SearchIndex } from './search-index.ts';
import type { SpecificTerm } from './specific-terms.ts';

/** One qualifier's check: the gaps with what the sentence lacks of it added. */
export type GapStep = (gaps: Gaps, sentence: Sentence) => Gaps;

/**
 * The qualifiers a question asks beyond its words (a time, a place, a name, a leader, a reason, a
 * sum…, each read by its asked-*.ts) and the checks adding what a passage lacks of each, in the
 * order they run. The time asked is given back too: it also orders the answers (asked-when.ts).
 */
export function qualifierGaps(
  index: SearchIndex,
  text: string,
  groups: QueryGroup[],
  asked: AskedFigure | undefined,
  terms: SpecificTerm[],
  leader: AskedLeader | undefined,
): { when: AskedWhen | undefined; steps: GapStep[] } {
  const when = asked === undefined ? askedWhen(text) : undefined;
  const thing = asked === undefined ? askedThing(groups, text) : undefined;
  const where = asked === undefined ? askedWhere(text) : undefined;
  const group = askedGroup(index, text, groups, asked);
  const earner = askedEarner(index, text, groups, asked, terms);
  const part = askedPart(index, text, groups, asked, terms);
  // `When is the first day…` asks the ranked period's date: it is what is asked, not a setting.
  const ordinal = when === undefined ? askedOrdinal(text) : undefined;
  const population = askedPopulation(text);
  const name = askedName(groups, text) ?? askedCalled(groups, text);
  const firm = askedFirm(text);
  const reason = askedReason(text);
  const during = askedDuring(text);
  const sum = askedSum(text, asked);
  const extreme = askedExtreme(text);
  const priced = askedPriced(index, text, groups, asked);
  // A ranked period is the ordinal's (asked-ordinal.ts).
  const occasion = ordinal === undefined ? askedOccasion(text) : undefined;
  const steps: GapStep[] = [
    (gaps, sentence) => withPartGap(index, gaps, sentence, part, asked),
    (gaps, sentence) => withPopulationGap(gaps, sentence, population),
    (gaps, sentence) => withOrdinalGap(index, gaps, sentence, ordinal),
    (gaps, sentence) => withWhenGap(gaps, sentence, when),
    (gaps, sentence) => withThingGap(index, gaps, sentence, thing),
    // After the thing's: `which town` whose `town` it flagged is flagged once.
    (gaps, sentence) => withWhereGap(index, gaps, sentence, where),
    (gaps, sentence) => withGroupGap(index, gaps, sentence, group, asked),
    (gaps, sentence) => withEarnerGap(index, gaps, sentence, earner),
    (gaps, sentence) => withNameGap(index, gaps, sentence, name),
    (gaps, sentence) => withFirmGap(index, gaps, sentence, firm),
    (gaps, sentence) => withLeaderGap(index, gaps, sentence, leader),
    (gaps, sentence) => withReasonGap(gaps, sentence, reason),
    (gaps, sentence) => withDuringGap(gaps, sentence, during),
    (gaps, sentence) => withOccasionGap(gaps, sentence, occasion),
    (gaps, sentence) => withSumGap(gaps, sentence, sum),
    (gaps, sentence) => withPricedGap(index, gaps, sentence, priced),
    (gaps, sentence) => withExtremeGap(gaps, sentence, extreme),
  ];
  return { when, steps };
}
