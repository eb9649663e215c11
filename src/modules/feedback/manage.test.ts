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
  type FeedbackWorld,
  feedbackWorld,
  managerBrowser,
  registrant,
} from './test-support.js';

type Feedback = {
  testPublished: boolean;
  surveyPublished: boolean;
  passPercent: number;
  windows: Record<string, string>;
  custom: Record<string, string | null>;
  test: {
    questions: {
      id: string;
      kind: string;
      prompt: { en: string; zh: string };
      options: { value: string; correct: boolean }[];
    }[];
  };
  survey: { questions: { id: string; kind: string; required: boolean }[] };
  defaultSurveyQuestions: unknown[];
};

describe.each(DATABASE_KINDS)('managing feedback (%s)', (kind) => {
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

  it('builds a test without JavaScript: add, move, remove, more choices, then save', async () => {
    const event = await newEvent();
    const m = await managerBrowser(w);
    const path = `/en/events/${event.id}/feedback/test/edit`;
    let res = await m.post(path, { _action: 'add:single' });
    expect(res.status).toBe(200);
    let html = await res.text();
    expect(html).toContain('Not saved yet');
    expect(html).toContain('name="questions.0.options.3.label.en"');
    expect(await listQuestions(t.database.db, event.id, 'test')).toHaveLength(0);

    const q = (i: number, en: string, correct: number) => ({
      [`questions.${i}.kind`]: 'single',
      [`questions.${i}.prompt.en`]: en,
      [`questions.${i}.prompt.zh`]: `${en}（中文）`,
      [`questions.${i}.options.0.label.en`]: 'Yes',
      [`questions.${i}.options.1.label.en`]: 'No',
      [`questions.${i}.options.${correct}.correct`]: 'on',
    });
    res = await m.post(path, { ...q(0, 'First?', 0), ...q(1, 'Second?', 1), _action: 'up:1' });
    html = await res.text();
    expect(html.indexOf('Second?')).toBeLessThan(html.indexOf('First?'));
    res = await m.post(path, { ...q(0, 'Second?', 1), ...q(1, 'First?', 0), _action: 'more:0' });
    expect(await res.text()).toContain('name="questions.0.options.3.label.en"');
    res = await m.post(path, {
      ...q(0, 'Second?', 1),
      ...q(1, 'First?', 0),
      ...q(2, 'Third?', 0),
      _action: 'remove:2',
    });
    expect(await res.text()).not.toContain('Third?');

    // A question without a correct answer is refused, with the error at its choices.
    res = await m.post(path, {
      ...q(0, 'Second?', 1),
      'questions.1.kind': 'single',
      'questions.1.prompt.en': 'No answer marked',
      'questions.1.options.0.label.en': 'a',
      'questions.1.options.1.label.en': 'b',
      _action: 'save',
    });
    expect(res.status).toBe(422);
    html = await res.text();
    expect(html).toContain('Mark exactly one choice as correct');
    expect(html).toContain('No answer marked');

    res = await m.post(path, { ...q(0, 'Second?', 1), ...q(1, 'First?', 0), _action: 'save' });
    expect(res.status).toBe(303);
    const saved = await listQuestions(t.database.db, event.id, 'test');
    expect(
      saved.map((x) => [x.prompt.en, x.options.filter((o) => o.correct).map((o) => o.label.en)]),
    ).toEqual([
      ['Second?', ['No']],
      ['First?', ['Yes']],
    ]);
    expect(saved[0]!.translationStatus).toBe('needs_translation'); // the choices have no Chinese yet
    const audit = await t.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'feedback.test'), eq(auditLog.entityId, event.id)));
    expect(audit).toHaveLength(1);
  });

  it('starts a survey from the standard bilingual questions', async () => {
    const event = await newEvent();
    const m = await managerBrowser(w);
    const res = await m.post(`/zh/events/${event.id}/feedback/survey/edit`, { _action: 'defaults' });
    const html = await res.text();
    for (const text of ['培训内容切合实际', '培训讲师', '培训组织良好', '服务中小企业', '推荐', '改进'])
      expect(html).toContain(text);
    const api = (await (
      await apiCall(t, 'GET', `/events/${event.id}/feedback`, { token: w.token })
    ).json()) as Feedback;
    expect(api.defaultSurveyQuestions).toHaveLength(7);
    const put = await apiCall(t, 'PUT', `/events/${event.id}/feedback/survey`, {
      token: w.token,
      body: { questions: api.defaultSurveyQuestions },
    });
    expect(put.status).toBe(200);
    const body = (await put.json()) as Feedback;
    expect(body.survey.questions.map((q) => q.kind)).toEqual([
      'likert',
      'likert',
      'likert',
      'likert',
      'likert',
      'comment',
      'comment',
    ]);
    expect(body.survey.questions.every((q) => q.kind === 'comment' || q.required)).toBe(true);
  });

  it('defines, publishes and reads back a test through the API, and fixes it once someone has answered', async () => {
    const event = await newEvent();
    const path = `/events/${event.id}/feedback`;
    const put = await apiCall(t, 'PUT', `${path}/test`, {
      token: w.token,
      body: {
        questions: [
          {
            kind: 'multiple',
            prompt: { en: 'Which are registered rights?', zh: '哪些是注册取得的权利？' },
            options: [
              { value: 'tm', label: { en: 'Trademark', zh: '商标' }, correct: true },
              { value: 'cr', label: { en: 'Copyright', zh: '著作权' } },
              { value: 'pt', label: { en: 'Patent', zh: '专利' }, correct: true },
            ],
          },
        ],
      },
    });
    expect(put.status).toBe(200);
    let f = (await put.json()) as Feedback;
    expect(f.test.questions[0]!.options.map((o) => [o.value, o.correct])).toEqual([
      ['tm', true],
      ['cr', false],
      ['pt', true],
    ]);

    // Publishing without survey questions is refused, with the reason.
    const bad = await apiCall(t, 'PATCH', path, { token: w.token, body: { surveyPublished: true } });
    expect(bad.status).toBe(422);
    expect(JSON.stringify(await bad.json())).toContain('Add at least one question before publishing.');
    const order = await apiCall(t, 'PATCH', path, {
      token: w.token,
      body: { preClosesAt: '2030-06-30T00:00:00+08:00', postOpensAt: '2030-06-25T15:00:00+08:00' },
    });
    expect(order.status).toBe(422);
    const ok = await apiCall(t, 'PATCH', path, {
      token: w.token,
      body: { testPublished: true, passPercent: 70, preClosesAt: '2030-06-24T09:30:00+08:00' },
    });
    expect(ok.status).toBe(200);
    f = (await ok.json()) as Feedback;
    expect(f).toMatchObject({ testPublished: true, surveyPublished: false, passPercent: 70 });
    expect(f.windows.preClosesAt).toBe('2030-06-24T01:30:00.000Z');
    expect(f.windows.postOpensAt).toBe('2030-06-25T16:00:00.000Z'); // the day after the last, China time
    expect(f.windows.postClosesAt).toBe('2030-07-25T16:00:00.000Z');

    const r = await registrant(w, event.id, 'Wu Hao', 'zh');
    await submitTest(t.database.db, r.id, 'pre', { [f.test.questions[0]!.id]: ['tm'] }, w.clock.now);
    const q = f.test.questions[0]!;
    // The wording may still change…
    const reworded = await apiCall(t, 'PUT', `${path}/test`, {
      token: w.token,
      body: { questions: [{ ...q, prompt: { en: 'Which rights are registered?', zh: q.prompt.zh } }] },
    });
    expect(reworded.status).toBe(200);
    // … but not the correct answers, nor the set of questions.
    const changed = await apiCall(t, 'PUT', `${path}/test`, {
      token: w.token,
      body: { questions: [{ ...q, options: q.options.map((o) => ({ ...o, correct: o.value === 'tm' })) }] },
    });
    expect(changed.status).toBe(409);
    expect(JSON.stringify(await changed.json())).toContain('People have taken the test');
    const added = await apiCall(t, 'PUT', `${path}/test`, {
      token: w.token,
      body: {
        questions: [
          q,
          {
            kind: 'single',
            prompt: { en: 'New' },
            options: [{ label: { en: 'a' }, correct: true }, { label: { en: 'b' } }],
          },
        ],
      },
    });
    expect(added.status).toBe(409);
    const page = await (
      await (await managerBrowser(w)).get(`/en/events/${event.id}/feedback/test/edit`)
    ).text();
    expect(page).toContain('People have taken the test, so its questions and correct answers are fixed');
    expect(page).not.toContain('value="add:single"');
  });

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
    ).json()) as Feedback;
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
