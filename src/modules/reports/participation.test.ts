import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import type { Actor } from '../../lib/actor.js';
import { parseCsv } from '../directory/index.js';
import { programmeHistory, recordHeadcountReport } from '../events/index.js';
import { addEvent, apiToken, userOf } from '../events/test-fixtures.js';
import { apiCall, registrationWorld, type Seed } from '../registration/test-support.js';
import { namedAttendees, participationReport } from './participation.js';
import { GROUP_BYS, type GroupBy, type ReportRow } from './summarise.js';
import { addPeople } from './test-support.js';

type Figures = Pick<ReportRow, 'named' | 'reported' | 'total'>;
const figures = (rows: ReportRow[]) =>
  Object.fromEntries(rows.map((r) => [r.key, { named: r.named, reported: r.reported, total: r.total }]));

describe.each(DATABASE_KINDS)('participation report (%s)', (kind) => {
  let t: TestApp;
  let actor: Actor;
  let token: string;
  let seed: Seed;
  const ev: Record<'a' | 'b' | 'c' | 'd', string> = { a: '', b: '', c: '', d: '' };
  let reportId: string;

  /*
   * A: Qingdao 2010, reported 50, 60 named (30 government women, 30 enterprise men), 10 absent.
   * B: Xiamen 2010, reported 48, 40 named with nothing recorded about them.
   * C: Jinan 2009 and D: Qingdao 2008, covered together by one reported figure of 1,200;
   *    C has 100 named, 50 of them linked to a government body in the directory, and 10 checked in
   *    whose registration was then cancelled, who count nowhere.
   * A draft event with a headcount of 999 never counts.
   */
  beforeAll(async () => {
    t = await testApp(kind);
    ({ actor, seed, token } = await registrationWorld(t));
    const db = t.database.db;
    const base = { programmeId: seed.programme.id };
    const add = async (cityId: string, startDate: string, reportedHeadcount: number | null, extra = {}) =>
      (
        await addEvent(db, actor, {
          ...base,
          cityId,
          startDate,
          endDate: startDate,
          reportedHeadcount,
          ...extra,
        })
      ).id;
    ev.a = await add(seed.qingdao.id, '2010-06-24', 50);
    ev.b = await add(seed.xiamen.id, '2010-06-28', 48, { title: { en: 'Xiamen training', zh: '厦门培训' } });
    ev.c = await add(seed.jinan.id, '2009-05-10', null);
    ev.d = await add(seed.qingdao.id, '2008-03-01', null);
    await add(seed.qingdao.id, '2010-09-01', 999, { status: 'draft' });
    await addPeople(db, ev.a, {
      count: 30,
      attended: 30,
      organisationType: 'government',
      sex: 'female',
      days: ['2010-06-24'],
    });
    await addPeople(db, ev.a, {
      count: 40,
      attended: 30,
      organisationType: 'enterprise',
      sex: 'male',
      days: ['2010-06-24'],
    });
    await addPeople(db, ev.b, { count: 40, attended: 40, days: ['2010-06-28'] });
    await addPeople(db, ev.c, {
      count: 50,
      attended: 50,
      organisationId: seed.miit.id,
      days: ['2009-05-10'],
    });
    await addPeople(db, ev.c, { count: 50, attended: 50, days: ['2009-05-10'] });
    // Checked in, then cancelled: no longer an attendee anywhere (the one definition of attendance).
    await addPeople(db, ev.c, { count: 10, attended: 10, days: ['2009-05-10'], status: 'cancelled' });
    reportId = (
      await recordHeadcountReport(db, actor, {
        programmeId: seed.programme.id,
        label: { en: '2008–2009 rounds', zh: '2008年至2009年各期' },
        count: 1200,
        approximate: true,
        eventIds: [ev.c, ev.d],
      })
    ).id;
  });
  afterAll(() => t.close());

  const report = (groupBy: GroupBy, f = {}, who: Actor = actor) =>
    participationReport(t.database.db, who, groupBy, f);

  it('adds named attendees, and a reported figure only for what it exceeds them, whatever the grouping', async () => {
    for (const g of GROUP_BYS) {
      const { totals } = await report(g);
      // 200 named; A's 50 adds nothing (60 named), B's 48 adds 8, the 1,200 adds 1,100 over C's 100.
      expect(totals, g).toEqual({ named: 200, reported: 1298, total: 1308, approximate: true });
    }
  });

  it('gives each event its figures and a figure reported for several events a row of its own', async () => {
    const { rows } = await report('event');
    expect(figures(rows)).toEqual({
      [ev.d]: { named: 0, reported: 0, total: 0 },
      [`report:${reportId}`]: { named: 0, reported: 1200, total: 1100 },
      [ev.c]: { named: 100, reported: 0, total: 100 },
      [ev.a]: { named: 60, reported: 50, total: 60 },
      [ev.b]: { named: 40, reported: 48, total: 48 },
    });
    expect(rows.map((r) => r.key)).toEqual([ev.d, `report:${reportId}`, ev.c, ev.a, ev.b]);
  });

  it('splits no reported figure across cities or years, but keeps it in the province all its events share', async () => {
    expect(figures((await report('city')).rows)).toEqual({
      [seed.qingdao.id]: { named: 60, reported: 50, total: 60 },
      [seed.xiamen.id]: { named: 40, reported: 48, total: 48 },
      [seed.jinan.id]: { named: 100, reported: 0, total: 100 },
      [`report:${reportId}`]: { named: 0, reported: 1200, total: 1100 },
    });
    expect(figures((await report('year')).rows)).toEqual({
      '2008': { named: 0, reported: 0, total: 0 },
      '2009': { named: 100, reported: 0, total: 100 },
      '2010': { named: 100, reported: 98, total: 108 },
      [`report:${reportId}`]: { named: 0, reported: 1200, total: 1100 },
    });
    expect(figures((await report('province')).rows)).toEqual({
      'CN-SD': { named: 160, reported: 1250, total: 1260 },
      'CN-FJ': { named: 40, reported: 48, total: 48 },
    });
  });

  it('counts by type and sex from the registration, else the directory, and puts headcounts under not recorded', async () => {
    expect(figures((await report('organisationType')).rows)).toEqual({
      government: { named: 80, reported: 0, total: 80 },
      enterprise: { named: 30, reported: 0, total: 30 },
      notRecorded: { named: 90, reported: 1298, total: 90 + 8 + 1100 },
    });
    expect(figures((await report('sex')).rows)).toEqual({
      female: { named: 30, reported: 0, total: 30 },
      male: { named: 30, reported: 0, total: 30 },
      notRecorded: { named: 140, reported: 1298, total: 140 + 8 + 1100 },
    });
  });

  it('narrows by year, province and programme, leaving out a figure that also covers events outside', async () => {
    const y2009 = await report('event', { year: 2009 });
    expect(y2009.totals).toEqual({ named: 100, reported: 0, total: 100, approximate: false });
    expect(y2009.excluded).toEqual([
      { label: { en: '2008–2009 rounds', zh: '2008年至2009年各期' }, count: 1200 },
    ]);
    expect((await report('city', { province: 'CN-FJ' })).totals).toMatchObject({
      named: 40,
      reported: 48,
      total: 48,
    });
    expect((await report('city', { programme: 'no-such-programme' })).rows).toEqual([]);
    expect((await report('city', { programme: 'ipr2-miit' })).totals.total).toBe(1308);
  });

  it('reads the page’s filter by the API’s schema: an empty choice is all, an unknown one is refused as the API refuses it', async () => {
    const manager = await t.signIn('manager');
    const all = await manager.get('/en/reports/participation?groupBy=city&year=&province=&programme=');
    expect(all.status).toBe(200);
    const fujian = await manager.get('/zh/reports/participation?groupBy=city&province=CN-FJ');
    expect(fujian.status).toBe(200);
    for (const bad of ['year=20x9', 'province=XX', 'groupBy=colour', 'programme=No%20Such']) {
      const res = await manager.get(`/en/reports/participation?${bad}`);
      expect(res.status, bad).toBe(422);
      // The page names the refused choice.
      expect(await res.text(), bad).toContain(`<code>${bad.split('=')[0]}</code>`);
      // The same query through the API is refused the same way.
      expect((await apiCall(t, 'GET', `/reports/participation?${bad}`, { token })).status, bad).toBe(422);
    }
  });

  it('shows a coordinator only the events of their scope', async () => {
    const b = await t.signIn('coordinator', { scopes: [{ province: 'CN-SD', cityId: seed.qingdao.id }] });
    const coordinator = await userOf(t.database, b.userId!);
    const s = await report('event', {}, coordinator);
    expect(figures(s.rows)).toEqual({
      [ev.d]: { named: 0, reported: 0, total: 0 },
      [ev.a]: { named: 60, reported: 50, total: 60 },
    });
    expect(s.excluded.map((x) => x.count)).toEqual([1200]);
    const res = await apiCall(t, 'GET', '/reports/participation?groupBy=city', {
      token: await apiToken(t.database, b.userId!),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { rows: { key: string }[] };
    expect(body.rows.map((r) => r.key)).toEqual([seed.qingdao.id]);
  });

  it('answers the API with labels in both languages, and refuses anyone but staff', async () => {
    const res = await apiCall(t, 'GET', '/reports/participation?groupBy=year', { token });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      rows: ({ key: string; label: { en: string; zh: string } } & Figures)[];
      totals: Figures;
    };
    expect(body.totals).toMatchObject({ named: 200, reported: 1298, total: 1308 });
    expect(body.rows.find((r) => r.key === '2010')?.label).toEqual({ en: '2010', zh: '2010年' });
    expect(body.rows.find((r) => r.key.startsWith('report:'))?.label).toEqual({
      en: 'Reported together: 2008–2009 rounds',
      zh: '合并上报：2008年至2009年各期',
    });
    const sex = (await (await apiCall(t, 'GET', '/reports/participation?groupBy=sex', { token })).json()) as {
      rows: { key: string; label: { zh: string } }[];
    };
    expect(sex.rows.map((r) => r.label.zh)).toEqual(['女', '男', '未记录（含上报人数）']);
    expect((await apiCall(t, 'GET', '/reports/participation?groupBy=colour', { token })).status).toBe(422);
    expect((await apiCall(t, 'GET', '/reports/participation')).status).toBe(401);
    const official = await t.signIn('official');
    const officialToken = await apiToken(t.database, official.userId!);
    expect((await apiCall(t, 'GET', '/reports/participation', { token: officialToken })).status).toBe(403);
  });

  it('downloads the same table as CSV in the reader’s language', async () => {
    const res = await apiCall(t, 'GET', '/reports/participation?groupBy=province&format=csv', {
      token,
      headers: { 'accept-language': 'zh-CN' },
    });
    expect(res.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    const rows = parseCsv(text).filter((r) => r.length > 1);
    expect(rows[0]).toEqual(['省份', '代码', '记名学员', '上报人数', '参训人数', '估计数']);
    expect(rows[1]).toEqual(['山东省', 'CN-SD', '160', '1250', '1260', '是']);
    expect(rows.at(-1)).toEqual(['合计', '', '200', '1298', '1308', '是']);
  });

  it('fills the programme history’s named column from attendance, totalled by the same rule', async () => {
    const h = await programmeHistory(t.database.db, null, seed.programme.id, namedAttendees);
    const named = Object.fromEntries(h.groups.flatMap((g) => g.events.map((e) => [e.event.id, e.named])));
    expect(named[ev.a]).toBe(60);
    expect(named[ev.c]).toBe(100);
    expect(h.totals).toMatchObject({ named: 200, reported: 1298, total: 1308 });
  });
});
