import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { auditLog } from '../audit/schema.js';
import { createCity } from '../places/index.js';
import { cities } from '../places/schema.js';
import { createEvent } from './create-event.js';
import { events, programmes } from './schema.js';
import { addEvent, eventFields, seedBasics, userOf } from './test-fixtures.js';
import { updateEvent } from './update-event.js';

type Seed = Awaited<ReturnType<typeof seedBasics>>;

const form = (s: Seed, over: Record<string, string> = {}) => ({
  programmeId: s.programme.id,
  'title.en': 'Jinan briefing',
  'title.zh': '',
  'description.en': '',
  'description.zh': '',
  'venue.en': '',
  'venue.zh': '',
  city: s.jinan.id,
  startDate: '2011-04-12',
  endDate: '2011-04-13',
  datePrecision: 'day',
  audience: 'sme',
  status: 'published',
  reportedHeadcount: '',
  ...over,
});

const idFrom = (res: Response) => res.headers.get('location')!.match(/events\/([0-9a-f-]{36})/)![1]!;

describe.each(DATABASE_KINDS)('managing events and programmes (%s)', (kind) => {
  let t: TestApp;
  let s: Seed;
  let manager: Browser;
  let provinceCoordinator: Browser;
  let cityCoordinator: Browser;
  let jinanEvent: string;
  let qingdaoEvent: string;

  beforeAll(async () => {
    t = await testApp(kind);
    manager = await t.signIn('manager');
    s = await seedBasics(t.database.db, await userOf(t.database, manager.userId!));
    provinceCoordinator = await t.signIn('coordinator', { scopes: [{ province: 'CN-SD', cityId: null }] });
    cityCoordinator = await t.signIn('coordinator', {
      scopes: [{ province: 'CN-SD', cityId: s.qingdao.id }],
    });
    const actor = await userOf(t.database, manager.userId!);
    jinanEvent = (await addEvent(t.database.db, actor, { programmeId: s.programme.id, cityId: s.jinan.id }))
      .id;
    qingdaoEvent = (
      await addEvent(t.database.db, actor, { programmeId: s.programme.id, cityId: s.qingdao.id })
    ).id;
  });
  afterAll(() => t.close());

  const eventRow = async (id: string) =>
    (await t.database.db.select().from(events).where(eq(events.id, id)))[0]!;
  const audits = (entity: string, entityId: string) =>
    t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, entityId)));

  it('sends a visitor to sign in and refuses the form to a trainer', async () => {
    const res = await t.anonymous().get('/en/events/new');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toContain('/en/sign-in');
    expect((await (await t.signIn('trainer')).get('/en/events/new')).status).toBe(403);
  });

  it('creates an event with a new city once, however often the form is sent, and audits both', async () => {
    const page = await (await manager.get('/en/events/new')).text();
    const token = page.match(/name="_form" value="([^"]+)"/)![1]!;
    const body = form(s, {
      _form: token,
      city: '',
      'newCity.en': 'Weifang',
      'newCity.zh': '潍坊',
      'newCity.province': 'CN-SD',
      'title.zh': '潍坊宣讲会',
    });
    const first = await manager.post('/en/events/new', body);
    expect(first.status).toBe(303);
    const again = await manager.post('/en/events/new', body);
    expect(again.headers.get('location')).toBe(first.headers.get('location'));
    const id = idFrom(first);
    const rows = await t.database.db
      .select()
      .from(events)
      .where(eq(events.cityId, (await eventRow(id)).cityId));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.province).toBe('CN-SD');
    expect(rows[0]!.searchText).toContain('weifang');
    const found = await (await t.app.request(`/en/events?q=${encodeURIComponent('潍坊宣讲')}`)).text();
    expect(found).toContain(`/en/events/${id}`);
    const [city] = await t.database.db.select().from(cities).where(eq(cities.id, rows[0]!.cityId));
    expect(city).toMatchObject({ slug: 'weifang', name: { en: 'Weifang', zh: '潍坊' } });
    expect(await audits('city', city!.id)).toHaveLength(1);
    const [entry] = await audits('event', id);
    expect(entry).toMatchObject({ action: 'create', actorId: manager.userId, before: null });
    expect((entry!.after as { title: unknown }).title).toEqual({ en: 'Jinan briefing', zh: '潍坊宣讲会' });
    expect((entry!.after as Record<string, unknown>).searchText).toBeUndefined();
  });

  it('lets the system itself (demo loader) create an event, audited without an actor', async () => {
    const row = await createEvent(
      t.database.db,
      null,
      eventFields({ programmeId: s.programme.id, cityId: s.xiamen.id }),
    );
    expect(row.createdBy).toBeNull();
    expect(await audits('event', row.id)).toMatchObject([{ action: 'create', actorId: null }]);
  });

  it('re-shows the form with what was typed when the dates are wrong', async () => {
    const res = await manager.post(
      '/en/events/new',
      form(s, { startDate: '2011-04-13', endDate: '2011-04-12', 'title.en': '<script>x</script>' }),
    );
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('The end cannot be before the start.');
    expect(html).toContain('value="&lt;script&gt;x&lt;/script&gt;"');
    expect(html).toContain('aria-invalid="true"');
    const bad = await manager.post('/en/events/new', form(s, { startDate: 'yesterday', status: 'bogus' }));
    expect(bad.status).toBe(422);
    const both = await manager.post(
      '/en/events/new',
      form(s, { 'newCity.en': 'Linyi', 'newCity.province': 'CN-SD' }),
    );
    expect(both.status).toBe(422);
    expect(await both.text()).toContain('not both');
  });

  it('lets a province coordinator work in their province only', async () => {
    const page = await (await provinceCoordinator.get('/en/events/new')).text();
    expect(page).toContain('Jinan');
    expect(page).not.toContain('Xiamen');
    const inside = await provinceCoordinator.post('/en/events/new', form(s));
    expect(inside.status).toBe(303);
    const before = (await t.database.db.select().from(events)).length;
    const outside = await provinceCoordinator.post('/en/events/new', form(s, { city: s.xiamen.id }));
    expect(outside.status).toBe(403);
    const newCityOutside = await provinceCoordinator.post(
      '/en/events/new',
      form(s, { city: '', 'newCity.en': 'Quanzhou', 'newCity.province': 'CN-FJ' }),
    );
    expect(newCityOutside.status).toBe(403);
    expect((await t.database.db.select().from(events)).length).toBe(before);
    expect(await t.database.db.select().from(cities).where(eq(cities.slug, 'quanzhou'))).toHaveLength(0);
  });

  it('refuses a city coordinator another city’s event in the UPDATE itself', async () => {
    const before = await eventRow(jinanEvent);
    const page = await cityCoordinator.post(
      `/en/events/${jinanEvent}/edit`,
      form(s, { 'title.en': 'Hijacked' }),
    );
    expect(page.status).toBe(403);
    // Straight to the domain function, past every page check: the query's scope still refuses.
    const actor = await userOf(t.database, cityCoordinator.userId!);
    await expect(
      updateEvent(t.database.db, actor, jinanEvent, { title: { en: 'Hijacked', zh: '' } }),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    // Nor may they move their own event to a city outside their scope.
    await expect(
      updateEvent(t.database.db, actor, qingdaoEvent, { cityId: s.jinan.id }),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect(await eventRow(jinanEvent)).toEqual(before);
    expect((await eventRow(qingdaoEvent)).cityId).toBe(s.qingdao.id);
    // A coordinator of one city cannot add cities; a province coordinator can, in their province only.
    await expect(
      createCity(t.database.db, actor, { name: { en: 'Yantai', zh: '' }, province: 'CN-SD' }),
    ).rejects.toMatchObject({ code: 'forbidden' });
    const provinceActor = await userOf(t.database, provinceCoordinator.userId!);
    expect(
      (
        await createCity(t.database.db, provinceActor, {
          name: { en: 'Yantai', zh: '烟台' },
          province: 'CN-SD',
        })
      ).slug,
    ).toBe('yantai');
  });

  it('saves an edit within scope and audits before and after', async () => {
    const res = await cityCoordinator.post(
      `/en/events/${qingdaoEvent}/edit`,
      form(s, {
        city: s.qingdao.id,
        'title.en': 'Qingdao, revised',
        'title.zh': '青岛（修订）',
        reportedHeadcount: '61',
      }),
    );
    expect(res.status).toBe(303);
    const row = await eventRow(qingdaoEvent);
    expect(row).toMatchObject({
      title: { en: 'Qingdao, revised', zh: '青岛（修订）' },
      reportedHeadcount: 61,
    });
    expect(row.searchText).toContain('revised');
    const entries = (await audits('event', qingdaoEvent)).filter((a) => a.action === 'update');
    expect(entries).toHaveLength(1);
    expect((entries[0]!.before as { title: { en: string } }).title.en).toBe('IP management training');
    expect((entries[0]!.after as { title: { en: string } }).title.en).toBe('Qingdao, revised');
    const edit = await (await cityCoordinator.get(`/en/events/${qingdaoEvent}/edit`)).text();
    expect(edit).toContain('value="Qingdao, revised"');
    expect((await cityCoordinator.get(`/en/events/${jinanEvent}/edit`)).status).toBe(403);
  });

  it('lets managers, not coordinators, create and edit programmes, with an audit trail', async () => {
    expect((await provinceCoordinator.get('/en/programmes/new')).status).toBe(403);
    const page = await (await manager.get('/en/programmes/new')).text();
    const token = page.match(/name="_form" value="([^"]+)"/)![1]!;
    const body = {
      _form: token,
      slug: 'cascade-2011',
      'title.en': 'Cascade 2011',
      'title.zh': '2011年级联培训',
      'description.en': 'Local briefings.',
      'description.zh': '',
      startYear: '2011',
      endYear: '',
      [`partner.${s.miit.id}`]: 'lead',
      [`partner.${s.ipr2.id}`]: '',
    };
    const res = await manager.post('/en/programmes/new', body);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/en/programmes/cascade-2011?saved=1');
    expect((await manager.post('/en/programmes/new', body)).headers.get('location')).toBe(
      res.headers.get('location'),
    );
    const taken = await manager.post('/en/programmes/new', { ...body, _form: 'x'.repeat(20) });
    expect(taken.status).toBe(422);
    expect(await taken.text()).toContain('Another programme already has this short name.');
    const [p] = await t.database.db.select().from(programmes).where(eq(programmes.slug, 'cascade-2011'));
    const html = await (await t.app.request('/en/programmes/cascade-2011')).text();
    expect(html).toContain('Ministry of Industry and Information Technology');
    const edit = await manager.post('/en/programmes/cascade-2011/edit', {
      ...body,
      _form: '',
      'title.en': 'Cascade 2011–2012',
      endYear: '2012',
    });
    expect(edit.status).toBe(303);
    const entries = await audits('programme', p!.id);
    expect(entries.map((e) => e.action).sort()).toEqual(['create', 'update']);
    const update = entries.find((e) => e.action === 'update')!;
    expect(update.before).toMatchObject({ title: { en: 'Cascade 2011' }, partners: [{ role: 'lead' }] });
    expect(update.after).toMatchObject({ title: { en: 'Cascade 2011–2012' }, endYear: 2012 });
    const badYears = await manager.post('/en/programmes/cascade-2011/edit', {
      ...body,
      _form: '',
      endYear: '2001',
    });
    expect(badYears.status).toBe(422);
  });
});
