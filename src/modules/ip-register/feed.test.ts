import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { sha256 } from '../accounts/index.js';
import { users } from '../accounts/schema.js';
import { createRight } from './save-right.js';
import { ipFeedTokens, ipShares } from './schema.js';
import { addOrganisation, cnTrademark, epPatent, member, noonOn } from './test-fixtures.js';

const unfold = (ics: string) => ics.replace(/\r\n[ \t]/g, '');

describe.each(DATABASE_KINDS)('personal calendar feed (%s)', (kind) => {
  let t: TestApp;
  let org: { id: string };
  let sme: Awaited<ReturnType<typeof member>>;

  async function newLink(b: typeof sme.browser, lang = 'en') {
    const res = await b.post(`/${lang}/toolkit/register/${org.id}/calendar`, { action: 'create' });
    expect(res.status).toBe(200);
    const url = (await res.text()).match(/id="ip-feed-url"[^>]*value="([^"]+)"/)![1]!;
    return new URL(url).pathname;
  }

  beforeAll(async () => {
    t = await testApp(kind, { PUBLIC_URL: 'https://ipc.example.org' });
    t.ctx.now = noonOn('2024-11-20');
    org = await addOrganisation(t.database.db, 'Lotus Tech', '莲花科技');
    sme = await member(t, 'sme', org.id);
    await createRight(t.database.db, sme.user, org.id, cnTrademark(), t.ctx.now());
    await createRight(t.database.db, sme.user, org.id, epPatent(), t.ctx.now());
  });
  afterAll(() => t.close());

  it('serves the open deadlines as all-day iCalendar entries from a secret URL stored only as a hash', async () => {
    const path = await newLink(sme.browser);
    expect(path).toMatch(/^\/en\/toolkit\/register\/feed\/[A-Za-z0-9_-]{43}\.ics$/);
    const token = path.split('/').pop()!.replace('.ics', '');
    const stored = await t.database.db.select().from(ipFeedTokens);
    expect(stored.map((s) => s.tokenHash)).toEqual([sha256(token)]);
    const res = await t.anonymous().get(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const ics = unfold(await res.text());
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('X-WR-CALNAME:IP deadlines – Lotus Tech');
    // CN trade mark due 2025-03-06, all day; EP fee for year 9 due 2024-11-30 (Sat, EPO closed) → 2024-12-02.
    expect(ics).toContain('DTSTART;VALUE=DATE:20250306');
    expect(ics).toContain('DTEND;VALUE=DATE:20250307');
    expect(ics).toContain('SUMMARY:Trade mark renewal application – Lotus');
    expect(ics).toContain('DTSTART;VALUE=DATE:20241202');
    expect(ics).toContain('moved from 30 November 2024');
    expect(ics).toContain('URL:https://ipc.example.org/en/toolkit/register/rights/');
    expect(ics).toContain('TRIGGER:-P7D');
    // Passed deadlines (the EP fee for year 3, grace ended in 2019) are not in it.
    expect(ics).not.toContain('DTSTART;VALUE=DATE:20181130');
    const zh = unfold(await (await t.anonymous().get(path.replace('/en/', '/zh/'))).text());
    expect(zh).toContain('SUMMARY:商标续展注册申请 – 莲花');
  });

  it('moves a missed deadline to the end of its grace period, with the surcharge, in the reader’s language', async () => {
    const path = await newLink(sme.browser);
    const enBefore = unfold(await (await t.anonymous().get(path)).text());
    expect(enBefore).toContain('Legal basis: CN TM Law Art. 40\\; TM Impl. Regs. Arts 12\\, 33');
    const zhBefore = unfold(await (await t.anonymous().get(path.replace('/en/', '/zh/'))).text());
    expect(zhBefore).toContain('法律依据：《中华人民共和国商标法》第40条；《商标法实施条例》第12条、第33条');
    expect(zhBefore).not.toContain('TM Law');
    // The mark's renewal was due 2025-03-06; its grace period (with a late fee) runs to 2025-09-08.
    t.ctx.now = noonOn('2025-04-01');
    try {
      const en = unfold(await (await t.anonymous().get(path)).text());
      const entry = en.split('BEGIN:VEVENT').find((e) => e.includes('Trade mark renewal application'))!;
      expect(entry).toContain('DTSTART;VALUE=DATE:20250908');
      expect(entry).not.toContain('DTSTART;VALUE=DATE:20250306');
      expect(entry).toContain('SUMMARY:Grace period ends: Trade mark renewal application – Lotus');
      expect(entry).toContain('The last day without surcharge was 6 March 2025.');
      expect(entry).toContain('Late renewal fee for the grace period');
      expect(entry).toContain('SEQUENCE:1');
      const zh = unfold(await (await t.anonymous().get(path.replace('/en/', '/zh/'))).text());
      expect(zh).toContain('SUMMARY:宽限期届满：商标续展注册申请 – 莲花');
      expect(zh).toContain('无附加费的最后期限2025年3月6日已过。');
    } finally {
      t.ctx.now = noonOn('2024-11-20');
    }
  });

  it('stops the old link when a new one is made, and both when switched off', async () => {
    const first = await newLink(sme.browser);
    const second = await newLink(sme.browser, 'zh');
    expect((await t.anonymous().get(first)).status).toBe(404);
    expect((await t.anonymous().get(second)).status).toBe(200);
    const off = await sme.browser.post(`/en/toolkit/register/${org.id}/calendar`, { action: 'revoke' });
    expect(off.status).toBe(200);
    expect((await t.anonymous().get(second)).status).toBe(404);
    expect((await t.anonymous().get('/en/toolkit/register/feed/not-a-token-at-all-0000000.ics')).status).toBe(
      404,
    );
  });

  it('ends an official’s feed when the share is revoked, and anyone’s when they lose access', async () => {
    const official = await member(t, 'official', null);
    await t.database.db
      .insert(ipShares)
      .values({ organisationId: org.id, granteeUserId: official.user.id, granteeEmail: official.user.email });
    const path = await newLink(official.browser);
    expect((await t.anonymous().get(path)).status).toBe(200);
    await t.database.db
      .update(ipShares)
      .set({ revokedAt: new Date() })
      .where(eq(ipShares.granteeUserId, official.user.id));
    expect((await t.anonymous().get(path)).status).toBe(404);
    const mine = await newLink(sme.browser);
    await t.database.db.update(users).set({ active: false }).where(eq(users.id, sme.user.id));
    expect((await t.anonymous().get(mine)).status).toBe(404);
  });
});
