import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { apiCall, openEvent, registrationWorld } from './test-support.js';

/** Every statement the registration box can make, in English and Chinese. */
const SAYS = {
  cancelled: ['This event has been cancelled: it takes no registrations.', '本次活动已取消，不再接受报名。'],
  over: ['Registration for this event has closed.', '本次活动的报名已截止。'],
  notYet: ['Registration opens on', '报名将于'],
  notPublished: ['This event is not open for registration.', '本次活动尚未开放报名。'],
  full: ['Fully booked: new registrations join the waiting list', '名额已满：新报名者将进入候补名单'],
  left: ['seats left', '个名额（共'],
  joinWaitlist: ['Join the waiting list', '加入候补名单'],
  register: ['/register">Register</a>', '/register">报名</a>'],
} as const;
type Said = keyof typeof SAYS;

describe.each(DATABASE_KINDS)('what an event page says of its registration (%s)', (kind) => {
  let t: TestApp;
  let token: string;

  beforeAll(async () => {
    t = await testApp(kind);
    t.ctx.now = () => new Date('2026-11-26T02:00:00Z');
    ({ token } = await registrationWorld(t));
  });
  afterAll(() => t.close());

  /** An event of one seat, taken, with one person waiting. */
  const fullEvent = async (extra: Record<string, unknown> = {}) => {
    const id = await openEvent(t, token, { capacity: 1, ...extra });
    for (const n of ['seat', 'queue'])
      await apiCall(t, 'POST', `/events/${id}/registrations`, {
        token,
        body: { name: n, email: `${n}.${id.slice(0, 8)}@example.org` },
      });
    return id;
  };
  /** The registration box of the event page in each language says exactly `yes` of the statements. */
  const expectBox = async (id: string, yes: Said[]) => {
    for (const lang of ['en', 'zh'] as const) {
      const i = lang === 'en' ? 0 : 1;
      const html = await (await t.app.request(`/${lang}/events/${id}`)).text();
      const box = html.slice(
        html.indexOf('class="registration-box"'),
        html.indexOf('</section>', html.indexOf('class="registration-box"')),
      );
      for (const key of Object.keys(SAYS) as Said[])
        expect(box.includes(SAYS[key][i]), `${lang} ${key}: ${box}`).toBe(yes.includes(key));
    }
  };

  it('says only that a cancelled event is cancelled, even before its registrations are cancelled', async () => {
    const id = await fullEvent();
    expect(
      (await apiCall(t, 'PATCH', `/events/${id}`, { token, body: { status: 'cancelled' } })).status,
    ).toBe(200);
    await expectBox(id, ['cancelled']);
    const form = await (await t.app.request(`/en/events/${id}/register`)).text();
    expect(form).toContain(SAYS.cancelled[0]);
    expect(form).not.toContain(SAYS.full[0]);
    const res = await apiCall(t, 'POST', `/events/${id}/registrations`, {
      body: { name: 'Late', email: 'late@example.org' },
      headers: { 'accept-language': 'zh' },
    });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { message: string } }).error.message).toBe(SAYS.cancelled[1]);
  });

  it('says a full event whose registration has closed is closed, and offers no waiting list', async () => {
    const id = await fullEvent({ registrationClosesAt: '2026-12-01T00:00:00+08:00' });
    await expectBox(id, ['full', 'joinWaitlist']);
    t.ctx.now = () => new Date('2026-12-02T02:00:00Z');
    await expectBox(id, ['over']);
    t.ctx.now = () => new Date('2026-11-26T02:00:00Z');
  });

  it('says when registration opens, with the seats, and what a past event is', async () => {
    const soon = await openEvent(t, token, {
      capacity: 30,
      registrationOpensAt: '2026-12-01T09:00:00+08:00',
    });
    await expectBox(soon, ['notYet', 'left']);
    const open = await openEvent(t, token, { capacity: 30 });
    await expectBox(open, ['left', 'register']);
    expect(
      (await apiCall(t, 'PATCH', `/events/${open}`, { token, body: { status: 'completed' } })).status,
    ).toBe(200);
    await expectBox(open, ['over']);
  });
});
