import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { users } from '../accounts/schema.js';
import { checkIns } from '../attendance/schema.js';
import { events } from '../events/schema.js';
import { addEvent, seedBasics } from '../events/test-fixtures.js';
import { feedbackSettings, feedbackTestAttempts } from '../feedback/schema.js';
import { registrations } from '../registration/schema.js';
import { organisationKey, personKey } from './keys.js';
import { cascadeSettings, localSessions, sessionAttendees, trainers } from './schema.js';

/**
 * Test data for the cascade, written straight into the tables so that each part of the cascade
 * can be tested without going through the others' use cases: the basics (cities, programme), a
 * two-day national training in Qingdao with attended registrations, and helpers to add trainers,
 * local sessions and attendees.
 */
export async function seedCascade(db: Db, manager: Actor) {
  const basics = await seedBasics(db, manager);
  const training = await addEvent(db, manager, {
    programmeId: basics.programme.id,
    cityId: basics.qingdao.id,
    title: { en: 'IP management training', zh: '知识产权管理培训' },
    startDate: '2010-06-24',
    endDate: '2010-06-25',
    status: 'completed',
  });
  await db.insert(cascadeSettings).values({ eventId: training.id });
  return { ...basics, training };
}

export type CascadeWorld = Awaited<ReturnType<typeof seedCascade>>;

/** A confirmed registration, checked in on the given days. */
export async function addParticipant(
  db: Db,
  eventId: string,
  p: { name: string; email: string; sex?: 'female' | 'male'; lang?: 'en' | 'zh'; days?: string[] },
) {
  const [reg] = await db
    .insert(registrations)
    .values({
      eventId,
      status: 'confirmed',
      name: p.name,
      email: p.email,
      emailKey: p.email.normalize('NFKC').trim().toLowerCase(),
      sex: p.sex ?? null,
      lang: p.lang ?? 'zh',
      source: 'manager',
      confirmedAt: new Date(),
    })
    .returning();
  for (const day of p.days ?? []) {
    await db.insert(checkIns).values({ registrationId: reg!.id, eventId, day, source: 'import' });
  }
  return reg!;
}

/** A trainer certified from `sourceEventId` (a registration of it, or an attendee of a local session). */
export async function addTrainer(
  db: Db,
  w: { programme: { id: string } },
  t: {
    sourceEventId: string;
    registrationId?: string;
    attendeeId?: string;
    name: string;
    email: string;
    cityId: string;
    province: string;
    level?: number;
    userId?: string;
  },
) {
  const [row] = await db
    .insert(trainers)
    .values({
      programmeId: w.programme.id,
      sourceEventId: t.sourceEventId,
      registrationId: t.registrationId ?? null,
      attendeeId: t.attendeeId ?? null,
      userId: t.userId ?? null,
      name: t.name,
      email: t.email,
      cityId: t.cityId,
      province: t.province,
      level: t.level ?? 1,
      basis: 'granted',
      reason: 'test',
    })
    .returning();
  return row!;
}

/** A published local session run by `trainer` under `parentEventId`, on one day. */
export async function addLocalSession(
  db: Db,
  s: {
    programmeId: string;
    parentEventId: string;
    trainerId: string;
    cityId: string;
    province: string;
    date: string;
    title?: { en: string; zh: string };
    claimedHeadcount?: number;
    verification?: 'pending' | 'verified' | 'queried' | 'rejected';
  },
) {
  const [event] = await db
    .insert(events)
    .values({
      programmeId: s.programmeId,
      kind: 'local',
      parentEventId: s.parentEventId,
      title: s.title ?? { en: 'IP briefing for SMEs', zh: '中小企业知识产权宣讲' },
      cityId: s.cityId,
      province: s.province,
      startDate: s.date,
      endDate: s.date,
      audience: 'sme',
      status: 'published',
    })
    .returning();
  await db.insert(localSessions).values({
    eventId: event!.id,
    trainerId: s.trainerId,
    claimedHeadcount: s.claimedHeadcount ?? null,
    verification: s.verification ?? 'pending',
    signInKey: randomBytes(18).toString('base64url'),
  });
  return event!;
}

/** A named attendee of a local session, with the keys the cascade de-duplicates on. */
export async function addAttendee(
  db: Db,
  eventId: string,
  cityId: string,
  a: {
    name: string;
    organisation?: string;
    organisationCode?: string;
    email?: string;
    phone?: string;
    sex?: 'female' | 'male';
    isSme?: boolean;
    sector?: string;
  },
) {
  const key = personKey(a);
  if (!key) throw new Error('an attendee needs an e-mail or a phone number');
  const [row] = await db
    .insert(sessionAttendees)
    .values({
      eventId,
      name: a.name,
      organisation: a.organisation ?? '',
      organisationCode: a.organisationCode ?? '',
      email: a.email ?? '',
      phone: a.phone ?? '',
      sex: a.sex ?? null,
      isSme: a.isSme ?? true,
      sector: a.sector ?? '',
      personKey: key,
      orgKey: organisationKey({ code: a.organisationCode, name: a.organisation, cityId }),
      source: 'trainer',
    })
    .returning();
  return row!;
}

/** A scored pre- or post-test of a registration, and optionally the event's pass mark. */
export async function addTestAttempt(
  db: Db,
  eventId: string,
  registrationId: string,
  a: { score: number; maxScore?: number; phase?: 'pre' | 'post'; passPercent?: number },
) {
  if (a.passPercent !== undefined) {
    await db
      .insert(feedbackSettings)
      .values({ eventId, passPercent: a.passPercent })
      .onConflictDoUpdate({ target: feedbackSettings.eventId, set: { passPercent: a.passPercent } });
  }
  await db.insert(feedbackTestAttempts).values({
    eventId,
    registrationId,
    phase: a.phase ?? 'post',
    score: a.score,
    maxScore: a.maxScore ?? 10,
    lang: 'zh',
    submittedAt: new Date(),
  });
}

/** A programme manager with an account, as the Actor that use cases and fixtures take. */
export async function cascadeManager(
  db: Db,
  email = `manager-${randomBytes(4).toString('hex')}@example.org`,
) {
  const [u] = await db
    .insert(users)
    .values({ email, name: 'Programme manager', role: 'manager' })
    .returning();
  const actor: Actor = {
    id: u!.id,
    email: u!.email,
    name: u!.name,
    role: 'manager',
    preferredLang: 'en',
    organisationId: null,
    scopes: [],
  };
  return actor;
}

/**
 * A trainer certified from `eventId` with the person made for them: a registration when the event
 * is a training, a named attendee when it is a local session (the next tier), at `level`.
 */
export async function addCertifiedTrainer(
  db: Db,
  w: Pick<CascadeWorld, 'programme'>,
  t: {
    eventId: string;
    local?: boolean;
    name: string;
    email: string;
    cityId: string;
    province: string;
    level?: number;
    userId?: string;
  },
) {
  const person = t.local
    ? { attendeeId: (await addAttendee(db, t.eventId, t.cityId, { name: t.name, email: t.email })).id }
    : { registrationId: (await addParticipant(db, t.eventId, { name: t.name, email: t.email })).id };
  return addTrainer(db, w, { ...t, ...person, sourceEventId: t.eventId });
}
