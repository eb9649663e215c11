import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { apiToken } from '../events/test-fixtures.js';
import { addCourse, enrol, MOODLE_FIXTURE, questionId } from './quiz-test-fixtures.js';

describe.each(DATABASE_KINDS)('question bank and quiz pages and API (%s)', (kind) => {
  let t: TestApp;
  let manager: Browser;
  let managerToken: string;
  let learner: Browser;
  let learnerToken: string;
  let strangerToken: string;
  let courseId: string;
  let quizId: string;

  beforeAll(async () => {
    t = await testApp(kind);
    manager = await t.signIn('manager');
    managerToken = await apiToken(t.database, manager.userId!);
    learner = await t.signIn('sme');
    learnerToken = await apiToken(t.database, learner.userId!);
    strangerToken = await apiToken(t.database, (await t.signIn('sme')).userId!);
    courseId = await addCourse(t.database.db);
    await enrol(t.database.db, courseId, learner.userId!);
  });
  afterAll(() => t.close());

  const call = (method: string, path: string, token: string, body?: unknown, lang = 'en') =>
    t.app.request(`/api/v1${path}`, {
      method,
      headers: {
        'accept-language': lang,
        authorization: `Bearer ${token}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  it('imports a Moodle export through the API, reporting what it left out, and refuses what is not Moodle XML', async () => {
    const res = await call('POST', '/questions/import', managerToken, { content: MOODLE_FIXTURE }, 'zh');
    expect(res.status).toBe(200);
    const report = await res.json();
    expect(report).toMatchObject({ format: 'moodle', created: 6, updated: 0 });
    expect(report.skipped).toEqual([
      expect.objectContaining({
        position: 7,
        problems: [{ field: '', message: expect.stringContaining('essay') }],
      }),
    ]);
    expect(report.notes[0].notes[0]).toContain('图片');
    const bad = await call('POST', '/questions/import', managerToken, {
      content: '<html><body>quiz</body></html>',
    });
    expect(bad.status).toBe(422);
    expect((await bad.json()).error.details.fields.content).toContain('not Moodle XML');
    expect((await call('POST', '/questions/import', learnerToken, { content: MOODLE_FIXTURE })).status).toBe(
      403,
    );
    const xml = await call('GET', '/questions/export?tag=trademark', managerToken);
    expect(xml.headers.get('content-type')).toContain('application/xml');
    expect(await xml.text()).toContain('<question type="matching">');
  });

  it('lets a manager write a question and a quiz on the pages, with translated refusals', async () => {
    const refused = await manager.post('/zh/learn/manage/bank/new?type=single', {
      'text.en': 'Which office registers trade marks?',
      'options.0.text.en': 'CNIPA',
      'options.0.fraction': '50',
      'options.1.text.en': 'SAMR',
    });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('必须有一个选项得满分');
    const saved = await manager.post('/en/learn/manage/bank/new?type=single', {
      'text.en': 'Which office registers trade marks?',
      'text.zh': '哪个机关负责商标注册？',
      'options.0.text.en': 'CNIPA',
      'options.0.fraction': '100',
      'options.0.feedback.en': 'Yes: its Trademark Office.',
      'options.1.text.en': 'SAMR',
      'options.1.feedback.en': 'It enforces, it does not register.',
      tags: ['trademark'],
      moreTags: 'Registration',
      idNumber: 'TM-OFFICE',
      shuffle: 'on',
    });
    expect(saved.status).toBe(303);
    const page = await manager.get(saved.headers.get('location')!);
    expect(await page.text()).toContain('Question saved (version 1)');
    const list = await (await manager.get('/en/learn/manage/bank?tag=registration')).text();
    expect(list).toContain('Which office registers trade marks?');
    expect((await learner.get('/en/learn/manage/bank')).status).toBe(403);
    // The same new-question form posted twice at once (a double click) makes one question.
    const twice = {
      _form: 'double-click-token-0001',
      'text.en': 'Posted twice',
      'options.0.value': '3',
      'options.0.fraction': '100',
    };
    const both = await Promise.all(
      [1, 2].map(() => manager.post('/en/learn/manage/bank/new?type=numeric', twice)),
    );
    expect(both.map((r) => r.status)).toEqual([303, 303]);
    expect(
      await t.database.query(`select id from questions where text->>'en' = 'Posted twice'`),
    ).toHaveLength(1);

    const quiz = await manager.post('/en/learn/manage/quizzes/new', {
      courseId,
      'title.en': 'Trade marks check',
      'title.zh': '商标小测',
      passMark: '50',
      attemptLimit: '2',
      required: 'on',
      questions: 'TM-OFFICE\nUM-EXAM-03',
      'draws.0.tag': 'trademark',
      'draws.0.count': '1',
    });
    expect(quiz.status).toBe(303);
    quizId = quiz.headers.get('location')!.match(/quizzes\/([0-9a-f-]{36})/)![1]!;
    const unknown = await manager.post(`/en/learn/manage/quizzes/${quizId}`, {
      'title.en': 'Trade marks check',
      passMark: '50',
      questions: 'NO-SUCH-Q',
    });
    expect(unknown.status).toBe(422);
    expect(await unknown.text()).toContain('Not in the bank: NO-SUCH-Q');
  });

  it('takes a learner through an attempt and its review on the pages, without JavaScript', async () => {
    const quizPage = await learner.get(`/zh/learn/quizzes/${quizId}`);
    expect(quizPage.status).toBe(200);
    expect(await quizPage.text()).toContain('开始测验');
    const start = await learner.post(`/zh/learn/quizzes/${quizId}/attempts`, {});
    expect(start.status).toBe(303);
    const attemptUrl = start.headers.get('location')!;
    const form = await (await learner.get(attemptUrl)).text();
    expect(form).toContain('第 1 题，共 3 题');
    expect(form).not.toContain('Yes: its Trademark Office.');
    const tmOffice = await questionId(t.database.db, 'TM-OFFICE');
    const option = (label: string) =>
      form.match(new RegExp(`value="([0-9a-f-]{36})"[^>]*>\\s*<label[^>]*>(?:<span[^>]*>)?${label}`))?.[1];
    const cnipa = option('CNIPA');
    expect(cnipa).toBeDefined();
    const notAsked = await questionId(t.database.db, 'FEE-GRACE-04');
    const refused = await learner.post(attemptUrl, {
      [`answers.${tmOffice}`]: cnipa!,
      [`answers.${notAsked}`]: '6',
    });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('本次答题中没有这道题');
    const saved = await learner.post(attemptUrl, { [`answers.${tmOffice}`]: cnipa!, action: 'save' });
    expect(saved.headers.get('location')).toContain('done=saved');
    expect(await (await learner.get(saved.headers.get('location')!)).text()).toMatch(/value="[^"]+" checked/);
    const submitted = await learner.post(attemptUrl, { [`answers.${tmOffice}`]: cnipa!, action: 'submit' });
    expect(submitted.status).toBe(303);
    const review = await (await learner.get(attemptUrl.replace('/zh/', '/en/'))).text();
    expect(review).toContain('Your score:');
    expect(review).toContain('Yes: its Trademark Office.');
    expect(review).toContain('Right answer');
    const again = await learner.post(attemptUrl, { [`answers.${tmOffice}`]: cnipa!, action: 'submit' });
    // A second submit changes nothing: the review again, with why, in the page's language.
    expect(again.status).toBe(409);
    const refusedAgain = await again.text();
    expect(refusedAgain).toContain('本次答题已经提交');
    expect(refusedAgain).toContain('正确答案');
  });

  it('takes attempts through the API: no correctness before, marks and review after, refusals translated', async () => {
    const started = await call('POST', `/quizzes/${quizId}/attempts`, learnerToken);
    expect(started.status).toBe(201);
    const attempt = await started.json();
    expect(JSON.stringify(attempt)).not.toMatch(/fraction|feedback|Trademark Office/);
    const again = await call('POST', `/quizzes/${quizId}/attempts`, learnerToken);
    expect(again.status).toBe(200);
    expect((await again.json()).id).toBe(attempt.id);
    expect((await call('GET', `/attempts/${attempt.id}`, strangerToken)).status).toBe(404);
    expect((await call('POST', `/quizzes/${quizId}/attempts`, strangerToken)).status).toBe(403);

    const tf = attempt.questions.find((q: { type: string }) => q.type === 'truefalse');
    const falseOption = tf.options.find((o: { text: { en: string } }) => o.text.en === 'False').id;
    const wrongQuestion = await call(
      'POST',
      `/attempts/${attempt.id}/submit`,
      learnerToken,
      { answers: [{ questionId: await questionId(t.database.db, 'FEE-GRACE-04'), value: 6 }] },
      'zh',
    );
    expect(wrongQuestion.status).toBe(422);
    expect(JSON.stringify(await wrongQuestion.json())).toContain('本次答题中没有这道题');

    const done = await call('POST', `/attempts/${attempt.id}/submit`, learnerToken, {
      answers: [{ questionId: tf.id, optionIds: [falseOption] }],
    });
    expect(done.status).toBe(200);
    const result = await done.json();
    expect(result.passed).toBe(result.score >= 50);
    const second = await call('POST', `/attempts/${attempt.id}/submit`, learnerToken, { answers: [] }, 'zh');
    expect(second.status).toBe(409);
    expect((await second.json()).error.message).toBe('本次答题已经提交，答案不能再修改。');
    const review = await (await call('GET', `/attempts/${attempt.id}`, learnerToken)).json();
    const reviewed = review.questions.find((q: { id: string }) => q.id === tf.id);
    expect(reviewed.review.options.find((o: { id: string }) => o.id === falseOption)).toMatchObject({
      right: true,
    });
    expect(reviewed.response).toEqual({ optionIds: [falseOption] });

    const limit = await call('POST', `/quizzes/${quizId}/attempts`, learnerToken, undefined, 'zh');
    expect(limit.status).toBe(409);
    expect((await limit.json()).error.message).toContain('2 次');
  });
});
