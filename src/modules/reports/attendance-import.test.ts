import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { checkIns } from '../attendance/schema.js';
import { auditLog } from '../audit/schema.js';
import { registrations } from '../registration/schema.js';
import { apiCall, openEvent, registrationWorld } from '../registration/test-support.js';
import { addPeople } from './test-support.js';

type Result = {
  applied: boolean;
  added: number;
  rows: { row: number; outcome: string; matchedBy: string | null; newDays: string[]; knownDays: string[] }[];
};

function upload(t: TestApp, b: Browser, path: string, csv: string | Uint8Array<ArrayBuffer>) {
  const body = new FormData();
  body.append('_csrf', b.csrf);
  body.append('file', new File([csv], 'sheet.csv', { type: 'text/csv' }));
  return t.app.request(path, { method: 'POST', body, headers: { cookie: b.cookie } });
}

describe.each(DATABASE_KINDS)('attendance import from a sign-in sheet (%s)', (kind) => {
  let t: TestApp;
  let token: string;
  let manager: Browser;
  let eventId: string;

  const SHEET = [
    '姓名,邮箱,2099-06-24,6月25日',
    'Li Na,LI.NA@example.org,✓,x',
    'Zhao Lei,,1,',
    'Wang Wei,,是,是',
    'Nobody Known,nobody@example.org,yes,',
    'Pending Person,,✓,',
    'Chen Jie,,maybe,',
    'Sun Li,,,',
    'li na,,✓,',
  ].join('\n');

  beforeAll(async () => {
    t = await testApp(kind);
    ({ token, manager } = await registrationWorld(t));
    eventId = await openEvent(t, token);
    const db = t.database.db;
    const one = (name: string, extra = {}) =>
      addPeople(db, eventId, { count: 1, name: () => name, ...extra });
    const [li] = await one('Li Na');
    await db
      .update(registrations)
      .set({ email: 'li.na@example.org', emailKey: 'li.na@example.org' })
      .where(eq(registrations.id, li!));
    await one('Zhao Lei');
    await one('Wang Wei');
    await one('wang  wei');
    await one('Pending Person', { status: 'pending' });
    await one('Chen Jie');
    await one('Sun Li');
    // Li Na's first day was already scanned at the door.
    await db.insert(checkIns).values({ registrationId: li!, eventId, day: '2099-06-24', source: 'scan' });
  });
  afterAll(() => t.close());

  const post = (csv: string, confirm: boolean, lang = 'en') =>
    apiCall(t, 'POST', `/events/${eventId}/attendance-imports`, {
      token,
      body: { csv, confirm },
      headers: { 'accept-language': lang },
    });
  const count = async () =>
    (await t.database.db.select().from(checkIns).where(eq(checkIns.eventId, eventId))).length;

  it('previews what each row will do without writing anything', async () => {
    const res = await post(SHEET, false);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Result;
    expect(body).toMatchObject({ applied: false, added: 2 });
    expect(body.rows.map((r) => [r.row, r.outcome, r.matchedBy])).toEqual([
      [2, 'record', 'email'],
      [3, 'record', 'name'],
      [4, 'ambiguous', null],
      [5, 'unmatched', null],
      [6, 'notConfirmed', 'name'],
      [7, 'unreadable', 'name'],
      [8, 'noMark', 'name'],
      [9, 'alreadyRecorded', 'name'],
    ]);
    expect(body.rows[0]).toMatchObject({ newDays: ['2099-06-25'], knownDays: ['2099-06-24'] });
    expect(await count()).toBe(1);
  });

  it('records the sheet once, with source import and an audit entry; the same sheet again adds nothing', async () => {
    const first = (await (await post(SHEET, true)).json()) as Result;
    expect(first).toMatchObject({ applied: true, added: 2 });
    expect(await count()).toBe(3);
    const imported = await t.database.db
      .select()
      .from(checkIns)
      .where(and(eq(checkIns.eventId, eventId), eq(checkIns.source, 'import')));
    expect(imported.map((c) => c.day).sort()).toEqual(['2099-06-24', '2099-06-25']);
    const again = (await (await post(SHEET, true)).json()) as Result;
    expect(again.added).toBe(0);
    expect(again.rows.slice(0, 2).map((r) => r.outcome)).toEqual(['alreadyRecorded', 'alreadyRecorded']);
    expect(await count()).toBe(3);
    const audits = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'attendance'), eq(auditLog.entityId, eventId)));
    expect(audits).toHaveLength(2);
    expect(audits[0]?.after).toMatchObject({ rows: 8, added: 2 });
  });

  it('reads a day column with a mark column, and refuses a day that is not the event’s', async () => {
    const csv = 'email,day,签到\nli.na@example.org,2099-06-30,✓\nli.na@example.org,Day 2,✓\n';
    const body = (await (await post(csv, false)).json()) as Result;
    expect(body.rows.map((r) => r.outcome)).toEqual(['notAnEventDay', 'alreadyRecorded']);
  });

  it('writes everything or nothing', async () => {
    const db = t.database.db;
    // An audit entry that cannot be written, after the check-ins have been inserted.
    await db.execute(sql`create or replace function refuse_attendance_audit() returns trigger as $$
      begin if new.entity = 'attendance' then raise exception 'audit store unavailable'; end if; return new; end $$ language plpgsql`);
    await db.execute(sql`create trigger refuse_attendance_audit before insert on audit_log
      for each row execute function refuse_attendance_audit()`);
    try {
      const res = await post('name,day\nChen Jie,2099-06-24\nSun Li,2099-06-25\n', true);
      expect(res.status).toBe(500);
      expect(await count()).toBe(3);
    } finally {
      await db.execute(sql`drop trigger refuse_attendance_audit on audit_log`);
    }
  });

  it('refuses a sheet it cannot use with a clear message in the reader’s language', async () => {
    const message = async (csv: string, lang = 'en') => {
      const res = await post(csv, false, lang);
      expect(res.status).toBe(422);
      return ((await res.json()) as { error: { message: string } }).error.message;
    };
    expect(await message('organisation,day\nMIIT,2099-06-24\n')).toContain('e-mail column');
    expect(await message('name\nLi Na\n', 'zh-CN')).toBe(
      '本活动为期多天：请添加日期列（day、日期），或每天一列并以日期为标题。',
    );
    expect(await message('name,day\n"Li Na,2099-06-24\n')).toContain('never ends');
    expect(await message('name,day\n')).toContain('no rows');
    expect(await message(`name,day\n${'Li Na,2099-06-24\n'.repeat(5_001)}`)).toContain('more than 5000 rows');
  });

  it('previews an uploaded sheet on the page, then records it once however often confirm is clicked', async () => {
    const page = await upload(
      t,
      manager,
      `/zh/events/${eventId}/attendance-import`,
      'name,day\nSun Li,第1天\n',
    );
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('签到：2099-06-24');
    expect(html).toContain('记录 1 条签到');
    const form = { confirm: '1', csv: 'name,day\nSun Li,第1天\n', _form: 'attendance-import-token-01' };
    const [a, b] = await Promise.all([
      manager.post(`/zh/events/${eventId}/attendance-import`, form),
      manager.post(`/zh/events/${eventId}/attendance-import`, form),
    ]);
    expect([a.status, b.status]).toEqual([303, 303]);
    expect(a.headers.get('location')).toMatch(/imported=1$/);
    expect(await count()).toBe(4);
    const done = await manager.get(a.headers.get('location')!);
    expect(await done.text()).toContain('已根据签到表记录 1 条签到。');
  });

  it('turns away a broken or huge upload on the page, losing nothing', async () => {
    const gbk = new Uint8Array([0xd0, 0xd5, 0xc3, 0xfb, 0x0a, 0xc0, 0xee]);
    const bad = await upload(t, manager, `/en/events/${eventId}/attendance-import`, gbk);
    expect(bad.status).toBe(422);
    expect(await bad.text()).toContain('not UTF-8');
    const huge = await upload(
      t,
      manager,
      `/en/events/${eventId}/attendance-import`,
      `name,day\n${'x'.repeat(3 * 1024 * 1024)}\n`,
    );
    expect(huge.status).toBe(422);
    expect(await huge.text()).toContain('larger than');
    expect(await count()).toBe(4);
  });
});
