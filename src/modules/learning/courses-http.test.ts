import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { apiToken } from '../events/test-fixtures.js';

const newCourse = {
  title: { en: 'IP management basics for local officials', zh: '地方官员知识产权管理基础' },
  summary: { en: 'What an office can do for SMEs.', zh: '主管部门能为中小企业做什么。' },
  status: 'published',
  audience: 'officials',
  topics: ['manage'],
  lessons: [
    {
      title: { en: 'The IP system in China', zh: '中国的知识产权制度' },
      body: { en: 'CNIPA examines **patents** and trade marks.', zh: '国家知识产权局审查**专利**和商标。' },
    },
    {
      title: { en: 'Helping SMEs', zh: '服务中小企业' },
      body: { en: 'Point firms to the helpdesk.', zh: '引导企业使用咨询服务。' },
      videoUrl: 'https://video.example.org/ip-basics',
    },
  ],
  quiz: {
    passMark: 50,
    questions: [
      {
        text: { en: 'Who examines patents in China?', zh: '中国由哪个机关审查专利？' },
        options: [
          { text: { en: 'CNIPA', zh: '国家知识产权局' }, correct: true },
          { text: { en: 'The courts', zh: '法院' }, correct: false },
        ],
      },
    ],
  },
};

describe.each(DATABASE_KINDS)('course pages and API (%s)', (kind) => {
  let t: TestApp;
  let manager: Browser;
  let managerToken: string;
  let learner: Browser;
  let learnerToken: string;

  beforeAll(async () => {
    t = await testApp(kind);
    manager = await t.signIn('manager');
    managerToken = await apiToken(t.database, manager.userId!);
    learner = await t.signIn('sme');
    learnerToken = await apiToken(t.database, learner.userId!);
  });
  afterAll(() => t.close());

  const call = (method: string, path: string, token: string | null, body?: unknown, lang = 'en') =>
    t.app.request(`/api/v1${path}`, {
      method,
      headers: {
        'accept-language': lang,
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  it('lets a manager create a whole course through the API, learners read, enrol, complete lessons and see their progress', async () => {
    expect((await call('POST', '/courses', learnerToken, newCourse)).status).toBe(403);
    const created = await call('POST', '/courses', managerToken, newCourse);
    expect(created.status).toBe(201);
    const made = await created.json();
    expect(made).toMatchObject({
      lessons: [{ id: expect.any(String) }, { id: expect.any(String) }],
      quiz: { id: expect.any(String) },
    });

    const list = await (await call('GET', '/courses?audience=officials&topic=manage', null)).json();
    expect(list.courses.map((c: { id: string }) => c.id)).toContain(made.id);
    const one = await (await call('GET', `/courses/${made.id}`, learnerToken)).json();
    expect(one.modules.flatMap((m: { items: { kind: string }[] }) => m.items.map((i) => i.kind))).toEqual([
      'lesson',
      'lesson',
      'quiz',
    ]);
    expect(one.enrolmentId).toBeNull();

    const notYet = await call('POST', `/lessons/${made.lessons[0].id}/complete`, learnerToken);
    expect(notYet.status).toBe(403);
    expect((await notYet.json()).error.message).toBe('Enrol in the course first.');
    const enrolled = await call('POST', `/courses/${made.id}/enrolments`, learnerToken);
    expect(enrolled.status).toBe(201);
    const { id } = await enrolled.json();
    const again = await call('POST', `/courses/${made.id}/enrolments`, learnerToken);
    expect(again.status).toBe(200);
    expect((await again.json()).id).toBe(id);

    const done = await call('POST', `/lessons/${made.lessons[1].id}/complete`, learnerToken);
    expect(await done.json()).toMatchObject({
      id,
      lessons: 2,
      lessonsDone: 1,
      progress: 0.5,
      completed: false,
    });
    expect(await (await call('GET', `/enrolments/${id}`, learnerToken)).json()).toMatchObject({
      progress: 0.5,
    });
    expect(
      (await call('GET', `/enrolments/${id}`, await apiToken(t.database, (await t.signIn('sme')).userId!)))
        .status,
    ).toBe(404);

    // The quiz the course was made with is on the quiz engine's side of the API.
    const attempt = await call('POST', `/quizzes/${made.quiz.id}/attempts`, learnerToken);
    expect(attempt.status).toBe(201);
    expect(JSON.stringify(await attempt.json())).not.toContain('correct');
  });

  it('refuses an enrolment key guessed again and again through the API, in the caller’s language', async () => {
    const created = await (
      await call('POST', '/courses', managerToken, {
        ...newCourse,
        quiz: undefined,
        enrolment: 'key',
        enrolmentKey: 'fuzhou-2009',
      })
    ).json();
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 12; i++) {
      last = await call(
        'POST',
        `/courses/${created.id}/enrolments`,
        learnerToken,
        { key: `guess-${i}` },
        'zh',
      );
      statuses.push(last.status);
    }
    expect(statuses.slice(0, 10).every((s) => s === 422)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
    expect((await last!.json()).error.message).toBe('密钥错误次数过多。请一小时后再试，或向讲师索取密钥。');
    const right = await call('POST', `/courses/${created.id}/enrolments`, learnerToken, {
      key: 'fuzhou-2009',
    });
    expect(right.status).toBe(429);
    const one = await (await call('GET', `/courses/${created.id}`, learnerToken)).json();
    expect(one.enrolmentId).toBeNull();
    const wrong = await call(
      'POST',
      `/courses/${created.id}/enrolments`,
      managerToken,
      { key: 'nope' },
      'zh',
    );
    expect((await wrong.json()).error.details.fields.key).toBe('选课密钥不正确。');
  });

  it('shows the catalogue, a course, a lesson and my learning to a learner in both languages, text first', async () => {
    const made = await (
      await call('POST', '/courses', managerToken, { ...newCourse, audience: 'smes', topics: ['protect'] })
    ).json();
    const slug = (await (await call('GET', `/courses/${made.id}`, null)).json()).slug;
    const zh = await (await t.anonymous().get('/zh/learn?audience=smes&topic=protect')).text();
    expect(zh).toContain('<a href="/zh/learn" aria-current="page">在线学习</a>');
    expect(zh).toContain(`href="/zh/learn/courses/${slug}"`);
    expect(zh).toContain('地方官员知识产权管理基础');
    const en = await (await t.anonymous().get('/en/learn?audience=officials')).text();
    expect(en).not.toContain(`/en/learn/courses/${slug}"`);
    const anonymous = await (await t.anonymous().get(`/en/learn/courses/${slug}`)).text();
    expect(anonymous).toContain('Sign in to enrol');

    const reader = await t.signIn('sme');
    const page = await (await reader.get(`/zh/learn/courses/${slug}`)).text();
    expect(page).toContain('选修本课程');
    const enrol = await reader.post(`/zh/learn/courses/${slug}/enrol`, {});
    expect(enrol.status).toBe(303);
    const enrolled = await (await reader.get(`/zh/learn/courses/${slug}?enrolled=1`)).text();
    expect(enrolled).toContain('已学完 0/2 个课时');
    expect(enrolled).toContain(`href="/zh/learn/lessons/${made.lessons[0].id}"`);
    expect(enrolled).toContain(`href="/zh/learn/quizzes/${made.quiz.id}"`);

    const lesson = await reader.get(`/zh/learn/lessons/${made.lessons[1].id}`);
    expect(lesson.headers.get('x-offline-lesson')).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const html = await lesson.text();
    expect(html).toContain('<script src="/static/learn.js" defer="">');
    expect(html).toContain(
      '<a href="https://video.example.org/ip-basics" rel="noopener noreferrer nofollow">观看视频</a>',
    );
    expect(html).not.toMatch(/<video|<iframe|autoplay/);
    expect(html).toContain('下一步：测验');
    expect(html.length).toBeLessThan(30_000);
    const first = await (await reader.get(`/en/learn/lessons/${made.lessons[0].id}`)).text();
    expect(first).toContain('<strong>patents</strong>');
    expect(first).toContain(`href="/en/learn/lessons/${made.lessons[1].id}"`);
    // Resume where they left: the course page continues at the last lesson opened.
    const course = await (await reader.get(`/en/learn/courses/${slug}`)).text();
    expect(course).toContain('2 of 2 lessons done');
    expect(course).toContain(
      `<a class="button primary" href="/en/learn/lessons/${made.lessons[0].id}">Continue where you left off</a>`,
    );
    const mine = await (await reader.get('/en/learn/mine')).text();
    expect(mine).toContain('2 of 2 lessons done');

    // Not enrolled: the lesson sends the reader to the course page, and its header marks nothing.
    const other = await t.signIn('sme');
    const refused = await other.get(`/en/learn/lessons/${made.lessons[0].id}`);
    expect(refused.status).toBe(303);
    expect(refused.headers.get('x-offline-lesson')).toBeNull();
    const anonymousLesson = await t.anonymous().get(`/en/learn/lessons/${made.lessons[0].id}`);
    expect(anonymousLesson.headers.get('location')).toContain('/en/sign-in');
    const sw = await t.app.request('/static/learn-sw.js');
    expect(sw.headers.get('service-worker-allowed')).toBe('/');
    expect(await sw.text()).toContain('ipc-lessons-v1');
  });

  it('lets a manager write a course in the browser: create, add and reorder lessons without a script, publish, compare versions', async () => {
    const empty = await manager.post('/en/learn/manage/courses/new', { 'title.en': '', 'title.zh': '' });
    expect(empty.status).toBe(422);
    const created = await manager.post('/zh/learn/manage/courses/new', {
      'title.en': 'Patent annual fees',
      'title.zh': '专利年费',
      audience: 'smes',
      enrolment: 'key',
      enrolmentKey: '',
    });
    expect(created.status).toBe(422);
    expect(await created.text()).toContain('请输入选课密钥，或改为所有人可选课。');
    const ok = await manager.post('/en/learn/manage/courses/new', {
      'title.en': 'Patent annual fees',
      'title.zh': '专利年费',
      audience: 'smes',
      enrolment: 'open',
      requireAllLessons: 'on',
    });
    expect(ok.status).toBe(303);
    const edit = ok.headers.get('location')!.replace(/\?.*/, '');
    const courseId = edit.split('/').pop()!;
    const addModule = await manager.post(`${edit}/modules`, { 'title.en': 'Paying', 'title.zh': '缴费' });
    expect(addModule.status).toBe(303);
    const editPage = await (await manager.get(edit)).text();
    const moduleId = editPage.match(/name="moduleId" value="([0-9a-f-]{36})"/)![1]!;
    const lessonIds: string[] = [];
    for (const n of ['When fees fall due', 'The grace period']) {
      const r = await manager.post(`${edit}/lessons`, { moduleId, 'title.en': n, 'title.zh': n });
      expect(r.status).toBe(303);
      lessonIds.push(r.headers.get('location')!.match(/lessons\/([0-9a-f-]{36})/)![1]!);
    }
    const saved = await manager.post(`/en/learn/manage/lessons/${lessonIds[1]}`, {
      'title.en': 'The grace period',
      'title.zh': '宽限期',
      'body.en': 'Six months, with a surcharge.',
      'body.zh': '六个月，须缴纳滞纳金。',
      videoUrl: 'javascript:alert(1)',
      moduleId,
    });
    expect(saved.status).toBe(422);
    expect(await saved.text()).toContain('Give an http or https address.');
    await manager.post(`/en/learn/manage/lessons/${lessonIds[1]}`, {
      'title.en': 'The grace period',
      'title.zh': '宽限期',
      'body.en': 'Six months, with a surcharge.',
      'body.zh': '六个月，须缴纳滞纳金。',
      moduleId,
    });
    const moved = await manager.post(`/en/learn/manage/lessons/${lessonIds[1]}/move`, { direction: 'up' });
    expect(moved.status).toBe(303);
    const reordered = await (await manager.get(edit)).text();
    expect(reordered.indexOf('The grace period')).toBeLessThan(reordered.indexOf('When fees fall due'));
    expect(reordered).toContain('aria-label="Move “The grace period” up" disabled=""');
    const published = await manager.post(`${edit}/status`, { status: 'published' });
    expect(published.status).toBe(303);
    const versions = await (await manager.get(`${edit}/versions`)).text();
    expect(versions).toContain('name="from" value="1"');
    const compare = await (
      await manager.get(`/en/learn/manage/courses/${courseId}/compare?from=1&to=5`)
    ).text();
    expect(compare).toContain('The grace period');
    expect(compare).toContain('<ins>');
    expect((await learner.get(edit)).status).toBe(403);
    expect((await learner.post(`${edit}/status`, { status: 'archived' })).status).toBe(403);
    const list = await (await manager.get('/zh/learn/manage/courses')).text();
    expect(list).toContain('已发布');
  });
});
