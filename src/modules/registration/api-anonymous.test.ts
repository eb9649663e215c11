import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { apiToken } from '../events/test-fixtures.js';
import { outbox } from '../mail/schema.js';
import { apiCall, openEvent, registrationsOf, registrationWorld } from './test-support.js';

describe.each(DATABASE_KINDS)('registrations through the API without a manager’s token (%s)', (kind) => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await testApp(kind, { PUBLIC_URL: 'https://ipc.example.org' });
    t.ctx.now = () => new Date('2026-11-26T02:00:00Z');
    ({ token } = await registrationWorld(t));
  });
  afterAll(() => t.close());

  const register = (eventId: string, email: string, tok?: string) =>
    apiCall(t, 'POST', `/events/${eventId}/registrations`, {
      token: tok,
      body: { name: 'Zhang Wei', email, lang: 'zh' },
    });
  const mailsTo = (email: string) =>
    t.database.db.select().from(outbox).where(eq(outbox.to, email)).orderBy(outbox.createdAt);

  it('holds no seat for an address sent without a token until the e-mailed link is followed', async () => {
    const eventId = await openEvent(t, token, { capacity: 1 });
    const res = await register(eventId, 'stranger@example.org');
    expect(res.status).toBe(201);
    const { id, status } = (await res.json()) as { id: string; status: string };
    expect(status).toBe('unconfirmed');
    const [row] = await registrationsOf(t, eventId);
    expect(row).toMatchObject({ id, status: 'unconfirmed', arrival: null, source: 'api' });
    // The only seat is still free: a manager's registration takes it at once.
    const direct = await register(eventId, 'nominee@example.org', token);
    expect(await direct.json()).toMatchObject({ status: 'confirmed' });

    // The address is asked to confirm, in the registrant's language, as the form asks.
    const [mail] = await mailsTo('stranger@example.org');
    expect(mail!.subject).toBe('请确认您的报名：青岛知识产权管理培训');
    const link = mail!.text.match(/https:\/\/ipc\.example\.org(\/zh\/registration\/\S+\/confirm)/)![1]!;
    // Sending it again within minutes changes nothing and e-mails nothing more.
    const again = await register(eventId, 'Stranger@Example.org');
    expect(again.status).toBe(201);
    expect(((await again.json()) as { id: string }).id).toBe(id);
    expect(await registrationsOf(t, eventId)).toHaveLength(2);
    expect(await mailsTo('stranger@example.org')).toHaveLength(1);

    // Following the link enters the allocation: the seat is gone, so the waiting list.
    const guest = t.anonymous();
    expect((await guest.post(link, {})).status).toBe(303);
    const after = (await registrationsOf(t, eventId)).find((r) => r.id === id)!;
    expect(after.status).toBe('waitlisted');
  });

  it('places a signed-in user’s own address at once, and holds any other address their token sends', async () => {
    const eventId = await openEvent(t, token, { capacity: 10 });
    const official = await t.signIn('official');
    const own = await apiToken(t.database, official.userId!);
    const mine = await register(eventId, official.email!, own);
    expect(await mine.json()).toMatchObject({ status: 'confirmed' });
    const other = await register(eventId, 'colleague@example.org', own);
    expect(await other.json()).toMatchObject({ status: 'unconfirmed' });
    const rows = await registrationsOf(t, eventId);
    expect(rows.find((r) => r.emailKey === 'colleague@example.org')!.arrival).toBeNull();
    expect(rows.find((r) => r.emailKey === 'colleague@example.org')!.userId).toBeNull();
    expect(rows.find((r) => r.emailKey === official.email!.toLowerCase())!.userId).toBe(official.userId);
  });

  it('lets no script fill an event: a hundred strangers without a token leave every seat free', async () => {
    const eventId = await openEvent(t, token, { capacity: 5 });
    const answers = await Promise.all(
      Array.from({ length: 100 }, (_, i) => register(eventId, `bot${i}@example.org`)),
    );
    expect(answers.every((r) => r.status === 201)).toBe(true);
    const rows = await registrationsOf(t, eventId);
    expect(rows.filter((r) => r.status === 'unconfirmed')).toHaveLength(100);
    const summary = await apiCall(t, 'GET', `/events/${eventId}`);
    expect(
      ((await summary.json()) as { registration: { confirmed: number; available: number } }).registration,
    ).toMatchObject({ confirmed: 0, available: 5 });
  });
});
