import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { auditLog } from '../audit/schema.js';
import { cities } from '../places/schema.js';
import { recordHeadcountReport } from './headcount-report.js';
import { events } from './schema.js';
import { addEvent, apiToken, seedBasics, userOf } from './test-fixtures.js';

type Seed = Awaited<ReturnType<typeof seedBasics>>;

describe.each(DATABASE_KINDS)('the events API (%s)', (kind) => {
  let t: TestApp;
  let s: Seed;
  let managerToken: string;
  let coordinatorToken: string;
  let officialToken: string;
  let draftId: string;

  beforeAll(async () => {
    t = await testApp(kind);
    const manager = await t.signIn('manager');
    const actor = await userOf(t.database, manager.userId!);
    s = await seedBasics(t.database.db, actor);
    managerToken = await apiToken(t.database, manager.userId!);
    const coordinator = await t.signIn('coordinator', { scopes: [{ province: 'CN-FJ', cityId: null }] });
    coordinatorToken = await apiToken(t.database, coordinator.userId!);
    officialToken = await apiToken(t.database, (await t.signIn('official')).userId!);
    const a = await addEvent(t.database.db, actor, {
      programmeId: s.programme.id,
      cityId: s.qingdao.id,
      startDate: '2008-01-01',
      endDate: '2008-12-31',
      datePrecision: 'year',
      reportedHeadcount: 700,
    });
    const b = await addEvent(t.database.db, actor, {
      programmeId: s.programme.id,
      cityId: s.xiamen.id,
      startDate: '2008-01-01',
      endDate: '2008-12-31',
      datePrecision: 'year',
    });
    draftId = (
      await addEvent(t.database.db, actor, {
        programmeId: s.programme.id,
        cityId: s.xiamen.id,
        status: 'draft',
        title: { en: 'Unannounced', zh: '' },
      })
    ).id;
    await recordHeadcountReport(t.database.db, actor, {
      programmeId: s.programme.id,
      label: { en: '2008 rounds', zh: '2008年各轮' },
      count: 1200,
      approximate: true,
      eventIds: [a.id, b.id],
    });
  });
  afterAll(() => t.close());

  const call = (
    method: string,
    path: string,
    token?: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ) =>
    t.app.request(`/api/v1${path}`, {
      method,
      headers: {
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });

  const contract = {
    title: { en: 'Fuzhou briefing', zh: '福州宣讲会' },
    city: '福州',
    province: 'Fujian',
    startDate: '2011-05-10',
    endDate: '2011-05-11',
    status: 'published',
    capacity: 80,
    requiresApproval: true,
    quotaPerOrganisation: 3,
  };

  it('creates an event by the agreed contract, adding a new city named in Chinese', async () => {
    const res = await call('POST', '/events', coordinatorToken, contract);
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toMatchObject({
      id: expect.any(String),
      title: { en: 'Fuzhou briefing', zh: '福州宣讲会' },
      province: 'CN-FJ',
      city: { name: { zh: '福州' }, province: 'CN-FJ' },
      startDate: '2011-05-10',
      endDate: '2011-05-11',
      datePrecision: 'day',
      status: 'published',
      programme: { slug: 'other-events' },
    });
    // Registration settings come back under `registration`, and the event takes registrations.
    expect(body.registration).toMatchObject({
      mode: 'open',
      capacity: 80,
      requiresApproval: true,
      quotaPerOrganisation: 3,
      confirmed: 0,
      available: 80,
    });
    // The same name again finds the city instead of adding another.
    const again = await call('POST', '/events', managerToken, {
      ...contract,
      city: '福州市',
      province: undefined,
      programme: 'ipr2-miit',
    });
    expect(again.status).toBe(201);
    const second = await again.json();
    expect(second.city.id).toBe(body.city.id);
    expect(second.programme.slug).toBe('ipr2-miit');
    const fuzhou = await t.database.db.select().from(cities).where(eq(cities.province, 'CN-FJ'));
    expect(fuzhou.map((c) => c.name.zh).sort()).toEqual(['厦门', '福州']);
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, body.id));
    expect(audit.map((a) => a.entity).sort()).toEqual(['event', 'registration_settings']);
  });

  it('accepts a city by id or slug and a programme by id, and creates once per idempotency key', async () => {
    const payload = {
      ...contract,
      city: s.xiamen.slug,
      programmeId: s.programme.id,
      datePrecision: 'month',
      startDate: '2011-06-15',
      endDate: '2011-06-15',
    };
    const key = { 'idempotency-key': 'k'.repeat(24) };
    const first = await (await call('POST', '/events', managerToken, payload, key)).json();
    const second = await (await call('POST', '/events', managerToken, payload, key)).json();
    expect(second.id).toBe(first.id);
    expect(first).toMatchObject({ startDate: '2011-06-01', endDate: '2011-06-30', datePrecision: 'month' });
    const byId = await call('POST', '/events', managerToken, { ...contract, city: s.xiamen.id });
    expect((await byId.json()).city.slug).toBe('xiamen');
  });

  it('answers bad input with 422 and the field, never a 5xx', async () => {
    const fields = async (res: Response) => {
      expect(res.status).toBe(422);
      const b = await res.json();
      expect(b.error.code).toBe('validation');
      return Object.keys(b.error.details.fields);
    };
    expect(
      await fields(await call('POST', '/events', managerToken, { ...contract, endDate: '2011-05-09' })),
    ).toEqual(['endDate']);
    expect(
      await fields(
        await call('POST', '/events', managerToken, { ...contract, city: 'Atlantis', province: undefined }),
      ),
    ).toEqual(['city']);
    expect(
      await fields(
        await call('POST', '/events', managerToken, { ...contract, city: 'Atlantis', province: 'Narnia' }),
      ),
    ).toEqual(['province']);
    expect(
      await fields(
        await call('POST', '/events', managerToken, {
          ...contract,
          title: 'not an object',
          startDate: 20110510,
        }),
      ),
    ).toEqual(expect.arrayContaining(['title', 'startDate']));
    expect(
      await fields(await call('POST', '/events', managerToken, { ...contract, status: 'maybe' })),
    ).toEqual(['status']);
    expect(
      await fields(await call('POST', '/events', managerToken, { ...contract, startDate: '2011-02-30' })),
    ).toEqual(['startDate']);
    expect(
      await fields(await call('POST', '/events', managerToken, { ...contract, title: { en: '', zh: '' } })),
    ).toEqual(['title.en']);
    expect(
      await fields(await call('POST', '/events', managerToken, { ...contract, programme: 'nope' })),
    ).toEqual(['programme']);
    expect(
      await fields(await call('POST', '/events', managerToken, { ...contract, reportedHeadcount: -5 })),
    ).toEqual(['reportedHeadcount']);
    expect(
      await fields(
        await call('POST', '/events', managerToken, { ...contract, title: { en: 'x'.repeat(5000) } }),
      ),
    ).toEqual(['title.en']);
    const malformed = await call('POST', '/events', managerToken, '{"title":');
    expect(malformed.status).toBeLessThan(500);
    expect(malformed.status).toBeGreaterThanOrEqual(400);
  });

  it('needs a token of someone who may create, within their scope', async () => {
    expect((await call('POST', '/events', undefined, contract)).status).toBe(401);
    expect((await call('POST', '/events', officialToken, contract)).status).toBe(403);
    const outside = await call('POST', '/events', coordinatorToken, {
      ...contract,
      city: 'qingdao',
      province: undefined,
    });
    expect(outside.status).toBe(403);
    const [before] = await t.database.db.select().from(events).where(eq(events.cityId, s.qingdao.id));
    const patch = await call('PATCH', `/events/${before!.id}`, coordinatorToken, {
      title: { en: 'Taken over' },
    });
    expect(patch.status).toBe(403);
    const [after] = await t.database.db.select().from(events).where(eq(events.id, before!.id));
    expect(after).toEqual(before);
  });

  it('patches an event and refuses an end before the start', async () => {
    const created = await (await call('POST', '/events', managerToken, contract)).json();
    const res = await call('PATCH', `/events/${created.id}`, coordinatorToken, {
      venue: '福州会议中心',
      reportedHeadcount: 95,
      headcountApproximate: true,
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      venue: { en: '', zh: '福州会议中心' },
      reportedHeadcount: 95,
      title: contract.title,
    });
    const bad = await call('PATCH', `/events/${created.id}`, managerToken, { endDate: '2011-05-01' });
    expect(bad.status).toBe(422);
    expect(
      (await call('PATCH', '/events/00000000-0000-4000-8000-000000000000', managerToken, { round: 'x' }))
        .status,
    ).toBe(404);
    expect((await call('PATCH', '/events/not-a-uuid', managerToken, { round: 'x' })).status).toBe(422);
  });

  it('lists and filters events, drafts only for staff tokens', async () => {
    const pub = await (await call('GET', '/events?year=2008')).json();
    expect(pub.total).toBe(2);
    expect(pub.events.every((e: { startDate: string }) => e.startDate.startsWith('2008'))).toBe(true);
    const publicAll = await (await call('GET', '/events?pageSize=500')).json();
    expect(publicAll.events.map((e: { id: string }) => e.id)).not.toContain(draftId);
    expect((await (await call('GET', '/events?status=draft')).json()).total).toBe(0);
    expect((await (await call('GET', '/events?status=draft', officialToken)).json()).total).toBe(0);
    expect((await (await call('GET', '/events?status=draft', managerToken)).json()).total).toBe(1);
    expect(
      (await (await call('GET', '/events?province=CN-FJ&city=xiamen')).json()).events.every(
        (e: { city: { slug: string } }) => e.city.slug === 'xiamen',
      ),
    ).toBe(true);
    expect((await (await call('GET', '/events?programme=ipr2-miit&year=2008')).json()).total).toBe(2);
    expect((await call('GET', '/events?year=nineteen')).status).toBe(422);
    expect((await call('GET', `/events/${draftId}`)).status).toBe(404);
    expect((await call('GET', `/events/${draftId}`, managerToken)).status).toBe(200);
  });

  it('gives a programme with history and totals that count a shared report once', async () => {
    const list = await (await call('GET', '/programmes')).json();
    expect(list.programmes.map((p: { slug: string }) => p.slug)).toContain('ipr2-miit');
    const res = await call('GET', '/programmes/ipr2-miit');
    expect(res.status).toBe(200);
    const p = await res.json();
    expect(p.partners.map((x: { role: string }) => x.role)).toEqual(['lead', 'host']);
    expect(p.reports).toHaveLength(1);
    const year2008 = p.history.filter((e: { startDate: string }) => e.startDate.startsWith('2008'));
    expect(year2008).toHaveLength(2);
    expect(
      year2008.every(
        (e: { reportIds: string[]; named: number }) => e.reportIds.length === 1 && e.named === 0,
      ),
    ).toBe(true);
    const ownFigures = p.history
      .filter((e: { reportIds: string[] }) => e.reportIds.length === 0)
      .reduce((n: number, e: { reportedHeadcount: number | null }) => n + (e.reportedHeadcount ?? 0), 0);
    // 700 reported on one 2008 event is inside the 1,200 for both, so it is not added again.
    expect(p.totals).toMatchObject({ named: 0, reported: 1200 + ownFigures, reportedApproximate: true });
    expect((await call('GET', '/programmes/missing')).status).toBe(404);
  });

  it('lets managers create and change programmes through the API', async () => {
    const body = {
      slug: 'api-programme',
      title: { en: 'API programme' },
      startYear: 2012,
      partners: [{ organisationId: s.ipr2.id, role: 'funder' }],
    };
    expect((await call('POST', '/programmes', coordinatorToken, body)).status).toBe(403);
    const res = await call('POST', '/programmes', managerToken, body);
    expect(res.status).toBe(201);
    expect(await res.json()).toMatchObject({
      slug: 'api-programme',
      partners: [{ role: 'funder' }],
      translationStatus: 'needs_translation',
    });
    expect((await call('POST', '/programmes', managerToken, body)).status).toBe(422);
    const unknownPartner = await call('POST', '/programmes', managerToken, {
      ...body,
      slug: 'other',
      partners: [{ organisationId: '00000000-0000-4000-8000-000000000000', role: 'lead' }],
    });
    expect(unknownPartner.status).toBe(422);
    const patched = await call('PATCH', '/programmes/api-programme', managerToken, {
      title: { en: 'API programme', zh: '接口项目' },
      endYear: 2011,
    });
    expect(patched.status).toBe(422);
    const ok = await call('PATCH', '/programmes/api-programme', managerToken, {
      title: { en: 'API programme', zh: '接口项目' },
      endYear: 2013,
      inStep: true,
    });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({
      endYear: 2013,
      translationStatus: 'complete',
      partners: [{ role: 'funder' }],
    });
  });

  it('documents the routes in the OpenAPI document', async () => {
    const doc = await (await call('GET', '/openapi.json')).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/events', '/events/{id}', '/programmes', '/programmes/{slug}', '/cities']),
    );
    expect(doc.components.schemas).toHaveProperty('EventCreate');
  });

  it('lists cities, by province code or name', async () => {
    const all = await (await call('GET', '/cities')).json();
    expect(all.cities.length).toBeGreaterThanOrEqual(3);
    const sd = await (await call('GET', '/cities?province=%E5%B1%B1%E4%B8%9C')).json();
    expect(sd.cities.map((c: { slug: string }) => c.slug).sort()).toEqual(['jinan', 'qingdao']);
    expect(sd.cities[0]).toMatchObject({ provinceName: { en: 'Shandong', zh: '山东省' } });
    expect((await (await call('GET', '/cities?province=nowhere')).json()).cities).toEqual([]);
  });
});
