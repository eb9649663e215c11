import { describe, expect, it } from 'vitest';
import { formatDateRange, todayIso } from './dates.js';

describe('date ranges to the precision the source gives', () => {
  it('shows days, months and years in both languages', () => {
    expect(formatDateRange('2010-06-24', '2010-06-25', 'day', 'en')).toBe('24–25 June 2010');
    expect(formatDateRange('2010-06-24', '2010-06-25', 'day', 'zh')).toBe('2010年6月24日至25日');
    expect(formatDateRange('2009-05-01', '2009-05-31', 'month', 'en')).toBe('May 2009');
    expect(formatDateRange('2009-05-01', '2009-05-31', 'month', 'zh')).toBe('2009年5月');
    expect(formatDateRange('2008-01-01', '2008-12-31', 'year', 'zh')).toBe('2008年');
    expect(formatDateRange('2010-06-30', '2010-07-01', 'day', 'en')).toBe('30 June – 1 July 2010');
  });

  it('takes today in Beijing time', () => {
    expect(todayIso(new Date('2026-11-25T17:00:00Z'))).toBe('2026-11-26');
  });
});
