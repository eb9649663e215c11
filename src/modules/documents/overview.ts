import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { checkInsOf, eventDays } from '../attendance/index.js';
import type { EventRow } from '../registration/index.js';
import { type ListedRegistration, listRegistrations } from '../registration/index.js';
import { type CertificateRow, certificates } from './schema.js';

export interface AttendeeRow {
  registration: ListedRegistration;
  days: number;
  /** The latest: the one in force, or the last revoked (awaiting its correction). */
  certificate: CertificateRow | null;
}

/** Every confirmed registrant of an event with their days present and their certificate, for staff. */
export async function documentsOverview(db: Db, event: EventRow) {
  const [regs, checks, certs] = await Promise.all([
    listRegistrations(db, event.id, { status: 'confirmed' }),
    checkInsOf(db, event.id),
    db.select().from(certificates).where(eq(certificates.eventId, event.id)).orderBy(asc(certificates.seq)),
  ]);
  const all = new Set(eventDays(event.startDate, event.endDate));
  const days = new Map<string, number>();
  for (const c of checks)
    if (all.has(c.day)) days.set(c.registrationId, (days.get(c.registrationId) ?? 0) + 1);
  // In number order, so each registration's latest certificate (in force, or revoked) is the one kept.
  const byReg = new Map(certs.map((c) => [c.registrationId, c]));
  const rows: AttendeeRow[] = regs.map((r) => ({
    registration: r,
    days: days.get(r.id) ?? 0,
    certificate: byReg.get(r.id) ?? null,
  }));
  return {
    rows,
    eventDays: all.size,
    attended: rows.filter((r) => r.days > 0).length,
    issued: certs.filter((c) => !c.revokedAt).length,
  };
}
