import { randomBytes } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { nextTranslationState } from '../../lib/translation.js';
import { checkIns } from '../attendance/schema.js';
import { eventSearchText } from '../events/index.js';
import { events, programmes } from '../events/schema.js';
import { cities } from '../places/schema.js';
import { registrations } from '../registration/schema.js';
import {
  DEMO_CITIES,
  DEMO_PARTICIPANTS,
  DEMO_SESSIONS,
  type DemoSession,
  demoEmail,
  SECOND_TIER,
} from './demo-data.js';
import { loadDemoOutcomes } from './demo-outcomes.js';
import { organisationKey, personKey } from './keys.js';
import {
  cascadeSettings,
  localSessions,
  sessionAttendees,
  sessionVerifications,
  trainers,
} from './schema.js';

const NO_TEXT = { en: '', zh: '' };
const SESSION_PLAN = {
  en: '1. Why IP matters to an SME (15 min)\n2. Trade marks: filing in China and abroad (30 min)\n3. Designs, patents and trade secrets (30 min)\n4. The IP register and its deadlines (15 min)\n5. Questions, and the short test (20 min)',
  zh: '1. 知识产权对中小企业的意义（15分钟）\n2. 商标：国内与境外申请（30分钟）\n3. 外观设计、专利与商业秘密（30分钟）\n4. 知识产权台账与期限（15分钟）\n5. 答疑与小测验（20分钟）',
};
const GRANT_REASON =
  'Demo data: attended both days of the 2010 training (which had no online knowledge test).';

type Training = { id: string; programmeId: string; cityId: string; province: string; days: string[] };

/**
 * Loads the demo cascade (demo-data.ts) under the seed's two 2010 trainings, once, after the demo
 * programme. Does nothing when those trainings are not there (a database without the demo).
 */
export async function loadCascadeDemo(db: Db, now: Date): Promise<void> {
  const trainings = await findTrainings(db);
  if (!trainings) return;
  await db
    .insert(cities)
    .values(DEMO_CITIES.map((c) => ({ ...c })))
    .onConflictDoNothing();
  const cityRows = await db
    .select()
    .from(cities)
    .where(inArray(cities.slug, [...DEMO_CITIES.map((c) => c.slug), 'qingdao', 'xiamen']));
  const city = (slug: string) => cityRows.find((c) => c.slug === slug)!;

  const trainerIds = new Map<string, string>();
  for (const [key, t] of Object.entries(trainings)) {
    await db.insert(cascadeSettings).values({ eventId: t.id, sessionPlan: SESSION_PLAN });
    for (const p of DEMO_PARTICIPANTS.filter((x) => x.training === key)) {
      const email = demoEmail(p.key);
      const [reg] = await db
        .insert(registrations)
        .values({
          eventId: t.id,
          status: 'confirmed',
          name: p.name,
          email,
          emailKey: email,
          sex: p.sex,
          lang: p.lang,
          source: 'manager',
          confirmedAt: new Date(`${t.days[0]}T00:00:00+08:00`),
        })
        .returning({ id: registrations.id });
      for (const day of t.days) {
        await db.insert(checkIns).values({ registrationId: reg!.id, eventId: t.id, day, source: 'import' });
      }
      if (!p.trainerCity) continue;
      const c = city(p.trainerCity);
      const [trainer] = await db
        .insert(trainers)
        .values({
          programmeId: t.programmeId,
          sourceEventId: t.id,
          registrationId: reg!.id,
          name: p.name,
          email,
          lang: p.lang,
          cityId: c.id,
          province: c.province,
          level: 1,
          basis: 'granted',
          reason: GRANT_REASON,
        })
        .returning({ id: trainers.id });
      trainerIds.set(p.key, trainer!.id);
    }
  }

  const [programme] = await db
    .select()
    .from(programmes)
    .where(eq(programmes.id, trainings.qingdao.programmeId));
  for (const s of DEMO_SESSIONS) {
    const trainerId = trainerIds.get(s.trainer);
    if (!trainerId) throw new Error(`demo cascade: session ${s.key} before its trainer ${s.trainer}`);
    const [trainer] = await db.select().from(trainers).where(eq(trainers.id, trainerId));
    // A trainer's sessions hang under the event that certified them: a training, or a session.
    const parentEventId = trainer!.sourceEventId;
    const c = city(s.city);
    const eventId = await insertSession(db, now, s, {
      programme: programme!,
      parentEventId,
      trainerId,
      city: c,
    });
    const attendeeIds = await insertAttendees(db, eventId, c.id, s);
    if (s.key === SECOND_TIER.session) {
      const attendee = attendeeIds.get(SECOND_TIER.attendeeName)!;
      const [next] = await db
        .insert(trainers)
        .values({
          programmeId: programme!.id,
          sourceEventId: eventId,
          attendeeId: attendee,
          name: SECOND_TIER.attendeeName,
          email: demoEmail('song'),
          cityId: c.id,
          province: c.province,
          level: 2,
          basis: 'granted',
          reason: 'Demo data: led the exercises at the Jimo session and passed its short test.',
        })
        .returning({ id: trainers.id });
      trainerIds.set(SECOND_TIER.trainerKey, next!.id);
    }
  }
  await loadDemoOutcomes(db, programme!.id);
}

