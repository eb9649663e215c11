import { XMLValidator } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { apiToken } from '../events/test-fixtures.js';
import { actorWith, seedReachWorld } from './reach-fixtures.js';

describe.each(DATABASE_KINDS)('reach report through the API and the page (%s)', (kind) => {
  let t: TestApp;
  let w: Awaited<ReturnType<typeof seedReachWorld>>;
  const tokens: Record<string, string> = {};

  const get = (path: string, who: string, lang = 'en') =>
    t.app.request(path, { headers: { authorization: `Bearer ${tokens[who]}`, 'accept-language': lang } });

  beforeAll(async () => {
    t = await testApp(kind);
    const db = t.database.db;
    const manager = await actorWith(db, 'manager');
    w = await seedReachWorld(db, manager);
    const fujian = await actorWith(db, 'coordinator', [{ province: 'CN-FJ', cityId: null }]);
    const official = await actorWith(db, 'official');
    for (const [k, a] of Object.entries({ manager, fujian, official }))
      tokens[k] = await apiToken(t.database, a.id);
  });
  afterAll(() => t?.close());

  it('answers the figures the cascade asks for, verified and claimed apart', async () => {
    const res = await get('/api/v1/reports/reach?programme=ipr2-miit', 'manager');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({
      trainers: 4,
      localSessions: 5,
      verifiedSessions: 2,
      people: { distinct: 28, verified: 15 },
      organisations: { distinct: 4, verified: 4 },
      claimedBeyondNamed: 18,
      levels: [
        { level: 0, events: 1, people: 2 },
        { level: 1, events: 3, people: 25 },
        { level: 2, events: 1, people: 2 },
        { level: 3, events: 1, people: 2 },
      ],
    });
    expect(Object.keys(body.people)).toEqual(['distinct', 'verified']);
    expect(body.breakdowns.city.map((r: { label: { zh: string } }) => r.label.zh)).toEqual([
      '青岛',
      '济南',
      '厦门',
    ]);
  });

  it('keeps a coordinator to their scope and refuses everyone else', async () => {
    const scoped = await (await get('/api/v1/reports/reach?programme=ipr2-miit', 'fujian')).json();
    expect([scoped.localSessions, scoped.people.distinct, scoped.claimedBeyondNamed]).toEqual([1, 3, 0]);
    expect((await get('/api/v1/reports/reach?programme=ipr2-miit', 'official')).status).toBe(403);
    expect((await t.app.request('/api/v1/reports/reach?programme=ipr2-miit')).status).toBe(401);
    // Refused before the query is read, so a bad query tells a stranger nothing either.
    expect((await t.app.request('/api/v1/reports/reach')).status).toBe(401);
    expect((await get('/api/v1/reports/reach', 'official')).status).toBe(403);
    expect((await get('/api/v1/reports/reach?programme=nope', 'manager')).status).toBe(404);
  });

  it('refuses a period that ends before it starts, in the caller’s language', async () => {
    const res = await get(
      '/api/v1/reports/reach?programme=ipr2-miit&from=2011-01-01&to=2010-01-01',
      'manager',
      'zh',
    );
    expect(res.status).toBe(422);
    expect((await res.json()).error.details.fields.to).toBe('截止日期早于起始日期。');
  });

  it('shows the reach page in Chinese with the tree, the tables and labelled charts', async () => {
    const manager = await t.signIn('manager');
    const res = await manager.get('/zh/reports/reach?programme=ipr2-miit');
    expect(res.status).toBe(200);
    const html = await res.text();
    for (const words of [
      '培训层级覆盖情况',
      '超出署名的申报人数（未核实）',
      '全国培训',
      '第3级',
      '按性别',
      '青岛海纳科技有限公司',
    ])
      expect(html).toContain(words);
    // The tree opens without a script.
    expect(html).toMatch(/<details[^>]*>\s*<summary>/);
    const svgs = html.match(/<svg[^>]*role="img"[\s\S]*?<\/svg>/g) ?? [];
    // Four charts drawn for a page column and again for a phone (its words at their size), and the map.
    expect(svgs.length).toBe(9);
    const narrow = svgs.filter((svg) => /aria-labelledby="[a-z-]+-narrow-title/.test(svg));
    expect(narrow).toHaveLength(4);
    for (const svg of narrow) expect(svg).toMatch(/viewBox="0 0 340 /);
    for (const svg of svgs) {
      expect(XMLValidator.validate(svg)).toBe(true);
      expect(svg).toMatch(/role="img"/);
    }
    expect(svgs.join('')).toContain('<title id="reach-map-title">覆盖城市</title>');
    expect(svgs.join('')).toContain('已核实宣讲的人数');
  });

  it('shows a coordinator only their cities on the page and an official nothing', async () => {
    const coordinator = await t.signIn('coordinator', { scopes: [{ province: 'CN-FJ', cityId: null }] });
    const html = await (await coordinator.get('/en/reports/reach?programme=ipr2-miit')).text();
    expect(html).toContain('Xiamen IP Office');
    expect(html).not.toContain('Sunrise Ltd</');
    expect(html).not.toContain('青岛海纳科技有限公司');
    expect((await (await t.signIn('official')).get('/en/reports/reach?programme=ipr2-miit')).status).toBe(
      403,
    );
    const bad = await coordinator.get('/en/reports/reach?programme=ipr2-miit&from=2011-01-01&to=2010-01-01');
    expect(bad.status).toBe(422);
    const refused = await bad.text();
    expect(refused).toContain('The period ends before it starts.');
    expect(refused).toContain('class="error-summary"');
  });

  it('draws the participation report by year as a chart beside its table', async () => {
    const manager = await t.signIn('manager');
    const html = await (await manager.get('/zh/reports/participation?groupBy=year')).text();
    const svg = html.match(/<svg[^>]*participation-chart-title[\s\S]*?<\/svg>/)?.[0] ?? '';
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('按年份统计的参训人数');
    expect(svg).toContain('2010年');
    expect(w.training.id).toBeTruthy();
  });
});
