import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  administrator,
  api,
  baseUrl,
  chinaDay,
  close,
  createApiToken,
  expectNoAxeViolations,
  launch,
  newPage,
  newPageWithoutScript,
  overflowsHorizontally,
  revokeApiToken,
  SMALL_PHONE,
  uniqueSuffix,
} from './support.js';

const db = process.env.E2E_DATABASE ?? 'pglite';
const JOURNEY_MS = 300_000;

const QUESTIONS = [
  {
    kind: 'single',
    prompt: { en: 'How long does a Chinese invention patent last?', zh: '中国发明专利的保护期是多少年？' },
    options: [
      { value: 'a', label: { en: 'Ten years', zh: '十年' } },
      { value: 'b', label: { en: 'Twenty years', zh: '二十年' }, correct: true },
      { value: 'c', label: { en: 'Fifty years', zh: '五十年' } },
    ],
    explanation: { en: 'Counted from the filing date.', zh: '自申请日起计算。' },
  },
  {
    kind: 'single',
    prompt: { en: 'Which office registers trademarks in China?', zh: '中国商标由哪个机构核准注册？' },
    options: [
      { value: 'a', label: { en: 'CNIPA', zh: '国家知识产权局' }, correct: true },
      { value: 'b', label: { en: 'MIIT', zh: '工业和信息化部' } },
    ],
  },
  {
    kind: 'single',
    prompt: { en: 'Is a utility model examined in substance?', zh: '实用新型是否进行实质审查？' },
    options: [
      { value: 'a', label: { en: 'Yes', zh: '是' } },
      { value: 'b', label: { en: 'No', zh: '否' }, correct: true },
    ],
  },
  {
    kind: 'multiple',
    prompt: { en: 'Which of these are IP rights?', zh: '以下哪些属于知识产权？' },
    options: [
      { value: 'a', label: { en: 'Patent', zh: '专利' }, correct: true },
      { value: 'b', label: { en: 'Trademark', zh: '商标' }, correct: true },
      { value: 'c', label: { en: 'Business licence', zh: '营业执照' } },
    ],
  },
];

/** Clicks a submit button and waits for the page its form leads to. */
async function submitVia(page: Page, button: Locator): Promise<number> {
  const [res] = await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && r.request().isNavigationRequest()),
    button.click(),
  ]);
  await page.waitForLoadState('domcontentloaded');
  return res.status();
}

/** Answers question `n` (0-based) of the test by the labels of the choices, in the page's language. */
async function choose(page: Page, n: number, labels: string[]) {
  const group = page.locator('fieldset.question').nth(n);
  for (const label of labels) await group.getByLabel(label, { exact: true }).check();
}

const text = async (page: Page, selector: string) =>
  ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();

