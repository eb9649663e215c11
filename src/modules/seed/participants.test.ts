import { and, eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { events } from '../events/schema.js';
import { seedDemoOnce } from './index.js';

describe.each(DATABASE_KINDS)('the demo’s participants on event and programme pages (%s)', (kind) => {
  let t: TestApp;
  let qingdao: string;

  beforeAll(async () => {
    t = await testApp(kind);
    await seedDemoOnce(t.database, pino({ level: 'silent' }));
    const [row] = await t.database.db
      .select({ id: events.id })
      .from(events)
      .where(and(eq(events.startDate, '2010-06-24'), eq(events.datePrecision, 'day')));
    qingdao = row!.id;
  });
  afterAll(() => t.close());

  it('says on each 2010 event page what the programme page counts for the two events together', async () => {
    const programme = await (await t.app.request('/en/programmes/ipr2-miit-ip-management-training')).text();
    expect(programme).toMatch(/about 100[\s\S]*for these 2 events together/);
    const en = await (await t.app.request(`/en/events/${qingdao}`)).text();
    expect(en).not.toContain('Not reported');
    expect(en).toContain('about 100');
    expect(en).toContain('(reported for 2 events together)');
    expect(en).toContain('href="/en/programmes/ipr2-miit-ip-management-training#history"');
    const zh = await (await t.app.request(`/zh/events/${qingdao}`)).text();
    expect(zh).not.toContain('未上报');
    expect(zh).toContain('约 100');
    expect(zh).toContain('（2 场活动合计上报）');
  });

  it('says the same on the calendar’s card', async () => {
    // The home page shows the latest events, now the demo cascade's local sessions; the calendar
    // of 2010 shows the training.
    for (const path of ['/en/events?year=2010']) {
      const html = await (await t.app.request(path)).text();
      const card = html.slice(html.indexOf(`/en/events/${qingdao}"`));
      const facts = card.slice(0, card.indexOf('</li>'));
      expect(facts, path).toContain('about 100 (reported for 2 events together)');
    }
  });
});
