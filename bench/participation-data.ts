// Fills a database for the participation report benchmark: the demo programme plus synthetic
// two-day events, each with registrations and the check-ins of those who came.
import { eq } from 'drizzle-orm';
import pino from 'pino';
import type { Database } from '../src/db/client.js';
import { migrate } from '../src/db/migrate.js';
import type { Actor } from '../src/lib/actor.js';
import { checkIns } from '../src/modules/attendance/schema.js';
import { events, programmes } from '../src/modules/events/schema.js';
import { cities } from '../src/modules/places/schema.js';
import { registrations } from '../src/modules/registration/schema.js';
import { PROGRAMME, seedDemoOnce } from '../src/modules/seed/index.js';

export const MANAGER: Actor = {
  id: '00000000-0000-4000-8000-000000000001',
  email: 'manager@example.org',
  name: 'Manager',
  role: 'manager',
  preferredLang: 'en',
  organisationId: null,
  scopes: [],
};

const TYPES = ['government', 'enterprise', 'partner', 'other', null] as const;
const SEXES = ['female', 'male', null] as const;

/** Events × registrations, 80 % of them checked in on day one and 60 % on day two too. */
export async function prepareParticipationData(database: Database, eventCount: number, perEvent: number) {
  await migrate(database);
  await seedDemoOnce(database, pino({ level: 'silent' }));
  const db = database.db;
  const [programme] = await db.select().from(programmes).where(eq(programmes.slug, PROGRAMME.slug));
  const places = await db.select().from(cities);
  const ids: string[] = [];
  for (let i = 0; i < eventCount; i++) {
    const city = places[i % places.length]!;
    const year = 2011 + (i % 15);
    const start = `${year}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 27)).padStart(2, '0')}`;
    const next = new Date(`${start}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    const [e] = await db
      .insert(events)
      .values({
        programmeId: programme!.id,
        title: { en: `IP management training no. ${i + 1}`, zh: `知识产权管理培训第${i + 1}期` },
        cityId: city.id,
        province: city.province,
        startDate: start,
        endDate: next.toISOString().slice(0, 10),
        status: 'completed',
        reportedHeadcount: i % 4 === 0 ? perEvent + 20 : null,
      })
      .returning({ id: events.id, startDate: events.startDate, endDate: events.endDate });
    ids.push(e!.id);
    const regs = Array.from({ length: perEvent }, (_, j) => {
      const email = `p${i}-${j}@example.org`;
      return {
        eventId: e!.id,
        status: 'confirmed' as const,
        name: `Participant ${i}-${j}`,
        email,
        emailKey: email,
        organisationType: TYPES[j % TYPES.length]!,
        sex: SEXES[j % SEXES.length]!,
        source: 'manager' as const,
        arrival: j + 1,
      };
    });
    const rows = await db.insert(registrations).values(regs).returning({ id: registrations.id });
    const seen = rows.flatMap((r, j) => [
      ...(j % 10 < 8
        ? [{ registrationId: r.id, eventId: e!.id, day: e!.startDate, source: 'scan' as const }]
        : []),
      ...(j % 10 < 6
        ? [{ registrationId: r.id, eventId: e!.id, day: e!.endDate, source: 'import' as const }]
        : []),
    ]);
    if (seen.length) await db.insert(checkIns).values(seen);
  }
  return ids;
}
