import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { createOrganisation } from './create-organisation.js';
import { createPerson } from './create-person.js';
import { organisations } from './schema.js';
import { actor, addCities, organisation, person } from './test-fixtures.js';

const form = (over: Record<string, string> = {}) => ({
  'name.en': 'Qingdao Municipal Bureau of Industry',
  'name.zh': '青岛市工业和信息化局',
  abbreviation: 'QDIIT',
  kind: 'government',
  size: 'unknown',
  sector: '',
  province: 'CN-SD',
  cityId: '',
  website: '',
  ...over,
});

const location = (res: Response) => res.headers.get('location') ?? '';

describe.each(DATABASE_KINDS)('organisation pages on %s', (kind) => {
  let t: TestApp;
  let manager: Browser;
  let miitId: string;
  let places: Awaited<ReturnType<typeof addCities>>;

  beforeAll(async () => {
    t = await testApp(kind);
    places = await addCities(t.database.db);
    const admin = await actor(t, 'admin');
    miitId = (await createOrganisation(t.database.db, admin, organisation())).id;
    await createPerson(
      t.database.db,
      admin,
      person({ organisationId: miitId, email: 'wang.li@example.org', phone: '+86 10 6820 5000' }),
    );
    manager = await t.signIn('manager');
  });
  afterAll(() => t.close());

  const count = async () => (await t.database.db.select().from(organisations)).length;

  it('lists organisations for the public in both languages, searchable in each', async () => {
    const zh = await (await t.anonymous().get(`/zh/directory?q=${encodeURIComponent('工业')}`)).text();
    expect(zh).toContain('工业和信息化部');
    expect(zh).toContain('共 1 个机构');
    expect(zh).toContain('政府部门 (1)');
    const en = await (await t.anonymous().get('/en/directory?q=miit')).text();
    expect(en).toContain('Ministry of Industry and Information Technology');
    expect(en).toContain('1 organisations');
    expect(en).not.toContain('New organisation');
    const none = await (await t.anonymous().get('/en/directory?q=haier&kind=government')).text();
    expect(none).toContain('Nothing found.');
  });

  it('answers an htmx search with the results only', async () => {
    const res = await t.anonymous().get('/en/directory?q=miit', {
      'hx-request': 'true',
      'hx-target': 'directory-results',
    });
    const html = await res.text();
    expect(html).not.toContain('<html');
    expect(html).toContain('id="directory-results"');
    expect(html).toContain('Ministry of Industry');
  });

  it('shows an organisation with its people, and their contact details only to staff', async () => {
    const pub = await (await t.anonymous().get(`/en/directory/organisations/${miitId}`)).text();
    expect(pub).toContain('Wang Li');
    expect(pub).toContain('工业和信息化部');
    expect(pub).not.toContain('wang.li@example.org');
    expect(pub).not.toContain('6820 5000');
    const staff = await (await manager.get(`/en/directory/organisations/${miitId}`)).text();
    expect(staff).toContain('wang.li@example.org');
    expect(staff).toContain(`/en/directory/organisations/${miitId}/edit`);
    expect(
      (await t.anonymous().get('/en/directory/organisations/00000000-0000-4000-8000-000000000000')).status,
    ).toBe(404);
    expect((await t.anonymous().get('/en/directory/organisations/not-an-id')).status).toBe(404);
  });

  it('creates an organisation and records it in the audit log', async () => {
    const res = await manager.post('/en/directory/organisations/new', form({ cityId: places.qingdao.id }));
    expect(res.status).toBe(303);
    const page = await (await manager.get(location(res))).text();
    expect(page).toContain('Qingdao Municipal Bureau of Industry');
    expect(page).toContain('Created.');
    expect(page).toContain('Qingdao, Shandong');
    const zh = await (await t.anonymous().get(`/zh/directory?q=${encodeURIComponent('青岛')}`)).text();
    expect(zh).toContain('青岛市工业和信息化局');
  });

  it('re-shows the form with errors and what was typed when the name is missing', async () => {
    const before = await count();
    const res = await manager.post(
      '/zh/directory/organisations/new',
      form({ 'name.en': ' ', 'name.zh': '\u200B', kind: '' }),
    );
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('<a href="#f-name-en">请至少用一种语言填写。</a>');
    expect(html).not.toContain('form.oneLanguage');
    expect(html).toContain('请从选项中选择一项');
    expect(html).toContain('value="QDIIT"');
    expect(html).toContain('aria-invalid="true"');
    expect(await count()).toBe(before);
  });

  it('refuses a 1 MB field with a field error, not a server error', async () => {
    const res = await manager.post(
      '/en/directory/organisations/new',
      form({ 'name.en': 'x'.repeat(1024 * 1024) }),
    );
    expect([413, 422]).toContain(res.status);
    if (res.status === 422) expect(await res.text()).toContain('Enter at most 200 characters');
  });

  it('stores script tags as typed and shows them escaped; strips zero-width characters', async () => {
    const res = await manager.post(
      '/en/directory/organisations/new',
      form({
        'name.en': '<script>alert(1)</script> Bureau',
        'name.zh': '厦门\u200B市\u202E局',
        abbreviation: 'X\u200DY',
      }),
    );
    expect(res.status).toBe(303);
    const id = location(res).split('/').pop()!.split('?')[0]!;
    const [row] = await t.database.db.select().from(organisations).where(eq(organisations.id, id));
    expect(row!.name).toEqual({ en: '<script>alert(1)</script> Bureau', zh: '厦门市局' });
    expect(row!.abbreviation).toBe('XY');
    const html = await (await t.anonymous().get(`/en/directory/organisations/${id}`)).text();
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; Bureau');
  });

  it('saves a double-submitted form once and sends both submissions to the same record', async () => {
    const before = await count();
    const body = form({ 'name.en': 'Double click office', 'name.zh': '', _form: 'double-submit-token-0001' });
    const [a, b] = await Promise.all([
      manager.post('/en/directory/organisations/new', body),
      manager.post('/en/directory/organisations/new', body),
    ]);
    expect(a.status).toBe(303);
    expect(b.status).toBe(303);
    expect(location(a)).toBe(location(b));
    expect(await count()).toBe(before + 1);
  });

  it('edits an organisation and refuses a city outside the chosen province', async () => {
    const bad = await manager.post(
      `/en/directory/organisations/${miitId}/edit`,
      form({ province: 'CN-GD', cityId: places.qingdao.id }),
    );
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('This city is not in the chosen province.');
    const ok = await manager.post(
      `/en/directory/organisations/${miitId}/edit`,
      form({
        'name.en': 'Ministry of Industry and Information Technology',
        'name.zh': '工业和信息化部',
        abbreviation: 'MIIT',
        province: 'CN-BJ',
      }),
    );
    expect(ok.status).toBe(303);
    const [row] = await t.database.db.select().from(organisations).where(eq(organisations.id, miitId));
    expect(row!.province).toBe('CN-BJ');
  });

  it('lets coordinators edit only in their province, and nobody else at all', async () => {
    const coordinator = await t.signIn('coordinator', { scopes: [{ province: 'CN-FJ', cityId: null }] });
    const refused = await coordinator.post(
      `/en/directory/organisations/${miitId}/edit`,
      form({ province: 'CN-FJ' }),
    );
    expect(refused.status).toBe(403);
    const [row] = await t.database.db.select().from(organisations).where(eq(organisations.id, miitId));
    expect(row!.name.en).toBe('Ministry of Industry and Information Technology');
    expect((await coordinator.get(`/en/directory/organisations/${miitId}/edit`)).status).toBe(403);
    const own = await coordinator.post(
      '/en/directory/organisations/new',
      form({ 'name.en': 'Xiamen IP office', province: 'CN-FJ', cityId: places.xiamen.id }),
    );
    expect(own.status).toBe(303);
    const outside = await coordinator.post(
      '/en/directory/organisations/new',
      form({ 'name.en': 'Elsewhere', province: 'CN-GD' }),
    );
    expect(outside.status).toBe(422);
    const official = await t.signIn('official');
    expect((await official.get('/en/directory/organisations/new')).status).toBe(403);
    const anon = await t.anonymous().get('/en/directory/organisations/new');
    expect(anon.status).toBe(303);
    expect(location(anon)).toContain('/en/sign-in');
  });

  it('offers the cities of a province for the form', async () => {
    const html = await (await manager.get('/en/directory/city-options?province=CN-SD')).text();
    expect(html).toContain('Qingdao');
    expect(html).toContain('Jinan');
    expect(html).not.toContain('Xiamen');
  });
});
