import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { createOrganisation } from './create-organisation.js';
import { createPerson } from './create-person.js';
import { actor, addCities, bearer, organisation, person } from './test-fixtures.js';

describe.each(DATABASE_KINDS)('directory API on %s', (kind) => {
  let t: TestApp;
  let manager: Record<string, string>;
  let miitId: string;
  let wangId: string;
  let qingdaoId: string;

  const call = async (method: string, path: string, headers: Record<string, string> = {}, body?: unknown) => {
    const res = await t.app.request(`/api/v1${path}`, {
      method,
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    // biome-ignore lint/suspicious/noExplicitAny: the tests walk response bodies of many shapes
    return { status: res.status, body: (await res.json()) as Record<string, any> };
  };

  beforeAll(async () => {
    t = await testApp(kind);
    qingdaoId = (await addCities(t.database.db)).qingdao.id;
    const admin = await actor(t, 'admin');
    miitId = (await createOrganisation(t.database.db, admin, organisation())).id;
    wangId = (
      await createPerson(
        t.database.db,
        admin,
        person({ organisationId: miitId, email: 'wang.li@example.org', phone: '010 6820 5000' }),
      )
    ).id;
    manager = await bearer(t, 'manager');
  });
  afterAll(() => t.close());

  it('searches organisations publicly in Chinese and English, with counts and paging', async () => {
    const zh = await call('GET', `/organisations?q=${encodeURIComponent('工业')}`);
    expect(zh.status).toBe(200);
    expect(zh.body.items.map((o: { abbreviation: string }) => o.abbreviation)).toEqual(['MIIT']);
    expect(zh.body).toMatchObject({ total: 1, page: 1, pageSize: 20, pages: 1 });
    expect(zh.body.kindCounts).toEqual({ government: 1, enterprise: 0, partner: 0, other: 0 });
    const en = await call('GET', '/organisations?q=miit&kind=government&province=CN-BJ');
    expect(en.body.items[0]).toMatchObject({
      id: miitId,
      name: { en: 'Ministry of Industry and Information Technology', zh: '工业和信息化部' },
      kind: 'government',
      peopleCount: 1,
    });
    expect((await call('GET', '/organisations?kind=ministry')).status).toBe(422);
    expect((await call('GET', '/organisations?pageSize=1000')).status).toBe(422);
  });

  it('shows contact details only to staff tokens', async () => {
    const pub = await call('GET', `/organisations/${miitId}`);
    expect(pub.body.people[0].name).toBe('Wang Li');
    expect(pub.body.people[0]).not.toHaveProperty('email');
    expect(pub.body.people[0]).not.toHaveProperty('sex');
    const people = await call('GET', '/people?q=wang');
    expect(people.body.items[0]).not.toHaveProperty('phone');
    const official = await call('GET', `/people/${wangId}`, await bearer(t, 'official'));
    expect(official.body).not.toHaveProperty('email');
    const coordinator = await call('GET', `/people/${wangId}`, await bearer(t, 'coordinator'));
    expect(coordinator.body).toMatchObject({
      email: 'wang.li@example.org',
      phone: '010 6820 5000',
      sex: 'female',
    });
    expect(coordinator.body.organisation).toMatchObject({ id: miitId, abbreviation: 'MIIT' });
  });

  it('answers 404 for unknown or malformed ids and 401 for a bad token', async () => {
    expect((await call('GET', '/organisations/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await call('GET', '/people/not-an-id')).status).toBe(404);
    expect((await call('GET', '/organisations', { authorization: 'Bearer nope' })).status).toBe(401);
  });

  it('lets only administrator and manager tokens write', async () => {
    const body = { name: { en: 'Haier Group', zh: '海尔集团' }, kind: 'enterprise' };
    expect((await call('POST', '/organisations', {}, body)).status).toBe(401);
    expect((await call('POST', '/organisations', await bearer(t, 'official'), body)).status).toBe(403);
    expect((await call('POST', '/organisations', await bearer(t, 'coordinator'), body)).status).toBe(403);
    const created = await call('POST', '/organisations', manager, {
      ...body,
      province: 'CN-SD',
      cityId: qingdaoId,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ ...body, size: 'unknown', city: { en: 'Qingdao' }, people: [] });
  });

  it('validates writes with field errors: empty names, huge fields, wrong types', async () => {
    const empty = await call('POST', '/organisations', manager, {
      name: { en: '', zh: '\u200B' },
      kind: 'other',
    });
    expect(empty.status).toBe(422);
    expect(empty.body.error.code).toBe('validation');
    expect(empty.body.error.details.fields['name.en']).toBe('Enter the text in at least one language.');
    const huge = await call('POST', '/organisations', manager, {
      name: { en: 'x'.repeat(1024 * 1024) },
      kind: 'other',
    });
    expect(huge.status).toBe(422);
    expect(huge.body.error.details.fields['name.en']).toBe('Enter at most 200 characters.');
    const typed = await call('POST', '/organisations', manager, {
      name: 5,
      kind: 'other',
      website: 'ftp://x',
    });
    expect(typed.status).toBe(422);
    expect(Object.keys(typed.body.error.details.fields)).toEqual(expect.arrayContaining(['name', 'website']));
    expect((await call('POST', '/organisations', manager, '{not json')).status).toBe(400);
    const tooBig = await call('POST', '/organisations', manager, {
      name: { en: 'x'.repeat(3 * 1024 * 1024) },
    });
    expect(tooBig.status).toBe(413);
  });

  it('stores markup as text and strips hidden characters', async () => {
    const res = await call('POST', '/people', manager, {
      name: '<img src=x onerror=alert(1)>\u200B Li',
      organisationId: miitId,
      role: { zh: '\u202E科员' },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ name: '<img src=x onerror=alert(1)> Li', role: { en: '', zh: '科员' } });
    const page = await (await t.anonymous().get(`/en/directory/people/${res.body.id}`)).text();
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt; Li');
    expect(page).not.toContain('<img src=x');
  });

  it('patches only the fields sent, with the same rules as the forms', async () => {
    const zh = await call('PATCH', `/organisations/${miitId}`, manager, {
      name: { zh: '中华人民共和国工业和信息化部' },
    });
    expect(zh.status).toBe(200);
    expect(zh.body).toMatchObject({
      name: { en: 'Ministry of Industry and Information Technology', zh: '中华人民共和国工业和信息化部' },
      abbreviation: 'MIIT',
      website: 'https://www.miit.gov.cn',
    });
    const wrongCity = await call('PATCH', `/organisations/${miitId}`, manager, { cityId: qingdaoId });
    expect(wrongCity.status).toBe(422);
    expect(wrongCity.body.error.details.fields.cityId).toBe('This city is not in the chosen province.');
    const taken = await call('POST', '/people', manager, { name: 'Copy', email: 'WANG.LI@example.org' });
    expect(taken.status).toBe(422);
    expect(taken.body.error.details.fields.email).toContain('already has this e-mail address');
    const phone = await call('PATCH', `/people/${wangId}`, manager, { phone: '+86 10 6820 5001' });
    expect(phone.body).toMatchObject({
      name: 'Wang Li',
      email: 'wang.li@example.org',
      phone: '+86 10 6820 5001',
    });
    expect(
      (await call('PATCH', '/people/00000000-0000-4000-8000-000000000000', manager, { name: 'x' })).status,
    ).toBe(404);
  });

  it('describes every route in the OpenAPI document', async () => {
    const doc = (await call('GET', '/openapi.json')).body;
    for (const path of ['/organisations', '/organisations/{id}', '/people', '/people/{id}']) {
      expect(doc.paths[path]).toBeDefined();
    }
    expect(doc.paths['/organisations'].post.security).toEqual([{ bearerAuth: [] }]);
    expect(doc.components.schemas).toHaveProperty('Organisation');
    expect(doc.components.schemas).toHaveProperty('PersonPatch');
  });
});
