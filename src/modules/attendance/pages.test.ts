import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { auditLog } from '../audit/schema.js';
import { ticketCode, tickets } from '../registration/index.js';
import { apiCall, browserAt, openEvent, registrationWorld, type Seed } from '../registration/test-support.js';
import { checkIns } from './schema.js';

describe.each(DATABASE_KINDS)('the check-in page (%s)', (kind) => {
  let t: TestApp;
  let token: string;
  let seed: Seed;
  let manager: Browser;

  // The event runs on 24 and 25 June 2099; the clock stands on its first morning in China.
  const FIRST_DAY = new Date('2099-06-24T02:00:00Z');
  let clock = FIRST_DAY;

  beforeAll(async () => {
    t = await testApp(kind);
    t.ctx.now = () => clock;
    let signedIn: Browser;
    ({ token, seed, manager: signedIn } = await registrationWorld(t));
    manager = await browserAt(t, signedIn, FIRST_DAY);
  });
  afterAll(() => t.close());

  async function eventWith(...names: string[]) {
    const eventId = await openEvent(t, token);
    const regs: { id: string; shortCode: string }[] = [];
    for (const name of names) {
      const res = await apiCall(t, 'POST', `/events/${eventId}/registrations`, {
        token,
        body: { name, email: `${name.replace(/\W+/g, '.')}.${regs.length}@example.org` },
      });
      const { id } = (await res.json()) as { id: string };
      const [row] = await t.database.db.select().from(tickets).where(eq(tickets.registrationId, id));
      regs.push({ id, shortCode: row!.shortCode });
    }
    return { eventId, regs };
  }
  const present = (eventId: string, day: string) =>
    t.database.db
      .select()
      .from(checkIns)
      .where(and(eq(checkIns.eventId, eventId), eq(checkIns.day, day)));

  it('shows today, offers no day still to come, in both languages, and checks in a typed code without JavaScript', async () => {
    const { eventId, regs } = await eventWith('Guo Jing', 'Huang Rong');
    const en = await (await manager.get(`/en/events/${eventId}/check-in`)).text();
    expect(en).toContain('0 of 2 confirmed present');
    expect(en).toMatch(/<a href="[^"]+\?day=2099-06-24" aria-current="page">/);
    // Tomorrow is shown, not offered: no link to it.
    expect(en).not.toContain('?day=2099-06-25');
    expect(en).toContain(
      '<span class="checkin-day-later" aria-disabled="true">25 June 2099 (not yet)</span>',
    );
    const zh = await (await manager.get(`/zh/events/${eventId}/check-in`)).text();
    expect(zh).toContain('已确认 2 人，已到 0 人');
    expect(zh).toContain('2099年6月25日（未到）');
    expect(zh).not.toContain('?day=2099-06-25');
    // Asking for tomorrow's page shows today's.
    const asked = await (await manager.get(`/en/events/${eventId}/check-in?day=2099-06-25`)).text();
    expect(asked).toMatch(/<a href="[^"]+\?day=2099-06-24" aria-current="page">/);
    const res = await manager.post(`/zh/events/${eventId}/check-in`, {
      code: regs[0]!.shortCode.toLowerCase(),
      day: '2099-06-24',
    });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('签到成功');
    expect(html).toContain('Guo Jing');
    expect(html).toContain('已确认 2 人，已到 1 人');
    const again = await (
      await manager.post(`/en/events/${eventId}/check-in`, { code: regs[0]!.shortCode, day: '2099-06-24' })
    ).text();
    expect(again).toContain('Already checked in at');
    const bad = await manager.post(`/en/events/${eventId}/check-in`, {
      code: '<script>alert(1)</script>',
      day: '2099-06-24',
    });
    expect(bad.status).toBe(422);
    const badHtml = await bad.text();
    expect(badHtml).toContain('Not a valid ticket');
    expect(badHtml).toContain('No ticket of this event has this code.');
    expect(badHtml).toContain('value="&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(await present(eventId, '2099-06-24')).toHaveLength(1);
  });

  it('refuses a code typed for a day that has not come, and before the event says when check-in opens', async () => {
    const { eventId, regs } = await eventWith('Zhou Botong', 'Ying Gu');
    const refused = await manager.post(`/zh/events/${eventId}/check-in`, {
      code: regs[0]!.shortCode,
      day: '2099-06-25',
    });
    expect(refused.status).toBe(422);
    const html = await refused.text();
    expect(html).toContain('2099年6月25日 尚未到来：须到当天（北京时间）才能签到。');
    expect(html).toContain('data-outcome="futureDay"');
    const byName = await manager.post(`/en/events/${eventId}/check-in/person`, {
      registrationId: regs[1]!.id,
      day: '2099-06-25',
    });
    expect(byName.status).toBe(422);
    expect(await byName.text()).toContain('25 June 2099 has not come yet');
    expect(await present(eventId, '2099-06-25')).toHaveLength(0);
    expect(await present(eventId, '2099-06-24')).toHaveLength(0);

    clock = new Date('2099-06-20T02:00:00Z');
    try {
      const before = await (await manager.get(`/en/events/${eventId}/check-in`)).text();
      expect(before).toContain('Check-in opens on 24 June 2099. Until then nobody can be checked in.');
      expect(before).not.toMatch(/<a href="[^"]+\?day=2099-06-24" aria-current/);
      const zhBefore = await (await manager.get(`/zh/events/${eventId}/check-in`)).text();
      expect(zhBefore).toContain('签到将于 2099年6月24日 开始，在此之前不能签到。');
      const early = await manager.post(`/en/events/${eventId}/check-in`, { code: regs[0]!.shortCode });
      expect(early.status).toBe(422);
      expect(await present(eventId, '2099-06-24')).toHaveLength(0);
    } finally {
      clock = FIRST_DAY;
    }
  });

  it('serves the latest check-ins alone for the script, and a manifest that makes the page installable', async () => {
    const { eventId, regs } = await eventWith('Lu Wushuang', 'Cheng Ying');
    await manager.post(`/en/events/${eventId}/check-in`, { code: regs[1]!.shortCode, day: '2099-06-24' });
    const fragment = await manager.get(`/zh/events/${eventId}/check-in/recent?day=2099-06-24`);
    expect(fragment.status).toBe(200);
    const recent = await fragment.text();
    expect(recent).toMatch(/^<section aria-labelledby="recent-h" id="checkin-recent">/);
    expect(recent).toContain('Cheng Ying');
    expect(recent).toContain('撤销Cheng Ying的签到');
    expect(recent).not.toContain('Lu Wushuang');
    const page = await (await manager.get(`/zh/events/${eventId}/check-in`)).text();
    const link = `/zh/events/${eventId}/check-in/manifest.webmanifest`;
    expect(page).toContain(`<link rel="manifest" href="${link}"/>`);
    for (const [lang, name] of [
      ['zh', '知识产权培训签到'],
      ['en', 'IP Cascade check-in'],
    ] as const) {
      // Browsers fetch a manifest without cookies: it works signed out, and says nothing private.
      const res = await t.anonymous().get(`/${lang}/events/${eventId}/check-in/manifest.webmanifest`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toContain('application/manifest+json');
      const m = (await res.json()) as Record<string, unknown> & { icons: { src: string; sizes: string }[] };
      expect(m).toMatchObject({
        name,
        lang: lang === 'zh' ? 'zh-CN' : 'en',
        start_url: `/${lang}/events/${eventId}/check-in`,
        scope: `/${lang}/events/${eventId}/check-in`,
        display: 'standalone',
      });
      for (const size of ['192x192', '512x512']) {
        const icon = m.icons.find((i) => i.sizes === size)!;
        const img = await t.app.request(icon.src);
        expect(img.headers.get('content-type')).toBe('image/png');
        const bytes = new Uint8Array(await img.arrayBuffer());
        // A PNG whose header says the size the manifest claims.
        expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
        expect(new DataView(bytes.buffer).getUint32(16)).toBe(Number(size.split('x')[0]));
      }
    }
  });

  it('checks in by name with an audit entry, lists who is still expected, and undoes with one too', async () => {
    const { eventId, regs } = await eventWith('Wei Xiaobao', 'Wei Zhuang');
    const search = await (
      await manager.get(`/en/events/${eventId}/check-in/search?q=wei%20x&day=2099-06-24`, {
        'hx-request': 'true',
      })
    ).text();
    expect(search).toContain('Wei Xiaobao');
    expect(search).not.toContain('Wei Zhuang');
    const done = await (
      await manager.post(`/en/events/${eventId}/check-in/person`, {
        registrationId: regs[0]!.id,
        day: '2099-06-24',
        q: 'wei',
      })
    ).text();
    expect(done).toContain('Checked in');
    expect(await present(eventId, '2099-06-24')).toHaveLength(1);
    const absent = await (await manager.get(`/en/events/${eventId}/check-in?day=2099-06-24&absent=1`)).text();
    expect(absent).toContain('Wei Zhuang');
    expect(absent).not.toMatch(/Check in Wei Xiaobao/);
    const undone = await (
      await manager.post(`/en/events/${eventId}/check-in/undo`, {
        registrationId: regs[0]!.id,
        day: '2099-06-24',
      })
    ).text();
    expect(undone).toContain('The check-in of Wei Xiaobao was taken back.');
    expect(await present(eventId, '2099-06-24')).toHaveLength(0);
    const log = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, regs[0]!.id));
    expect(log.map((l) => l.action)).toEqual(expect.arrayContaining(['check-in', 'undo-check-in']));
    // A scan is proof enough: it is not audited one by one.
    await manager.post(`/en/events/${eventId}/check-in`, { code: regs[1]!.shortCode, day: '2099-06-24' });
    const scanLog = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, regs[1]!.id));
    expect(scanLog.filter((l) => l.action === 'check-in')).toHaveLength(0);
  });

  it('takes the script’s queue as JSON with the CSRF header, once however often it is sent', async () => {
    const { eventId, regs } = await eventWith('Qiao Feng', 'Duan Yu');
    const items = [
      {
        clientId: 'c1',
        ticket: ticketCode(t.ctx.secret, regs[0]!.id),
        day: '2099-06-24',
        at: '2099-06-24T01:00:00Z',
      },
      { clientId: 'c2', code: regs[1]!.shortCode, day: '2099-06-24', at: '2099-06-24T01:01:00Z' },
    ];
    const send = (headers: Record<string, string>) =>
      t.app.request(`/en/events/${eventId}/check-in?day=2099-06-24`, {
        method: 'POST',
        headers: { cookie: manager.cookie, 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ items }),
      });
    expect((await send({})).status).toBe(403);
    const first = await send({ 'x-csrf-token': manager.csrf });
    expect(await first.json()).toMatchObject({
      present: 2,
      confirmed: 2,
      results: [
        { clientId: 'c1', outcome: 'checkedIn', name: 'Qiao Feng' },
        { clientId: 'c2', outcome: 'checkedIn', name: 'Duan Yu' },
      ],
    });
    const replay = (await (await send({ 'x-csrf-token': manager.csrf })).json()) as {
      results: { outcome: string }[];
    };
    expect(replay.results.map((r) => r.outcome)).toEqual(['already', 'already']);
    expect(await present(eventId, '2099-06-24')).toHaveLength(2);
    const list = (await (await manager.get(`/en/events/${eventId}/check-in/offline.json`)).json()) as {
      entries: { c: string; n: string }[];
    };
    expect(list.entries.map((e) => e.n).sort()).toEqual(['Duan Yu', 'Qiao Feng']);
  });

  it('keeps the page from anyone who does not run the event', async () => {
    const { eventId } = await eventWith('Xu Zhu');
    expect((await t.anonymous().get(`/en/events/${eventId}/check-in`)).status).toBe(303);
    expect(
      (await (await browserAt(t, await t.signIn('official'), clock)).get(`/en/events/${eventId}/check-in`))
        .status,
    ).toBe(403);
    const jinan = await browserAt(
      t,
      await t.signIn('coordinator', { scopes: [{ province: 'CN-SD', cityId: seed.jinan.id }] }),
      clock,
    );
    expect((await jinan.get(`/en/events/${eventId}/check-in`)).status).toBe(403);
    expect((await jinan.get(`/en/events/${eventId}/check-in/offline.json`)).status).toBe(403);
    const qingdao = await browserAt(
      t,
      await t.signIn('coordinator', { scopes: [{ province: 'CN-SD', cityId: seed.qingdao.id }] }),
      clock,
    );
    expect((await qingdao.get(`/en/events/${eventId}/check-in`)).status).toBe(200);
  });
});

describe('the check-in scripts', () => {
  it('bundle under 30 KB, with the QR decoder in a file of its own', async () => {
    const t = await testApp('pglite');
    try {
      const main = await t.app.request('/static/checkin.js');
      expect(main.status).toBe(200);
      const body = await main.text();
      expect(body.length).toBeLessThan(30 * 1024);
      expect(body).not.toContain('jsQR');
      const decoder = await t.app.request('/static/checkin-decoder.js');
      expect(decoder.status).toBe(200);
      expect((await decoder.text()).length).toBeGreaterThan(10_000);
      const sw = await t.app.request('/static/checkin-sw.js');
      expect(sw.headers.get('service-worker-allowed')).toBe('/');
    } finally {
      await t.close();
    }
  }, 120_000);
});
