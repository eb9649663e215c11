import { and, count, countDistinct, eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS, freshDatabase } from '../../../tests/helpers/db.js';
import type { Database } from '../../db/client.js';
import { events } from '../events/schema.js';
import { seedDemoOnce } from '../seed/index.js';
import { followUps, localSessions, logframeTargets, sessionAttendees, trainers } from './schema.js';

describe.each(DATABASE_KINDS)('the demo cascade (%s)', (kind) => {
  let database: Database;

  beforeAll(async () => {
    database = await freshDatabase(kind);
    await seedDemoOnce(database, pino({ level: 'silent' }));
  });
  afterAll(() => database?.close());

  it('grows from the two 2010 trainings: trainers, sessions marked as demo, a second tier', async () => {
    const { db } = database;
    const rows = await db.select().from(trainers);
    expect(rows.map((t) => t.level).sort()).toEqual([1, 1, 1, 1, 2]);
    const sessions = await db
      .select({ title: events.title, parent: events.parentEventId, verification: localSessions.verification })
      .from(events)
      .innerJoin(localSessions, eq(localSessions.eventId, events.id))
      .where(eq(events.kind, 'local'));
    expect(sessions).toHaveLength(6);
    for (const s of sessions) {
      expect(s.title.en).toMatch(/^Demo: /);
      expect(s.title.zh).toMatch(/^演示：/);
    }
    expect(sessions.filter((s) => s.verification === 'queried')).toHaveLength(1);
    expect(sessions.filter((s) => s.verification === 'pending')).toHaveLength(1);
    // The second-tier session hangs under a local session, not under a training.
    const [secondTier] = await db
      .select({ parentKind: events.kind })
      .from(events)
      .where(eq(events.id, sessions.find((s) => s.title.en.includes('second tier'))!.parent!));
    expect(secondTier!.parentKind).toBe('local');
  });

  it('briefs some people and SMEs twice, so distinct counts are below the rows', async () => {
    const { db } = database;
    const [all] = await db
      .select({
        rows: count(),
        people: countDistinct(sessionAttendees.personKey),
        orgs: countDistinct(sessionAttendees.orgKey),
      })
      .from(sessionAttendees);
    expect(all).toEqual({ rows: 21, people: 19, orgs: 17 });
    const [smes] = await db
      .select({ n: countDistinct(sessionAttendees.orgKey) })
      .from(sessionAttendees)
      .where(and(eq(sessionAttendees.isSme, true)));
    expect(smes!.n).toBe(15);
  });

  it("has six-month follow-up answers and log-frame targets, so the funder's report is filled", async () => {
    const { db } = database;
    const rows = await db.select().from(followUps);
    expect(rows.length).toBeGreaterThan(8);
    expect(rows.every((r) => r.months === 6 && r.attendeeId)).toBe(true);
    const answered = rows.filter((r) => r.answeredAt);
    expect(answered.length).toBeGreaterThan(rows.length / 2);
    expect(answered.some((r) => r.answers?.trademark === true)).toBe(true);
    expect(await db.select().from(logframeTargets)).toHaveLength(9);
  });
});
