import { and, eq, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import type { Actor } from '../../lib/actor.js';
import { servicesOf } from '../../web/services.js';
import { auditLog } from '../audit/schema.js';
import { userOf } from '../events/test-fixtures.js';
import { enqueue } from '../jobs/index.js';
import { cascadeSettings, trainers } from './schema.js';
import {
  addLocalSession,
  addParticipant,
  addTestAttempt,
  addTrainer,
  type CascadeWorld,
  seedCascade,
} from './test-fixtures.js';
import { revokeTrainer } from './trainers-grant.js';
import { CERTIFY_SCAN } from './trainers-jobs.js';
import { certifyQualified } from './trainers-qualify.js';
import { saveCascadeSettings } from './trainers-settings.js';

const BOTH = ['2010-06-24', '2010-06-25'];

describe.each(DATABASE_KINDS)('automatic certification of trainers (%s)', (kind) => {
  let t: TestApp;
  let w: CascadeWorld;
  let manager: Actor;
  const person = async (name: string, days: string[], score: number) => {
    const reg = await addParticipant(t.database.db, w.training.id, {
      name,
      email: `${name}@example.cn`,
      days,
    });
    await addTestAttempt(t.database.db, w.training.id, reg.id, { score, passPercent: 60 });
    return reg;
  };
  const activeFrom = (eventId: string) =>
    t.database.db
      .select()
      .from(trainers)
      .where(and(eq(trainers.sourceEventId, eventId), isNull(trainers.revokedAt)));
  const scan = async () => {
    await enqueue(t.database.db, { queue: CERTIFY_SCAN });
    await t.runJobs();
  };

  beforeAll(async () => {
    t = await testApp(kind);
    const m = await t.signIn('manager');
    manager = await userOf(t.database, m.userId!);
    w = await seedCascade(t.database.db, manager);
  });
  afterAll(() => t.close());

  it('certifies who attended every day and passed, and nobody one day short or failed', async () => {
    const all = await person('all-days-passed', BOTH, 6);
    await person('one-day-short', ['2010-06-24'], 9);
    await person('failed-test', BOTH, 5);
    await addParticipant(t.database.db, w.training.id, {
      name: 'no-test',
      email: 'no-test@example.cn',
      days: BOTH,
    });
    await scan();
    const rows = await activeFrom(w.training.id);
    expect(rows.map((r) => r.name)).toEqual(['all-days-passed']);
    expect(rows[0]).toMatchObject({
      registrationId: all.id,
      basis: 'qualified',
      level: 1,
      cityId: w.qingdao.id,
      province: 'CN-SD',
      grantedBy: null,
    });
    const [audit] = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, rows[0]!.id));
    expect(audit).toMatchObject({ action: 'certify', entity: 'trainer', actorId: null });
  });

  it('certifies once however often it runs', async () => {
    await scan();
    await scan();
    expect(await certifyQualified(t.database.db, servicesOf(t.ctx))).toBe(0);
    expect(await activeFrom(w.training.id)).toHaveLength(1);
    expect(
      await t.database.db.select().from(trainers).where(eq(trainers.sourceEventId, w.training.id)),
    ).toHaveLength(1);
  });

  it('never certifies again someone a manager revoked for that event', async () => {
    const [row] = await activeFrom(w.training.id);
    await revokeTrainer(t.database.db, manager, row!.id, 'Did not sit the exam himself', new Date());
    await scan();
    expect(await activeFrom(w.training.id)).toHaveLength(0);
    const [audit] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, row!.id), eq(auditLog.action, 'revoke')));
    expect(audit).toMatchObject({
      entity: 'trainer',
      actorId: manager.id,
      reason: 'Did not sit the exam himself',
    });
  });

  it('with a 50 % share, one day of two is enough (certified by the job the new setting queues)', async () => {
    await saveCascadeSettings(t.database.db, manager, w.training.id, {
      certifies: true,
      attendancePercent: 50,
    });
    const [settings] = await t.database.db
      .select()
      .from(cascadeSettings)
      .where(eq(cascadeSettings.eventId, w.training.id));
    expect(settings!.attendancePercent).toBe(50);
    await t.runJobs();
    expect((await activeFrom(w.training.id)).map((r) => r.name)).toEqual(['one-day-short']);
  });

  it('a local session certifies only when allowed, and its trainers are one level deeper', async () => {
    const db = t.database.db;
    const reg = await addParticipant(db, w.training.id, { name: 'Level one', email: 'l1@example.cn' });
    const lead = await addTrainer(db, w, {
      sourceEventId: w.training.id,
      registrationId: reg.id,
      name: 'Level one',
      email: 'l1@example.cn',
      cityId: w.jinan.id,
      province: 'CN-SD',
    });
    const local = await addLocalSession(db, {
      programmeId: w.programme.id,
      parentEventId: w.training.id,
      trainerId: lead.id,
      cityId: w.jinan.id,
      province: 'CN-SD',
      date: '2010-09-01',
    });
    const sme = await addParticipant(db, local.id, {
      name: 'SME owner',
      email: 'sme@example.cn',
      days: ['2010-09-01'],
    });
    await addTestAttempt(db, local.id, sme.id, { score: 10 });
    await scan();
    expect(await activeFrom(local.id)).toHaveLength(0);
    await saveCascadeSettings(db, manager, local.id, { certifies: true, attendancePercent: 100 });
    await t.runJobs();
    const [next] = await activeFrom(local.id);
    expect(next).toMatchObject({ name: 'SME owner', level: 2, basis: 'qualified', cityId: w.jinan.id });
  });
});
