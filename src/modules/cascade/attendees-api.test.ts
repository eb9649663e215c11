import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { auditLog } from '../audit/schema.js';
import { CREDIT_CODE, signInWorld } from './attendees-test-support.js';
import { sessionAttendees } from './schema.js';

describe.each(DATABASE_KINDS)('local session attendees API on %s', (kind) => {
  let t: TestApp;
  let world: Awaited<ReturnType<typeof signInWorld>>;

  const call = async (
    method: string,
    path: string,
    headers: Record<string, string>,
    body?: unknown,
    lang = 'en',
  ) => {
    const res = await t.app.request(`/api/v1${path}`, {
      method,
      headers: {
        'accept-language': lang,
        ...(body ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    // biome-ignore lint/suspicious/noExplicitAny: the tests walk response bodies of many shapes
    return { status: res.status, body: (await res.json()) as any };
  };
  const rows = async () => t.database.db.select().from(sessionAttendees);

  beforeAll(async () => {
    t = await testApp(kind);
    world = await signInWorld(t);
  });
  afterAll(() => t.close());

  it('adds a named attendee for the session’s trainer: 201 with the attendee, keys stored, audited', async () => {
    const res = await call('POST', `/events/${world.session.id}/attendees`, world.trainerUser.bearer, {
      name: '李娜',
      organisation: '青岛海纳电子有限公司',
      organisationCode: CREDIT_CODE.toLowerCase(),
      phone: '+86 138-0013-8000',
      sector: 'electronics',
      sex: 'female',
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      eventId: world.session.id,
      name: '李娜',
      organisationCode: CREDIT_CODE,
      phone: '+86 138-0013-8000',
      email: '',
      sex: 'female',
      source: 'api',
    });
    const [row] = (await rows()).filter((r) => r.id === res.body.id);
    expect(row).toMatchObject({ personKey: 'p:13800138000', orgKey: `c:${CREDIT_CODE}` });
    const audit = await t.database.db.select().from(auditLog);
    expect(audit.some((a) => a.entity === 'session_attendee' && a.entityId === res.body.id)).toBe(true);
    const list = await call('GET', `/events/${world.session.id}/attendees`, world.trainerUser.bearer);
    expect(list.status).toBe(200);
    expect(list.body.items.map((a: { name: string }) => a.name)).toEqual(['李娜']);
  });

  it('refuses the same person twice in one session with 409, however the number is written', async () => {
    const before = (await rows()).length;
    const res = await call('POST', `/events/${world.session.id}/attendees`, world.manager.bearer, {
      name: 'Li Na',
      organisation: 'Haina Electronics',
      phone: '13800138000',
    });
    expect(res.status).toBe(409);
    expect(res.body.error.message).toContain('already an attendee');
    const zh = await call(
      'POST',
      `/events/${world.session.id}/attendees`,
      world.manager.bearer,
      { name: '李娜', organisation: '海纳', phone: '0086 13800138000' },
      'zh',
    );
    expect(zh.status).toBe(409);
    expect(zh.body.error.message).toContain('已是本次宣讲的参加人员');
    expect((await rows()).length).toBe(before);
  });

  it('refuses an attendee with neither e-mail nor phone, and a wrong credit code, with translated 422s', async () => {
    const before = (await rows()).length;
    const none = await call(
      'POST',
      `/events/${world.session.id}/attendees`,
      world.trainerUser.bearer,
      { name: '张伟', organisation: '某公司' },
      'zh',
    );
    expect(none.status).toBe(422);
    expect(none.body.error.details.fields.email).toBe('请填写手机号码或电子邮箱。');
    const badCode = await call('POST', `/events/${world.session.id}/attendees`, world.trainerUser.bearer, {
      name: 'Zhang Wei',
      organisation: 'Some Co',
      email: 'zhang@example.cn',
      organisationCode: `${CREDIT_CODE.slice(0, 17)}0`,
    });
    expect(badCode.status).toBe(422);
    expect(badCode.body.error.details.fields.organisationCode).toContain(
      'not a valid unified social credit code',
    );
    const badEmail = await call('POST', `/events/${world.session.id}/attendees`, world.trainerUser.bearer, {
      name: 'Z',
      organisation: 'S',
      email: 'nope',
    });
    expect(badEmail.status).toBe(422);
    expect((await rows()).length).toBe(before);
  });

  it('answers 404 to an outsider, for a training (not a local session) and an unknown id, and 401 without a token', async () => {
    const body = { name: 'X', organisation: 'Y', email: 'x@example.cn' };
    expect(
      (await call('POST', `/events/${world.session.id}/attendees`, world.outsider.bearer, body)).status,
    ).toBe(404);
    expect((await call('GET', `/events/${world.session.id}/attendees`, world.outsider.bearer)).status).toBe(
      404,
    );
    expect(
      (await call('POST', `/events/${world.w.training.id}/attendees`, world.manager.bearer, body)).status,
    ).toBe(404);
    expect((await call('POST', '/events/not-an-id/attendees', world.manager.bearer, body)).status).toBe(404);
    expect((await call('POST', `/events/${world.session.id}/attendees`, {}, body)).status).toBe(401);
    expect((await rows()).some((r) => r.name === 'X')).toBe(false);
  });
});
