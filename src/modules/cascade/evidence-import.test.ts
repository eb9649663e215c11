import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from '../../../tests/helpers/app.js';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { writeXlsx } from '../../lib/xlsx.js';
import { files } from '../files/schema.js';
import { CREDIT_CODE, person, signInWorld } from './attendees-test-support.js';
import { sessionAttendees, sessionEvidence } from './schema.js';
import { addAttendee } from './test-fixtures.js';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(200).fill(7)]);

describe.each(DATABASE_KINDS)('evidence and sheet import on %s', (kind) => {
  let t: TestApp;
  let world: Awaited<ReturnType<typeof signInWorld>>;
  let base: string;

  const post = (who: Browser, path: string, parts: Record<string, string | File>) => {
    const form = new FormData();
    form.append('_csrf', who.csrf);
    for (const [k, v] of Object.entries(parts)) form.append(k, v);
    return t.app.request(path, { method: 'POST', body: form, headers: { cookie: who.cookie } });
  };
  const file = (bytes: Uint8Array | string, name: string) =>
    new File([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)], name);
  const stored = async () => ({
    files: Number((await t.database.db.select({ n: count() }).from(files))[0]!.n),
    evidence: (await t.database.db.select().from(sessionEvidence)).length,
    attendees: (
      await t.database.db
        .select()
        .from(sessionAttendees)
        .where(eq(sessionAttendees.eventId, world.session.id))
    ).length,
  });

  beforeAll(async () => {
    t = await testApp(kind);
    world = await signInWorld(t);
    base = `/events/${world.session.id}`;
  });
  afterAll(() => t.close());

  it('keeps a photo, lists it, downloads it safely, and lets only its uploader or a manager delete it', async () => {
    const trainer = world.trainerUser.browser;
    const up = await post(trainer, `/en${base}/evidence`, {
      file: file(PNG, 'room.png'),
      kind: 'photo',
      note: 'Morning',
    });
    expect(up.status).toBe(303);
    const [ev] = await t.database.db.select().from(sessionEvidence);
    expect(ev).toMatchObject({ kind: 'photo', note: 'Morning', uploadedBy: world.trainerUser.actor.id });
    expect(await (await trainer.get(`/zh${base}/attendees`)).text()).toContain('room.png');
    const down = await trainer.get(`/en${base}/evidence/${ev!.id}`);
    expect(down.headers.get('content-type')).toBe('image/png');
    expect(down.headers.get('content-disposition')).toMatch(/^attachment/);
    expect(down.headers.get('x-content-type-options')).toBe('nosniff');
    expect(new Uint8Array(await down.arrayBuffer())).toEqual(PNG);
    expect((await world.outsider.browser.get(`/en${base}/evidence/${ev!.id}`)).status).toBe(404);
    const coordinator = await person(t, 'coordinator', [{ province: 'CN-SD', cityId: null }]);
    const refused = await coordinator.browser.post(`/zh${base}/evidence/${ev!.id}/delete`, {});
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('只有上传人或项目管理人员可以删除此文件');
    expect((await world.manager.browser.post(`/en${base}/evidence/${ev!.id}/delete`, {})).status).toBe(303);
    expect(await stored()).toMatchObject({ files: 0, evidence: 0 });
  });

  it('refuses a huge file and a file that is not a photo or scan, in the reader’s language, writing nothing', async () => {
    const before = await stored();
    const huge = new Uint8Array(11 * 1024 * 1024);
    huge.set([0xff, 0xd8, 0xff, 0xe0]);
    const big = await post(world.trainerUser.browser, `/en${base}/evidence`, {
      file: file(huge, 'huge.jpg'),
      kind: 'photo',
    });
    expect(big.status).toBe(422);
    expect(await big.text()).toContain('The file is larger than 10 MB.');
    const text = await post(world.trainerUser.browser, `/zh${base}/evidence`, {
      file: file('just words', 'photo.jpg'),
      kind: 'photo',
    });
    expect(text.status).toBe(422);
    expect(await text.text()).toContain('此处不能上传这种类型的文件');
    expect(await stored()).toEqual(before);
  });

  it('imports a typed-up sheet row by row, reporting problems and duplicates, and keeps its scan as evidence', async () => {
    await addAttendee(t.database.db, world.session.id, world.w.qingdao.id, {
      name: '已到',
      organisation: 'A',
      phone: '13900000001',
    });
    const csv = [
      '姓名 / Name,单位 / Organisation,统一社会信用代码,行业,电话或邮箱,性别',
      `刘强,青岛海纳电子有限公司,${CREDIT_CODE},电子信息,13900000002,男`,
      '已到,A,,,+86 139 0000 0001,',
      '陈静,B公司,,,chen@example.cn,女',
      '陈静,B公司,,,Chen@Example.cn,女',
      '无联系,C公司,,,,',
      `错码,D公司,${CREDIT_CODE.slice(0, 17)}0,,13900000005,`,
    ].join('\n');
    const res = await post(world.trainerUser.browser, `/zh${base}/attendees/import`, {
      sheet: file(csv, 'sheet.csv'),
      scan: file(PNG, 'sheet-photo.png'),
    });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('新增 2 人，已有 2 人，2 行有问题。');
    expect(html).toContain('第 3 行');
    expect(html).toContain('已是参加人员（相同的邮箱或电话），未重复添加。');
    expect(html).toContain('与第 4 行为同一人，未重复添加。');
    expect(html).toContain('请填写手机号码或电子邮箱。');
    expect(html).toContain('统一社会信用代码无效');
    const rows = await t.database.db
      .select()
      .from(sessionAttendees)
      .where(eq(sessionAttendees.eventId, world.session.id));
    const imported = rows.filter((r) => r.source === 'import').map((r) => [r.name, r.sector, r.sex]);
    expect(imported.sort()).toEqual([
      ['刘强', 'electronics', 'male'],
      ['陈静', '', 'female'],
    ]);
    const evidence = await t.database.db.select().from(sessionEvidence);
    expect(evidence.map((e) => e.kind)).toEqual(['sheet']);
  });

  it('reads an XLSX sheet, and refuses a bad scan or a sheet without a contact column without adding anyone', async () => {
    const xlsx = writeXlsx([
      {
        name: 'Sheet',
        rows: [
          ['Name', 'Organisation', 'Phone'],
          ['Sun Li', 'E Co', '13900000009'],
        ],
      },
    ]);
    const ok = await post(world.trainerUser.browser, `/en${base}/attendees/import`, {
      sheet: file(xlsx, 'typed.xlsx'),
    });
    expect(await ok.text()).toContain('1 added, 0 already there, 0 rows with problems.');
    const before = await stored();
    const badScan = await post(world.trainerUser.browser, `/en${base}/attendees/import`, {
      sheet: file('Name,Phone\nZhou,13900000010', 'a.csv'),
      scan: file('not an image', 'scan.jpg'),
    });
    expect(badScan.status).toBe(422);
    expect(await badScan.text()).toContain('This kind of file cannot be uploaded here.');
    const noContact = await post(world.trainerUser.browser, `/zh${base}/attendees/import`, {
      sheet: file('姓名,单位\n周,X', 'a.csv'),
    });
    expect(noContact.status).toBe(422);
    expect(await noContact.text()).toContain('标题行须有姓名列，以及电话或邮箱列。');
    expect(await stored()).toEqual(before);
  });

  it('takes evidence and sheets through the API by the same rules, in the request’s language', async () => {
    const api = (
      who: { bearer: Record<string, string> },
      method: string,
      path: string,
      parts?: Record<string, File | string>,
      lang = 'en',
    ) => {
      let body: FormData | undefined;
      if (parts) {
        body = new FormData();
        for (const [k, v] of Object.entries(parts)) body.append(k, v);
      }
      return t.app.request(`/api/v1${path}`, {
        method,
        body,
        headers: { ...who.bearer, 'accept-language': lang },
      });
    };
    const trainer = world.trainerUser;
    const up = await api(trainer, 'POST', `${base}/evidence`, {
      file: file(PNG, 'hall.png'),
      note: 'Afternoon',
    });
    expect(up.status).toBe(201);
    const ev = (await up.json()) as { id: string; name: string; kind: string; size: number; note: string };
    expect(ev).toMatchObject({ name: 'hall.png', kind: 'photo', size: PNG.length, note: 'Afternoon' });
    const listed = (await (await api(trainer, 'GET', `${base}/evidence`)).json()) as {
      items: { id: string }[];
    };
    expect(listed.items.map((i) => i.id)).toContain(ev.id);
    // Someone with no say over the session sees nothing of it.
    expect((await api(world.outsider, 'GET', `${base}/evidence`)).status).toBe(404);
    const before = await stored();
    const wrong = await api(
      trainer,
      'POST',
      `${base}/evidence`,
      { file: file('MZ not a photo', 'x.png') },
      'zh',
    );
    expect(wrong.status).toBe(422);
    expect(JSON.stringify(await wrong.json())).toContain('此处不能上传这种类型的文件');
    const none = await api(trainer, 'POST', `${base}/evidence`, { note: 'no file' });
    expect(none.status).toBe(422);
    expect(await stored()).toEqual(before);
    const sheet = ['Name,Organisation,Phone', 'Gao Yan,F Co,13900000021', 'No Contact,G Co,'].join('\n');
    const imported = await api(
      trainer,
      'POST',
      `${base}/attendees/import`,
      { sheet: file(sheet, 's.csv') },
      'zh',
    );
    expect(imported.status).toBe(200);
    const report = (await imported.json()) as {
      added: number;
      invalid: number;
      rows: { outcome: string; problems: string[] }[];
    };
    expect(report).toMatchObject({ added: 1, duplicates: 0, invalid: 1 });
    expect(report.rows[1]!.problems).toContain('请填写手机号码或电子邮箱。');
    const again = (await (
      await api(trainer, 'POST', `${base}/attendees/import`, { sheet: file(sheet, 's.csv') })
    ).json()) as { added: number; duplicates: number };
    expect(again).toMatchObject({ added: 0, duplicates: 1 });
    expect((await api(trainer, 'DELETE', `${base}/evidence/${ev.id}`)).status).toBe(204);
    expect((await api(trainer, 'GET', `${base}/evidence`)).status).toBe(200);
    expect(
      ((await (await api(trainer, 'GET', `${base}/evidence`)).json()) as { items: unknown[] }).items,
    ).toHaveLength(before.evidence - 1);
  });
});
