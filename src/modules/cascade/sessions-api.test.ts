import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { auditLog } from '../audit/schema.js';
import { createEvent } from '../events/index.js';
import { events } from '../events/schema.js';
import { apiToken, eventFields, userOf } from '../events/test-fixtures.js';
import { localSessions, trainers } from './schema.js';
import { newSessionRule } from './sessions-place.js';
import { addCertifiedTrainer, type CascadeWorld, seedCascade } from './test-fixtures.js';

describe.each(DATABASE_KINDS)('local sessions through the events API (%s)', (kind) => {
  let t: TestApp;
  let w: CascadeWorld;
  let trainerId: string;
  let trainerToken: string;
  let managerToken: string;
  let shandong: string;
  let fujian: string;
  let stranger: string;
  let trainerUserId: string;
  let fujianUserId: string;

  beforeAll(async () => {
    t = await testApp(kind);
    const manager = await t.signIn('manager');
    w = await seedCascade(t.database.db, await userOf(t.database, manager.userId!));
    managerToken = await apiToken(t.database, manager.userId!);
    const trainerUser = await t.signIn('official');
    trainerToken = await apiToken(t.database, trainerUser.userId!);
    trainerUserId = trainerUser.userId!;
    const trainer = await addCertifiedTrainer(t.database.db, w, {
      eventId: w.training.id,
      name: 'Wang Fang',
      email: trainerUser.email!,
      cityId: w.qingdao.id,
      province: 'CN-SD',
      userId: trainerUser.userId,
    });
    trainerId = trainer.id;
    const sd = await t.signIn('coordinator', { scopes: [{ province: 'CN-SD', cityId: null }] });
    shandong = await apiToken(t.database, sd.userId!);
    const fj = await t.signIn('coordinator', { scopes: [{ province: 'CN-FJ', cityId: null }] });
    fujian = await apiToken(t.database, fj.userId!);
    fujianUserId = fj.userId!;
    stranger = await apiToken(t.database, (await t.signIn('official')).userId!);
  });
  afterAll(() => t.close());

  const call = (method: string, path: string, token?: string, body?: unknown, lang = 'en') =>
    t.app.request(`/api/v1${path}`, {
      method,
      headers: {
        'accept-language': lang,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  const session = (over: Record<string, unknown> = {}) => ({
    title: { en: 'IP briefing for Jinan SMEs', zh: '济南中小企业知识产权宣讲' },
    city: 'jinan',
    startDate: '2010-09-15',
    endDate: '2010-09-15',
    parentEventId: w.training.id,
    trainerId,
    sector: 'textiles',
    plannedSize: 40,
    ...over,
  });
  const localCount = async () =>
    (await t.database.db.select({ n: count() }).from(events).where(eq(events.kind, 'local')))[0]!.n;

  it('lets a trainer create a local session in their province, returned with its kind and lineage', async () => {
    const res = await call('POST', '/events', trainerToken, session());
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toMatchObject({
      kind: 'local',
      parentEventId: w.training.id,
      trainerId,
      audience: 'sme',
      status: 'published',
      city: { slug: 'jinan' },
      programme: { id: w.programme.id },
    });
    const [row] = await t.database.db.select().from(localSessions).where(eq(localSessions.eventId, body.id));
    expect(row).toMatchObject({ trainerId, sector: 'textiles', plannedSize: 40, verification: 'pending' });
    expect(row!.signInKey).toMatch(/^[A-Za-z0-9_-]{24,}$/);
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, body.id));
    expect(audit.map((a) => a.entity).sort()).toEqual(['event', 'local_session']);

    const one = await (await call('GET', `/events/${body.id}`)).json();
    expect(one).toMatchObject({ kind: 'local', parentEventId: w.training.id, trainerId });
    const training = await (await call('GET', `/events/${w.training.id}`)).json();
    expect(training.kind).toBe('training');
    expect(training.parentEventId).toBeNull();
    expect(training).not.toHaveProperty('trainerId');
    const listed = await (await call('GET', '/events?kind=local')).json();
    expect(listed.events.map((e: { id: string }) => e.id)).toEqual([body.id]);
  });

  it('refuses a place outside the trainer’s province with a translated 422, writing nothing', async () => {
    const before = await localCount();
    const res = await call('POST', '/events', trainerToken, session({ city: 'xiamen' }), 'zh');
    expect(res.status).toBe(422);
    const body = await res.json();
    expect(body.error.details.fields.city).toBe('地方宣讲须在讲师所在城市或其所在省份的其他城市举办。');
    expect(await localCount()).toBe(before);
  });

  it('lets the coordinator of the place create on the trainer’s behalf, and no one outside it', async () => {
    expect((await call('POST', '/events', shandong, session({ city: 'qingdao' }))).status).toBe(201);
    const before = await localCount();
    const outside = await call('POST', '/events', fujian, session());
    expect(outside.status).toBe(403);
    expect((await outside.json()).error.message).toBe(
      'This place is outside the cities and provinces you coordinate.',
    );
    const other = await call('POST', '/events', stranger, session(), 'zh');
    expect(other.status).toBe(403);
    expect((await other.json()).error.message).toBe('只有该宣讲的讲师、项目经理或当地协调员可以进行此操作。');
    expect(await localCount()).toBe(before);
  });

  it('refuses a session under another event than the trainer’s, and a revoked trainer', async () => {
    const before = await localCount();
    const wrong = await call(
      'POST',
      '/events',
      managerToken,
      session({ parentEventId: (await localIds())[0] }),
    );
    expect(wrong.status).toBe(422);
    expect(Object.keys((await wrong.json()).error.details.fields)).toEqual(['parentEventId']);
    await t.database.db
      .update(trainers)
      .set({ revokedAt: new Date(), revokedReason: 'test' })
      .where(eq(trainers.id, trainerId));
    const revoked = await call('POST', '/events', trainerToken, session());
    expect(revoked.status).toBe(403);
    expect((await revoked.json()).error.message).toMatch(/revoked/);
    expect((await call('POST', '/events', managerToken, session())).status).toBe(403);
    expect(await localCount()).toBe(before);
    await t.database.db.update(trainers).set({ revokedAt: null }).where(eq(trainers.id, trainerId));
  });

  it('keeps a session in its trainer’s province when staff change its place', async () => {
    const [id] = await localIds();
    const moved = await call('PATCH', `/events/${id}`, managerToken, { city: 'xiamen' });
    expect(moved.status).toBe(422);
    expect(Object.keys((await moved.json()).error.details.fields)).toEqual(['city']);
    const [row] = await t.database.db.select().from(events).where(eq(events.id, id!));
    expect(row!.province).toBe('CN-SD');
    expect((await call('PATCH', `/events/${id}`, managerToken, { city: 'qingdao' })).status).toBe(200);
  });

  it('holds the place rule in the INSERT itself, whatever was checked before it', async () => {
    const before = await localCount();
    const trainerActor = await userOf(t.database, trainerUserId);
    const fjActor = await userOf(t.database, fujianUserId);
    const fields = eventFields({
      programmeId: w.programme.id,
      cityId: w.xiamen.id,
      title: { en: 'Out of place', zh: '' },
    });
    const attempt = (actor: typeof trainerActor, city: typeof w.xiamen) =>
      createEvent(t.database.db, actor, fields, {
        kind: 'local',
        parentEventId: w.training.id,
        authorise: newSessionRule(actor, trainerId, w.training.id, city),
      });
    // The trainer outside their province, and a coordinator outside the trainer's place.
    await expect(attempt(trainerActor, w.xiamen)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(attempt(fjActor, w.jinan)).rejects.toMatchObject({ code: 'forbidden' });
    expect(await localCount()).toBe(before);
  });

  const localIds = async () =>
    (await t.database.db.select({ id: events.id }).from(events).where(eq(events.kind, 'local'))).map(
      (r) => r.id,
    );
});