async function findTrainings(db: Db): Promise<{ qingdao: Training; xiamen: Training } | null> {
  const rows = await db
    .select({
      id: events.id,
      programmeId: events.programmeId,
      cityId: events.cityId,
      province: events.province,
      start: events.startDate,
      end: events.endDate,
      slug: cities.slug,
    })
    .from(events)
    .innerJoin(cities, eq(cities.id, events.cityId))
    .where(and(eq(events.kind, 'training'), inArray(events.startDate, ['2010-06-24', '2010-06-28'])));
  const pick = (slug: string): Training | null => {
    const r = rows.find((x) => x.slug === slug);
    return r ? { ...r, days: r.start === r.end ? [r.start] : [r.start, r.end] } : null;
  };
  const qingdao = pick('qingdao');
  const xiamen = pick('xiamen');
  return qingdao && xiamen ? { qingdao, xiamen } : null;
}

async function insertSession(
  db: Db,
  now: Date,
  s: DemoSession,
  o: {
    programme: { id: string; title: { en: string; zh: string }; slug: string };
    parentEventId: string;
    trainerId: string;
    city: { id: string; province: string; name: { en: string; zh: string } };
  },
): Promise<string> {
  const fields = { title: s.title, description: NO_TEXT, venue: NO_TEXT, round: NO_TEXT };
  const [event] = await db
    .insert(events)
    .values({
      programmeId: o.programme.id,
      kind: 'local',
      parentEventId: o.parentEventId,
      ...fields,
      cityId: o.city.id,
      province: o.city.province,
      startDate: s.date,
      endDate: s.date,
      audience: 'sme',
      status: 'completed',
      searchText: eventSearchText(fields, o.city, o.programme),
      ...nextTranslationState(null, [s.title], now),
    })
    .returning({ id: events.id });
  const eventId = event!.id;
  await db.insert(localSessions).values({
    eventId,
    trainerId: o.trainerId,
    sector: s.sector,
    plannedSize: s.plannedSize,
    claimedHeadcount: s.claimed ?? null,
    verification: s.verification,
    signInKey: randomBytes(18).toString('base64url'),
  });
  if (s.certifies) await db.insert(cascadeSettings).values({ eventId, certifies: true });
  if (s.verification === 'verified' || s.verification === 'rejected') {
    await db.insert(sessionVerifications).values({ eventId, step: s.verification, note: 'Demo data.' });
  }
  if (s.verification === 'queried') {
    await db.insert(sessionVerifications).values({ eventId, step: 'queried', note: s.query ?? '' });
  }
  return eventId;
}

async function insertAttendees(db: Db, eventId: string, cityId: string, s: DemoSession) {
  const ids = new Map<string, string>();
  for (const a of s.attendees) {
    const [row] = await db
      .insert(sessionAttendees)
      .values({
        eventId,
        name: a.name,
        organisation: a.organisation,
        organisationCode: a.code ?? '',
        isSme: a.isSme ?? true,
        email: a.email ?? '',
        phone: a.phone ?? '',
        sector: a.sector,
        sex: a.sex,
        personKey: personKey(a)!,
        orgKey: organisationKey({ code: a.code, name: a.organisation, cityId }),
        source: 'trainer',
      })
      .returning({ id: sessionAttendees.id });
    ids.set(a.name, row!.id);
  }
  return ids;
}
