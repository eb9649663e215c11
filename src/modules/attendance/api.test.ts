import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { apiToken } from '../events/test-fixtures.js';
import { apiCall, openEvent, registrationWorld, type Seed } from '../registration/test-support.js';
import { checkIns } from './schema.js';

describe.each(DATABASE_KINDS)('check-in through the API (%s)', (kind) => {
  let t: TestApp;
  let token: string;
  let seed: Seed;
  let clock: Date;

  beforeAll(async () => {
    t = await testApp(kind);
    clock = new Date('2099-06-25T03:00:00Z');
    t.ctx.now = () => clock;
    ({ token, seed } = await registrationWorld(t));
  });
  afterAll(() => t.close());

  async function registered(eventId: string, n: string) {
    const res = await apiCall(t, 'POST', `/events/${eventId}/registrations`, {
      token,
      body: { name: `Person ${n}`, email: `${n}@example.org` },
    });
    expect(res.status).toBe(201);
    return (await res.json()) as { id: string; status: string };
  }
  const checkIn = (id: string, body?: unknown, tok = token) =>
    apiCall(t, 'POST', `/registrations/${id}/check-ins`, { token: tok, body });

  it('counts a person once per day: 201 the first time, 200 with alreadyCheckedIn after', async () => {
    const eventId = await openEvent(t, token);
    const reg = await registered(eventId, 'sun.li');
    const first = await checkIn(reg.id, { day: '2099-06-24' });
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({ day: '2099-06-24', alreadyCheckedIn: false, source: 'api' });
    const again = await checkIn(reg.id, { day: '2099-06-24', source: 'scan' });
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ day: '2099-06-24', alreadyCheckedIn: true, source: 'api' });
    // Without a day, today's (the clock is on the second day of the event).
    const today = await checkIn(reg.id);
    expect(today.status).toBe(201);
    expect(await today.json()).toMatchObject({ day: '2099-06-25' });
    const rows = await t.database.db.select().from(checkIns).where(eq(checkIns.registrationId, reg.id));
    expect(rows.map((r) => r.day).sort()).toEqual(['2099-06-24', '2099-06-25']);
  });

  it('records one check-in when twenty phones scan the same ticket at once', async () => {
    const eventId = await openEvent(t, token);
    const reg = await registered(eventId, 'zhou.qi');
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => checkIn(reg.id, { day: '2099-06-24' })),
    );
    expect(answers.filter((r) => r.status === 201)).toHaveLength(1);
    expect(answers.filter((r) => r.status === 200)).toHaveLength(19);
    const rows = await t.database.db.select().from(checkIns).where(eq(checkIns.registrationId, reg.id));
    expect(rows).toHaveLength(1);
  });

  it('refuses a day outside the event and a registration without a seat, in the reader’s language', async () => {
    const eventId = await openEvent(t, token, { capacity: 1 });
    const seated = await registered(eventId, 'a.seated');
    const waiting = await registered(eventId, 'b.waiting');
    expect(waiting.status).toBe('waitlisted');
    const outside = await checkIn(seated.id, { day: '2099-06-26' });
    expect(outside.status).toBe(409);
    expect(((await outside.json()) as { error: { message: string } }).error.message).toBe(
      '2099-06-26 is not a day of this event.',
    );
    const notSeated = await apiCall(t, 'POST', `/registrations/${waiting.id}/check-ins`, {
      token,
      body: {},
      headers: { 'accept-language': 'zh-CN' },
    });
    expect(notSeated.status).toBe(409);
    expect(((await notSeated.json()) as { error: { message: string } }).error.message).toBe(
      '只有已确认的报名才能签到。',
    );
    expect((await checkIn(seated.id, { day: '24 June' })).status).toBe(422);
    expect((await checkIn('00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('lets only staff of the event’s place check people in', async () => {
    const eventId = await openEvent(t, token);
    const reg = await registered(eventId, 'qian.wu');
    expect((await apiCall(t, 'POST', `/registrations/${reg.id}/check-ins`, { body: {} })).status).toBe(401);
    const official = await t.signIn('official');
    expect((await checkIn(reg.id, {}, await apiToken(t.database, official.userId!))).status).toBe(403);
    const elsewhere = await t.signIn('coordinator', {
      scopes: [{ province: 'CN-SD', cityId: seed.jinan.id }],
    });
    expect((await checkIn(reg.id, {}, await apiToken(t.database, elsewhere.userId!))).status).toBe(403);
    const here = await t.signIn('coordinator', { scopes: [{ province: 'CN-SD', cityId: seed.qingdao.id }] });
    expect((await checkIn(reg.id, {}, await apiToken(t.database, here.userId!))).status).toBe(201);
  });
});
