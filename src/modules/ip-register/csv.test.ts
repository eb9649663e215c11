import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { BOM, parseCsv } from '../directory/index.js';
import { normaliseDate } from './csv-values.js';
import { createRight } from './save-right.js';
import { ipDeadlines, ipRightResponsibles, ipRights } from './schema.js';
import { addOrganisation, member, noonOn, textOf } from './test-fixtures.js';

function upload(
  t: TestApp,
  b: Browser,
  path: string,
  fields: Record<string, string>,
  file?: string | Uint8Array<ArrayBuffer>,
) {
  const body = new FormData();
  body.append('_csrf', b.csrf);
  for (const [k, v] of Object.entries(fields)) body.append(k, v);
  if (file !== undefined) body.append('file', new File([file], 'rights.csv', { type: 'text/csv' }));
  return t.app.request(path, { method: 'POST', body, headers: { cookie: b.cookie } });
}

const hidden = (html: string, name: string) =>
  html
    .match(new RegExp(`name="${name}" value="([^"]*)"`))?.[1]
    ?.replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** Checks the file, then confirms the preview; returns the final response. */
async function importCsv(t: TestApp, b: Browser, orgId: string, csv: string) {
  const check = await upload(t, b, `/en/toolkit/register/${orgId}/import`, {}, csv);
  expect(check.status, textOf(await check.clone().text()).slice(0, 2000)).toBe(200);
  const html = await check.text();
  return upload(t, b, `/en/toolkit/register/${orgId}/import`, {
    confirm: '1',
    upload: hidden(html, 'upload')!,
    _form: hidden(html, '_form')!,
  });
}

const rightsOf = async (t: TestApp, orgId: string) =>
  (await t.database.db.select({ n: count() }).from(ipRights).where(eq(ipRights.organisationId, orgId)))[0]!.n;

