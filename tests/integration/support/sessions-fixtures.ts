import { eq } from 'drizzle-orm';
import { localSessions, sessionVerifications } from '../../../src/modules/cascade/schema.js';
import { addCertifiedTrainer, addLocalSession } from '../../../src/modules/cascade/test-fixtures.js';
import type { TestApp } from '../../helpers/app.js';

/**
 * Local sessions under the world's first event, in its city: one run by the official (the page
 * forms of its claim, verification, edit and next tier are found on it), one for the API's writes,
 * and one run by the administrator with an open question (the answer form and its API).
 */
export async function sessionsFixtures(
  t: TestApp,
  w: { programmeId: string; eventId: string; cityId: string; adminId: string; officialId: string },
) {
  const db = t.database.db;
  const trainer = (name: string, email: string, userId: string) =>
    addCertifiedTrainer(db, { programme: { id: w.programmeId } } as never, {
      eventId: w.eventId,
      name,
      email,
      cityId: w.cityId,
      province: 'CN-SD',
      userId,
    });
  const official = await trainer('Wang Fang', 'wang.trainer@example.org', w.officialId);
  const admin = await trainer('Administrator', 'admin.trainer@example.org', w.adminId);
  const session = (trainerId: string, title: string) =>
    addLocalSession(db, {
      programmeId: w.programmeId,
      parentEventId: w.eventId,
      trainerId,
      cityId: w.cityId,
      province: 'CN-SD',
      date: '2099-07-10',
      title: { en: title, zh: '' },
    });
  const page = await session(official.id, 'SME briefing');
  const api = await session(official.id, 'SME briefing (API)');
  const asked = await session(admin.id, 'SME briefing with a question');
  await db.update(localSessions).set({ verification: 'queried' }).where(eq(localSessions.eventId, asked.id));
  await db
    .insert(sessionVerifications)
    .values({ eventId: asked.id, step: 'queried', note: 'How many came?' });
  return { localSessionId: page.id, apiLocalSessionId: api.id, queriedSessionId: asked.id };
}
