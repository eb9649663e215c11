import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { atTime } from '../../../tests/integration/support/clock.js';
import { auditLog } from '../audit/schema.js';
import { apiToken } from '../events/test-fixtures.js';
import { registrationKey } from '../registration/keys.js';
import { apiCall, openEvent, registrationWorld, type Seed } from '../registration/test-support.js';
import { certificates } from './schema.js';
import { attendee, pdfText, qrOnFirstPage } from './test-support.js';

const SITE = 'https://ipc.example.org';
/** The event runs 24–25 June 2099 (China time). */
const DURING = '2099-06-24T08:00:00Z';
const AFTER = '2099-06-26T04:00:00Z';

type ErrorBody = { error: { code: string; message: string; details?: Record<string, unknown> } };

describe.each(DATABASE_KINDS)('certificates: preview, when to issue, corrections (%s)', (kind) => {
  let t: TestApp;
  let token: string;
  let seed: Seed;
  let eventId: string;
  let zhao: string;
  let qian: string;
  /** A manager and a coordinator of the event's city, signed in on the event's first day. */
  let manager: Browser;
  let coordinator: Browser;
  let coordinatorToken: string;

  beforeAll(async () => {
    t = await testApp(kind, { PUBLIC_URL: SITE });
    ({ token, seed } = await registrationWorld(t));
    eventId = await openEvent(t, token);
    zhao = await attendee(t, token, eventId, '赵磊', 'zhao.lei@example.org', ['2099-06-24']);
    qian = await attendee(t, token, eventId, '钱敏', 'qian.min@example.org', ['2099-06-24', '2099-06-25']);
    manager = await atTime(t, DURING, () => t.signIn('manager'));
    coordinator = await atTime(t, DURING, () =>
      t.signIn('coordinator', { scopes: [{ province: 'CN-SD', cityId: seed.qingdao.id }] }),
    );
    coordinatorToken = await apiToken(t.database, coordinator.userId!);
  });
  afterAll(() => t.close());

  const api = (method: string, path: string, o: { tok?: string; body?: unknown; lang?: string } = {}) =>
    apiCall(t, method, path, {
      token: o.tok ?? token,
      body: o.body,
      headers: { 'accept-language': o.lang ?? 'en' },
    });
  const during = <T>(fn: () => Promise<T>) => atTime(t, DURING, fn);
  const afterEnd = <T>(fn: () => Promise<T>) => atTime(t, AFTER, fn);
  const certs = (registrationId: string) =>
    t.database.db
      .select()
      .from(certificates)
      .where(eq(certificates.registrationId, registrationId))
      .orderBy(desc(certificates.seq));
  const bytes = async (res: Response) => new Uint8Array(await res.arrayBuffer());

  it('shows a preview marked as one, with no number and no QR code, and issues nothing', async () => {
    const res = await during(async () => api('GET', `/registrations/${qian}/certificate-preview.pdf`));
    expect(res.status).toBe(200);
    const pdf = await bytes(res);
    const text = pdfText(pdf);
    // Across the page, drawn at an angle: read in the order it was drawn.
    const mark = (b: Uint8Array) => pdfText(b, { raw: true }).replace(/\s/g, '');
    expect(mark(pdf)).toContain('PREVIEW/预览');
    expect(text).toContain('预览——尚未签发：无证书编号，无法验证。');
    expect(text).toContain('钱敏');
    expect(text).not.toMatch(/IPC-\d{4}/);
    expect(text).not.toContain('/certificates/');
    expect(qrOnFirstPage(pdf)).toBeNull();

    const page = await during(() =>
      manager.get(`/zh/events/${eventId}/registrations/${qian}/certificate-preview.pdf`),
    );
    expect(page.status).toBe(200);
    expect(mark(await bytes(page))).toContain('PREVIEW/预览');

    // Looking at it issued nothing: no certificate, no audit record, nothing to download.
    expect(await certs(qian)).toHaveLength(0);
    const issued = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'certificate'), eq(auditLog.action, 'issue')));
    expect(issued).toHaveLength(0);
    const none = await api('GET', `/registrations/${qian}/certificate.pdf`, { lang: 'zh-CN' });
    expect(none.status).toBe(409);
    expect(((await none.json()) as ErrorBody).error.message).toBe(
      '尚未向此人签发证书。可先查看预览，或签发证书。',
    );

    const en = await (await during(() => manager.get(`/en/events/${eventId}/documents`))).text();
    expect(en).toContain('Preview (PDF)');
    expect(en).not.toContain('Certificate (PDF)');
    expect(en).toContain('Certificates can be issued once the event is over');
    const zh = await (await during(() => manager.get(`/zh/events/${eventId}/documents`))).text();
    expect(zh).toContain('预览（PDF）');
    expect(zh).toContain('在活动结束前签发');
  });

  it('before the event is over, issues only at a manager’s request with a reason, which the audit log keeps', async () => {
    // A coordinator waits for the end, through the API and the page alike.
    const refused = await during(async () =>
      api('POST', `/registrations/${zhao}/certificate`, {
        tok: coordinatorToken,
        body: { reason: 'Leaving' },
      }),
    );
    expect(refused.status).toBe(409);
    const body = (await refused.json()) as ErrorBody;
    expect(body.error.details?.reason).toBe('not_ended');
    expect(body.error.message).toContain('2099-06-25');
    const page = await during(() => coordinator.get(`/en/events/${eventId}/documents`));
    expect(await page.text()).not.toContain('Issue before the event is over');
    expect(
      (
        await during(() =>
          coordinator.post(`/en/events/${eventId}/registrations/${zhao}/certificate`, { reason: 'x' }),
        )
      ).status,
    ).toBe(409);

    // A manager must say why.
    const noReason = await during(async () =>
      api('POST', `/registrations/${zhao}/certificate`, { lang: 'zh-CN' }),
    );
    expect(noReason.status).toBe(422);
    expect(JSON.stringify(await noReason.json())).toContain('活动尚未结束（最后一天为 2099-06-25）');
    const blank = await during(() =>
      manager.post(`/en/events/${eventId}/registrations/${zhao}/certificate`, { reason: '  ' }),
    );
    expect(blank.status).toBe(422);
    expect(await blank.text()).toContain('give the reason for issuing before then');
    const all = await during(() => manager.post(`/zh/events/${eventId}/certificates`, { reason: '' }));
    expect(all.status).toBe(422);
    expect(await all.text()).toContain('请说明提前签发的理由');
    expect(await certs(zhao)).toHaveLength(0);

    const ok = await during(() =>
      manager.post(`/en/events/${eventId}/registrations/${zhao}/certificate`, {
        reason: 'Leaves for Beijing tonight',
      }),
    );
    expect(ok.status).toBe(303);
    const [c] = await certs(zhao);
    expect(ok.headers.get('location')).toContain(`done=issuedOne&serial=IPC-`);
    expect(c!.snapshot.daysAttended).toEqual(['2099-06-24']);
    const [audit] = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, c!.id));
    expect(audit).toMatchObject({ action: 'issue', reason: 'Leaves for Beijing tonight' });
    expect(audit!.after).toMatchObject({ beforeEventEnded: true });
    const pdf = pdfText(await bytes(await api('GET', `/registrations/${zhao}/certificate.pdf`)));
    expect(pdf).toContain('present 1 of 2 days');
  });

  it('replaces a revoked certificate with a corrected one under a new number, and the old number says so', async () => {
    // 赵磊 came back on the second day: the certificate issued on the first is one day short.
    const checkIn = await atTime(t, '2099-06-25T04:00:00Z', async () =>
      api('POST', `/registrations/${zhao}/check-ins`, { body: { day: '2099-06-25' } }),
    );
    expect(checkIn.status).toBe(201);
    const [old] = await certs(zhao);
    const inForce = await api('POST', `/certificates/${old!.id}/reissue`);
    expect(inForce.status).toBe(409);
    expect(((await inForce.json()) as ErrorBody).error.details?.reason).toBe('not_revoked');

    const revoked = await api('POST', `/certificates/${old!.id}/revoke`, {
      body: { reason: 'One day short' },
    });
    expect(revoked.status).toBe(200);
    expect(((await revoked.json()) as { revokedAt: string | null }).revokedAt).not.toBeNull();
    // Issuing as usual does not bring a revoked certificate back.
    expect((await afterEnd(async () => api('POST', `/registrations/${zhao}/certificate`))).status).toBe(409);

    const docs = await (await afterEnd(() => manager.get(`/zh/events/${eventId}/documents`))).text();
    expect(docs).toContain('签发更正后的证书');
    const corrected = await afterEnd(() =>
      manager.post(`/zh/events/${eventId}/certificates/${old!.id}/reissue`, {}),
    );
    expect(corrected.status).toBe(303);
    expect(corrected.headers.get('location')).toContain('done=reissued');
    const [fresh, previous] = await certs(zhao);
    expect(previous!.id).toBe(old!.id);
    expect(fresh!.replacesId).toBe(old!.id);
    expect(fresh!.revokedAt).toBeNull();
    expect(fresh!.code).not.toBe(old!.code);
    expect(fresh!.snapshot.daysAttended).toEqual(['2099-06-24', '2099-06-25']);
    const newSerial = `IPC-${fresh!.issuedAt.getUTCFullYear()}-${String(fresh!.seq).padStart(6, '0')}`;
    const pdf = pdfText(await bytes(await api('GET', `/registrations/${zhao}/certificate.pdf`)));
    expect(pdf).toContain('present 2 of 2 days');
    expect(pdf).toContain(newSerial);
    const [audit] = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, fresh!.id));
    expect(audit?.action).toBe('reissue');

    // The old number's public answer names its replacement and links it, in both languages.
    const verified = (await (await api('GET', `/certificates/${old!.code}`)).json()) as Record<
      string,
      unknown
    >;
    expect(verified).toMatchObject({ revoked: true, replacedBy: { serial: newSerial, code: fresh!.code } });
    const en = await (await t.anonymous().get(`/en/certificates/${old!.code}`)).text();
    expect(en).toContain(`replaced by a corrected certificate, No. ${newSerial}`);
    expect(en).toContain(`href="/en/certificates/${fresh!.code}"`);
    const zh = await (await t.anonymous().get(`/zh/certificates/${old!.code}`)).text();
    expect(zh).toContain(`并由更正后的证书（编号 ${newSerial}）替换`);
    expect(zh).toContain(`href="/zh/certificates/${fresh!.code}"`);
    const fresher = (await (await api('GET', `/certificates/${fresh!.code}`)).json()) as Record<
      string,
      unknown
    >;
    expect(fresher).toMatchObject({ revoked: false, replacedBy: null, daysAttended: 2 });

    // Asking again gives the same replacement; the registrant's own page offers it.
    const again = await afterEnd(async () => api('POST', `/certificates/${old!.id}/reissue`));
    expect(again.status).toBe(200);
    expect(((await again.json()) as { id: string; replaces: string }).id).toBe(fresh!.id);
    const own = await t
      .anonymous()
      .get(`/en/registration/${registrationKey(t.ctx.secret, zhao)}/certificate.pdf`);
    expect(pdfText(await bytes(own))).toContain(newSerial);
  });

  it('corrects through the API alone, and the registrant gets theirs from their page once the event is over', async () => {
    // Before the end the registrant's page offers nothing and the download says when.
    const key = registrationKey(t.ctx.secret, qian);
    expect(await (await during(() => t.anonymous().get(`/en/registration/${key}`))).text()).not.toContain(
      'Download your attendance certificate',
    );
    const early = await during(() => t.anonymous().get(`/zh/registration/${key}/certificate.pdf`));
    expect(early.status).toBe(409);
    expect(await early.text()).toContain('活动结束后才能签发证书');

    const issued = await afterEnd(async () => api('POST', `/registrations/${qian}/certificate`));
    expect(issued.status).toBe(201);
    const first = (await issued.json()) as { id: string; serial: string; verifyUrl: string; replaces: null };
    expect(first.verifyUrl).toMatch(new RegExp(`^${SITE}/(en|zh)/certificates/[A-Za-z0-9_-]{20}$`));
    await api('POST', `/certificates/${first.id}/revoke`, { body: { reason: 'Name misspelt' } });
    const second = await afterEnd(async () => api('POST', `/certificates/${first.id}/reissue`));
    expect(second.status).toBe(201);
    const body = (await second.json()) as { serial: string; replaces: string };
    expect(body.replaces).toBe(first.serial);
    expect(body.serial).not.toBe(first.serial);
    const own = await afterEnd(() => t.anonymous().get(`/en/registration/${key}`));
    expect(await own.text()).toContain('Download your attendance certificate');
  });

  it('describes previews, issuing and corrections in the OpenAPI document', async () => {
    const doc = (await (await t.app.request('/api/v1/openapi.json')).json()) as {
      paths: Record<string, Record<string, { description?: string }>>;
    };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/registrations/{id}/certificate-preview.pdf',
        '/registrations/{id}/certificate',
        '/certificates/{id}/revoke',
        '/certificates/{id}/reissue',
      ]),
    );
    expect(doc.paths['/registrations/{id}/certificate.pdf']!.get!.description).toContain('Never issues');
    expect(doc.paths['/registrations/{id}/certificate']!.post!.description).toContain('reason');
  });
});
