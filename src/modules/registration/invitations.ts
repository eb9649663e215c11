import { and, desc, eq, isNull } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { type Lang, text } from '../../lib/bilingual.js';
import { cleanText } from '../../lib/clean-text.js';
import { formatDateRange } from '../../lib/dates.js';
import { AppError } from '../../lib/errors.js';
import { type FieldProblems, invalidFields } from '../../lib/field-errors.js';
import { UUID } from '../../lib/ids.js';
import type { Services } from '../../lib/services.js';
import { translator } from '../../web/i18n/index.js';
import { recordAudit } from '../audit/index.js';
import { type EventRow, managedEvent } from './access.js';
import { emailKey } from './identity.js';
import { newInvitationToken } from './keys.js';
import { FIELD_LIMITS } from './registrant-input.js';
import { eventInvitations, registrations } from './schema.js';

export const MAX_INVITATIONS = 2_000;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export interface Nominee {
  name: string;
  email: string;
  organisation: string;
  lang: Lang;
}

export type Invitation = typeof eventInvitations.$inferSelect;

/** Field problems of one nominee, as message keys by field; empty when fine. */
export function nomineeErrors(n: Nominee): FieldProblems {
  const e: FieldProblems = {};
  if (!n.name) e.name = 'form.required';
  else if (n.name.length > FIELD_LIMITS.name) e.name = 'registration.error.textLength';
  if (!EMAIL.test(n.email) || n.email.length > FIELD_LIMITS.email) e.email = 'form.email';
  if (n.organisation.length > FIELD_LIMITS.organisation) e.organisation = 'registration.error.textLength';
  return e;
}

export const cleanNominee = (n: Nominee): Nominee => ({
  name: cleanText(n.name ?? ''),
  email: cleanText(n.email ?? ''),
  organisation: cleanText(n.organisation ?? ''),
  lang: n.lang === 'en' ? 'en' : 'zh',
});

export const invitationLink = (svc: Services, eventId: string, lang: Lang, token: string) =>
  `${svc.siteUrl}/${lang}/events/${eventId}/register?invite=${token}`;

async function sendInvitation(
  db: Db,
  svc: Services,
  event: EventRow,
  inv: Pick<Invitation, 'name' | 'email' | 'lang'>,
  token: string,
) {
  const t = translator(inv.lang);
  const title = text(event.title, inv.lang);
  await svc.mailer.queue(db, {
    to: inv.email,
    subject: t('registration.mail.invitation.subject', { title }),
    text: [
      t('mail.greeting', { name: inv.name || inv.email }),
      '',
      t('registration.mail.invitation.intro', { title }),
      t('registration.mail.dates', {
        value: formatDateRange(event.startDate, event.endDate, event.datePrecision, inv.lang),
      }),
      '',
      t('registration.mail.invitation.action', { email: inv.email }),
      invitationLink(svc, event.id, inv.lang, token),
      '',
      t('mail.signature'),
    ].join('\n'),
  });
}

/**
 * Nominates people for an event: each gets a link that registers their e-mail address and no
 * other. Someone already nominated is not mailed again (resend does that); all or none are saved.
 */
export async function inviteNominees(
  db: Db,
  svc: Services,
  actor: Actor,
  eventId: string,
  raw: Nominee[],
): Promise<{ sent: number; already: number }> {
  const nominees = raw.map(cleanNominee);
  if (nominees.length > MAX_INVITATIONS)
    throw invalidFields({ file: 'registration.invite.error.tooMany' }, 'too many');
  const fields: FieldProblems = {};
  nominees.forEach((n, i) => {
    for (const [k, v] of Object.entries(nomineeErrors(n))) fields[`${i}.${k}`] = v;
  });
  if (Object.keys(fields).length) throw invalidFields(fields, 'nominees');
  return db.transaction(async (tx) => {
    const event = await managedEvent(tx, actor, eventId);
    let sent = 0;
    let already = 0;
    const seen = new Set<string>();
    for (const n of nominees) {
      const key = emailKey(n.email);
      if (seen.has(key)) {
        already++;
        continue;
      }
      seen.add(key);
      const { token, hash } = newInvitationToken();
      const [row] = await tx
        .insert(eventInvitations)
        .values({
          eventId,
          name: n.name,
          email: n.email,
          emailKey: key,
          organisationName: n.organisation,
          lang: n.lang,
          tokenHash: hash,
          createdBy: actor.id,
          sentAt: svc.now,
        })
        .onConflictDoNothing()
        .returning();
      if (!row) {
        already++;
        continue;
      }
      await sendInvitation(tx, svc, event, row, token);
      sent++;
    }
    await recordAudit(tx, actor, {
      action: 'invite',
      entity: 'event_invitations',
      entityId: eventId,
      after: { sent, already },
    });
    return { sent, already };
  });
}

async function editableInvitation(tx: Db, actor: Actor, eventId: string, id: string) {
  if (!UUID.test(id)) throw new AppError('not_found');
  const event = await managedEvent(tx, actor, eventId);
  const [inv] = await tx
    .select()
    .from(eventInvitations)
    .where(and(eq(eventInvitations.id, id), eq(eventInvitations.eventId, eventId)))
    .for('update');
  if (!inv) throw new AppError('not_found');
  return { event, inv };
}

/** Sends a nomination again with a new link; the old link stops working. */
export async function resendInvitation(db: Db, svc: Services, actor: Actor, eventId: string, id: string) {
  return db.transaction(async (tx) => {
    const { event, inv } = await editableInvitation(tx, actor, eventId, id);
    if (inv.revokedAt)
      throw new AppError('conflict', 'revoked', undefined, { key: 'registration.invite.error.revoked' });
    const { token, hash } = newInvitationToken();
    await tx
      .update(eventInvitations)
      .set({ tokenHash: hash, sentAt: svc.now })
      .where(eq(eventInvitations.id, id));
    await sendInvitation(tx, svc, event, inv, token);
    await recordAudit(tx, actor, { action: 'resend', entity: 'event_invitation', entityId: id });
  });
}

/** Withdraws a nomination: its link no longer registers anyone (a registration made stays). */
export async function revokeInvitation(db: Db, actor: Actor, eventId: string, id: string, now: Date) {
  return db.transaction(async (tx) => {
    const { inv } = await editableInvitation(tx, actor, eventId, id);
    if (inv.revokedAt) return;
    await tx.update(eventInvitations).set({ revokedAt: now }).where(eq(eventInvitations.id, id));
    await recordAudit(tx, actor, { action: 'revoke', entity: 'event_invitation', entityId: id, before: inv });
  });
}

export function listInvitations(db: Db, eventId: string) {
  return db
    .select({ invitation: eventInvitations, status: registrations.status })
    .from(eventInvitations)
    .leftJoin(registrations, eq(registrations.id, eventInvitations.registrationId))
    .where(eq(eventInvitations.eventId, eventId))
    .orderBy(desc(eventInvitations.createdAt), eventInvitations.emailKey)
    .limit(MAX_INVITATIONS);
}

/** The open nomination a link stands for, to fill in the form; null when unknown or withdrawn. */
export async function invitationByToken(db: Db, eventId: string, hash: string | null) {
  if (!hash) return null;
  const [inv] = await db
    .select()
    .from(eventInvitations)
    .where(
      and(
        eq(eventInvitations.eventId, eventId),
        eq(eventInvitations.tokenHash, hash),
        isNull(eventInvitations.revokedAt),
      ),
    );
  return inv ?? null;
}
