import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { auditLog } from '../audit/schema.js';
import { apiToken, userOf } from '../events/test-fixtures.js';
import { outbox } from '../mail/schema.js';
import { cancelByRegistrant } from './cancel.js';
import { inviteNominees } from './invitations.js';
import {
  apiCall,
  openEvent,
  registerAsGuest,
  registrationsOf,
  registrationWorld,
  type Seed,
} from './test-support.js';

const person = (n: string, extra: Record<string, unknown> = {}) => ({
  name: `Person ${n}`,
  email: `${n}@example.org`,
  ...extra,
});

describe.each(DATABASE_KINDS)('registration rules through the API (%s)', (kind) => {
  let t: TestApp;
  let token: string;
  let seed: Seed;
  let clock: Date;

  beforeAll(async () => {
    t = await testApp(kind);
    clock = new Date('2026-11-26T02:00:00Z');
    t.ctx.now = () => clock;
    ({ token, seed } = await registrationWorld(t));
  });
  afterAll(() => t.close());

  const register = (eventId: string, body: unknown, headers: Record<string, string> = {}, tok?: string) =>
    apiCall(t, 'POST', `/events/${eventId}/registrations`, { body, headers, token: tok });
  const mailsTo = (email: string) =>
    t.database.db.select().from(outbox).where(eq(outbox.to, email)).orderBy(outbox.createdAt);

  it('registers one person once per event, whatever the case, spacing or width of the address', async () => {
    const eventId = await openEvent(t, token);
    const first = await register(eventId, person('wang.fang'), {}, token);
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({ status: 'confirmed' });
    for (const email of [
      ' Wang.Fang@Example.ORG ',
      'ｗａｎｇ.ｆａｎｇ@example.org',
      'WANG.FANG@EXAMPLE.ORG',
    ]) {
      const again = await register(eventId, { name: 'Wang Fang', email }, {}, token);
      expect(again.status, email).toBe(409);
      const body = (await again.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('conflict');
      expect(body.error.message).toBe('This e-mail address is already registered for this event.');
    }
    const zh = await register(eventId, person('wang.fang'), { 'accept-language': 'zh-CN' }, token);
    expect(((await zh.json()) as { error: { message: string } }).error.message).toBe(
      '此电子邮件地址已报名参加本次活动。',
    );
    expect(await registrationsOf(t, eventId)).toHaveLength(1);
    // After a cancellation the same person may register again, at the back of the queue.
    const [row] = await registrationsOf(t, eventId);
    expect((await apiCall(t, 'DELETE', `/registrations/${row!.id}`, { token })).status).toBe(200);
    expect((await register(eventId, person('wang.fang'), {}, token)).status).toBe(201);
  });

  it('refuses the same fields with the same words on the public form and through the API', async () => {
    const eventId = await openEvent(t, token);
    const long = '名'.repeat(301);
    const body = { name: 'Wang Fang', email: 'not an address', organisation: long, sex: 'other' };
    for (const lang of ['en', 'zh'] as const) {
      const api = await apiCall(t, 'POST', `/events/${eventId}/registrations`, {
        body,
        headers: { 'accept-language': lang },
      });
      expect(api.status).toBe(422);
      const fields = ((await api.json()) as { error: { details: { fields: Record<string, string> } } }).error
        .details.fields;
      expect(Object.keys(fields).sort()).toEqual(['email', 'organisation', 'sex']);
      const page = await t.anonymous().post(`/${lang}/events/${eventId}/register`, body);
      expect(page.status).toBe(422);
      const html = await page.text();
      for (const message of Object.values(fields)) expect(html).toContain(message);
    }
    expect(await registrationsOf(t, eventId)).toEqual([]);
  });

  it('counts a double submission with one Idempotency-Key once, and refuses the key for another person', async () => {
    const eventId = await openEvent(t, token);
    const key = 'c0ffee00-idempotency-key-0001';
    const [a, b] = await Promise.all([
      register(eventId, person('li.ming'), { 'idempotency-key': key }),
      register(eventId, person('li.ming'), { 'idempotency-key': key }),
    ]);
    expect([a.status, b.status]).toEqual([201, 201]);
    const [ja, jb] = (await Promise.all([a.json(), b.json()])) as { id: string }[];
    expect(ja!.id).toBe(jb!.id);
    expect(await registrationsOf(t, eventId)).toHaveLength(1);
    expect(await mailsTo('li.ming@example.org')).toHaveLength(1);
    const other = await register(eventId, person('zhao.lei'), { 'idempotency-key': key });
    expect(other.status).toBe(409);
    // The key belongs to this event only: the same key elsewhere is a new request.
    const elsewhere = await openEvent(t, token);
    expect((await register(elsewhere, person('li.ming'), { 'idempotency-key': key })).status).toBe(201);
  });

  it('refuses drafts, closed and invitation-only events and registrations outside the window, saying why', async () => {
    const draft = await openEvent(t, token, { status: 'draft' });
    expect((await register(draft, person('a'))).status).toBe(404);
    const closed = await openEvent(t, token, { registrationMode: 'closed' });
    const res = await register(closed, person('a'));
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe(
      'This event does not take registrations.',
    );
    const invited = await openEvent(t, token, { registrationMode: 'invitation' });
    expect((await register(invited, person('a'))).status).toBe(403);
    const later = await openEvent(t, token, { registrationOpensAt: '2026-12-01T00:00:00+08:00' });
    const notYet = await register(later, person('a'), { 'accept-language': 'zh' });
    expect(notYet.status).toBe(403);
    expect(((await notYet.json()) as { error: { message: string } }).error.message).toBe(
      '本次活动的报名尚未开始。',
    );
    const over = await openEvent(t, token, { registrationClosesAt: '2026-11-01T00:00:00+08:00' });
    expect((await register(over, person('a'))).status).toBe(403);
    // A manager's token registers someone whatever the window says.
    expect((await register(over, person('b'), {}, token)).status).toBe(201);
    expect((await register(closed, person('b'), {}, token)).status).toBe(201);
  });

  it('rejects hostile and malformed input with translated field errors, and stores text cleaned but intact', async () => {
    const eventId = await openEvent(t, token);
    const cases: [unknown, number][] = [
      [{ name: 'x'.repeat(1_000_000), email: 'big@example.org' }, 422],
      [{ name: '', email: 'empty@example.org' }, 422],
      [{ name: 'No e-mail', email: 'not an address' }, 422],
      [{ name: 'Wrong type', email: 42 }, 422],
      [{ name: 'Bad sex', email: 'sex@example.org', sex: 'other' }, 422],
      [
        {
          name: 'Too many answers',
          email: 'many@example.org',
          answers: Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`q${i}`, 'x'])),
        },
        422,
      ],
    ];
    for (const [body, status] of cases) {
      const res = await register(eventId, body, { 'accept-language': 'zh' });
      expect(res.status).toBe(status);
      const err = (await res.json()) as { error: { code: string; message: string } };
      expect(err.error.code).toBe('validation');
      expect(err.error.message).toMatch(/[\u4e00-\u9fff]/);
    }
    const hostile = {
      name: '<script>alert(1)</script> Zhang\u202E\u200B Wei',
      email: 'hostile@example.org',
      organisation: "'; DROP TABLE registrations; --",
    };
    const res = await register(eventId, hostile);
    expect(res.status).toBe(201);
    const [row] = (await registrationsOf(t, eventId)).filter((r) => r.emailKey === 'hostile@example.org');
    expect(row!.name).toBe('<script>alert(1)</script> Zhang Wei');
    expect(row!.organisationName).toBe("'; DROP TABLE registrations; --");
  });

  it('takes approvals: pending until a manager decides, then a seat or the waiting list, or declined with a reason', async () => {
    const eventId = await openEvent(t, token, { capacity: 1, requiresApproval: true });
    const ids: string[] = [];
    for (const n of ['p1', 'p2', 'p3']) {
      const reg = await registerAsGuest(t, eventId, person(n));
      expect(reg.status).toBe('pending');
      ids.push(reg.id);
    }
    expect((await mailsTo('p1@example.org')).map((m) => m.subject)).toEqual([
      'Please confirm your registration: Qingdao IP management training',
      'Registration received: Qingdao IP management training',
    ]);
    const approve = (id: string) => apiCall(t, 'POST', `/registrations/${id}/approve`, { token });
    expect(await (await approve(ids[0]!)).json()).toEqual({ id: ids[0], status: 'confirmed' });
    expect(await (await approve(ids[1]!)).json()).toEqual({ id: ids[1], status: 'waitlisted', position: 1 });
    expect((await approve(ids[0]!)).status).toBe(409);
    const noReason = await apiCall(t, 'POST', `/registrations/${ids[2]}/decline`, {
      token,
      body: { reason: '  ' },
    });
    expect(noReason.status).toBe(422);
    const declined = await apiCall(t, 'POST', `/registrations/${ids[2]}/decline`, {
      token,
      body: { reason: 'The training is for officials of the host province.' },
    });
    expect(declined.status).toBe(200);
    expect(await declined.json()).toMatchObject({
      status: 'declined',
      declineReason: 'The training is for officials of the host province.',
    });
    const subjects = async (n: string) => (await mailsTo(`${n}@example.org`)).map((m) => m.subject);
    expect(await subjects('p1')).toContain('Registration approved: Qingdao IP management training');
    expect(await subjects('p2')).toContain(
      'Registration approved, on the waiting list: Qingdao IP management training',
    );
    const p3 = await mailsTo('p3@example.org');
    expect(p3.at(-1)!.subject).toBe('Registration not accepted: Qingdao IP management training');
    expect(p3.at(-1)!.text).toContain('The training is for officials of the host province.');
    // A declined person cannot simply register again.
    expect((await register(eventId, person('p3'))).status).toBe(409);
    expect((await register(eventId, person('p3'), {}, token)).status).toBe(409);
  });

  it('promotes out of turn only with a reason, recorded in the audit log, adding the seat when full', async () => {
    const eventId = await openEvent(t, token, { capacity: 2 });
    for (const n of ['o1', 'o2', 'o3', 'o4']) await register(eventId, person(n), {}, token);
    const rows = await registrationsOf(t, eventId);
    const o4 = rows.find((r) => r.emailKey === 'o4@example.org')!;
    expect(o4.status).toBe('waitlisted');
    const none = await apiCall(t, 'POST', `/registrations/${o4.id}/promote`, { token, body: { reason: '' } });
    expect(none.status).toBe(422);
    const ok = await apiCall(t, 'POST', `/registrations/${o4.id}/promote`, {
      token,
      body: { reason: 'Speaker of the afternoon session' },
    });
    expect(await ok.json()).toEqual({ id: o4.id, status: 'confirmed', from: 2, capacity: 3 });
    const [audit] = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, o4.id), eq(auditLog.action, 'promote')))
      .orderBy(desc(auditLog.id));
    expect(audit!.reason).toBe('Speaker of the afternoon session');
    expect(audit!.before).toMatchObject({ position: 2, capacity: 2 });
    expect(audit!.after).toMatchObject({ capacity: 3, outOfTurn: true });
    const o3 = rows.find((r) => r.emailKey === 'o3@example.org')!;
    expect((await registrationsOf(t, eventId)).find((r) => r.id === o3.id)!.status).toBe('waitlisted');
  });

  it('keeps a coordinator to their own city', async () => {
    const eventId = await openEvent(t, token);
    await register(eventId, person('c1'), {}, token);
    const [reg] = await registrationsOf(t, eventId);
    const jinan = await t.signIn('coordinator', { scopes: [{ province: 'CN-SD', cityId: seed.jinan.id }] });
    const qingdao = await t.signIn('coordinator', {
      scopes: [{ province: 'CN-SD', cityId: seed.qingdao.id }],
    });
    const official = await t.signIn('official');
    const [outside, inside, reader] = await Promise.all(
      [jinan, qingdao, official].map((b) => apiToken(t.database, b.userId!)),
    );
    expect((await apiCall(t, 'GET', `/events/${eventId}/registrations`, { token: outside })).status).toBe(
      403,
    );
    expect((await apiCall(t, 'GET', `/registrations/${reg!.id}`, { token: outside })).status).toBe(403);
    expect((await apiCall(t, 'DELETE', `/registrations/${reg!.id}`, { token: outside })).status).toBe(403);
    expect(
      (await apiCall(t, 'PATCH', `/events/${eventId}`, { token: outside, body: { capacity: 500 } })).status,
    ).toBe(403);
    expect(
      (
        await apiCall(t, 'POST', `/events/${eventId}/agenda`, {
          token: outside,
          body: { day: '2099-06-24', title: { en: 'x' } },
        })
      ).status,
    ).toBe(403);
    expect((await apiCall(t, 'GET', `/events/${eventId}/registrations`, { token: reader })).status).toBe(403);
    expect((await apiCall(t, 'GET', `/events/${eventId}/registrations`)).status).toBe(401);
    expect((await apiCall(t, 'GET', `/events/${eventId}/registrations`, { token: inside })).status).toBe(200);
    expect((await registrationsOf(t, eventId))[0]!.status).toBe('confirmed');
    expect((await apiCall(t, 'DELETE', `/registrations/${reg!.id}`, { token: inside })).status).toBe(200);
  });

  it('lets a nomination link register its own e-mail address and no other, even when registration is by invitation', async () => {
    const eventId = await openEvent(t, token, { registrationMode: 'invitation', requiresApproval: true });
    const manager = await userOf(t.database, (await t.signIn('manager')).userId!);
    const svc = {
      mailer: t.ctx.mailer,
      secret: t.ctx.secret,
      siteUrl: 'https://ipc.example.org',
      now: clock,
    };
    await inviteNominees(t.database.db, svc, manager, eventId, [
      { name: '刘洋', email: 'Liu.Yang@qingdao.example.org', organisation: 'Qingdao IP Office', lang: 'zh' },
    ]);
    const [mail] = await mailsTo('Liu.Yang@qingdao.example.org');
    expect(mail!.subject).toBe('邀请函：青岛知识产权管理培训');
    const invite = mail!.text.match(/register\?invite=([A-Za-z0-9_-]+)/)![1]!;
    const other = await register(eventId, { ...person('intruder'), invitation: invite });
    expect(other.status).toBe(403);
    expect(((await other.json()) as { error: { message: string } }).error.message).toBe(
      'This invitation is for another e-mail address. Only the address it was sent to can use it.',
    );
    expect(
      (await register(eventId, { ...person('liu'), invitation: 'forged-token-forged-token-forged-00' }))
        .status,
    ).toBe(403);
    const own = await register(eventId, {
      name: '刘洋',
      email: 'liu.yang@qingdao.example.org',
      invitation: invite,
    });
    expect(own.status).toBe(201);
    // Nominated by a manager: no approval needed.
    expect(await own.json()).toMatchObject({ status: 'confirmed' });
    expect((await registrationsOf(t, eventId))[0]).toMatchObject({ source: 'invitation', lang: 'zh' });
  });

  it('lets a registrant cancel until the deadline, and a manager after it', async () => {
    const eventId = await openEvent(t, token, { cancellationDeadline: '2026-12-01T18:00:00+08:00' });
    await register(eventId, person('d1'), {}, token);
    await register(eventId, person('d2'), {}, token);
    const [d1, d2] = (await registrationsOf(t, eventId)).sort((a, b) => a.arrival! - b.arrival!);
    const svc = () => ({
      mailer: t.ctx.mailer,
      secret: t.ctx.secret,
      siteUrl: 'https://ipc.example.org',
      now: clock,
    });
    const out = await cancelByRegistrant(t.database.db, svc(), d1!.id);
    expect(out.registration.status).toBe('cancelled');
    clock = new Date('2026-12-01T10:00:01Z');
    await expect(cancelByRegistrant(t.database.db, svc(), d2!.id)).rejects.toMatchObject({
      code: 'forbidden',
      userMessage: { key: 'registration.error.afterDeadline' },
    });
    expect((await apiCall(t, 'DELETE', `/registrations/${d2!.id}`, { token })).status).toBe(200);
    clock = new Date('2026-11-26T02:00:00Z');
  });
});
