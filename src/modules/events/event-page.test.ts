import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { validateIcal } from '../../../tests/helpers/ical-validator.js';
import { recordHeadcountReport } from './headcount-report.js';
import { addEvent, seedBasics, userOf } from './test-fixtures.js';

const HOSTILE = '</script><script>alert(1)</script> & "quotes" <!--';

function jsonLdOf(html: string) {
  const m = html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/);
  expect(m).not.toBeNull();
  return { raw: m![1]!, data: JSON.parse(m![1]!) };
}

describe.each(DATABASE_KINDS)('event and programme pages (%s)', (kind) => {
  let t: TestApp;
  let ids: Record<string, string>;

  beforeAll(async () => {
    t = await testApp(kind, { PUBLIC_URL: 'https://training.example.org' });
    const manager = await t.signIn('manager');
    const actor = await userOf(t.database, manager.userId!);
    const db = t.database.db;
    const s = await seedBasics(db, actor);
    const base = { programmeId: s.programme.id };
    const qingdao = await addEvent(db, actor, {
      ...base,
      cityId: s.qingdao.id,
      title: { en: 'Qingdao training', zh: '青岛培训' },
      venue: { en: 'Qingdao Hotel', zh: '青岛饭店' },
      description: { en: 'Two days; officials, SMEs.\nSecond line', zh: '' },
      reportedHeadcount: 52,
    });
    const hostile = await addEvent(db, actor, {
      ...base,
      cityId: s.xiamen.id,
      title: { en: HOSTILE, zh: '' },
    });
    const may = await addEvent(db, actor, {
      ...base,
      cityId: s.jinan.id,
      title: { en: 'Jinan round', zh: '济南轮次' },
      startDate: '2009-05-01',
      endDate: '2009-05-31',
      datePrecision: 'month',
      status: 'completed',
    });
    const shanghai = await addEvent(db, actor, {
      ...base,
      cityId: s.qingdao.id,
      title: { en: '2008 round A', zh: '2008年A' },
      startDate: '2008-01-01',
      endDate: '2008-12-31',
      datePrecision: 'year',
      status: 'completed',
      reportedHeadcount: 999,
    });
    const guangzhou = await addEvent(db, actor, {
      ...base,
      cityId: s.xiamen.id,
      title: { en: '2008 round B', zh: '2008年B' },
      startDate: '2008-01-01',
      endDate: '2008-12-31',
      datePrecision: 'year',
      status: 'completed',
    });
    const cancelled = await addEvent(db, actor, {
      ...base,
      cityId: s.xiamen.id,
      title: { en: 'Called off', zh: '取消的活动' },
      startDate: '2010-07-01',
      endDate: '2010-07-01',
      status: 'cancelled',
    });
    await recordHeadcountReport(db, actor, {
      programmeId: s.programme.id,
      label: { en: 'industry and officials, 2008', zh: '2008年企业和官员' },
      count: 1200,
      approximate: true,
      eventIds: [shanghai.id, guangzhou.id],
    });
    ids = {
      qingdao: qingdao.id,
      hostile: hostile.id,
      may: may.id,
      cancelled: cancelled.id,
      roundA: shanghai.id,
    };
  });
  afterAll(() => t.close());

  it('describes the event as a schema.org Event, dates to their precision', async () => {
    const html = await (await t.app.request(`/en/events/${ids.qingdao}`)).text();
    const { data } = jsonLdOf(html);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Qingdao training',
      url: `https://training.example.org/en/events/${ids.qingdao}`,
      startDate: '2010-06-24',
      endDate: '2010-06-25',
      eventStatus: 'https://schema.org/EventScheduled',
      inLanguage: 'en',
      location: {
        '@type': 'Place',
        name: 'Qingdao Hotel',
        address: { addressLocality: 'Qingdao', addressRegion: 'Shandong', addressCountry: 'CN' },
      },
      organizer: [{ name: 'IPR2 project' }, { name: 'Ministry of Industry and Information Technology' }],
    });
    expect(html).toContain('href="/en/programmes/ipr2-miit"');
    expect(html).toContain('Second line');
    const zh = jsonLdOf(await (await t.app.request(`/zh/events/${ids.qingdao}`)).text()).data;
    expect(zh).toMatchObject({
      name: '青岛培训',
      inLanguage: 'zh-CN',
      location: { address: { addressRegion: '山东省' } },
    });
    const month = jsonLdOf(await (await t.app.request(`/en/events/${ids.may}`)).text()).data;
    expect(month).toMatchObject({ startDate: '2009-05', endDate: '2009-05' });
    const off = jsonLdOf(await (await t.app.request(`/en/events/${ids.cancelled}`)).text()).data;
    expect(off.eventStatus).toBe('https://schema.org/EventCancelled');
  });

  it('keeps a hostile title inside the JSON-LD and escaped in the page', async () => {
    const html = await (await t.app.request(`/en/events/${ids.hostile}`)).text();
    const { raw, data } = jsonLdOf(html);
    expect(data.name).toBe(HOSTILE);
    expect(raw).not.toContain('<');
    expect(raw).toContain('\\u003c/script\\u003e');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;/script&gt;&lt;script&gt;alert(1)');
  });

  it('gives an event page the participants its programme counts, one figure for events reported together', async () => {
    const page = async (lang: string, id: string | undefined) =>
      (await t.app.request(`/${lang}/events/${id}`)).text();
    // Round A's own 999 is not what the programme counts: 1,200 for both 2008 rounds together.
    const a = await page('en', ids.roundA);
    expect(a).not.toContain('999');
    expect(a).toContain('about 1,200');
    expect(a).toContain('<a href="/en/programmes/ipr2-miit#history">(reported for 2 events together)</a>');
    const zh = await page('zh', ids.roundA);
    expect(zh).toContain('约 1,200');
    expect(zh).toContain('（2 场活动合计上报）');
    // An event reported alone keeps its own figure.
    const own = await page('en', ids.qingdao);
    expect(own).toMatch(/Participants reported<\/dt><dd>52<\/dd>/);
    expect(own).not.toContain('events together');
  });

  it('offers one event as an .ics, but not an event known only to the month', async () => {
    const page = await (await t.app.request(`/en/events/${ids.qingdao}`)).text();
    expect(page).toContain(`href="/en/events/${ids.qingdao}/calendar.ics"`);
    const res = await t.app.request(`/en/events/${ids.qingdao}/calendar.ics`);
    expect(res.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const ics = await res.text();
    expect(ics).toContain('DTSTART;VALUE=DATE:20100624\r\nDTEND;VALUE=DATE:20100626\r\n');
    expect(ics).toContain(`UID:event-${ids.qingdao}@ip-cascade`);
    expect(ics).toContain('DESCRIPTION:Two days\\; officials\\, SMEs.\\nSecond line');
    expect(ics).toContain('LOCATION:Qingdao Hotel\\, Qingdao\\, Shandong');
    expect(ics).toContain('\r\nORGANIZER;CN="IP Cascade":mailto:no-reply@ip-cascade.local\r\n');
    expect(validateIcal(ics)).toEqual({ parsed: true, method: false, itip: true, errors: [] });
    expect(await (await t.app.request(`/en/events/${ids.may}`)).text()).not.toContain('calendar.ics');
    expect((await t.app.request(`/en/events/${ids.may}/calendar.ics`)).status).toBe(404);
  });

  it('shows the programme with partners, history and totals that count a shared report once', async () => {
    const html = await (await t.app.request('/en/programmes/ipr2-miit')).text();
    expect(html).toContain('IPR2 project');
    expect(html).toContain('Lead');
    expect(html).toContain('2008–2010');
    // 1,200 reported for both 2008 rounds together (round A's own 999 is not added) + 52 for Qingdao.
    expect(html).toMatch(/<td class="num">about 1,252<\/td>/);
    expect(html).toMatch(
      /<td rowspan="2" class="report-cell">[\s\S]*about 1,200[\s\S]*for these 2 events together/,
    );
    expect(html).toContain('Total for 6 events');
    expect(html).toContain('Named participants');
    const list = await (await t.app.request('/zh/programmes')).text();
    expect(list).toContain('IPR2与工业和信息化部知识产权管理培训');
    expect(list).toContain('2008–2010');
    expect((await t.app.request('/en/programmes/no-such-programme')).status).toBe(404);
  });

  it('publishes an iCalendar feed of the programme with only events known to the day', async () => {
    const res = await t.app.request('/zh/programmes/ipr2-miit/calendar.ics');
    expect(res.status).toBe(200);
    const ics = await res.text();
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    expect(ics).toContain('SUMMARY:青岛培训');
    expect(ics).toContain('STATUS:CANCELLED');
    expect(ics).not.toContain('济南轮次');
    expect(ics).not.toContain('2008年A');
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(ics.match(/\r\nORGANIZER;CN="IP Cascade":mailto:no-reply@ip-cascade\.local\r\n/g)).toHaveLength(3);
    expect(validateIcal(ics).errors).toEqual([]);
  });
});
