import { eq } from 'drizzle-orm';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { atTime } from '../../../tests/integration/support/clock.js';
import { auditLog } from '../audit/schema.js';
import { apiToken } from '../events/test-fixtures.js';
import { apiCall, openEvent, registrationWorld, type Seed } from '../registration/test-support.js';
import { safeName } from './render.js';
import { certificates, documentExports } from './schema.js';
import {
  attendee,
  centralDirectory,
  namesPythonReads,
  pdfObjects,
  pdfText,
  qrOnFirstPage,
} from './test-support.js';

const SITE = 'https://ipc.example.org';
/** The day after the event (24–25 June 2099, China time): certificates are issued from then on. */
const AFTER = '2099-06-26T04:00:00Z';

describe.each(DATABASE_KINDS)('attendance certificates (%s)', (kind) => {
  let t: TestApp;
  let token: string;
  let seed: Seed;
  let manager: Browser;
  let eventId: string;
  let zhang: string;
  let anna: string;
  let absent: string;

  beforeAll(async () => {
    t = await testApp(kind, { PUBLIC_URL: SITE });
    ({ token, seed, manager } = await registrationWorld(t));
    eventId = await openEvent(t, token);
    zhang = await attendee(t, token, eventId, '张伟', 'zhang.wei@example.org', ['2099-06-24', '2099-06-25']);
    anna = await attendee(t, token, eventId, 'Anna Müller', 'anna@example.org', ['2099-06-25']);
    absent = await attendee(t, token, eventId, '李娜', 'li.na@example.org', []);
  });
  afterAll(() => t.close());

  const certificate = (id: string, opts: { tok?: string; lang?: string } = {}) =>
    apiCall(t, 'GET', `/registrations/${id}/certificate.pdf`, {
      token: opts.tok ?? token,
      headers: { 'accept-language': opts.lang ?? 'en' },
    });
  /** Issues a registrant's certificate through the API (the clock must be past the event). */
  const issue = async (id: string, opts: { tok?: string; lang?: string } = {}) =>
    apiCall(t, 'POST', `/registrations/${id}/certificate`, {
      token: opts.tok ?? token,
      headers: { 'accept-language': opts.lang ?? 'en' },
    });
  const certOf = async (id: string) =>
    (await t.database.db.select().from(certificates).where(eq(certificates.registrationId, id)))[0];

  it('refuses a registrant never checked in, with the reason in the reader’s language', async () => {
    for (const res of [
      await apiCall(t, 'GET', `/registrations/${absent}/certificate-preview.pdf`, {
        token,
        headers: { 'accept-language': 'zh-CN' },
      }),
      await atTime(t, AFTER, () => issue(absent, { lang: 'zh-CN' })),
    ]) {
      expect(res.status).toBe(409);
      expect(((await res.json()) as { error: { message: string } }).error.message).toBe(
        '暂无证书：此人在活动的任何一天都没有签到记录。',
      );
    }
    expect(await certOf(absent)).toBeUndefined();
  });

  it('prints the Chinese name, the event in both languages, the days present and a verification URL its QR code holds', async () => {
    const issued = await atTime(t, AFTER, () => issue(zhang));
    expect(issued.status).toBe(201);
    const res = await certificate(zhang);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('certificate_张伟_IPC-')}`,
    );
    const bytes = new Uint8Array(await res.arrayBuffer());
    const cert = (await certOf(zhang))!;
    // The address opens in the registrant’s language.
    const url = `${SITE}/${cert.snapshot.lang}/certificates/${cert.code}`;
    const text = pdfText(bytes);
    expect(text).toContain('张伟');
    expect(text).toContain('出席证明');
    expect(text).toContain('Certificate of Attendance');
    expect(text).toContain('青岛知识产权管理培训');
    expect(text).toContain('Qingdao IP management training');
    expect(text).toContain('出席 2/2 天');
    expect(text).toContain('present 2 of 2 days');
    expect(text).toContain(url);
    expect(qrOnFirstPage(bytes)).toBe(url);
    // The document says its language, and its fonts are named as the subsets they are.
    const objects = await pdfObjects(bytes);
    expect(objects).toMatch(cert.snapshot.lang === 'zh' ? /\/Lang\s*\(zh-CN\)/ : /\/Lang\s*\(en\)/);
    expect(objects).toMatch(/\/BaseFont\s*\/[A-Z]{6}\+NotoSansSC-Bold/);
    expect(objects).not.toMatch(/\/BaseFont\s*\/NotoSansSC/);
    expect((await atTime(t, AFTER, () => issue(anna))).status).toBe(201);
    const english = pdfText(new Uint8Array(await (await certificate(anna)).arrayBuffer()));
    expect(english).toContain('Anna Müller');
    expect(english).toContain('present 1 of 2 days');
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, cert.id));
    expect(audit.map((a) => a.action)).toEqual(['issue']);
  });

  it('issues one certificate however many requests arrive at once', async () => {
    const id = await attendee(t, token, eventId, '王芳', 'wang.fang@example.org', ['2099-06-24']);
    const answers = await atTime(t, AFTER, () => Promise.all(Array.from({ length: 12 }, () => issue(id))));
    expect(answers.map((r) => r.status).sort()).toEqual([...Array(11).fill(200), 201]);
    const rows = await t.database.db.select().from(certificates).where(eq(certificates.registrationId, id));
    expect(rows).toHaveLength(1);
    const issued = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, rows[0]!.id));
    expect(issued).toHaveLength(1);
    // Issuing to everyone counts, and never issues a second one.
    const all = await atTime(t, AFTER, async () =>
      apiCall(t, 'POST', `/events/${eventId}/certificates`, { token }),
    );
    expect(await all.json()).toEqual({ issued: 0, alreadyIssued: 3, notEligible: 1, revoked: 0 });
  });

  it('verifies a genuine code, says revoked once revoked, and reveals nothing for an unknown one', async () => {
    const cert = (await certOf(anna))!;
    const ok = await apiCall(t, 'GET', `/certificates/${cert.code}`);
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ name: 'Anna Müller', revoked: false, daysAttended: 1, eventDays: 2 });
    expect(Object.keys(body).sort()).toEqual(
      [
        'city',
        'daysAttended',
        'endDate',
        'event',
        'eventDays',
        'issuedAt',
        'name',
        'revoked',
        'replacedBy',
        'revokedAt',
        'serial',
        'startDate',
      ].sort(),
    );
    const page = await t.anonymous().get(`/zh/certificates/${cert.code}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('此证书真实有效。');

    const noReason = await manager.post(`/en/events/${eventId}/certificates/${cert.id}/revoke`, {
      reason: ' ',
    });
    expect(noReason.status).toBe(422);
    const revoke = await manager.post(`/en/events/${eventId}/certificates/${cert.id}/revoke`, {
      reason: 'Signed the sheet for a colleague',
    });
    expect(revoke.status).toBe(303);
    const after = (await (await apiCall(t, 'GET', `/certificates/${cert.code}`)).json()) as {
      revoked: boolean;
    };
    expect(after.revoked).toBe(true);
    const enPage = await (await t.anonymous().get(`/en/certificates/${cert.code}`)).text();
    expect(enPage).toContain('has since been revoked');
    expect(enPage).not.toContain('Signed the sheet');
    expect((await certificate(anna)).status).toBe(409);
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, cert.id));
    expect(audit.find((a) => a.action === 'revoke')?.reason).toBe('Signed the sheet for a colleague');

    const unknown = await t.anonymous().get('/en/certificates/AAAAAAAAAAAAAAAAAAAA');
    expect(unknown.status).toBe(404);
    const html = await unknown.text();
    expect(html).toContain('No certificate has this code');
    expect(html).not.toContain('张伟');
    expect((await apiCall(t, 'GET', '/certificates/%3Cscript%3E')).status).toBe(404);
  });

  it('builds the zip of all certificates in the background, with exactly one file per attendee', async () => {
    const start = await manager.post(`/en/events/${eventId}/documents/exports`, { kind: 'certificates' });
    expect(start.status).toBe(303);
    // A second click while it is queued starts nothing new.
    await manager.post(`/en/events/${eventId}/documents/exports`, { kind: 'certificates' });
    const before = await t.database.db
      .select()
      .from(documentExports)
      .where(eq(documentExports.eventId, eventId));
    expect(before).toHaveLength(1);
    await t.runJobs();
    const [done] = await t.database.db
      .select()
      .from(documentExports)
      .where(eq(documentExports.id, before[0]!.id));
    expect(done).toMatchObject({ status: 'done', done: 2, total: 2 });
    const page = await (await manager.get(`/en/events/${eventId}/documents`)).text();
    expect(page).toContain('Download the zip');
    const zip = await manager.get(`/en/events/${eventId}/documents/exports/${done!.id}/download`);
    expect(zip.status).toBe(200);
    expect(zip.headers.get('content-type')).toBe('application/zip');
    const bytes = new Uint8Array(await zip.arrayBuffer());
    const files = unzipSync(bytes);
    const serial = (c: { seq: number; issuedAt: Date }) =>
      `IPC-${c.issuedAt.getUTCFullYear()}-${String(c.seq).padStart(6, '0')}`;
    const z = (await certOf(zhang))!;
    const w = (await t.database.db.select().from(certificates).where(eq(certificates.eventId, eventId))).find(
      (c) => c.snapshot.name === '王芳',
    )!;
    // Anna's was revoked and 李娜 never came: neither is in it. The names are kept as written.
    const names = [`0001_张伟_${serial(z)}.pdf`, `0002_王芳_${serial(w)}.pdf`];
    expect(Object.keys(files).sort()).toEqual(names);
    expect(pdfText(files[names[0]!]!)).toContain('张伟');
    // Each entry is marked UTF-8 (general purpose bit 11), so unzip tools show the Chinese name.
    const entries = centralDirectory(bytes);
    expect(entries.map((e) => new TextDecoder().decode(e.name)).sort()).toEqual(names);
    for (const e of entries) expect(e.flags & 0x0800).toBe(0x0800);
    expect(namesPythonReads(bytes).sort()).toEqual(names);
  });

  it('makes file names safe on every system while keeping the name', () => {
    expect(safeName(['0003', '../王 芳/\u202eevil\u0000.pdf', 'IPC-2026-000001'])).toBe(
      '0003_王-芳-evil-pdf_IPC-2026-000001',
    );
    expect(safeName(['0004', 'Zoë  O’Brien-Müller', 'C:\\x*?<>|"'])).toBe('0004_Zoë-O-Brien-Müller_C-x');
    expect(safeName(['0005', '...', '\u0301李'])).toBe('0005_李');
    expect(Buffer.byteLength(safeName(['0006', '𠀀'.repeat(300)]))).toBeLessThan(255);
    expect(safeName(['//'])).toBe('document');
  });

  it('builds a zip of badges: one per confirmed registrant and an A4 sheet', async () => {
    await manager.post(`/en/events/${eventId}/documents/exports`, { kind: 'badges' });
    await t.runJobs();
    const [x] = await t.database.db.select().from(documentExports).where(eq(documentExports.kind, 'badges'));
    expect(x?.status).toBe('done');
    const zip = await manager.get(`/en/events/${eventId}/documents/exports/${x!.id}/download`);
    const files = unzipSync(new Uint8Array(await zip.arrayBuffer()));
    const names = Object.keys(files).sort();
    expect(names).toEqual([
      '0001_张伟.pdf',
      '0002_Anna-Müller.pdf',
      '0003_李娜.pdf',
      '0004_王芳.pdf',
      'all-badges-a4.pdf',
    ]);
    // Each badge carries its wearer's ticket: scanned at the door on the first day, it checks them in.
    const ticket = qrOnFirstPage(files['0002_Anna-Müller.pdf']!);
    const scan = await atTime(t, '2099-06-24T01:00:00Z', async () =>
      apiCall(t, 'POST', `/events/${eventId}/check-ins`, { token, body: { ticket, day: '2099-06-24' } }),
    );
    expect(scan.status).toBe(201);
    expect(await scan.json()).toMatchObject({ outcome: 'checkedIn', person: { registrationId: anna } });
    const sheet = await manager.get(`/en/events/${eventId}/badges.pdf?layout=sheet`);
    const text = pdfText(new Uint8Array(await sheet.arrayBuffer()));
    for (const name of ['张伟', 'Anna Müller', '李娜', '王芳']) expect(text).toContain(name);
    expect(text).toContain('青岛知识产权管理培训');
  });

  it('lets only staff of the event’s place issue, download and revoke', async () => {
    expect((await apiCall(t, 'GET', `/registrations/${zhang}/certificate.pdf`)).status).toBe(401);
    const official = await t.signIn('official');
    expect((await certificate(zhang, { tok: await apiToken(t.database, official.userId!) })).status).toBe(
      403,
    );
    const elsewhere = await t.signIn('coordinator', {
      scopes: [{ province: 'CN-SD', cityId: seed.jinan.id }],
    });
    const other = await apiToken(t.database, elsewhere.userId!);
    expect((await certificate(zhang, { tok: other })).status).toBe(403);
    expect((await apiCall(t, 'POST', `/events/${eventId}/certificates`, { token: other })).status).toBe(403);
    expect((await elsewhere.get(`/en/events/${eventId}/documents`)).status).toBe(403);
    const here = await t.signIn('coordinator', { scopes: [{ province: 'CN-SD', cityId: seed.qingdao.id }] });
    expect((await certificate(zhang, { tok: await apiToken(t.database, here.userId!) })).status).toBe(200);
    expect((await here.get(`/zh/events/${eventId}/documents`)).status).toBe(200);
  });

  it('offers the registrant their certificate on their own page once they attended', async () => {
    const { registrationKey } = await import('../registration/keys.js');
    const own = await t.anonymous().get(`/en/registration/${registrationKey(t.ctx.secret, zhang)}`);
    expect(await own.text()).toContain('Download your attendance certificate');
    const pdf = await t
      .anonymous()
      .get(`/en/registration/${registrationKey(t.ctx.secret, zhang)}/certificate.pdf`);
    expect(pdf.status).toBe(200);
    const none = await t.anonymous().get(`/en/registration/${registrationKey(t.ctx.secret, absent)}`);
    expect(await none.text()).not.toContain('Download your attendance certificate');
    const refused = await t
      .anonymous()
      .get(`/zh/registration/${registrationKey(t.ctx.secret, absent)}/certificate.pdf`);
    expect(refused.status).toBe(409);
  });

  // Last: it uses up this client's allowance of unknown codes.
  it('asks an address that tries many unknown codes to wait, in its language, genuine codes included', async () => {
    const code = (await certOf(zhang))!.code;
    const statuses: number[] = [];
    for (let i = 0; i < 32; i++)
      statuses.push((await apiCall(t, 'GET', `/certificates/${String(i).padStart(20, 'x')}`)).status);
    expect(statuses.filter((s) => s === 404).length).toBeGreaterThanOrEqual(25);
    expect(statuses.at(-1)).toBe(429);
    const page = await t.anonymous().get(`/zh/certificates/${code}`);
    expect(page.status).toBe(429);
    expect(await page.text()).toContain('您的地址查询了过多不存在的编号');
  });
});
