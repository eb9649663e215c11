import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { apiToken } from '../events/test-fixtures.js';
import { groupShortCode, registrationKey, ticketCode, tickets } from '../registration/index.js';
import { apiCall, openEvent, registrationWorld, type Seed } from '../registration/test-support.js';
import { checkIns } from './schema.js';

describe.each(DATABASE_KINDS)('check-in by ticket and code (%s)', (kind) => {
  let t: TestApp;
  let token: string;
  let seed: Seed;

  beforeAll(async () => {
    t = await testApp(kind);
    t.ctx.now = () => new Date('2099-06-24T02:00:00Z');
    ({ token, seed } = await registrationWorld(t));
  });
  afterAll(() => t.close());

  async function registered(eventId: string, n: string) {
    const res = await apiCall(t, 'POST', `/events/${eventId}/registrations`, {
      token,
      body: { name: `Person ${n}`, email: `${n}@example.org`, organisation: 'Qingdao IP Office' },
    });
    expect(res.status).toBe(201);
    const reg = (await res.json()) as { id: string; status: string };
    const [row] = await t.database.db.select().from(tickets).where(eq(tickets.registrationId, reg.id));
    return { ...reg, ticket: ticketCode(t.ctx.secret, reg.id), shortCode: row?.shortCode ?? '' };
  }
  const admit = (eventId: string, body: unknown, tok = token) =>
    apiCall(t, 'POST', `/events/${eventId}/check-ins`, { token: tok, body });
  const rowsOf = (registrationId: string) =>
    t.database.db.select().from(checkIns).where(eq(checkIns.registrationId, registrationId));

  it('checks in by the QR ticket once: a second scan says when the first was', async () => {
    const eventId = await openEvent(t, token);
    const reg = await registered(eventId, 'li.na');
    const first = await admit(eventId, { ticket: reg.ticket });
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({
      outcome: 'checkedIn',
      day: '2099-06-24',
      person: { registrationId: reg.id, name: 'Person li.na', organisationName: 'Qingdao IP Office' },
      alreadyCheckedIn: false,
    });
    const again = await admit(eventId, { ticket: reg.ticket });
    expect(again.status).toBe(200);
    const body = (await again.json()) as { outcome: string; checkedInAt: string };
    expect(body.outcome).toBe('already');
    expect(body.checkedInAt).toBe('2099-06-24T02:00:00.000Z');
    expect(await rowsOf(reg.id)).toHaveLength(1);
    // The next day is a day of its own, once it has come.
    t.ctx.now = () => new Date('2099-06-25T01:00:00Z');
    try {
      expect((await admit(eventId, { ticket: reg.ticket, day: '2099-06-25' })).status).toBe(201);
    } finally {
      t.ctx.now = () => new Date('2099-06-24T02:00:00Z');
    }
    expect(await rowsOf(reg.id)).toHaveLength(2);
  });

  it('refuses a day that has not come yet in China, by ticket, code, batch and registration, in both languages', async () => {
    const eventId = await openEvent(t, token);
    const reg = await registered(eventId, 'tomorrow');
    // 16:30 on the 24th in UTC is already half past midnight on the 25th in China: that day has come.
    t.ctx.now = () => new Date('2099-06-24T16:30:00Z');
    try {
      expect((await admit(eventId, { ticket: reg.ticket, day: '2099-06-25' })).status).toBe(201);
    } finally {
      t.ctx.now = () => new Date('2099-06-24T02:00:00Z');
    }
    const other = await registered(eventId, 'too.early');
    const en = await admit(eventId, { ticket: other.ticket, day: '2099-06-25' });
    expect(en.status).toBe(409);
    expect(await en.json()).toMatchObject({
      error: {
        message:
          '2099-06-25 has not come yet: people can be checked in for a day only once it has begun (China time).',
        details: { reason: 'future_day' },
      },
    });
    const zh = await apiCall(t, 'POST', `/events/${eventId}/check-ins`, {
      token,
      body: { code: other.shortCode, day: '2099-06-25' },
      headers: { 'accept-language': 'zh-CN' },
    });
    expect(zh.status).toBe(409);
    expect(((await zh.json()) as { error: { message: string } }).error.message).toBe(
      '2099-06-25 尚未到来：须到当天（北京时间）才能签到。',
    );
    const direct = await apiCall(t, 'POST', `/registrations/${other.id}/check-ins`, {
      token,
      body: { day: '2099-06-25' },
    });
    expect(direct.status).toBe(409);
    // An offline queue holding a scan for tomorrow: answered, nothing recorded, the rest goes through.
    const batch = await apiCall(t, 'POST', `/events/${eventId}/check-ins/batch`, {
      token,
      body: {
        items: [
          { clientId: 'f1', ticket: other.ticket, day: '2099-06-25' },
          { clientId: 'f2', ticket: other.ticket, day: '2099-06-24' },
        ],
      },
    });
    expect(
      ((await batch.json()) as { results: { outcome: string }[] }).results.map((r) => r.outcome),
    ).toEqual(['futureDay', 'checkedIn']);
    expect((await rowsOf(other.id)).map((r) => r.day)).toEqual(['2099-06-24']);
    // Before the event, its first day is still to come: nothing is taken for it either.
    t.ctx.now = () => new Date('2099-06-20T02:00:00Z');
    try {
      const early = await registered(eventId, 'before.event');
      expect((await admit(eventId, { ticket: early.ticket })).status).toBe(409);
      expect(await rowsOf(early.id)).toHaveLength(0);
    } finally {
      t.ctx.now = () => new Date('2099-06-24T02:00:00Z');
    }
  });

  it('checks in by the short code however it is typed', async () => {
    const eventId = await openEvent(t, token);
    const reg = await registered(eventId, 'zhao.lei');
    expect(reg.shortCode).toMatch(/^[A-Z0-9]{8}$/);
    const typed = ` ${groupShortCode(reg.shortCode).toLowerCase()} `;
    const res = await admit(eventId, { code: typed });
    expect(res.status).toBe(201);
    expect(((await res.json()) as { person: { registrationId: string } }).person.registrationId).toBe(reg.id);
    const listed = await apiCall(t, 'GET', `/events/${eventId}/check-ins?day=2099-06-24`, { token });
    expect(await listed.json()).toMatchObject({
      day: '2099-06-24',
      present: 1,
      confirmed: 1,
      items: [{ registrationId: reg.id, source: 'code' }],
    });
  });

  it('refuses a forged ticket, a page key, a code of another event and an unconfirmed registration', async () => {
    const eventId = await openEvent(t, token, { capacity: 1 });
    const seated = await registered(eventId, 'he.jun');
    const waiting = await registered(eventId, 'ma.lin');
    expect(waiting.status).toBe('waitlisted');
    const forged = `${seated.ticket.slice(0, -4)}AAAA`;
    for (const bad of [
      { ticket: forged },
      { ticket: registrationKey(t.ctx.secret, seated.id) },
      { ticket: ticketCode('another secret entirely, forty characters', seated.id) },
      { code: 'AAAA-AAAA' },
      { code: "' OR 1=1 --" },
    ]) {
      const res = await admit(eventId, bad);
      expect(res.status, JSON.stringify(bad)).toBe(404);
    }
    const unseated = await admit(eventId, { ticket: waiting.ticket });
    expect(unseated.status).toBe(409);
    expect(await unseated.json()).toMatchObject({
      error: { message: 'Registration not confirmed', details: { reason: 'notConfirmed' } },
    });
    const other = await openEvent(t, token);
    const elsewhere = await admit(other, { ticket: seated.ticket }, token);
    expect(elsewhere.status).toBe(409);
    expect(await elsewhere.json()).toMatchObject({ error: { details: { reason: 'otherEvent' } } });
    const byCode = await apiCall(t, 'POST', `/events/${other}/check-ins`, {
      token,
      body: { code: seated.shortCode },
      headers: { 'accept-language': 'zh-CN' },
    });
    expect(byCode.status).toBe(409);
    expect(((await byCode.json()) as { error: { message: string } }).error.message).toBe('其他活动的票证');
    expect(await rowsOf(seated.id)).toHaveLength(0);
    expect((await admit(eventId, { ticket: seated.ticket, code: seated.shortCode })).status).toBe(422);
    expect((await admit(eventId, {})).status).toBe(422);
    expect((await admit(eventId, { ticket: seated.ticket, day: '2099-07-01' })).status).toBe(409);
  });

  it('lets only staff of the event’s place check in, and a ticket does not tell anyone else whose it is', async () => {
    const eventId = await openEvent(t, token);
    const reg = await registered(eventId, 'song.yu');
    expect(
      (await apiCall(t, 'POST', `/events/${eventId}/check-ins`, { body: { ticket: reg.ticket } })).status,
    ).toBe(401);
    const official = await t.signIn('official');
    expect(
      (await admit(eventId, { ticket: reg.ticket }, await apiToken(t.database, official.userId!))).status,
    ).toBe(403);
    const jinan = await t.signIn('coordinator', { scopes: [{ province: 'CN-SD', cityId: seed.jinan.id }] });
    const jinanToken = await apiToken(t.database, jinan.userId!);
    expect((await admit(eventId, { ticket: reg.ticket }, jinanToken)).status).toBe(403);
    expect((await apiCall(t, 'GET', `/events/${eventId}/check-ins`, { token: jinanToken })).status).toBe(403);
    expect(
      (
        await apiCall(t, 'POST', `/events/${eventId}/check-ins/batch`, {
          token: jinanToken,
          body: { items: [{ clientId: 'a', ticket: reg.ticket }] },
        })
      ).status,
    ).toBe(403);
    expect(await rowsOf(reg.id)).toHaveLength(0);
    const qingdao = await t.signIn('coordinator', {
      scopes: [{ province: 'CN-SD', cityId: seed.qingdao.id }],
    });
    expect(
      (await admit(eventId, { ticket: reg.ticket }, await apiToken(t.database, qingdao.userId!))).status,
    ).toBe(201);
  });

  it('syncs an offline queue once, however often it is replayed after a partial sync', async () => {
    const eventId = await openEvent(t, token);
    const a = await registered(eventId, 'q.a');
    const b = await registered(eventId, 'q.b');
    const c = await registered(eventId, 'q.c');
    const queue = [
      { clientId: 'dev1-1', ticket: a.ticket, day: '2099-06-24', at: '2099-06-24T01:10:00Z' },
      { clientId: 'dev1-2', code: b.shortCode, day: '2099-06-24', at: '2099-06-24T01:11:00Z' },
      { clientId: 'dev1-3', ticket: c.ticket, day: '2099-06-24', at: '2099-06-24T01:12:00Z' },
      { clientId: 'dev1-4', code: 'XXXX-XXXX', day: '2099-06-24', at: '2099-06-24T01:13:00Z' },
      { clientId: 'dev1-5', ticket: a.ticket, day: '2099-07-09', at: '2099-06-24T01:14:00Z' },
    ];
    const send = (items: unknown[]) =>
      apiCall(t, 'POST', `/events/${eventId}/check-ins/batch`, { token, body: { items } });
    // The connection dropped after the first two reached the server: the device sends all again.
    const partial = await send(queue.slice(0, 2));
    expect(
      ((await partial.json()) as { results: { outcome: string }[] }).results.map((r) => r.outcome),
    ).toEqual(['checkedIn', 'checkedIn']);
    const [replay, replayAgain] = await Promise.all([send(queue), send(queue)]);
    const outcomes = [
      ...((await replay.json()) as { results: { clientId: string; outcome: string }[] }).results,
      ...((await replayAgain.json()) as { results: { clientId: string; outcome: string }[] }).results,
    ];
    expect(outcomes.filter((r) => r.clientId === 'dev1-1').map((r) => r.outcome)).toEqual([
      'already',
      'already',
    ]);
    expect(
      outcomes
        .filter((r) => r.clientId === 'dev1-3')
        .map((r) => r.outcome)
        .sort(),
    ).toEqual(['already', 'checkedIn']);
    expect(outcomes.filter((r) => r.clientId === 'dev1-4').map((r) => r.outcome)).toEqual([
      'invalid',
      'invalid',
    ]);
    expect(outcomes.filter((r) => r.clientId === 'dev1-5').map((r) => r.outcome)).toEqual([
      'notADay',
      'notADay',
    ]);
    const rows = await t.database.db.select().from(checkIns).where(eq(checkIns.eventId, eventId));
    expect(rows).toHaveLength(3);
    // Each keeps the time the device saw the person, not the time it synced.
    expect(rows.find((r) => r.registrationId === c.id)!.checkedInAt.toISOString()).toBe(
      '2099-06-24T01:12:00.000Z',
    );
    expect(
      (await send(Array.from({ length: 501 }, (_, i) => ({ clientId: `x${i}`, code: 'A' })))).status,
    ).toBe(422);
  });
});
