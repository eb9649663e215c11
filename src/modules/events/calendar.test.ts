import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { addEvent, seedBasics, userOf } from './test-fixtures.js';

describe.each(DATABASE_KINDS)('the public calendar (%s)', (kind) => {
  let t: TestApp;
  let ids: Record<string, string>;

  beforeAll(async () => {
    t = await testApp(kind);
    const manager = await t.signIn('manager');
    const actor = await userOf(t.database, manager.userId!);
    const db = t.database.db;
    const s = await seedBasics(db, actor);
    const base = { programmeId: s.programme.id };
    const qingdao = await addEvent(db, actor, {
      ...base,
      cityId: s.qingdao.id,
      title: { en: 'Qingdao training', zh: '青岛培训' },
      reportedHeadcount: 52,
    });
    const xiamen = await addEvent(db, actor, {
      ...base,
      cityId: s.xiamen.id,
      title: { en: 'Xiamen training', zh: '厦门培训' },
      startDate: '2010-06-28',
      endDate: '2010-06-29',
      reportedHeadcount: 48,
      headcountApproximate: true,
    });
    const beijing2009 = await addEvent(db, actor, {
      ...base,
      cityId: s.jinan.id,
      title: { en: 'Jinan round', zh: '济南轮次' },
      startDate: '2009-05-14',
      endDate: '2009-05-14',
      datePrecision: 'month',
      status: 'completed',
    });
    const draft = await addEvent(db, actor, {
      ...base,
      cityId: s.qingdao.id,
      title: { en: 'Secret draft plan', zh: '草稿计划' },
      startDate: '2011-03-01',
      endDate: '2011-03-02',
      status: 'draft',
    });
    ids = { qingdao: qingdao.id, xiamen: xiamen.id, jinan: beijing2009.id, draft: draft.id };
  });
  afterAll(() => t.close());

  const page = async (query = '', headers: Record<string, string> = {}) => {
    const res = await t.app.request(`/en/events${query}`, { headers });
    expect(res.status).toBe(200);
    return res.text();
  };

  it('lists published events grouped by year with their place, dates to precision and headcount', async () => {
    const html = await page();
    expect(html).toContain('3 events');
    expect(html).toMatch(/<h2 id="year-2010">2010<\/h2>[\s\S]*Qingdao training[\s\S]*<h2 id="year-2009">/);
    expect(html).toContain('24–25 June 2010');
    expect(html).toContain('Qingdao, Shandong');
    expect(html).toContain('about 48');
    // Known to the month only: the month is shown, never a day.
    expect(html).toContain('May 2009');
    expect(html).not.toMatch(/\b1 May 2009|14 May 2009|1–31 May/);
    expect(html).not.toContain('Secret draft plan');
  });

  it('shows the calendar in Chinese with translated places', async () => {
    const res = await t.app.request('/zh/events');
    const html = await res.text();
    expect(html).toContain('山东省青岛');
    expect(html).toContain('2009年5月');
    expect(html).toContain('共 3 场活动');
  });

  it('filters by province, city, year, status and programme', async () => {
    expect(await page('?province=CN-FJ')).toContain('1 event');
    const byProvince = await page('?province=CN-SD');
    expect(byProvince).toContain('2 events');
    expect(byProvince).not.toContain('Xiamen training');
    const byCity = await page('?city=xiamen');
    expect(byCity).toContain('Xiamen training');
    expect(byCity).not.toContain('Qingdao training');
    const byYear = await page('?year=2009');
    expect(byYear).toContain('Jinan round');
    expect(byYear).not.toContain('Qingdao training');
    const byStatus = await page('?status=completed');
    expect(byStatus).toContain('1 event');
    expect(await page('?programme=ipr2-miit&year=2010')).toContain('2 events');
    expect(await page('?programme=nothing-like-this')).toContain('0 events');
  });

  it('keeps drafts from the public even when asked for them, and shows them to managers', async () => {
    expect(await page('?status=draft')).toContain('0 events');
    const res = await t.app.request(`/en/events/${ids.draft}`);
    expect(res.status).toBe(404);
    const manager = await t.signIn('manager');
    const staff = await (await manager.get('/en/events?status=draft')).text();
    expect(staff).toContain('Secret draft plan');
    expect(staff).toContain('1 event');
    const official = await t.signIn('official');
    expect(await (await official.get('/en/events')).text()).not.toContain('Secret draft plan');
  });

  it('ignores nonsense in the query instead of failing', async () => {
    const html = await page('?year=abc&status=<script>&province=%00&page=-4&city=%27%3B--');
    expect(html).toContain('3 events');
    expect(html).not.toContain('<script>&');
  });

  it('finds events by words in either language', async () => {
    expect(await page('?q=%E5%8E%A6%E9%97%A8')).toContain('Xiamen training');
    const res = await page('?q=xiamen');
    expect(res).toContain('1 event');
  });

  it('answers htmx with only the results, for a GET form that also works without script', async () => {
    const html = await page('?province=CN-FJ', { 'hx-request': 'true', 'hx-target': 'event-results' });
    expect(html.startsWith('<div id="event-results"')).toBe(true);
    expect(html).not.toContain('<html');
    const full = await page();
    expect(full).toMatch(/<form method="get" action="\/en\/events"[^>]*data-hx-push-url="true"/);
  });

  it('shows upcoming and recent events on the home page', async () => {
    const html = await (await t.app.request('/en')).text();
    expect(html).toContain('Recently held');
    expect(html).toContain('Qingdao training');
    expect(html).not.toContain('Secret draft plan');
    // Both databases' apps are built in this one process: the block must still appear once.
    expect(html.match(/id="home-events"/g)).toHaveLength(1);
  });
});
