import { describe, expect, it } from 'vitest';
import type { Sentence } from '../src/knowledge/types.ts';
import { askedDuring, withDuringGap } from '../src/search/asked-during.ts';
import { askedOccasion, withOccasionGap } from '../src/search/asked-occasion.ts';
import { askedReason } from '../src/search/asked-reason.ts';
import { countryForms } from '../src/search/country-forms.ts';
import { findPassages } from '../src/search/find-passages.ts';
import type { Gaps } from '../src/search/passage-gaps.ts';
import { articleIndex } from './claim-checks.ts';
import { firstAnswer as first } from './helpers.ts';

/** What the second reading of the 13:35 rounds found: rules that fired on text they do not mean. */

const noGaps = { missing: [] } as unknown as Gaps;
const sentence = (text: string) => ({ text }) as Sentence;

describe('a country code is the initials of its name', () => {
  it('reads US, USA, UK, UAE as countries, and IT, ID, TV, AI, IN, NO, CAN as none', () => {
    for (const code of ['US', 'USA', 'UK', 'UAE']) expect(countryForms(code)).toBeDefined();
    for (const code of ['IT', 'ID', 'TV', 'AI', 'IN', 'NO', 'CAN'])
      expect(countryForms(code)).toBeUndefined();
  });

  it('does not flag `IT` on the sentence about the new system', async () => {
    const index = await articleIndex('council-system.en.txt', [
      'Council buys a new system',
      '',
      'A Dutch firm will be paid £400,000 for the new IT system, the council said.',
    ]);
    const answer = first(findPassages(index, 'How much will the new IT system cost?'));
    expect(answer.sentence).toContain('£400,000');
    expect(answer.missing).not.toContain('IT');
  });
});

describe('a rank that ranks no occasion', () => {
  const asked = askedOccasion('When did the weir first flow?');
  it.each([
    'The weir now passes 3 cubic metres per second.',
    'Harwick is the second-largest town on the river.',
    'Second, the fees will rise in May.',
    'The weir was rebuilt in the 21st century.',
  ])('does not flag `first` on %s', (text) => {
    expect(withOccasionGap(noGaps, sentence(text), asked).missing).toEqual([]);
  });

  it('still flags `first` on a sentence telling the third time', () => {
    const text = 'The weir flowed over for the third time in 2020.';
    expect(withOccasionGap(noGaps, sentence(text), asked).missing).toEqual(['first']);
  });
});

describe('what a reason question is', () => {
  it('reads `what caused` as a reason asked, and `what made up` as none', () => {
    expect(askedReason('What caused the flood in March?')).toBeDefined();
    expect(askedReason('What made up most of the £2m budget?')).toBeUndefined();
  });
});

describe('a time asked by what happened in it', () => {
  const during = askedDuring('How many buses ran during the strike?');
  it('does not flag a sentence that names the strike against the usual figure', () => {
    const text = 'During the strike only 12 buses ran, against 40 normally.';
    expect(withDuringGap(noGaps, sentence(text), during).missing).toEqual([]);
  });

  it('reads `ordinary commuters` as no usual figure', () => {
    const text = 'On Monday 12 buses ran and ordinary commuters walked.';
    expect(withDuringGap(noGaps, sentence(text), during).missing).toEqual([]);
  });

  it('still flags the usual figure alone', () => {
    const text = 'The X52 line normally runs 40 buses a day.';
    expect(withDuringGap(noGaps, sentence(text), during).missing).toEqual(['during the strike']);
  });
});
