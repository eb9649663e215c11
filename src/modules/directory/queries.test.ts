import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { AppError } from '../../lib/errors.js';
import { auditLog } from '../audit/schema.js';
import { createOrganisation } from './create-organisation.js';
import { createPerson } from './create-person.js';
import { getPerson, listPeople, searchOrganisations } from './queries.js';
import { organisations } from './schema.js';
import { actor, addCities, organisation, person } from './test-fixtures.js';
import { updateOrganisation } from './update-organisation.js';
import { updatePerson } from './update-person.js';

describe.each(DATABASE_KINDS)('directory queries and rules on %s', (kind) => {
  let t: TestApp;
  let places: Awaited<ReturnType<typeof addCities>>;
  let miitId: string;
  let haierId: string;

  beforeAll(async () => {
    t = await testApp(kind);
    places = await addCities(t.database.db);
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
          kind: 'enterprise',
          size: 'large',
          sector: 'consumer_goods',
          province: 'CN-SD',
          cityId: places.qingdao.id,
          website: '',
        }),
      )
    ).id;
    await createOrganisation(
      db,
      admin,
      organisation({
        name: { en: 'Xiamen Software Park', zh: '厦门软件园' },
        abbreviation: '',
        kind: 'partner',
        sector: 'software',
        province: '',
        cityId: places.xiamen.id,
        website: '',
      }),
    );
    await createPerson(db, admin, person({ organisationId: miitId, email: 'wang.li@example.org' }));
  });
  afterAll(() => t.close());

  const names = async (q: string, extra = {}) =>
    (await searchOrganisations(t.database.db, { q, ...extra })).items.map((o) => o.name.en);

  it('finds organisations by Chinese words, parts of words and abbreviations', async () => {
    expect(await names('工业')).toEqual(['Ministry of Industry and Information Technology']);
    expect(await names('信息化部')).toEqual(['Ministry of Industry and Information Technology']);
    expect(await names('miit')).toEqual(['Ministry of Industry and Information Technology']);
    expect(await names('MIIT')).toEqual(['Ministry of Industry and Information Technology']);
    expect(await names('haier')).toEqual(['Haier Group']);
    expect(await names('海尔')).toEqual(['Haier Group']);
    expect(await names('nothing like this')).toEqual([]);
  });

  it('finds organisations by the name of their city or province in either language', async () => {
    expect(await names('青岛')).toEqual(['Haier Group']);
    expect(await names('shandong')).toEqual(['Haier Group']);
    // A city chosen without a province brings its province along.
    expect(await names('福建')).toEqual(['Xiamen Software Park']);
  });

  it('filters by kind, province and sector, and counts each kind', async () => {
    const all = await searchOrganisations(t.database.db, {});
    expect(all.total).toBe(3);
    expect(all.kindCounts).toEqual({ government: 1, enterprise: 1, partner: 1, other: 0 });
    expect(await names('', { kind: 'enterprise' })).toEqual(['Haier Group']);
    expect(await names('', { province: 'CN-FJ' })).toEqual(['Xiamen Software Park']);
    expect(await names('', { sector: 'consumer_goods' })).toEqual(['Haier Group']);
    const filtered = await searchOrganisations(t.database.db, { kind: 'partner' });
    expect(filtered.total).toBe(1);
    expect(filtered.kindCounts.government).toBe(1);
  });

  it('pages through results sorted by name in the reader’s language', async () => {
    const first = await searchOrganisations(t.database.db, { pageSize: 2, lang: 'en' });
    const second = await searchOrganisations(t.database.db, { pageSize: 2, page: 2, lang: 'en' });
    expect(first.pages).toBe(2);
    expect(first.items.map((o) => o.name.en)).toEqual([
      'Haier Group',
      'Ministry of Industry and Information Technology',
    ]);
    expect(second.items.map((o) => o.name.en)).toEqual(['Xiamen Software Park']);
    expect(first.items.find((o) => o.id === miitId)?.peopleCount).toBe(1);
  });

  it('finds people by either script and by their organisation', async () => {
    const db = t.database.db;
    expect((await listPeople(db, { q: '王丽' })).items.map((p) => p.name)).toEqual(['Wang Li']);
    expect((await listPeople(db, { q: 'wang' })).total).toBe(1);
    expect((await listPeople(db, { q: '海尔 处长' })).total).toBe(0);
    expect((await listPeople(db, { q: 'miit 处长' })).total).toBe(1);
    expect((await listPeople(db, { province: 'CN-BJ' })).total).toBe(1);
    expect((await listPeople(db, { organisationId: haierId })).total).toBe(0);
  });

  it('keeps people findable by their organisation’s new name after a rename', async () => {
    const db = t.database.db;
    const admin = await actor(t, 'manager');
    await updateOrganisation(db, admin, miitId, organisation({ abbreviation: '工信部' }));
    expect((await listPeople(db, { q: '工信部' })).total).toBe(1);
  });

  it('refuses, in the query itself, a coordinator changing an organisation outside their province', async () => {
    const db = t.database.db;
    const coordinator = await actor(t, 'coordinator', [{ province: 'CN-FJ', cityId: null }]);
    const before = await db.select().from(organisations).where(eq(organisations.id, haierId));
    const err = await updateOrganisation(
      db,
      coordinator,
      haierId,
      organisation({ name: { en: 'Taken', zh: '' } }),
    ).catch((e) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('forbidden');
    const after = await db.select().from(organisations).where(eq(organisations.id, haierId));
    expect(after).toEqual(before);
  });

  it('lets a coordinator add and change organisations in their area, but not move them out of it', async () => {
    const db = t.database.db;
    const coordinator = await actor(t, 'coordinator', [{ province: 'CN-SD', cityId: places.qingdao.id }]);
    const ok = await createOrganisation(
      db,
      coordinator,
      organisation({
        name: { en: 'Qingdao SME Office', zh: '青岛市中小企业局' },
        province: 'CN-SD',
        cityId: places.qingdao.id,
      }),
    );
    const elsewhere = await createOrganisation(
      db,
      coordinator,
      organisation({ name: { en: 'Jinan office', zh: '' }, province: 'CN-SD', cityId: places.jinan.id }),
    ).catch((e) => e);
    expect((elsewhere as AppError).details).toEqual({ fields: { province: 'directory.error.outsideScope' } });
    const moved = await updateOrganisation(
      db,
      coordinator,
      ok.id,
      organisation({ name: ok.name, province: 'CN-GD', cityId: places.guangzhou.id }),
    ).catch((e) => e);
    expect((moved as AppError).code).toBe('validation');
    const [still] = await db.select().from(organisations).where(eq(organisations.id, ok.id));
    expect(still!.province).toBe('CN-SD');
  });

  it('scopes a coordinator’s changes to people through their organisation', async () => {
    const db = t.database.db;
    const coordinator = await actor(t, 'coordinator', [{ province: 'CN-SD', cityId: null }]);
    const [wang] = (await listPeople(db, { q: 'wang' })).items;
    const refused = await updatePerson(db, coordinator, wang!.id, person({ organisationId: haierId })).catch(
      (e) => e,
    );
    expect((refused as AppError).code).toBe('forbidden');
    expect((await getPerson(db, wang!.id))?.organisation?.id).toBe(miitId);
    const added = await createPerson(db, coordinator, person({ name: 'Li Hua', organisationId: haierId }));
    const bad = await createPerson(db, coordinator, person({ name: 'Zhao', organisationId: miitId })).catch(
      (e) => e,
    );
    expect((bad as AppError).details).toEqual({ fields: { organisationId: 'directory.error.outsideScope' } });
    expect(added.organisationId).toBe(haierId);
  });

  it('keeps one person per e-mail address, whatever its case', async () => {
    const admin = await actor(t, 'admin');
    const err = await createPerson(t.database.db, admin, person({ email: 'WANG.LI@example.org' })).catch(
      (e) => e,
    );
    expect((err as AppError).details).toEqual({ fields: { email: 'directory.error.emailTaken' } });
  });

  it('records every change in the audit log', async () => {
    const rows = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, miitId));
    expect(rows.map((r) => r.action).sort()).toEqual(['create', 'update']);
    expect(rows.every((r) => r.entity === 'organisation' && r.actorId)).toBe(true);
  });

  it('rejects a city that is not in the chosen province', async () => {
    const admin = await actor(t, 'admin');
    const err = await createOrganisation(
      t.database.db,
      admin,
      organisation({ name: { en: 'Wrong place', zh: '' }, province: 'CN-GD', cityId: places.qingdao.id }),
    ).catch((e) => e);
    expect((err as AppError).details).toEqual({ fields: { cityId: 'directory.error.cityProvince' } });
  });
});
