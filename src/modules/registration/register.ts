import { and, eq, ne } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { isStaff } from '../../lib/actor.js';
import type { Lang } from '../../lib/bilingual.js';
import { cleanText } from '../../lib/clean-text.js';
import { AppError } from '../../lib/errors.js';
import { type FieldProblems, invalidFields } from '../../lib/field-errors.js';
import { UUID } from '../../lib/ids.js';
import type { Services } from '../../lib/services.js';
import { recordAudit } from '../audit/index.js';
import { events } from '../events/schema.js';
import { type Locked, lockSeats } from './access.js';
import { checkAnswers } from './answers.js';
import { emailKey, matchDirectory, quotaKeyOf } from './identity.js';
import { invitationTokenHash } from './keys.js';
import { notify } from './notify.js';
import { questionsOf } from './questions.js';
import { registrantProblems } from './registrant-input.js';
import {
  eventInvitations,
  type ORGANISATION_TYPES,
  registrationAnswers,
  registrationSettings,
  registrations,
  type SEXES,
} from './schema.js';
import { drawArrival, type Registration, seatFree, waitlistPosition } from './seats.js';
import { registrationWindow, type WindowState } from './window.js';

/** Who is registering, which decides whether the e-mail must still be confirmed and who approves. */
export type Registrant =
  /** The public page without an account: holds no seat until the e-mailed link is followed. */
  | { via: 'guest' }
  /**
   * The JSON API without a manager's token: as the public form. An address is placed at once only
   * when it is the token holder's own; any other (and every one sent without a token) holds no seat
   * until the e-mailed link is followed, so a script cannot fill an event with strangers.
   */
  | { via: 'api'; user: Actor | null }
  /** Signed in: one click, as the account's e-mail. */
  | { via: 'account'; user: Actor }
  /** A manager (or the event's coordinator) registering someone: any time, no approval. */
  | { via: 'manager'; user: Actor };

export interface RegistrationInput {
  eventId: string;
  name: string;
  email: string;
  organisation: string;
  organisationType: (typeof ORGANISATION_TYPES)[number] | null;
  sex: (typeof SEXES)[number] | null;
  answers: Record<string, unknown>;
  /** The language of the e-mails; by default the nomination's, else Chinese. */
  lang?: Lang;
  /** The token of a nomination link. */
  invitation?: string;
}

export interface RegistrationOutcome {
  registration: Registration;
  position?: number;
  /** A guest already registered and still unconfirmed: the confirmation link went out again. */
  resent?: boolean;
}

/** How long before the confirmation link is e-mailed again to a guest who registers again. */
export const RESEND_AFTER_MS = 5 * 60_000;

const closed = (w: Exclude<WindowState, { open: true }>) =>
  new AppError(
    'forbidden',
    `registration ${w.why}`,
    { reason: w.why },
    { key: `registration.closed.${w.why}` },
  );

/** The registrant's fields by the one schema, then what depends on who registers. */
function readFields(input: RegistrationInput, who: Registrant) {
  const account = who.via === 'account' ? who.user : null;
  const e = registrantProblems({
    name: input.name,
    email: account ? '' : input.email,
    organisation: input.organisation,
    organisationType: input.organisationType ?? undefined,
    sex: input.sex ?? undefined,
  });
  const name = cleanText(input.name || account?.name || '');
  const email = account ? account.email : cleanText(input.email);
  const organisation = cleanText(input.organisation ?? '');
  if (!name) e.name ??= 'form.required';
  if (!email) e.email ??= 'form.email';
  return { name, email, organisation, errors: e };
}

/** Whether the address typed must still be proven by following the e-mailed link. */
function mustConfirmEmail(who: Registrant, key: string): boolean {
  if (who.via === 'guest') return true;
  if (who.via === 'api') return !who.user || emailKey(who.user.email) !== key;
  return false;
}

async function invitationFor(db: Db, eventId: string, token: string, key: string) {
  const hash = invitationTokenHash(token);
  const [inv] = hash
    ? await db
        .select()
        .from(eventInvitations)
        .where(and(eq(eventInvitations.tokenHash, hash), eq(eventInvitations.eventId, eventId)))
    : [];
  if (!inv || inv.revokedAt)
    throw new AppError('forbidden', 'invitation', undefined, { key: 'registration.invitation.invalid' });
  if (inv.emailKey !== key)
    throw new AppError(
      'forbidden',
      'invitation for another e-mail',
      { reason: 'otherEmail' },
      {
        key: 'registration.invitation.otherEmail',
      },
    );
  return inv;
}

/**
 * Registers one person for one event. Everything that decides a seat happens in one transaction
 * holding the event's lock: the check for an earlier registration of the same e-mail, the arrival
 * number, the count of seats (and of the organisation's seats), the new row, its answers, the audit
 * record and the e-mail. However many requests arrive at once, they pass the lock one by one.
 */
