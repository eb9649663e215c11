import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { atTime } from '../../../tests/integration/support/clock.js';
import { signInWorld } from './attendees-test-support.js';
import { sessionAttendees } from './schema.js';

const DURING = '2010-07-10T10:00:00+08:00';
const LIMIT = 5;

describe.each(DATABASE_KINDS)('QR sign-in pages on %s', (kind) => {
  let t: TestApp;
  let world: Awaited<ReturnType<typeof signInWorld>>;
  const rows = () =>
    t.database.db.select().from(sessionAttendees).where(eq(sessionAttendees.eventId, world.session.id));
  const during = <T>(fn: () => Promise<T>) => atTime(t, DURING, fn);
  const person = {
    name: '李娜',
    organisation: '青岛海纳电子有限公司',
    phone: '138 0013 8000',
    sector: 'electronics',
  };

  beforeAll(async () => {
    t = await testApp(kind, { PUBLIC_REGISTRATIONS_PER_HOUR: String(LIMIT) });
    world = await signInWorld(t);
  });
  afterAll(() => t.close());

  it('shows a small page without script, in the session’s words, with a language switch', async () => {
    const res = await during(() => t.anonymous().get(`/zh/join/${world.key}`));
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('中小企业知识产权宣讲');
    expect(html).toContain('我同意项目保存我的姓名');
    expect(html).toContain(`href="/en/join/${world.key}"`);
    expect(html).not.toContain('<script');
    expect(Buffer.byteLength(html)).toBeLessThan(8_000);
    expect(res.headers.get('content-security-policy')).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/);
  });

  it('signs a person in once: a repeated submission adds no row and says they are signed in', async () => {
    const phone = t.anonymous();
    const first = await during(() => phone.post(`/zh/join/${world.key}`, { ...person, consent: 'on' }));
    expect(first.status).toBe(303);
    expect(first.headers.get('location')).toBe(`/zh/join/${world.key}/done`);
    const again = await during(() =>
      phone.post(`/zh/join/${world.key}`, { ...person, phone: '+86 13800138000', consent: 'on' }),
    );
    expect(again.headers.get('location')).toBe(`/zh/join/${world.key}/done?already=1`);
    const done = await phone.get(`/zh/join/${world.key}/done?already=1`);
    expect(await done.text()).toContain('您已签到');
    const signed = await rows();
    expect(signed).toHaveLength(1);
    expect(signed[0]).toMatchObject({ name: '李娜', source: 'qr', lang: 'zh', personKey: 'p:13800138000' });
    expect(signed[0]!.consentAt?.toISOString()).toBe(new Date(DURING).toISOString());
    const trainerView = await world.trainerUser.browser.get(`/en/events/${world.session.id}/attendees`);
    expect(await trainerView.text()).toContain('李娜');
  });

  it('refuses without consent or without any contact, in the page’s language, writing nothing', async () => {
    const noConsent = await during(() =>
      t.anonymous().post(`/en/join/${world.key}`, { ...person, phone: '13900139000' }),
    );
    expect(noConsent.status).toBe(422);
    expect(await noConsent.text()).toContain('Tick the box to agree');
    const noContact = await during(() =>
      t.anonymous().post(`/zh/join/${world.key}`, { name: '张伟', organisation: '某公司', consent: 'on' }),
    );
    expect(noContact.status).toBe(422);
    expect(await noContact.text()).toContain('请填写手机号码或电子邮箱。');
    expect(await rows()).toHaveLength(1);
  });

  it('answers a forged or unknown key with a translated 404 that changes nothing', async () => {
    const forged = `${world.key.slice(0, -2)}zz`;
    const get = await during(() => t.anonymous().get(`/en/join/${forged}`));
    expect(get.status).toBe(404);
    expect(await get.text()).toContain('Sign-in code not recognised');
    const post = await during(() =>
      t.anonymous().post(`/zh/join/${forged}`, { ...person, email: 'x@example.cn', consent: 'on' }),
    );
    expect(post.status).toBe(404);
    expect(await post.text()).toContain('无法识别该签到码');
    expect(await rows()).toHaveLength(1);
  });

  it('closes the sign-in seven days after the session’s last day', async () => {
    const open = await atTime(t, '2010-07-17T23:00:00+08:00', () =>
      t.anonymous().get(`/en/join/${world.key}`),
    );
    expect(open.status).toBe(200);
    const closed = await atTime(t, '2010-07-18T08:00:00+08:00', () =>
      t.anonymous().post(`/en/join/${world.key}`, { ...person, email: 'late@example.cn', consent: 'on' }),
    );
    expect(closed.status).toBe(410);
    expect(await closed.text()).toContain('closed after');
    expect(await rows()).toHaveLength(1);
  });

  it('holds one address to the public sign-in limit per hour, with a translated message', async () => {
    let status = 0;
    for (let i = 0; i < LIMIT; i++) {
      const res = await during(() =>
        t.anonymous().post(`/en/join/${world.key}`, { ...person, phone: `1370000000${i}`, consent: 'on' }),
      );
      status = res.status;
      if (status === 429) {
        expect(await res.text()).toContain('Too many sign-ins');
        break;
      }
    }
    expect(status).toBe(429);
    expect((await rows()).length).toBeLessThanOrEqual(LIMIT);
  });
});
