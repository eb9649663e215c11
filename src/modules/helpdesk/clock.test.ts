import { describe, expect, it } from 'vitest';
import { dueBy, isReminderDay, urgencyOf, workingHoursBetween } from './clock.js';

/** A Shanghai wall-clock time as an instant. */
const sh = (s: string) => new Date(`${s}+08:00`);
/** The Shanghai day a due instant closes (its last moment's day). */
const dueDay = (received: string) =>
  new Date(dueBy(sh(received)).getTime() + 8 * 3_600_000 - 1).toISOString().slice(0, 10);

describe('the three-working-day clock', () => {
  it('counts three working days after an ordinary weekday and ends at midnight in Shanghai', () => {
    // Monday 2025-03-10 → Thursday 13th, 24:00 Shanghai = 16:00 UTC.
    expect(dueBy(sh('2025-03-10T10:00:00')).toISOString()).toBe('2025-03-13T16:00:00.000Z');
    // Thursday → Mon, Tue: the weekend does not count.
    expect(dueDay('2025-03-13T09:00:00')).toBe('2025-03-18');
  });

  it('uses the Shanghai day, not the UTC day, of late-evening receipts', () => {
    // 23:30 Monday in Shanghai is still Monday there though 15:30 UTC.
    expect(dueDay('2025-03-10T23:30:00')).toBe('2025-03-13');
    // 00:30 Tuesday in Shanghai (Monday 16:30 UTC) counts from Tuesday.
    expect(dueDay('2025-03-11T00:30:00')).toBe('2025-03-14');
  });

  it('skips the 2024 National Day week and counts the worked Saturday after it', () => {
    // Monday 30 Sep 2024: 1–7 Oct closed, Tue 8, Wed 9, Thu 10.
    expect(dueDay('2024-09-30T09:00:00')).toBe('2024-10-10');
    // Received on a holiday: counts from Tue 8 Oct → 8, 9, 10.
    expect(dueDay('2024-10-03T15:00:00')).toBe('2024-10-10');
    // Thursday 10 Oct: Fri 11, Saturday 12 Oct (worked), Mon 14.
    expect(dueDay('2024-10-10T09:00:00')).toBe('2024-10-14');
    // Sunday 29 Sep 2024 was worked: received Saturday 28th, it counts 29 Sep, 30 Sep, 8 Oct.
    expect(dueDay('2024-09-28T12:00:00')).toBe('2024-10-08');
  });

  it('skips the 2025 National Day and Mid-Autumn holiday (1–8 Oct) with its worked Sunday and Saturday', () => {
    // Friday 26 Sep 2025: Sunday 28 Sep worked, Mon 29, Tue 30.
    expect(dueDay('2025-09-26T09:00:00')).toBe('2025-09-30');
    // Tuesday 30 Sep: 1–8 Oct closed → Thu 9, Fri 10, Saturday 11 Oct (worked).
    expect(dueDay('2025-09-30T17:00:00')).toBe('2025-10-11');
  });

  it('skips Spring Festival 2025 (28 Jan – 4 Feb) and 2024 (10–17 Feb) with their make-up days', () => {
    // Friday 24 Jan 2025: Sunday 26 Jan worked, Mon 27, then Wed 5 Feb.
    expect(dueDay('2025-01-24T10:00:00')).toBe('2025-02-05');
    // During the holiday: 5, 6, 7 Feb.
    expect(dueDay('2025-01-30T10:00:00')).toBe('2025-02-07');
    // Thursday 6 Feb 2025: Fri 7, Saturday 8 Feb (worked), Mon 10.
    expect(dueDay('2025-02-06T10:00:00')).toBe('2025-02-10');
    // Thursday 8 Feb 2024: Fri 9, then holiday to the 17th, Sunday 18 Feb worked, Mon 19.
    expect(dueDay('2024-02-08T10:00:00')).toBe('2024-02-19');
  });

  it('counts working hours only on working days', () => {
    expect(workingHoursBetween(sh('2025-03-10T10:00:00'), sh('2025-03-10T16:00:00'))).toBe(6);
    // Friday 18:00 → Monday 09:00: 6 h of Friday and 9 h of Monday.
    expect(workingHoursBetween(sh('2025-03-14T18:00:00'), sh('2025-03-17T09:00:00'))).toBe(15);
    // Across the 2024 National Day: 30 Sep 12:00 → 8 Oct 12:00 is 12 h + 12 h.
    expect(workingHoursBetween(sh('2024-09-30T12:00:00'), sh('2024-10-08T12:00:00'))).toBe(24);
    expect(workingHoursBetween(sh('2025-03-10T10:00:00'), sh('2025-03-10T09:00:00'))).toBe(0);
  });

  it('says when an enquiry is due today, overdue, or due one working day later', () => {
    const due = dueBy(sh('2024-09-30T09:00:00')); // end of 10 Oct 2024
    expect(urgencyOf(due, sh('2024-10-10T08:00:00'))).toBe('today');
    expect(urgencyOf(due, sh('2024-10-11T00:00:00'))).toBe('overdue');
    expect(urgencyOf(due, sh('2024-10-09T08:00:00'))).toBe('later');
    expect(isReminderDay(due, sh('2024-10-09T08:00:00'))).toBe(true);
    expect(isReminderDay(due, sh('2024-10-08T08:00:00'))).toBe(false);
    // Due on Tue 8 Oct 2024: the working day before it is Mon 30 Sep.
    const afterHoliday = dueBy(sh('2024-09-27T09:00:00'));
    expect(isReminderDay(afterHoliday, sh('2024-09-30T09:00:00'))).toBe(true);
    expect(isReminderDay(afterHoliday, sh('2024-09-29T09:00:00'))).toBe(false);
  });
});
