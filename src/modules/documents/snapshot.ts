import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { AppError } from '../../lib/errors.js';
import type { MessageKey } from '../../lib/messages.js';
import { eventDays } from '../attendance/index.js';
import { checkIns } from '../attendance/schema.js';
import { organisations } from '../directory/schema.js';
import { programmePartners } from '../events/schema.js';
import type { ListedRegistration } from '../registration/index.js';
import { eventView } from '../registration/index.js';
import { type CertificateSnapshot, certificates } from './schema.js';

/** A refusal the reader is told about in their language. */
export const refusal = (key: MessageKey, why: string, params?: Record<string, string | number>) =>
  new AppError('conflict', why, { reason: why }, { key, ...(params ? { params } : {}) });

/** The days a registrant was checked in, in order. */
export async function daysAttended(db: Db, registrationId: string): Promise<string[]> {
  const rows = await db
    .select({ day: checkIns.day })
    .from(checkIns)
    .where(eq(checkIns.registrationId, registrationId))
    .orderBy(asc(checkIns.day));
  return rows.map((r) => r.day);
}

/**
 * What a certificate for this registration would say, or a translated refusal: only a confirmed
 * registrant checked in on at least one day of the event has attended it.
 */
export async function certificateSnapshot(db: Db, reg: ListedRegistration): Promise<CertificateSnapshot> {
  if (reg.status !== 'confirmed') throw refusal('documents.error.notConfirmed', 'not_confirmed');
  const [view, days] = await Promise.all([eventView(db, reg.eventId), daysAttended(db, reg.id)]);
  if (!view) throw new AppError('not_found');
  const e = view.event;
  const all = eventDays(e.startDate, e.endDate);
  const attended = days.filter((d) => all.includes(d));
  if (!attended.length) throw refusal('documents.error.noAttendance', 'no_attendance');
  const partners = await db
    .select({ name: organisations.name })
    .from(programmePartners)
    .innerJoin(organisations, eq(organisations.id, programmePartners.organisationId))
    .where(eq(programmePartners.programmeId, view.programme.id))
    .orderBy(asc(programmePartners.role), asc(organisations.id));
  return {
    name: reg.name,
    organisation: reg.organisationName,
    event: e.title,
    programme: view.programme.title,
    partners: partners.map((p) => p.name),
    city: view.city.name,
    startDate: e.startDate,
    endDate: e.endDate,
    daysAttended: attended,
    eventDays: all.length,
    lang: reg.lang,
  };
}

/** Whether a registrant may download a certificate: confirmed, checked in at least once, not revoked. */
export async function certificateAvailable(db: Db, reg: ListedRegistration): Promise<boolean> {
  if (reg.status !== 'confirmed') return false;
  const [[present], [revoked]] = await Promise.all([
    db.select({ id: checkIns.id }).from(checkIns).where(eq(checkIns.registrationId, reg.id)).limit(1),
    db
      .select({ id: certificates.id })
      .from(certificates)
      .where(and(eq(certificates.registrationId, reg.id), isNotNull(certificates.revokedAt))),
  ]);
  return Boolean(present) && !revoked;
}
