import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { auditLog } from '../audit/schema.js';
import { apiCall } from '../registration/test-support.js';
import { listQuestions } from './queries.js';
import { submitTest } from './submit-test.js';
import {
  eventWithFeedback,
  type FeedbackJson,
  type FeedbackWorld,
  feedbackWorld,
  managerBrowser,
  registrant,
} from './test-support.js';

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
    ).json()) as FeedbackJson;
    expect(api.defaultSurveyQuestions).toHaveLength(7);
    const put = await apiCall(t, 'PUT', `/events/${event.id}/feedback/survey`, {
      token: w.token,
      body: { questions: api.defaultSurveyQuestions },
    });
    expect(put.status).toBe(200);
    const body = (await put.json()) as FeedbackJson;
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
    let f = (await put.json()) as FeedbackJson;
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
    f = (await ok.json()) as FeedbackJson;
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

  it('refuses to empty a published test or survey, in both languages, and a pre-test still scores', async () => {
    const event = await eventWithFeedback(w, { start: '2030-06-24', end: '2030-06-25' });
    const path = `/events/${event.id}/feedback`;
    for (const [instrument, lang, message] of [
      ['test', 'en', 'The test is published, so it must keep at least one question.'],
      ['test', 'zh-CN', '测验已发布，至少须保留一道题。'],
      ['survey', 'en', 'The survey is published, so it must keep at least one question.'],
    ] as const) {
      const res = await apiCall(t, 'PUT', `${path}/${instrument}`, {
        token: w.token,
        body: { questions: [] },
        headers: { 'accept-language': lang },
      });
      expect(res.status).toBe(422);
      const body = (await res.json()) as {
        error: { code: string; details: { fields: Record<string, string> } };
      };
      expect(body.error.code).toBe('validation');
      expect(body.error.details.fields.questions).toContain(message);
    }
    expect(await listQuestions(t.database.db, event.id, 'test')).toHaveLength(5);
    // The editor says the same at its form, with nothing saved.
    const m = await managerBrowser(w);
    const page = await m.post(`/zh/events/${event.id}/feedback/test/edit`, { _action: 'save' });
    expect(page.status).toBe(422);
    expect(await page.text()).toContain('测验已发布，至少须保留一道题。');
    expect(await listQuestions(t.database.db, event.id, 'test')).toHaveLength(5);
    // Staying published while empty is refused too (publishing an empty one).
    const unpublished = await eventWithFeedback(
      w,
      { start: '2030-06-24', end: '2030-06-25' },
      { test: [], survey: [], publish: false },
    );
    const publish = await apiCall(t, 'PATCH', `/events/${unpublished.id}/feedback`, {
      token: w.token,
      body: { testPublished: true },
      headers: { 'accept-language': 'zh-CN' },
    });
    expect(publish.status).toBe(422);
    expect(JSON.stringify(await publish.json())).toContain('发布前请至少添加一道题。');
    // The registrant's pre-test, after all those attempts, is taken and scored.
    const r = await registrant(w, event.id, 'Qian Li', 'en');
    const questions = await listQuestions(t.database.db, event.id, 'test');
    const taken = await apiCall(t, 'POST', `/feedback/${r.key}/pre-test`, {
      body: { answers: { [questions[0]!.id]: 'ok' } },
    });
    expect(taken.status).toBe(201);
  });
});