describe(`feedback and knowledge test (${db})`, () => {
  beforeAll(async () => {
    await launch();
  });
  afterAll(close);

  it(
    'a registrant takes the pre-test in Chinese, the post-test and the survey; the manager sees the knowledge gain',
    async () => {
      const u = uniqueSuffix();
      const admin = await newPage('en', { as: administrator });
      const token = await createApiToken(admin, `feedback-${u}`);

      // An event ahead, with open registration, and one registrant who prefers Chinese.
      const created = await api<{ id: string }>(admin, token, 'POST', '/api/v1/events', {
        title: { en: `Knowledge test training ${u}`, zh: `知识测验培训 ${u}` },
        city: 'qingdao',
        startDate: '2099-06-24',
        endDate: '2099-06-25',
        status: 'published',
        capacity: 100,
      });
      expect(created.status).toBe(201);
      const id = created.json.id;
      const email = `wang.xiaoming.${u}@example.org`;
      const reg = await admin.request.post(`/api/v1/events/${id}/registrations`, {
        headers: { authorization: `Bearer ${token}` },
        data: { name: '王小明', email, organisation: '青岛市知识产权局', lang: 'zh' },
      });
      expect(reg.status()).toBe(201);
      const registration = (await reg.json()) as { id: string; status: string };
      expect(registration.status).toBe('confirmed');
      // A second registrant, who will not come.
      const absent = await api<{ id: string }>(admin, token, 'POST', `/api/v1/events/${id}/registrations`, {
        name: `Li Lei ${u}`,
        email: `li.lei.${u}@example.org`,
        organisation: 'Qingdao Trade Bureau',
        lang: 'en',
      });
      expect(absent.status).toBe(201);

      // The test through the API, the survey in the editor (plain forms, no script needed).
      const test = await admin.request.put(`/api/v1/events/${id}/feedback/test`, {
        headers: { authorization: `Bearer ${token}` },
        data: { questions: QUESTIONS },
      });
      expect(test.status()).toBe(200);

      await admin.goto(`/en/events/${id}/feedback/survey/edit`);
      await expectNoAxeViolations(admin);
      expect(await submitVia(admin, admin.locator('button[value="defaults"]'))).toBe(200);
      expect(await admin.locator('fieldset.question-editor').count()).toBe(7);
      expect(await submitVia(admin, admin.locator('button[value="save"]').first())).toBe(303);
      await admin.waitForURL(/\/survey\/edit\?saved=1$/);
      await expectNoAxeViolations(admin);

      await admin.goto(`/zh/events/${id}/feedback/test/edit`);
      await expectNoAxeViolations(admin);

      // Publishing the test invites the registrant to the pre-test at once.
      await admin.goto(`/en/events/${id}/feedback`);
      await admin.locator('#f-testPublished').check();
      await admin.locator('#f-surveyPublished').check();
      expect(await submitVia(admin, admin.locator('main form button[type="submit"]'))).toBe(303);
      await admin.waitForURL(`${baseUrl}/en/events/${id}/feedback?saved=1`);
      await expectNoAxeViolations(admin);

      // No SMTP here: the invitation waits in the outbox, in Chinese, with the personal link. A job
      // writes it, so the outbox is read again until it is there.
      const row = admin.locator('table.data tbody tr', { hasText: email }).filter({ hasText: '前测' });
      await expect
        .poll(
          async () => {
            await admin.goto('/en/admin/outbox');
            return row.count();
          },
          { timeout: 20_000, interval: 200 },
        )
        .toBeGreaterThan(0);
      await row.first().locator('a').click();
      await admin.waitForURL(/\/en\/admin\/outbox\/[0-9a-f-]{36}$/);
      const body = (await admin.locator('pre.mail-body').textContent()) ?? '';
      const link = body.match(/https?:\/\/\S+\/zh\/feedback\/\S+/)?.[0];
      expect(link, 'the pre-test invitation').toBeTruthy();

      // The registrant, in a browser of their own, without an account.
      const me = await newPage('zh');
      await me.goto(link!);
      expect(await text(me, 'h1')).toBe('您的知识测验与反馈');
      await expectNoAxeViolations(me);
      await me.getByRole('link', { name: '参加前测' }).click();
      await me.waitForURL(`${link}/pre-test`);
      await expectNoAxeViolations(me);
      // Two right, one wrong, one honestly not known: 2 of 4.
      await choose(me, 0, ['二十年']);
      await choose(me, 1, ['工业和信息化部']);
      await choose(me, 2, ['不知道']);
      await choose(me, 3, ['专利', '商标']);
      expect(await submitVia(me, me.getByRole('button', { name: '提交答案' }))).toBe(303);
      expect(me.url()).toBe(`${link}?done=pre`);
      expect(await text(me, '.notice.success')).toContain('您的前测已记录');
      await expectNoAxeViolations(me);

      // The training takes place: its dates now lie in the past.
      const moved = await api(admin, token, 'PATCH', `/api/v1/events/${id}`, {
        startDate: chinaDay(-3),
        endDate: chinaDay(-2),
      });
      expect(moved.status).toBe(200);
      // 王小明 came on its first day: the post-test and the survey are for those who attended.
      const present = await api(admin, token, 'POST', `/api/v1/registrations/${registration.id}/check-ins`, {
        day: chinaDay(-3),
      });
      expect(present.status).toBe(201);

      // Li Lei was not recorded as present: their page offers neither the post-test nor the survey,
      // and says why, in both languages; the survey's own address refuses them.
      const absentLink = await api<{ url: string }>(
        admin,
        token,
        'GET',
        `/api/v1/registrations/${absent.json.id}/feedback-link`,
      );
      expect(absentLink.status).toBe(200);
      const away = await newPage('en');
      await away.goto(absentLink.json.url);
      expect(await text(away, 'li.task:has(#task-post) .task-status')).toContain(
        'The post-test is for those who attended the event, and you were not recorded as present.',
      );
      expect(await text(away, 'li.task:has(#task-survey) .task-status')).toContain(
        'The survey is for those who attended the event, and you were not recorded as present.',
      );
      expect(await away.locator('ol.tasks a').count()).toBe(0);
      await expectNoAxeViolations(away);
      await away.goto(absentLink.json.url.replace('/en/', '/zh/'));
      expect(await text(away, 'li.task:has(#task-post) .task-status')).toContain('后测仅面向出席活动的人员');
      expect(await text(away, 'li.task:has(#task-survey) .task-status')).toContain(
        '反馈问卷仅面向出席活动的人员',
      );
      expect(await away.locator('ol.tasks a').count()).toBe(0);
      const refused = await away.goto(`${absentLink.json.url}/survey`);
      expect(refused?.status()).toBe(403);
      expect(await text(away, 'main')).toContain('the post-test and the survey for those who attended');
      await away.context().close();

      await me.goto(link!);
      await me.getByRole('link', { name: '参加后测' }).click();
      await me.waitForURL(`${link}/post-test`);
      await expectNoAxeViolations(me);
      await choose(me, 0, ['二十年']);
      await choose(me, 1, ['国家知识产权局']);
      await choose(me, 2, ['否']);
      await choose(me, 3, ['专利', '商标']);
      expect(await submitVia(me, me.getByRole('button', { name: '提交答案' }))).toBe(303);
      expect(me.url()).toBe(`${link}/results`);
      const scores = await text(me, 'dl.stats');
      expect(scores).toContain('50%');
      expect(scores).toContain('100%');
      expect(scores).toContain('变化（百分点）+50');
      expect(await text(me, '.own-answers')).toContain('自申请日起计算');
      expect(await me.locator('.own-answers .tag-correct').count()).toBe(5);
      await expectNoAxeViolations(me);

      // The survey, on a small phone: the scale stacks, nothing spills sideways.
      const phone = await newPage('zh', { viewport: SMALL_PHONE });
      await phone.goto(`${link}/survey`);
      await expectNoAxeViolations(phone);
      expect(await overflowsHorizontally(phone)).toBe(false);
      await phone.context().close();

      // And answered without any script.
      const plain = await newPageWithoutScript('zh');
      await plain.goto(`${link}/survey`);
      const ratings = plain.locator('fieldset.likert');
      expect(await ratings.count()).toBe(5);
      for (let i = 0; i < 5; i++)
        await ratings
          .nth(i)
          .getByText(i === 1 ? '同意' : '非常同意', { exact: true })
          .click();
      await plain.locator('textarea').first().fill('案例分析很实用 <script>alert(1)</script>');
      expect(await submitVia(plain, plain.getByRole('button', { name: '提交问卷' }))).toBe(303);
      expect(plain.url()).toBe(`${link}?done=survey`);
      expect(await text(plain, '.notice.success')).toContain('您的问卷答案已记录');
      await plain.context().close();

      // The same page in English, for the registrant who switches language.
      await me.goto(link!.replace('/zh/', '/en/'));
      expect(await text(me, 'h1')).toBe('Your knowledge test and feedback');
      await expectNoAxeViolations(me);
      await me.goto(`${link!.replace('/zh/', '/en/')}/results`);
      await expectNoAxeViolations(me);

      // The manager: the event page shows the gain; the results page shows it in full.
      await admin.goto(`/en/events/${id}`);
      const panel = await text(admin, '.feedback-panel');
      for (const figure of ['50%', '100%', 'Mean gain (points)+50', 'Normalised gain (g)1.00'])
        expect(panel).toContain(figure);
      await expectNoAxeViolations(admin);

      for (const lang of ['en', 'zh'] as const) {
        await admin.goto(`/${lang}/events/${id}/feedback/results`);
        await expectNoAxeViolations(admin);
      }
      const figures = await text(admin, 'dl.gain-figures');
      expect(figures).toContain('50%');
      expect(figures).toContain('平均提升（百分点）+50');
      expect(figures).toContain('标准化增益（g）1.00');
      // One answer is not enough to show survey results without singling someone out.
      expect(await text(admin, '#survey-results + p')).toContain('已作答：1 人');
      expect(await admin.locator('.comment-list').count()).toBe(0);
      await admin.goto(`/zh/events/${id}/feedback`);
      await expectNoAxeViolations(admin);

      const csv = await admin.request.get(`/en/events/${id}/feedback/scores.csv`);
      expect(await csv.text()).toContain('王小明,青岛市知识产权局,4,2,50,4,100,50,Yes');

      await revokeApiToken(admin, `feedback-${u}`);
    },
    JOURNEY_MS,
  );
});
