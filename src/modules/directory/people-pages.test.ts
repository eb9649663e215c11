import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { createOrganisation } from './create-organisation.js';
import { createPerson } from './create-person.js';
import { people } from './schema.js';
import { actor, addCities, organisation, person } from './test-fixtures.js';

const form = (organisationId: string, over: Record<string, string> = {}) => ({
  name: 'Zhang Wei',
  nameAlt: '张伟',
  honorific: 'Mr',
  organisationId,
  'role.en': 'Deputy director',
  'role.zh': '副处长',
  sex: 'male',
  email: 'zhang.wei@example.org',
  phone: '0532 8888 1234',
  ...over,
});

const location = (res: Response) => res.headers.get('location') ?? '';

describe.each(DATABASE_KINDS)('people pages on %s', (kind) => {
  let t: TestApp;
  let manager: Browser;
  let miitId: string;
  let haierId: string;
  let wangId: string;

  beforeAll(async () => {
    t = await testApp(kind);
    const places = await addCities(t.database.db);
    const admin = await actor(t, 'admin');
    const db = t.database.db;
    miitId = (await createOrganisation(db, admin, organisation())).id;
    haierId = (
      await createOrganisation(
        db,
        admin,
        organisation({
          name: { en: 'Haier Group', zh: '海尔集团' },
          abbreviation: '',
          province: 'CN-SD',
          cityId: places.qingdao.id,
        }),
      )
    ).id;
    wangId = (
      await createPerson(
        db,
        admin,
        person({ organisationId: miitId, email: 'wang.li@example.org', phone: '010 6820 5000' }),
      )
    ).id;
    manager = await t.signIn('manager');
  });
  afterAll(() => t.close());

  it('lists people for the public without e-mail or phone, and with them for staff', async () => {
    const pub = await (await t.anonymous().get('/en/directory/people')).text();
    expect(pub).toContain('Wang Li');
    expect(pub).toContain('Division director');
    expect(pub).not.toContain('wang.li@example.org');
    expect(pub).not.toContain('6820 5000');
    const zh = await (await t.anonymous().get(`/zh/directory/people?q=${encodeURIComponent('王丽')}`)).text();
    expect(zh).toContain('处长');
    expect(zh).toContain('共 1 人');
    const staff = await (await manager.get('/en/directory/people')).text();
    expect(staff).toContain('wang.li@example.org');
    const official = await t.signIn('official');
    expect(await (await official.get('/en/directory/people')).text()).not.toContain('wang.li@example.org');
  });

  it('shows a person page, with contact details and sex only to staff', async () => {
    const pub = await (await t.anonymous().get(`/en/directory/people/${wangId}`)).text();
    expect(pub).toContain('王丽');
    expect(pub).toContain('Ministry of Industry and Information Technology');
    expect(pub).not.toContain('wang.li@example.org');
    expect(pub).not.toContain('Female');
    const staff = await (await manager.get(`/en/directory/people/${wangId}`)).text();
    expect(staff).toContain('mailto:wang.li@example.org');
    expect(staff).toContain('Female');
  });

  it('filters people by organisation', async () => {
    const html = await (await t.anonymous().get(`/en/directory/people?organisation=${haierId}`)).text();
    expect(html).toContain('People of Haier Group');
    expect(html).toContain('0 people');
  });

  it('creates a person once however often the form is sent', async () => {
    const body = form(haierId, { _form: 'person-form-token-000001' });
    const a = await manager.post('/en/directory/people/new', body);
    const b = await manager.post('/en/directory/people/new', body);
    expect(a.status).toBe(303);
    expect(location(b)).toBe(location(a));
    const rows = await t.database.db.select().from(people).where(eq(people.email, 'zhang.wei@example.org'));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.role).toEqual({ en: 'Deputy director', zh: '副处长' });
  });

  it('refuses an e-mail address another person has, and bad phone and e-mail values', async () => {
    const taken = await manager.post(
      '/en/directory/people/new',
      form(haierId, { email: 'Wang.Li@Example.org', name: 'Other' }),
    );
    expect(taken.status).toBe(422);
    const html = await taken.text();
    expect(html).toContain('Another person in the directory already has this e-mail address.');
    expect(html).toContain('value="Other"');
    const bad = await manager.post(
      '/zh/directory/people/new',
      form(haierId, { email: 'not-an-email', phone: 'call me', name: '' }),
    );
    expect(bad.status).toBe(422);
    const zh = await bad.text();
    expect(zh).toContain('请输入有效的电子邮箱地址');
    expect(zh).toContain('请输入电话号码');
    expect(zh).toContain('请填写此项');
    expect(zh).not.toContain('directory.error');
  });

  it('edits a person, and lets a coordinator edit only people of organisations they cover', async () => {
    const ok = await manager.post(
      `/en/directory/people/${wangId}/edit`,
      form(miitId, { name: 'Wang Li', email: 'wang.li@example.org' }),
    );
    expect(ok.status).toBe(303);
    const [row] = await t.database.db.select().from(people).where(eq(people.id, wangId));
    expect(row!.honorific).toBe('Mr');
    const coordinator = await t.signIn('coordinator', { scopes: [{ province: 'CN-SD', cityId: null }] });
    expect((await coordinator.get(`/en/directory/people/${wangId}/edit`)).status).toBe(403);
    const refused = await coordinator.post(
      `/en/directory/people/${wangId}/edit`,
      form(haierId, { email: '' }),
    );
    expect(refused.status).toBe(403);
    const [same] = await t.database.db.select().from(people).where(eq(people.id, wangId));
    expect(same!.organisationId).toBe(miitId);
    const newPage = await (await coordinator.get('/en/directory/people/new')).text();
    expect(newPage).toContain('Haier Group');
    expect(newPage).not.toContain('Ministry of Industry');
  });
});