export async function register(
  db: Db,
  svc: Services,
  who: Registrant,
  input: RegistrationInput,
): Promise<RegistrationOutcome> {
  if (!UUID.test(input.eventId)) throw new AppError('not_found');
  const f = readFields(input, who);
  const key = emailKey(f.email);
  const [current] = await db
    .select({ settings: registrationSettings, event: events })
    .from(events)
    .leftJoin(registrationSettings, eq(registrationSettings.eventId, events.id))
    .where(eq(events.id, input.eventId));
  const manager = who.via === 'manager' && isStaff(who.user) ? who.user : null;
  if (!current || (current.event.status === 'draft' && !manager)) throw new AppError('not_found');
  const checked = checkAnswers(await questionsOf(db, input.eventId), input.answers ?? {});
  const errors: FieldProblems = { ...f.errors };
  for (const [id, msg] of Object.entries(checked.errors)) errors[`answers.${id}`] = msg;
  if (Object.keys(errors).length) throw invalidFields(errors, 'registration');
  const invitation = input.invitation ? await invitationFor(db, input.eventId, input.invitation, key) : null;
  // A nomination link went to this very address, so following it proves the address too.
  const unproven = mustConfirmEmail(who, key) && !invitation;
  if (!manager) {
    const w = registrationWindow(current.settings, current.event, svc.now, { invited: !!invitation });
    if (!w.open) throw closed(w);
  }
  const user = who.via === 'account' || who.via === 'api' || who.via === 'manager' ? who.user : null;
  const match = await matchDirectory(db, {
    emailKey: key,
    organisationName: f.organisation,
    userOrganisationId: who.via === 'account' ? who.user.organisationId : null,
  });

  return db.transaction(async (tx) => {
    const locked: Locked = await lockSeats(tx, input.eventId, manager);
    if (!manager) {
      // Settings may have changed while this request waited for the lock.
      const w = registrationWindow(locked.settings, locked.event, svc.now, { invited: !!invitation });
      if (!w.open) throw closed(w);
    }
    const [earlier] = await tx
      .select()
      .from(registrations)
      .where(
        and(
          eq(registrations.eventId, input.eventId),
          eq(registrations.emailKey, key),
          ne(registrations.status, 'cancelled'),
        ),
      )
      .for('update');
    if (earlier) {
      if (mustConfirmEmail(who, key) && earlier.status === 'unconfirmed') {
        // Sent again at most every few minutes, so the form cannot be used to flood a mailbox.
        if (svc.now.getTime() - earlier.updatedAt.getTime() >= RESEND_AFTER_MS) {
          await tx.update(registrations).set({ updatedAt: svc.now }).where(eq(registrations.id, earlier.id));
          await notify(tx, svc, 'verify', earlier);
        }
        return { registration: earlier, resent: true };
      }
      throw new AppError(
        'conflict',
        'already registered',
        { reason: 'duplicate' },
        { key: 'registration.error.duplicate' },
      );
    }
    const quotaKey = quotaKeyOf(match.organisationId, f.organisation);
    const placed = unproven
      ? null
      : locked.settings.requiresApproval && !invitation && !manager
        ? null
        : true;
    let status: Registration['status'] = unproven ? 'unconfirmed' : 'pending';
    let arrival: number | null = null;
    if (placed) {
      arrival = await drawArrival(tx, input.eventId);
      status = (await seatFree(tx, locked.settings, quotaKey)) ? 'confirmed' : 'waitlisted';
    }
    const [row] = await tx
      .insert(registrations)
      .values({
        eventId: input.eventId,
        status,
        name: f.name,
        email: f.email,
        emailKey: key,
        organisationName: f.organisation,
        organisationType: input.organisationType ?? match.organisationType,
        sex: input.sex,
        quotaKey,
        organisationId: match.organisationId,
        personId: match.personId,
        userId: user && emailKey(user.email) === key ? user.id : null,
        invitationId: invitation?.id ?? null,
        lang: input.lang ?? invitation?.lang ?? 'zh',
        source: invitation ? 'invitation' : who.via === 'guest' ? 'public' : who.via,
        arrival,
        confirmedAt: status === 'confirmed' ? svc.now : null,
        waitlistedAt: status === 'waitlisted' ? svc.now : null,
        noticeSequence: 1,
        eventSequence: locked.event.calendarSequence,
        createdAt: svc.now,
        updatedAt: svc.now,
      })
      .returning();
    const reg = row!;
    if (checked.values.size) {
      await tx
        .insert(registrationAnswers)
        .values(
          [...checked.values].map(([questionId, value]) => ({ registrationId: reg.id, questionId, value })),
        );
    }
    if (invitation) {
      await tx
        .update(eventInvitations)
        .set({ registrationId: reg.id })
        .where(eq(eventInvitations.id, invitation.id));
    }
    await recordAudit(tx, manager ?? (who.via === 'account' ? who.user : null), {
      action: 'register',
      entity: 'registration',
      entityId: reg.id,
      after: reg,
    });
    const position = status === 'waitlisted' ? await waitlistPosition(tx, reg.eventId, arrival!) : undefined;
    const notice = status === 'unconfirmed' ? 'verify' : status === 'pending' ? 'received' : status;
    await notify(tx, svc, notice, reg, { event: locked.event, position });
    return { registration: reg, position };
  });
}
