import type { EventRow, SettingsRow } from './access.js';

const CHINA_OFFSET_MS = 8 * 3_600_000;

/** Midnight at the start of a day in China (no daylight saving), as an instant. */
export function chinaMidnight(isoDate: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d) - CHINA_OFFSET_MS);
}

/** `YYYY-MM-DDTHH:MM` as typed into a form, read as China time. */
export function fromChinaLocal(value: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number) as number[];
  const ms = Date.UTC(y!, mo! - 1, d!, h!, mi!) - CHINA_OFFSET_MS;
  const back = new Date(ms + CHINA_OFFSET_MS).toISOString().slice(0, 16);
  return back === value ? new Date(ms) : null;
}

/** An instant as `YYYY-MM-DDTHH:MM` in China time, for a form field. */
export const toChinaLocal = (d: Date | null) =>
  d ? new Date(d.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 16) : '';

export type Closed = 'cancelled' | 'closed' | 'notPublished' | 'notYet' | 'over' | 'invitationOnly';
export type WindowState = { open: true; closesAt: Date } | { open: false; why: Closed; opensAt?: Date };

/** When registration ends: the set closing time, else the moment the event begins. */
export const closingTime = (s: SettingsRow, e: Pick<EventRow, 'startDate'>) =>
  s.closesAt ?? chinaMidnight(e.startDate);

/** Until when a registrant may give up a seat themselves. */
export const cancellationDeadline = (s: SettingsRow, e: Pick<EventRow, 'startDate'>) =>
  s.cancellationDeadline ?? chinaMidnight(e.startDate);

/**
 * Whether the public (or an invited person, with `invited`) may register now, and if not the one
 * reason to give: the event's own state first (called off, or over), then the settings, then time.
 */
export function registrationWindow(
  s: SettingsRow | null,
  e: Pick<EventRow, 'status' | 'startDate'>,
  now: Date,
  opts: { invited?: boolean } = {},
): WindowState {
  if (e.status === 'cancelled') return { open: false, why: 'cancelled' };
  if (e.status === 'completed') return { open: false, why: 'over' };
  if (!s || s.mode === 'closed') return { open: false, why: 'closed' };
  if (e.status !== 'published') return { open: false, why: 'notPublished' };
  if (s.opensAt && now < s.opensAt && !opts.invited)
    return { open: false, why: 'notYet', opensAt: s.opensAt };
  const closesAt = closingTime(s, e);
  if (now >= closesAt) return { open: false, why: 'over' };
  if (s.mode === 'invitation' && !opts.invited) return { open: false, why: 'invitationOnly' };
  return { open: true, closesAt };
}

/**
 * Whether the seats are worth stating: while registration is open or yet to open (or open to the
 * invited). Once it has ended (closed, over, an event called off) a count of seats left or of a
 * waiting list to join would contradict the reason given.
 */
export const seatsMatter = (why: Closed | 'invitationInvalid' | 'otherEmail' | null) =>
  why === null ||
  why === 'notYet' ||
  why === 'invitationOnly' ||
  why === 'invitationInvalid' ||
  why === 'otherEmail';

/** Whether the event has begun (nothing about seats changes by the registrant's hand after that). */
export const hasBegun = (e: Pick<EventRow, 'startDate'>, now: Date) => now >= chinaMidnight(e.startDate);
