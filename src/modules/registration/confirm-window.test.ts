import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { registrationKey } from './keys.js';
import { registrations } from './schema.js';
import { apiCall, openEvent, registrationWorld } from './test-support.js';

describe.each(DATABASE_KINDS)('confirming a registration while registration is open (%s)', (kind) => {
  let t: TestApp;
  let token: string;
  let clock: Date;

  beforeAll(async () => {
    t = await testApp(kind);
    clock = new Date('2099-06-01T00:00:00Z');
    t.ctx.now = () => clock;
    ({ token } = await registrationWorld(t));
  });
  afterAll(() => t.close());

  const statusOf = async (id: string) =>
    (await t.database.db.select().from(registrations).where(eq(registrations.id, id)))[0]!.status;
  const register = async (eventId: string, email: string) => {
    const res = await apiCall(t, 'POST', `/events/${eventId}/registrations`, {
      body: { name: 'Late Comer', email },
    });
    expect(res.status).toBe(201);
    return ((await res.json()) as { id: string }).id;
  };
  const confirm = (id: string, lang: 'en' | 'zh') =>
    t.anonymous().post(`/${lang}/registration/${registrationKey(t.ctx.secret, id)}/confirm`, {});

  it('lets a late registrant confirm after the event has begun, until registration closes', async () => {
    // Two days from 24 June; registration stays open until noon of the second day (China time).
    const eventId = await openEvent(t, token, { registrationClosesAt: '2099-06-25T12:00:00+08:00' });
    // The first morning, after the event has begun.
    clock = new Date('2099-06-24T01:30:00Z');
    const late = await register(eventId, 'late@example.org');
    const res = await confirm(late, 'en');
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toMatch(/\?done=confirmed$/);
    expect(await statusOf(late)).toBe('confirmed');

    // One who registers in the last hour but follows the link after noon is told why, in their language.
    clock = new Date('2099-06-25T03:30:00Z');
    const later = await register(eventId, 'later@example.org');
    clock = new Date('2099-06-25T04:00:01Z');
    const refused = await confirm(later, 'zh');
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('本次活动的报名已截止。');
    expect(await statusOf(later)).toBe('unconfirmed');
    const en = await confirm(later, 'en');
    expect(await en.text()).toContain('Registration for this event has closed.');
  });

  it('refuses a confirmation once registration has closed, before the event begins', async () => {
    clock = new Date('2099-06-01T00:00:00Z');
    const eventId = await openEvent(t, token, { registrationClosesAt: '2099-06-10T18:00:00+08:00' });
    const id = await register(eventId, 'early@example.org');
    clock = new Date('2099-06-10T10:00:01Z');
    expect((await confirm(id, 'en')).status).toBe(403);
    expect(await statusOf(id)).toBe('unconfirmed');
  });
});
