import { and, eq } from 'drizzle-orm';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { auditLog } from '../audit/schema.js';
import { apiToken } from '../events/test-fixtures.js';
import { apiCall } from '../registration/test-support.js';
import { feedbackKey } from './keys.js';
import { listQuestions } from './queries.js';
import { submitTest } from './submit-test.js';
import {
  answersScoring,
  eventWithFeedback,
  type FeedbackJson,
  type FeedbackWorld,
  feedbackWorld,
  managerBrowser,
  registrant,
} from './test-support.js';

describe.each(DATABASE_KINDS)('feedback: access, settings and exports (%s)', (kind) => {
  let t: TestApp;
  let w: FeedbackWorld;

  beforeAll(async () => {
    t = await testApp(kind);
    w = await feedbackWorld(t, '2030-06-01T02:00:00Z');
  });
  afterAll(() => t.close());

  const newEvent = () =>
    eventWithFeedback(
      w,
      { start: '2030-06-24', end: '2030-06-25' },
      { test: [], survey: [], publish: false },
    );

  it('keeps the pages and the API from anyone but the event’s managers', async () => {
    const event = await newEvent();
    const official = await t.signIn('official');
    const elsewhere = await t.signIn('coordinator', { scopes: [{ province: 'CN-FJ', cityId: null }] });
    const here = await t.signIn('coordinator', { scopes: [{ province: 'CN-SD', cityId: null }] });
    const sessions = await Promise.all([official, elsewhere, here].map((b) => managerBrowser(w, b.userId!)));
    const paths = [
      '',
      '/results',
      '/test/edit',
      '/survey/edit',
      '/scores.csv',
      '/survey.csv',
      '/results.xlsx',
    ].map((p) => `/en/events/${event.id}/feedback${p}`);
    for (const p of paths) {
      expect((await sessions[0]!.get(p)).status, p).toBe(403);
      expect((await sessions[1]!.get(p)).status, p).toBe(403);
      expect((await sessions[2]!.get(p)).status, p).toBe(200);
      const anonymous = await t.anonymous().get(p);
      expect(anonymous.status).toBe(303);
      expect(anonymous.headers.get('location')).toContain('/sign-in');
    }
    expect(
      (await sessions[1]!.post(`/en/events/${event.id}/feedback`, { testPublished: 'on', passPercent: '50' }))
        .status,
    ).toBe(403);
    const officialToken = await apiToken(t.database, official.userId!);
    const coordinatorToken = await apiToken(t.database, elsewhere.userId!);
    for (const token of [officialToken, coordinatorToken]) {
      for (const [method, p] of [
        ['GET', ''],
        ['GET', '/results'],
        ['PATCH', ''],
        ['PUT', '/test'],
      ] as const) {
        const res = await apiCall(t, method, `/events/${event.id}/feedback${p}`, {
          token,
          body: method === 'GET' ? undefined : method === 'PUT' ? { questions: [] } : { passPercent: 1 },
        });
        expect(res.status, `${method} ${p}`).toBe(403);
      }
    }
    expect((await apiCall(t, 'GET', `/events/${event.id}/feedback`)).status).toBe(401);
  });

  it('saves the settings from the page, in China time, with translated errors', async () => {
    const event = await eventWithFeedback(w, { start: '2030-06-24', end: '2030-06-25' }, { publish: false });
    const m = await managerBrowser(w);
    const path = `/zh/events/${event.id}/feedback`;
    let res = await m.post(path, {
      testPublished: 'on',
      passPercent: '150',
      preClosesAt: '2030-02-30T10:00',
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('请输入日期和时间，或留空。');
    expect(html).toContain('value="2030-02-30T10:00"');
    res = await m.post(path, {
      testPublished: 'on',
      surveyPublished: 'on',
      passPercent: '75',
      postOpensAt: '2030-06-25T15:30',
    });
    expect(res.status).toBe(303);
    const f = (await (
      await apiCall(t, 'GET', `/events/${event.id}/feedback`, { token: w.token })
    ).json()) as FeedbackJson;
    expect(f).toMatchObject({ testPublished: true, surveyPublished: true, passPercent: 75 });
    expect(f.custom.postOpensAt).toBe('2030-06-25T07:30:00.000Z');
    const page = await (await m.get(path)).text();
    expect(page).toContain('value="2030-06-25T15:30"');
  });

  it('exports the scores and all results, and hands an integrator a registrant’s link with an audit record', async () => {
    const event = await eventWithFeedback(w, { start: '2030-06-24', end: '2030-06-25' });
    const qids = (await listQuestions(t.database.db, event.id, 'test')).map((q) => q.id);
    const r = await registrant(w, event.id, '=HYPERLINK("http://x")', 'zh');
    await submitTest(t.database.db, r.id, 'pre', answersScoring(qids, 2), w.clock.now);
    const m = await managerBrowser(w);
    const csv = Buffer.from(
      await (await m.get(`/en/events/${event.id}/feedback/scores.csv`)).arrayBuffer(),
    ).toString('utf8');
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFName,Organisation,Questions,Pre-test score,Pre-test %,Post-test score,Post-test %,Gain (points),Passed',
    );
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")",Qingdao IP Office,5,2,40,,,,`);
    const xlsx = await m.get(`/zh/events/${event.id}/feedback/results.xlsx`);
    expect(xlsx.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const files = unzipSync(new Uint8Array(await xlsx.arrayBuffer()));
    const book = strFromU8(files['xl/workbook.xml']!);
    expect([...book.matchAll(/<sheet name="([^"]+)"/g)].map((x) => x[1])).toEqual([
      '知识增长',
      '成绩',
      '各题',
      '分布',
      '问卷',
    ]);
    expect(strFromU8(files['xl/worksheets/sheet2.xml']!)).toContain('=HYPERLINK(&quot;http://x&quot;)');

    const link = await apiCall(t, 'GET', `/registrations/${r.id}/feedback-link`, { token: w.token });
    expect(link.status).toBe(200);
    expect(((await link.json()) as { url: string }).url).toMatch(
      new RegExp(`/zh/feedback/${feedbackKey(t.ctx.secret, r.id).replace('.', '\\.')}$`),
    );
    const read = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'feedback.link'), eq(auditLog.entityId, r.id)));
    expect(read).toHaveLength(1);
  });
});
