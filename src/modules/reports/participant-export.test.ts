import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { excelSerial, readWorkbook } from '../../../tests/helpers/xlsx.js';
import { todayIso } from '../../lib/dates.js';
import { parseCsv } from '../directory/index.js';
import { apiToken } from '../events/test-fixtures.js';
import { registrationAnswers, registrationQuestions } from '../registration/schema.js';
import { apiCall, openEvent, registrationWorld, type Seed } from '../registration/test-support.js';
import { addPeople } from './test-support.js';

describe.each(DATABASE_KINDS)('participant list export (%s)', (kind) => {
  let t: TestApp;
  let token: string;
  let seed: Seed;
  let eventId: string;
  let ids: string[];

  beforeAll(async () => {
    t = await testApp(kind);
    ({ token, seed } = await registrationWorld(t));
    eventId = await openEvent(t, token);
    const db = t.database.db;
    const [diet, accept] = await db
      .insert(registrationQuestions)
      .values([
        {
          eventId,
          position: 1,
          kind: 'single_choice',
          label: { en: 'Meal', zh: '餐食' },
          options: [
            { value: 'veg', label: { en: 'Vegetarian', zh: '素食' } },
            { value: 'any', label: { en: 'Anything', zh: '不限' } },
          ],
        },
        { eventId, position: 2, kind: 'yes_no', label: { en: 'Photos allowed', zh: '同意拍照' } },
      ])
      .returning();
    ids = [
      ...(await addPeople(db, eventId, {
        count: 1,
        attended: 1,
        days: ['2099-06-24', '2099-06-25'],
        organisationType: 'government',
        sex: 'female',
        name: () => '李娜',
      })),
      ...(await addPeople(db, eventId, {
        count: 1,
        attended: 1,
        days: ['2099-06-25'],
        organisationId: seed.miit.id,
        name: () => '=HYPERLINK("http://evil.example","click")',
      })),
      ...(await addPeople(db, eventId, { count: 1, status: 'waitlisted', name: () => 'Wang Wei' })),
    ];
    await db.insert(registrationAnswers).values([
      { registrationId: ids[0]!, questionId: diet!.id, value: 'veg' },
      { registrationId: ids[0]!, questionId: accept!.id, value: 'yes' },
      { registrationId: ids[1]!, questionId: accept!.id, value: 'no' },
    ]);
  });
  afterAll(() => t.close());

  const download = (query: string, lang = 'en', tok = token) =>
    apiCall(t, 'GET', `/events/${eventId}/participants?${query}`, {
      token: tok,
      headers: { 'accept-language': lang },
    });

  it('writes a row per registration with answers, attendance per day and a total, headed in the reader’s language', async () => {
    const res = await download('format=csv', 'zh-CN');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/attachment; filename="participants-.*\.csv"/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(new TextDecoder().decode(bytes)).filter((r) => r.length > 1);
    expect(header).toEqual([
      '姓名',
      '电子邮箱',
      '状态',
      '候补顺位',
      '工作单位',
      '单位类型',
      '性别',
      '报名日期',
      '餐食',
      '同意拍照',
      '2099-06-24 (6月24日) 出席',
      '2099-06-25 (6月25日) 出席',
      '出席天数',
    ]);
    const li = rows.find((r) => r[0] === '李娜')!;
    expect(li.slice(2, 4)).toEqual(['已确认', '']);
    expect(li.slice(5, 7)).toEqual(['政府部门', '女']);
    expect(li.slice(8)).toEqual(['素食', '是', '✓', '✓', '2']);
    const wang = rows.find((r) => r[0] === 'Wang Wei')!;
    expect(wang.slice(2, 4)).toEqual(['候补', '1']);
    expect(wang.at(-1)).toBe('0');
  });

  it('neutralises text a spreadsheet would run as a formula, and takes the type from the directory', async () => {
    const text = new TextDecoder().decode(await (await download('format=csv')).arrayBuffer());
    const row = parseCsv(text).find((r) => r[0]?.includes('HYPERLINK'))!;
    expect(row[0]).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(row[5]).toBe('Government');
    expect(row.slice(9)).toEqual(['No', '', '✓', '1']);
  });

  it('filters as the registration list does, and writes the same as an XLSX workbook', async () => {
    const waiting = parseCsv(
      new TextDecoder().decode(await (await download('format=csv&status=waitlisted')).arrayBuffer()),
    ).filter((r) => r.length > 1);
    expect(waiting.slice(1).map((r) => r[0])).toEqual(['Wang Wei']);
    const res = await download('format=xlsx&q=%E6%9D%8E');
    expect(res.headers.get('content-type')).toContain('spreadsheetml');
    const files = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const sheet = new TextDecoder().decode(files['xl/worksheets/sheet1.xml']);
    expect(sheet).toContain('李娜');
    expect(sheet).not.toContain('Wang Wei');
    expect(sheet).not.toContain('<f>');
  });

  it('writes the day of registration as a date cell, in the programme’s time zone', async () => {
    const res = await download('format=xlsx', 'zh');
    const { cells } = readWorkbook(new Uint8Array(await res.arrayBuffer())).sheets[0]!;
    expect(cells.H1).toMatchObject({ type: 'inlineStr', value: '报名日期' });
    const today = todayIso();
    for (const row of [2, 3, 4]) {
      expect(cells[`H${row}`]).toMatchObject({
        type: 'n',
        value: String(excelSerial(today)),
        format: 'yyyy-mm-dd',
      });
    }
    const csv = parseCsv(new TextDecoder().decode(await (await download('format=csv')).arrayBuffer()));
    expect(csv[1]![7]).toBe(today);
  });

  it('is for the event’s staff only', async () => {
    const elsewhere = await t.signIn('coordinator', {
      scopes: [{ province: 'CN-FJ', cityId: seed.xiamen.id }],
    });
    expect((await download('format=csv', 'en', await apiToken(t.database, elsewhere.userId!))).status).toBe(
      403,
    );
    const here = await t.signIn('coordinator', { scopes: [{ province: 'CN-SD', cityId: null }] });
    expect((await download('format=csv', 'en', await apiToken(t.database, here.userId!))).status).toBe(200);
    const official = await t.signIn('official');
    expect((await official.get(`/en/events/${eventId}/participants.csv`)).status).toBe(403);
    const manager = await t.signIn('manager');
    const page = await manager.get(`/zh/events/${eventId}/participants.xlsx`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('spreadsheetml');
  });
});
