import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { auditLog } from '../audit/schema.js';
import { createOrganisation } from './create-organisation.js';
import { createPerson } from './create-person.js';
import { BOM, parseCsv } from './csv.js';
import { organisations, people } from './schema.js';
import { actor, addCities, organisation, person } from './test-fixtures.js';

const ORG_HEADER = 'id,name_en,name_zh,abbreviation,kind,size,sector,province,city,website';
const PEOPLE_HEADER = 'name,name_alt,organisation,role_en,role_zh,sex,email,phone';

function upload(t: TestApp, b: Browser, path: string, csv: string | Uint8Array<ArrayBuffer>) {
  const body = new FormData();
  body.append('_csrf', b.csrf);
  body.append('file', new File([csv], 'upload.csv', { type: 'text/csv' }));
  return t.app.request(path, { method: 'POST', body, headers: { cookie: b.cookie } });
}

async function seed(t: TestApp) {
  const places = await addCities(t.database.db);
  const admin = await actor(t, 'admin');
  const db = t.database.db;
  const miit = await createOrganisation(db, admin, organisation());
  const haier = await createOrganisation(
    db,
    admin,
    organisation({
      name: { en: '=HYPERLINK("http://evil.example")', zh: '海尔集团，青岛' },
      abbreviation: '"H"',
      kind: 'enterprise',
      size: 'large',
      sector: 'consumer_goods',
      province: 'CN-SD',
      cityId: places.qingdao.id,
      website: '',
    }),
  );
  await createPerson(
    db,
    admin,
    person({ organisationId: miit.id, email: 'wang.li@example.org', phone: '+86 10 6820 5000' }),
  );
  await createPerson(
    db,
    admin,
    person({
      name: '@Zhang, "Wei"',
      nameAlt: '张伟',
      organisationId: haier.id,
      sex: null,
      role: { en: '', zh: '-经理' },
    }),
  );
  return { miit, haier, places };
}

const count = async (t: TestApp, table: typeof organisations | typeof people) =>
  (await t.database.db.select().from(table)).length;

