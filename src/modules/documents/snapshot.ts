import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { AppError } from '../../lib/errors.js';
import type { MessageKey } from '../../lib/messages.js';
import { daysPresentOf, eventDays } from '../attendance/index.js';
import { organisations } from '../directory/schema.js';
import { programmePartners } from '../events/schema.js';
import type { ListedRegistration } from '../registration/index.js';
import { eventView } from '../registration/index.js';
import type { CertificateSnapshot } from './schema.js';

/** A refusal the reader is told about in their language. */
export const refusal = (key: MessageKey, why: string, params?: Record<string, string | number>) =>
  new AppError('conflict', why, { reason: why }, { key, ...(params ? { params } : {}) });

/**
 * What a certificate for this registration would say, or a translated refusal: only a confirmed
 * registrant checked in on at least one day of the event has attended it.
 */
export async function certificateSnapshot(db: Db, reg: ListedRegistration): Promise<CertificateSnapshot> {
  if (reg.status !== 'confirmed') throw refusal('documents.error.notConfirmed', 'not_confirmed');
  const [view, present] = await Promise.all([
    eventView(db, reg.eventId),
    daysPresentOf(db, { registrationIds: [reg.id] }),
  ]);
  if (!view) throw new AppError('not_found');
  const e = view.event;
  const all = eventDays(e.startDate, e.endDate);
  // Attended as every module counts it (attendance's one definition): checked in on a day of the event.
  const attended = present.get(reg.id) ?? [];
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
