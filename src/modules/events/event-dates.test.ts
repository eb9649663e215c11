import { describe, expect, it } from 'vitest';
import { eventDateLabel, isoToPrecision, normaliseDates } from './event-dates.js';
import { cleanEventFields, eventFieldErrors } from './event-fields.js';
import { eventFields } from './test-fixtures.js';

describe('event dates to their precision', () => {
  it('widens month and year dates to the whole period', () => {
    expect(normaliseDates('2009-05-12', '2009-05-12', 'month')).toEqual({
      startDate: '2009-05-01',
      endDate: '2009-05-31',
    });
    expect(normaliseDates('2008-02-10', '2008-02-10', 'month')).toEqual({
      startDate: '2008-02-01',
      endDate: '2008-02-29',
    });
    expect(normaliseDates('2008-06-01', '2008-06-01', 'year')).toEqual({
      startDate: '2008-01-01',
      endDate: '2008-12-31',
    });
  });

  it('never shows a day the source does not give', () => {
    expect(eventDateLabel('2009-05-01', '2009-05-31', 'month', 'en')).toBe('May 2009');
    expect(eventDateLabel('2009-05-01', '2009-05-31', 'month', 'zh')).toBe('2009年5月');
    expect(eventDateLabel('2009-05-01', '2009-08-31', 'month', 'en')).toBe('May 2009 – August 2009');
    expect(eventDateLabel('2008-01-01', '2008-12-31', 'year', 'en')).toBe('2008');
    expect(eventDateLabel('2010-06-24', '2010-06-25', 'day', 'zh')).toBe('2010年6月24日至25日');
    expect(isoToPrecision('2009-05-01', 'month')).toBe('2009-05');
    expect(isoToPrecision('2008-01-01', 'year')).toBe('2008');
  });

  it('refuses an end before the start, impossible dates and far-off years', () => {
    const base = { programmeId: 'p', cityId: 'c' };
    const check = (over: object) => eventFieldErrors(cleanEventFields(eventFields({ ...base, ...over })));
    expect(check({})).toEqual({});
    expect(check({ startDate: '2010-06-25', endDate: '2010-06-24' })).toEqual({
      endDate: 'events.error.endBeforeStart',
    });
    expect(check({ startDate: '2010-02-30', endDate: '2010-03-01' })).toEqual({ startDate: 'form.date' });
    expect(check({ startDate: '1900-01-01', endDate: '1900-01-02' })).toEqual({
      startDate: 'events.error.year',
    });
    expect(check({ startDate: '2010-01-01', endDate: '2014-01-01' })).toEqual({
      endDate: 'events.error.tooLong',
    });
    expect(check({ title: { en: ' \u200b ', zh: '' } })).toEqual({ 'title.en': 'form.oneLanguage' });
    expect(check({ reportedHeadcount: -1 })).toEqual({ reportedHeadcount: 'events.error.headcount' });
  });
});