describe.each(DATABASE_KINDS)('CSV import and export (%s)', (kind) => {
  let t: TestApp;
  let org: { id: string };
  let sme: Awaited<ReturnType<typeof member>>;

  beforeAll(async () => {
    t = await testApp(kind);
    t.ctx.now = noonOn('2024-11-20');
    org = await addOrganisation(t.database.db, 'Lotus Tech', '莲花科技');
    sme = await member(t, 'sme', org.id, { email: 'li.na@lotus.example' });
  });
  afterAll(() => t.close());

  it('reads dates as spreadsheets in China rewrite them', () => {
    expect(normaliseDate('2015/3/7')).toBe('2015-03-07');
    expect(normaliseDate('2016年11月15日')).toBe('2016-11-15');
    expect(normaliseDate('２０１６．１１．１５')).toBe('2016-11-15');
    expect(normaliseDate('15/11/2016')).toBe('15/11/2016');
  });

  it('imports a file with a BOM, Chinese headers and Chinese names for the values', async () => {
    const csv = `${BOM}法域,权利类型,名称（英文）,名称（中文）,申请号,状态,注册日,申请日,负责人邮箱\r\n中国,商标,Lotus,莲花,14000001,有效,2015/3/7,,LI.NA@lotus.example\r\n欧洲专利局,专利,Heat exchanger,换热器,EP16198765,申请中,,2016年11月15日,\r\n`;
    const res = await importCsv(t, sme.browser, org.id, csv);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`/en/toolkit/register/${org.id}?done=imported&count=2`);
    const rows = await t.database.db.select().from(ipRights).where(eq(ipRights.organisationId, org.id));
    expect(rows.map((r) => `${r.jurisdiction}:${r.rightKind}:${r.status}`).sort()).toEqual([
      'CN:trademark:in-force',
      'EP:patent:pending',
    ]);
    const tm = rows.find((r) => r.rightKind === 'trademark')!;
    expect(tm.dates).toEqual({ registration: '2015-03-07' });
    expect(tm.expiresOn).toBe('2025-03-06');
    const { n } = (
      await t.database.db
        .select({ n: count() })
        .from(ipRightResponsibles)
        .where(eq(ipRightResponsibles.rightId, tm.id))
    )[0]!;
    expect(n).toBe(1);
    const ep = await t.database.db
      .select()
      .from(ipDeadlines)
      .where(eq(ipDeadlines.rightId, rows.find((r) => r.jurisdiction === 'EP')!.id));
    expect(ep.find((d) => d.key === 'ep-renewal-fee:3:EPO')!.due).toBe('2018-11-30');
  });

  it('lists every wrong row with its column, in the reader’s language, and imports nothing', async () => {
    const before = await rightsOf(t, org.id);
    const csv = [
      'jurisdiction,right,title_en,title_zh,application_number,status,filing_date,grant_date,registration_date,responsible_emails',
      'CN,invention,Pump,泵,201910000001,in-force,2019-05-01,2021-03-02,,',
      'XX,invention,Valve,阀,2,pending,2019-05-01,,,',
      'US,patent,Gear,齿轮,3,in-force,2020-05-01,2019-01-01,,',
      'CN,trademark,,,4,in-force,,,2015-02-30,',
      'CN,trademark,Rose,玫瑰,5,pending,,,,nobody@example.org',
      'CN,invention,Pump again,泵2,201910000001,pending,2019-05-01,,,',
      'EU,trademark,Rose,玫瑰,8,in-force,2030-01-10,,2020-05-01,',
    ].join('\n');
    for (const lang of ['en', 'zh'] as const) {
      const res = await upload(t, sme.browser, `/${lang}/toolkit/register/${org.id}/import`, {}, csv);
      expect(res.status).toBe(422);
      const rows = [
        ...(await res.text()).matchAll(
          /<tr><th scope="row" class="number">(\d+)<\/th><td>(?:<code>([^<]*)<\/code>)?<\/td><td>([^<]*)<\/td><\/tr>/g,
        ),
      ].map((m) => [Number(m[1]), m[2], m[3]]);
      if (lang === 'en') {
        expect(rows).toEqual([
          [3, 'jurisdiction', 'Choose one of the options.'],
          [4, 'grant_date', 'The grant cannot precede the filing date.'],
          [5, 'title_en', 'Enter the text in at least one language.'],
          [5, 'registration_date', 'This date does not exist: the month has no such day (as 30 February).'],
          [6, 'responsible_emails', 'Not the e-mail address of an active member of this organisation.'],
          [7, 'application_number', 'The same application number as row 2.'],
          [8, 'filing_date', 'This date is after today: it cannot have happened yet.'],
          [8, 'registration_date', 'The registration cannot precede the filing date.'],
        ]);
      } else {
        expect(rows.map((r) => r[2])).toEqual([
          '请从选项中选择一项。',
          '授权日不得早于申请日。',
          '请至少用一种语言填写。',
          '该日期不存在：当月没有这一天（如2月30日）。',
          '不是本单位在职人员的电子邮箱。',
          '与第 2 行的申请号相同。',
          '该日期晚于今天，不可能已经发生。',
          '注册日不得早于申请日。',
        ]);
      }
    }
    expect(await rightsOf(t, org.id)).toBe(before);
  });

  it('refuses broken and foreign files with one clear line', async () => {
    const cases: [string | Uint8Array<ArrayBuffer>, string][] = [
      [
        'jurisdiction,right,title_en\nCN,trademark,"Lotus\n',
        'the quoted value that starts in row 2 is never closed',
      ],
      [new Uint8Array([0xc9, 0xcc, 0xb1, 0xea, 0x2c, 0x0a]), 'The file is not UTF-8 text.'],
      ['name,city\nA,B\n', 'The header row needs at least the columns jurisdiction, right and title_en'],
      ['jurisdiction,right,title_en\n', 'The file has no data rows.'],
    ];
    for (const [file, message] of cases) {
      const res = await upload(t, sme.browser, `/en/toolkit/register/${org.id}/import`, {}, file);
      expect(res.status).toBe(422);
      expect(textOf(await res.text())).toContain(message);
    }
  });

  it('re-checks on confirmation: a clash that appeared after the preview imports nothing', async () => {
    const csv =
      'jurisdiction,right,title_en,application_number,status,registration_date\nCN,trademark,Orchid,777,in-force,2016-04-01\n';
    const check = await upload(t, sme.browser, `/en/toolkit/register/${org.id}/import`, {}, csv);
    const html = await check.text();
    await createRight(
      t.database.db,
      sme.user,
      org.id,
      {
        jurisdiction: 'CN',
        right: 'trademark',
        title: { en: 'Orchid (typed in)', zh: '' },
        applicationNumber: '777',
        registrationNumber: '',
        owner: '',
        status: 'pending',
        dates: {},
        options: {},
        notes: '',
        responsibleIds: [],
      },
      t.ctx.now(),
    );
    const before = await rightsOf(t, org.id);
    const res = await upload(t, sme.browser, `/en/toolkit/register/${org.id}/import`, {
      confirm: '1',
      upload: hidden(html, 'upload')!,
      _form: hidden(html, '_form')!,
    });
    expect(res.status).toBe(422);
    expect(textOf(await res.text())).toContain(
      'A right with this application number is already in the register.',
    );
    expect(await rightsOf(t, org.id)).toBe(before);
  });

  it('exports with headers in the reader’s language and inert formulas, and the file imports back unchanged', async () => {
    await createRight(
      t.database.db,
      sme.user,
      org.id,
      {
        jurisdiction: 'US',
        right: 'trademark',
        title: { en: '=HYPERLINK("http://evil.example","x")', zh: '@SUM(1+1)' },
        applicationNumber: '-87000001',
        registrationNumber: '+5000001',
        owner: 'Lotus, "Tech"',
        status: 'in-force',
        dates: { registration: '2021-08-31' },
        options: {},
        notes: 'line one\nline two',
        responsibleIds: [],
      },
      t.ctx.now(),
    );
    const zh = await sme.browser.get(`/zh/toolkit/register/${org.id}/rights.csv`);
    expect(zh.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    const bytes = new Uint8Array(await zh.arrayBuffer());
    // Spreadsheets need the byte-order mark to read UTF-8 (a text() reader would hide it).
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const zhText = new TextDecoder().decode(bytes);
    expect(parseCsv(zhText)[0]!.slice(0, 4)).toEqual(['编号', '法域', '权利类型', '名称（英文）']);
    const en = await (await sme.browser.get(`/en/toolkit/register/${org.id}/rights.csv`)).text();
    const table = parseCsv(en);
    const header = table[0]!;
    const row = table.find((r) => r[header.indexOf('jurisdiction')] === 'US')!;
    const col = (name: string) => row[header.indexOf(name)];
    expect(col('title_en')).toBe('\'=HYPERLINK("http://evil.example","x")');
    expect(col('title_zh')).toBe("'@SUM(1+1)");
    expect(col('application_number')).toBe("'-87000001");
    expect(col('registration_number')).toBe("'+5000001");
    expect(col('owner')).toBe('Lotus, "Tech"');
    expect(col('expiry')).toBe('2031-08-31');
    expect(col('next_deadline_due')).toBe('2027-08-31');
    const before = await t.database.db.select().from(ipRights).where(eq(ipRights.organisationId, org.id));
    const res = await importCsv(t, sme.browser, org.id, en);
    expect(res.status).toBe(303);
    const after = await t.database.db.select().from(ipRights).where(eq(ipRights.organisationId, org.id));
    expect(after).toHaveLength(before.length);
    const us = after.find((r) => r.jurisdiction === 'US')!;
    expect(us.title).toEqual({ en: '=HYPERLINK("http://evil.example","x")', zh: '@SUM(1+1)' });
    expect(us.applicationNumber).toBe('-87000001');
    expect(us.notes).toBe('line one\nline two');
  });

  it('uses a checked file once, and only for its importer', async () => {
    const csv = 'jurisdiction,right,title_en,status\nCN,trade-secret,Recipe,in-force\n';
    const check = await upload(t, sme.browser, `/en/toolkit/register/${org.id}/import`, {}, csv);
    const html = await check.text();
    const stranger = await member(t, 'sme', org.id);
    const theirs = await upload(t, stranger.browser, `/zh/toolkit/register/${org.id}/import`, {
      confirm: '1',
      upload: hidden(html, 'upload')!,
    });
    expect(theirs.status).toBe(422);
    expect(textOf(await theirs.text())).toContain('已检查的文件已失效');
    const first = await upload(t, sme.browser, `/en/toolkit/register/${org.id}/import`, {
      confirm: '1',
      upload: hidden(html, 'upload')!,
      _form: hidden(html, '_form')!,
    });
    expect(first.status).toBe(303);
    const again = await upload(t, sme.browser, `/en/toolkit/register/${org.id}/import`, {
      confirm: '1',
      upload: hidden(html, 'upload')!,
    });
    expect(again.status).toBe(422);
    expect(textOf(await again.text())).toContain('The checked file is no longer here');
  });

  it('lets only those who change the register import, and those who see it export', async () => {
    const manager = await member(t, 'manager', null);
    expect((await manager.browser.get(`/en/toolkit/register/${org.id}/rights.csv`)).status).toBe(200);
    expect((await manager.browser.get(`/en/toolkit/register/${org.id}/import`)).status).toBe(403);
    const stranger = await member(t, 'sme', (await addOrganisation(t.database.db)).id);
    expect((await stranger.browser.get(`/en/toolkit/register/${org.id}/rights.csv`)).status).toBe(404);
    expect((await upload(t, stranger.browser, `/en/toolkit/register/${org.id}/import`, {}, 'x')).status).toBe(
      404,
    );
  });
});
