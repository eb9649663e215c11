import { describe, expect, it } from 'vitest';
import { run } from './test-helpers.js';
import { ENGINE_VERSION, RULES_REVISION } from './version.js';

describe('calendar-missing notes', () => {
  it('says in both languages which years of which calendar were not loaded', () => {
    const s = run({
      jurisdiction: 'CN',
      right: 'invention',
      dates: { filing: '2020-06-15', grant: '2023-03-10' },
      options: { grantYear: 3 },
    });
    const notes = s.notes.filter((n) => n.code === 'calendar-missing');
    expect(notes).toHaveLength(1);
    // Fees fall due each 15 June up to 2039; the CNIPA calendar is loaded to 2027, and the grace of the
    // last fee ends in December 2039.
    expect(notes[0]!.text.en).toContain('Calendar not loaded for 2028–2039 (CNIPA)');
    expect(notes[0]!.text.zh).toContain('国家知识产权局2028—2039年的工作日历尚未载入');
    const late = s.deadlines.find((d) => d.year === 15)!;
    expect(late.calendarMissing).toEqual(['CNIPA:2034']);
  });

  it('adds no note when every year needed is loaded', () => {
    const s = run({ jurisdiction: 'PCT', right: 'invention', dates: { priority: '2023-01-31' } });
    expect(s.notes.map((n) => n.code)).not.toContain('calendar-missing');
  });

  it('names each office separately', () => {
    const s = run({
      jurisdiction: 'PCT',
      right: 'invention',
      dates: { priority: '2029-03-01' },
      options: { offices: ['CNIPA', 'EPO'] },
    });
    const texts = s.notes.filter((n) => n.code === 'calendar-missing').map((n) => n.text.en);
    expect(texts).toHaveLength(2);
    expect(texts[0]).toContain('(CNIPA)');
    expect(texts[1]).toContain('(EPO)');
  });
});

describe('engine version', () => {
  it('starts with the rules revision and fingerprints the calendars', () => {
    expect(ENGINE_VERSION).toMatch(new RegExp(`^${RULES_REVISION}\\.[0-9a-f]{8}$`));
  });
});
