// Fills a database for the reach benchmark: the demo programme, a national training with its
// trainers (levels 1 to 3), and local sessions with named attendees who overlap across sessions
// (people come back; firms send staff more than once), so the de-duplication has work to do.
import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import pino from 'pino';
import type { Database } from '../src/db/client.js';
import { migrate } from '../src/db/migrate.js';
import { organisationKey, personKey } from '../src/modules/cascade/keys.js';
import { localSessions, sessionAttendees, trainers } from '../src/modules/cascade/schema.js';
import { events, programmes } from '../src/modules/events/schema.js';
import { cities } from '../src/modules/places/schema.js';
import { registrations } from '../src/modules/registration/schema.js';
import { PROGRAMME, seedDemoOnce } from '../src/modules/seed/index.js';

const VERIFICATION = ['verified', 'verified', 'pending', 'queried', 'rejected'] as const;
const SECTORS = ['manufacturing', 'software', 'textiles', 'food', ''];

export async function prepareReachData(database: Database, sessionCount: number, attendeeCount: number) {
  await migrate(database);
  await seedDemoOnce(database, pino({ level: 'silent' }));
  const db = database.db;
  const [programme] = await db.select().from(programmes).where(eq(programmes.slug, PROGRAMME.slug));
  const places = await db.select().from(cities);
  const [training] = await db
    .insert(events)
    .values({
      programmeId: programme!.id,
      title: { en: 'Reach benchmark training', zh: '覆盖面基准培训' },
      cityId: places[0]!.id,
      province: places[0]!.province,
      startDate: '2012-06-01',
      endDate: '2012-06-02',
      status: 'completed',
    })
    .returning();
  // One trainer per ten sessions, a third of them at each of levels 1, 2 and 3.
  // Every trainer was certified at the training; the level is what the report groups by.
  const trainerRows = Array.from({ length: Math.max(1, Math.ceil(sessionCount / 10)) }, (_, i) => {
    const city = places[i % places.length]!;
    return { i, city };
  });
  const trainerIds: { id: string; city: (typeof places)[number] }[] = [];
  for (const { i, city } of trainerRows) {
    const email = `t${i}@example.org`;
    const [reg] = await db
      .insert(registrations)
      .values({
        eventId: training!.id,
        status: 'confirmed',
        name: `Trainer ${i}`,
        email,
        emailKey: email,
        source: 'manager',
      })
      .returning({ id: registrations.id });
    const [t] = await db
      .insert(trainers)
      .values({
        programmeId: programme!.id,
        sourceEventId: training!.id,
        registrationId: reg!.id,
        name: `Trainer ${i}`,
        cityId: city.id,
        province: city.province,
        level: 1 + (i % 3),
        basis: 'granted',
      })
      .returning({ id: trainers.id });
    trainerIds.push({ id: t!.id, city });
  }
  const perSession = Math.max(1, Math.round(attendeeCount / sessionCount));
  // Four in five attendees are people seen before elsewhere in the pool; firms from a smaller pool.
  const peoplePool = Math.max(1, Math.round(attendeeCount * 0.8));
  const orgPool = Math.max(1, Math.round(attendeeCount / 8));
  let n = 0;
  for (let s = 0; s < sessionCount; s++) {
    const trainer = trainerIds[s % trainerIds.length]!;
    const year = 2013 + (s % 12);
    const date = `${year}-${String(1 + (s % 12)).padStart(2, '0')}-${String(1 + (s % 27)).padStart(2, '0')}`;
    const [e] = await db
      .insert(events)
      .values({
        programmeId: programme!.id,
        kind: 'local',
        parentEventId: training!.id,
        title: { en: `IP briefing ${s + 1}`, zh: `知识产权宣讲第${s + 1}场` },
        cityId: trainer.city.id,
        province: trainer.city.province,
        startDate: date,
        endDate: date,
        audience: 'sme',
        status: 'published',
      })
      .returning({ id: events.id });
    await db.insert(localSessions).values({
      eventId: e!.id,
      trainerId: trainer.id,
      sector: SECTORS[s % SECTORS.length]!,
      claimedHeadcount: s % 3 === 0 ? perSession + 10 : null,
      verification: VERIFICATION[s % VERIFICATION.length]!,
      signInKey: randomBytes(18).toString('base64url'),
    });
    const seen = new Set<string>();
    const rows = [];
    for (let j = 0; j < perSession; j++, n++) {
      const who = (n * 7919) % peoplePool;
      const email = `p${who}@example.org`;
      const key = personKey({ email })!;
      if (seen.has(key)) continue;
      seen.add(key);
      const org = who % orgPool;
      rows.push({
        eventId: e!.id,
        name: `Person ${who}`,
        organisation: `Firm ${org} Co., Ltd.`,
        email,
        sex: who % 2 ? ('female' as const) : ('male' as const),
        sector: SECTORS[org % SECTORS.length]!,
        isSme: org % 10 !== 0,
        personKey: key,
        orgKey: organisationKey({ name: `Firm ${org}`, cityId: trainer.city.id }),
        source: 'api' as const,
      });
    }
    if (rows.length) await db.insert(sessionAttendees).values(rows);
  }
  await db.execute(sql`analyze`);
  return { programme: programme!.slug };
}
