import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { fromPeer } from '../../../tests/helpers/client.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { apiCall, openEvent, registrationsOf, registrationWorld } from './test-support.js';

describe.each(DATABASE_KINDS)('anonymous registrations per address (%s)', (kind) => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await testApp(kind, { PUBLIC_REGISTRATIONS_PER_HOUR: '3' });
    t.ctx.now = () => new Date('2026-11-26T02:00:00Z');
    ({ token } = await registrationWorld(t));
  });
  afterAll(() => t.close());

  const from = (eventId: string, ip: string, n: string, lang = 'en', tok?: string) =>
    apiCall(t, 'POST', `/events/${eventId}/registrations`, {
      token: tok,
      body: { name: n, email: `${n}@example.org` },
      headers: { 'accept-language': lang },
      from: ip,
    });

  it('refuses the fourth from one address within the hour with a translated 429, and no one else', async () => {
    const eventId = await openEvent(t, token);
    for (const n of ['a1', 'a2', 'a3']) expect((await from(eventId, '198.51.100.7', n)).status).toBe(201);
    const fourth = await from(eventId, '198.51.100.7', 'a4', 'zh-CN');
    expect(fourth.status).toBe(429);
    expect(((await fourth.json()) as { error: { message: string } }).error.message).toBe(
      '过去一小时内来自您所在网络的报名过多，请稍后再试。',
    );
    // Another address, and a manager's token from the same one, are not held back.
    expect((await from(eventId, '198.51.100.8', 'b1')).status).toBe(201);
    expect((await from(eventId, '198.51.100.7', 'm1', 'en', token)).status).toBe(201);
    expect((await registrationsOf(t, eventId)).map((r) => r.name).sort()).toEqual([
      'a1',
      'a2',
      'a3',
      'b1',
      'm1',
    ]);
    // An hour later the address may register again.
    t.ctx.now = () => new Date('2026-11-26T03:00:01Z');
    expect((await from(eventId, '198.51.100.7', 'a5')).status).toBe(201);
  });

  it('holds the public form to the same limit, with the page in the reader’s language', async () => {
    t.ctx.now = () => new Date('2026-11-27T02:00:00Z');
    const eventId = await openEvent(t, token);
    const page = await t.app.request(`/zh/events/${eventId}/register`, {}, fromPeer('203.0.113.9'));
    expect(page.status).toBe(200);
    for (const n of ['c1', 'c2', 'c3']) expect((await from(eventId, '203.0.113.9', n)).status).toBe(201);
    const csrf = 'c'.repeat(32);
    const res = await t.app.request(
      `/zh/events/${eventId}/register`,
      {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          cookie: `csrf=${csrf}`,
        },
        body: new URLSearchParams({ _csrf: csrf, name: '陈静', email: 'chen.jing@example.org', shown: '' }),
      },
      fromPeer('203.0.113.9'),
    );
    expect(res.status).toBe(429);
    expect(await res.text()).toContain('过去一小时内来自您所在网络的报名过多');
  });
});