describe.each(DATABASE_KINDS)('CSV export and import on %s', (kind) => {
  let t: TestApp;
  let manager: Browser;
  let fixtures: Awaited<ReturnType<typeof seed>>;

  beforeAll(async () => {
    t = await testApp(kind);
    fixtures = await seed(t);
    manager = await t.signIn('manager');
  });
  afterAll(() => t.close());

  it('exports organisations as UTF-8 CSV with a BOM, quoted and safe for spreadsheets, honouring filters', async () => {
    const res = await manager.get('/zh/directory/organisations.csv?province=CN-SD');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="organisations-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const raw = new Uint8Array(await res.arrayBuffer());
    expect([...raw.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(raw);
    expect(text.startsWith(`${BOM}${ORG_HEADER}\r\n`)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(text);
    expect(rows).toHaveLength(2);
    expect(rows[1]!.slice(1, 4)).toEqual(['\'=HYPERLINK("http://evil.example")', '海尔集团，青岛', '"H"']);
    expect(text).toContain('"\'=HYPERLINK(""http://evil.example"")"');
    expect(rows[1]!.slice(4, 9)).toEqual(['enterprise', 'large', 'consumer_goods', 'CN-SD', 'Qingdao']);
  });

  it('exports people with contact details for staff, neutralising formula-like names and phones', async () => {
    const text = await (await manager.get('/en/directory/people.csv')).text();
    expect(text).toContain('wang.li@example.org');
    expect(text).toContain("'+86 10 6820 5000");
    expect(text).toContain('"\'@Zhang, ""Wei"""');
    expect(text).toContain("'-经理");
    const filtered = parseCsv(await (await manager.get('/en/directory/people.csv?q=wang')).text());
    expect(filtered).toHaveLength(2);
  });

  it('keeps exports and imports from the public and from other roles', async () => {
    expect((await t.anonymous().get('/en/directory/people.csv')).status).toBe(303);
    const official = await t.signIn('official');
    expect((await official.get('/en/directory/organisations.csv')).status).toBe(403);
    expect((await official.get('/en/directory/organisations/import')).status).toBe(403);
    const coordinator = await t.signIn('coordinator', { scopes: [{ province: 'CN-SD', cityId: null }] });
    expect(
      (await upload(t, coordinator, '/en/directory/people/import', `${PEOPLE_HEADER}\r\nA,,,,,,,\r\n`))
        .status,
    ).toBe(403);
  });

  it('imports nothing when one row is wrong, and says which row and column', async () => {
    const before = await count(t, organisations);
    const csv = [
      ORG_HEADER,
      ',Shenyang Bureau,沈阳市工信局,,government,,,Liaoning,,',
      ',Fuzhou Bureau,福州市工信局,,ministry,,,CN-FJ,,',
      ',,,,partner,,,,,',
      ',Ministry of Industry and Information Technology,,,government,,,,,',
      ',Bad web,,,other,,,,,javascript:alert(1)',
      ',Atlantis office,,,other,,,Atlantis,,',
    ].join('\r\n');
    const res = await upload(t, manager, '/en/directory/organisations/import', csv);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Nothing was imported');
    expect(html).toMatch(
      /<th scope="row" class="number">3<\/th><td><code>kind<\/code><\/td><td>Choose one of the options.<\/td>/,
    );
    expect(html).toMatch(
      />4<\/th><td><code>name_en<\/code><\/td><td>Enter the text in at least one language.</,
    );
    expect(html).toMatch(
      />5<\/th><td><code>name_en<\/code><\/td><td>An organisation with this name is already in the directory.</,
    );
    expect(html).toMatch(/>6<\/th><td><code>website<\/code>/);
    expect(html).toMatch(/>7<\/th><td><code>province<\/code><\/td><td>This is not a province we know.</);
    expect(html).not.toMatch(/>2<\/th>/);
    expect(await count(t, organisations)).toBe(before);
  });

  it('refuses a file that is not UTF-8 or not CSV, in the reader’s language', async () => {
    const gbk = new Uint8Array([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0xc9, 0xf2, 0xd1, 0xf4]);
    const res = await upload(t, manager, '/zh/directory/organisations/import', gbk);
    expect(res.status).toBe(422);
    expect(await res.text()).toContain('文件不是 UTF-8 编码的文本');
    const broken = await upload(
      t,
      manager,
      '/en/directory/organisations/import',
      `${ORG_HEADER}\r\n,"open,,,`,
    );
    expect(await broken.text()).toContain('the quoted value that starts in row 2 is never closed');
    const missing = await upload(t, manager, '/en/directory/organisations/import', 'name,kind\r\nA,other');
    expect(await missing.text()).toContain('lacks these columns: name_en, name_zh');
  });

  it('refuses a sheet over 5 MB with the limit named, importing nothing', async () => {
    const before = await count(t, organisations);
    const big = `${ORG_HEADER}\r\n${`,Bureau,局,,other,,,,,\r\n`.repeat(260_000)}`;
    expect(big.length).toBeGreaterThan(5 * 1024 * 1024);
    const zh = await upload(t, manager, '/zh/directory/organisations/import', big);
    expect(zh.status).toBe(422);
    expect(await zh.text()).toContain('文件超过 5 MB。');
    const en = await upload(t, manager, '/en/directory/organisations/import', big);
    expect(await en.text()).toContain('The file is larger than 5 MB.');
    expect(await count(t, organisations)).toBe(before);
  });

  it('previews a good file, then imports it once in one go, with an audit entry per record', async () => {
    const csv = `${ORG_HEADER}\r\n,Shenyang Bureau,沈阳市工信局,SYIIT,政府部门,SME,Software and IT services,辽宁,,https://sy.example.cn\r\n,,厦门软件园,,合作单位,,,,xiamen,\r\n`;
    const preview = await upload(t, manager, '/en/directory/organisations/import', csv);
    expect(preview.status).toBe(200);
    const html = await preview.text();
    expect(html).toContain('2 rows are ready to import');
    expect(html).toContain('name="confirm"');
    const before = await count(t, organisations);
    const body = { confirm: '1', csv, _form: 'import-confirm-token-01' };
    const first = await manager.post('/en/directory/organisations/import', body);
    const again = await manager.post('/en/directory/organisations/import', body);
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe('/en/directory?imported=2');
    expect(again.headers.get('location')).toBe(first.headers.get('location'));
    expect(await count(t, organisations)).toBe(before + 2);
    const [sy] = await t.database.db
      .select()
      .from(organisations)
      .where(eq(organisations.abbreviation, 'SYIIT'));
    expect(sy).toMatchObject({ kind: 'government', size: 'sme', sector: 'software', province: 'CN-LN' });
    const [xm] = await t.database.db
      .select()
      .from(organisations)
      .where(eq(organisations.cityId, fixtures.places.xiamen.id));
    expect(xm).toMatchObject({ kind: 'partner', province: 'CN-FJ' });
    const audits = await t.database.db.select().from(auditLog).where(eq(auditLog.action, 'import'));
    expect(audits.filter((a) => a.entity === 'organisation')).toHaveLength(2);
  });

  it('matches people to organisations by name or abbreviation and refuses e-mail addresses in use', async () => {
    const before = await count(t, people);
    const bad = [
      PEOPLE_HEADER,
      'Li Na,李娜,工业和信息化部,Officer,科员,f,li.na@example.org,',
      'Chen Gang,陈刚,MIIT,,,m,WANG.LI@example.org,',
      'Liu Yang,刘洋,No such body,,,,,',
      'Sun Li,孙丽,miit,,,,li.na@example.org,',
    ].join('\n');
    const res = await upload(t, manager, '/en/directory/people/import', bad);
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toMatch(
      />3<\/th><td><code>email<\/code><\/td><td>Another person in the directory already has this e-mail address.</,
    );
    expect(html).toMatch(
      />4<\/th><td><code>organisation<\/code><\/td><td>No organisation in the directory has this name or abbreviation.</,
    );
    expect(html).toMatch(
      />5<\/th><td><code>email<\/code><\/td><td>This repeats an earlier row of the file.</,
    );
    expect(await count(t, people)).toBe(before);
    const good = [
      PEOPLE_HEADER,
      'Li Na,李娜,工业和信息化部,Officer,科员,女,li.na@example.org,',
      'Chen Gang,陈刚,miit,,,m,,',
    ].join('\n');
    const done = await manager.post('/en/directory/people/import', {
      confirm: '1',
      csv: good,
      _form: 'people-import-token-001',
    });
    expect(done.status).toBe(303);
    const [li] = await t.database.db.select().from(people).where(eq(people.email, 'li.na@example.org'));
    expect(li).toMatchObject({ organisationId: fixtures.miit.id, sex: 'female', nameAlt: '李娜' });
  });
});

describe.each(DATABASE_KINDS)('CSV round trip on %s', (kind) => {
  let source: TestApp;
  let target: TestApp;
  beforeAll(async () => {
    source = await testApp(kind);
    target = await testApp(kind);
    await seed(source);
    await addCities(target.database.db);
  });
  afterAll(async () => {
    await source.close();
    await target.close();
  });

  it('imports its own export into an empty directory and exports the same files again', async () => {
    const from = await source.signIn('admin');
    const to = await target.signIn('admin');
    const orgs = await (await from.get('/en/directory/organisations.csv')).text();
    const ppl = await (await from.get('/en/directory/people.csv')).text();
    for (const [path, csv] of [
      ['/en/directory/organisations/import', orgs],
      ['/en/directory/people/import', ppl],
    ] as const) {
      const preview = await upload(target, to, path, csv);
      expect(preview.status).toBe(200);
      const done = await to.post(path, { confirm: '1', csv });
      expect(done.status).toBe(303);
    }
    expect(await (await to.get('/en/directory/organisations.csv')).text()).toBe(orgs);
    expect(await (await to.get('/en/directory/people.csv')).text()).toBe(ppl);
  });

  it('updates in place when the export comes back to where it was made', async () => {
    const admin = await source.signIn('admin');
    const orgs = await (await admin.get('/en/directory/organisations.csv')).text();
    const changed = orgs.replace('Ministry of Industry and Information Technology', 'MIIT of China');
    const before = await count(source, organisations);
    const done = await admin.post('/en/directory/organisations/import', { confirm: '1', csv: changed });
    expect(done.status).toBe(303);
    expect(await count(source, organisations)).toBe(before);
    expect(await (await admin.get('/en/directory/organisations.csv')).text()).toBe(changed);
  });
});
