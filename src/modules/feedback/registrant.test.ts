import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { registrationKey } from '../registration/index.js';
import { apiCall } from '../registration/test-support.js';
import { feedbackKey } from './keys.js';
import { listQuestions } from './queries.js';
import { knowledgeGainBy } from './report.js';
import { feedbackTestAttempts } from './schema.js';
import {
  answersScoring,
  checkIn,
  eventWithFeedback,
  type FeedbackWorld,
  feedbackWorld,
  managerBrowser,
  registrant,
} from './test-support.js';

type Reg = Awaited<ReturnType<typeof registrant>>;

describe.each(DATABASE_KINDS)('the registrant’s tests (%s)', (kind) => {
  let t: TestApp;
  let w: FeedbackWorld;
  let eventId: string;
  let qids: string[];
  let a: Reg;
  let b: Reg;
  let c: Reg;
  let d: Reg;
  let guest: Browser;

  beforeAll(async () => {
    t = await testApp(kind);
    w = await feedbackWorld(t, '2030-06-01T02:00:00Z');
    eventId = (await eventWithFeedback(w, { start: '2030-06-24', end: '2030-06-25' })).id;
    qids = (await listQuestions(t.database.db, eventId, 'test')).map((q) => q.id);
    a = await registrant(w, eventId, '王芳', 'zh');
    b = await registrant(w, eventId, 'Anna Smith', 'en');
    c = await registrant(w, eventId, '李雷', 'zh');
    d = await registrant(w, eventId, 'Daniel Moreau', 'en');
    guest = t.anonymous();
  });
  afterAll(() => t.close());

  const form = (answers: Record<string, string | string[]>) =>
    Object.fromEntries(Object.entries(answers).map(([k, v]) => [`answers.${k}`, v]));
  const attempts = (registrationId: string) =>
    t.database.db
      .select()
      .from(feedbackTestAttempts)
      .where(eq(feedbackTestAttempts.registrationId, registrationId));

  it('opens only through its own signed link', async () => {
    const ok = await guest.get(a.page);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('cache-control')).toBe('no-store');
    const html = await ok.text();
    expect(html).toContain('王芳');
    expect(html).toContain('参加前测');

    const [id, sig] = a.key.split('.') as [string, string];
    const flipped = `${sig.slice(0, -1)}${sig.endsWith('A') ? 'B' : 'A'}`;
    const refused = [
      `${id}.${flipped}`,
      `${b.id}.${sig}`,
      registrationKey(t.ctx.secret, a.id),
      feedbackKey('another-secret-of-forty-characters-000000', a.id),
      feedbackKey(t.ctx.secret, randomUUID()),
    ];
    for (const key of refused) {
      const res = await guest.get(`/zh/feedback/${key}`);
      expect(res.status, key).toBe(404);
      expect(await res.text()).toContain('该链接无效');
      const api = await apiCall(t, 'GET', `/feedback/${key}`, { headers: { 'accept-language': 'en' } });
      expect(api.status).toBe(404);
      expect(await api.json()).toMatchObject({
        error: { code: 'not_found', message: expect.stringContaining('This link is not valid') },
      });
      // Nor can it submit anything.
      const post = await guest.post(`/zh/feedback/${key}/pre-test`, form(answersScoring(qids, 5)));
      expect(post.status).toBe(404);
    }
    expect(await attempts(a.id)).toHaveLength(0);
    // Another registration's page is reached only with its own key.
    expect(await (await guest.get(b.page)).text()).toContain('Anna Smith');
  });

  it('takes the pre-test once, shows no answers before the post-test, and counts a double submission once', async () => {
    const page = await guest.get(`${a.page}/pre-test`);
    const html = await page.text();
    expect(page.status).toBe(200);
    expect(html).toContain('中国发明专利的保护期是多少年？');
    expect(html).toContain('<legend>');
    expect(html).not.toContain('自申请日起计算'); // the explanation waits for the post-test
    expect(html).not.toContain('正确答案');

    const res = await guest.post(`${a.page}/pre-test`, form(answersScoring(qids, 3)));
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(`${a.page}?done=pre`);
    expect((await attempts(a.id)).map((x) => [x.phase, x.score, x.maxScore])).toEqual([['pre', 3, 5]]);
    const hub = await (await guest.get(`${a.page}?done=pre`)).text();
    expect(hub).toContain('您的前测已记录');
    expect(hub).not.toContain('60%');

    const again = await guest.post(`${a.page}/pre-test`, form(answersScoring(qids, 5)));
    expect(again.headers.get('location')).toBe(`${a.page}?done=repeat`);
    expect((await attempts(a.id)).map((x) => x.score)).toEqual([3]);
    expect((await guest.get(`${a.page}/results`)).status).toBe(303);

    // Two clicks at once: two requests, one attempt.
    const both = await Promise.all([
      guest.post(`${b.page}/pre-test`, form(answersScoring(qids, 1))),
      guest.post(`${b.page}/pre-test`, form(answersScoring(qids, 1))),
    ]);
    expect(both.map((r) => r.status)).toEqual([303, 303]);
    expect(await attempts(b.id)).toHaveLength(1);

    // Through the API with the signed key; a repeat is refused, unless it repeats its Idempotency-Key.
    const key = { 'idempotency-key': 'c-pre-1' };
    const first = await apiCall(t, 'POST', `/feedback/${c.key}/pre-test`, {
      body: { answers: answersScoring(qids, 2) },
      headers: key,
    });
    expect(first.status).toBe(201);
    expect(await first.json()).toEqual({ recorded: true, phase: 'pre' });
    const replay = await apiCall(t, 'POST', `/feedback/${c.key}/pre-test`, {
      body: { answers: answersScoring(qids, 2) },
      headers: key,
    });
    expect(replay.status).toBe(201);
    const second = await apiCall(t, 'POST', `/feedback/${c.key}/pre-test`, {
      body: { answers: answersScoring(qids, 5) },
    });
    expect(second.status).toBe(409);
    expect((await attempts(c.id)).map((x) => x.score)).toEqual([2]);

    // The post-test opens after the event.
    const early = await guest.get(`${a.page}/post-test`);
    expect(early.status).toBe(403);
    expect(await early.text()).toContain('此项尚未开放');
  });

  it('refuses hostile answers with a translated error, keeping what was chosen, and stores nothing', async () => {
    const hostile: Record<string, string | string[]> = {
      [qids[0]!]: ['a', 'ok'],
      [qids[1]!]: "ok' OR 1=1 --",
      [`${randomUUID()}`]: 'a',
      [qids[3]!]: 'ok',
    };
    const res = await guest.post(`${d.page}/pre-test`, form(hostile));
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Choose only one answer.');
    expect(html).toContain('Choose one of the options.');
    expect(html).toContain('This is not one of the questions.');
    expect(html).toMatch(/value="ok"\s+checked=""|checked=""[^>]*value="ok"/);
    expect(await attempts(d.id)).toHaveLength(0);
    const api = await apiCall(t, 'POST', `/feedback/${d.key}/pre-test`, {
      body: { answers: { [qids[0]!]: 42 } },
      headers: { 'accept-language': 'zh-CN' },
    });
    expect(api.status).toBe(422);
    expect((await api.json()) as object).toMatchObject({
      error: { code: 'validation', message: '部分填写内容需要修改。' },
    });
    const huge = await apiCall(t, 'POST', `/feedback/${d.key}/pre-test`, {
      body: { answers: { [qids[0]!]: 'x'.repeat(1_000_000) } },
    });
    expect(huge.status).toBe(422);
    expect(await attempts(d.id)).toHaveLength(0);
  });

  it('after the event: the post-test for those who attended, both scores with the correct answers, and the knowledge gain in worked numbers', async () => {
    // A, B and D came; C took the pre-test and never came.
    for (const r of [a, b, d]) await checkIn(w, r.id, '2030-06-24');
    w.clock.now = new Date('2030-06-26T02:00:00Z');
    const absent = await guest.get(`${c.page}/post-test`);
    expect(absent.status).toBe(403);
    expect(await absent.text()).toContain('此项不向您开放');
    const absentApi = await apiCall(t, 'POST', `/feedback/${c.key}/post-test`, {
      body: { answers: answersScoring(qids, 5) },
    });
    expect(absentApi.status).toBe(403);
    expect(await attempts(c.id)).toHaveLength(1);
    for (const [r, right] of [
      [a, 5],
      [b, 3],
      [d, 4],
    ] as const) {
      const res = await guest.post(`${r.page}/post-test`, form(answersScoring(qids, right)));
      expect(res.status).toBe(303);
      expect(res.headers.get('location')).toBe(`${r.page}/results`);
    }
    // The pre-test is closed now: D never took it.
    expect((await guest.get(`${d.page}/pre-test`)).status).toBe(403);

    const own = await (await guest.get(`${a.page}/results`)).text();
    expect(own).toContain('60%'); // 3 of 5 before
    expect(own).toContain('100%'); // 5 of 5 after
    expect(own).toContain('+40');
    expect(own).toContain('正确答案');
    expect(own).toContain('自申请日起计算');
    expect(own).toContain('您培训前的答案');

    const api = await apiCall(t, 'GET', `/feedback/${b.key}`);
    const mine = (await api.json()) as {
      result: { pre: { percent: number }; post: { percent: number }; gain: number; passed: boolean };
    };
    expect(mine.result).toMatchObject({
      pre: { percent: 20 },
      post: { percent: 60 },
      gain: 40,
      passed: true,
    });

    // Pre: A 60, B 20, C 40 → 40. Post: A 100, B 60, D 80 → 80. Paired (A, B): 40 → 80, gain 40,
    // g = 40 / (100 − 40) = 2/3.
    const res = await apiCall(t, 'GET', `/events/${eventId}/feedback/results`, { token: w.token });
    expect(res.status).toBe(200);
    const { knowledgeGain: g } = (await res.json()) as { knowledgeGain: Record<string, unknown> };
    expect(g.pre).toEqual({ n: 3, mean: 40 });
    expect(g.post).toEqual({ n: 3, mean: 80 });
    expect(g.paired).toMatchObject({ n: 2, meanPre: 40, meanPost: 80, meanGain: 40 });
    expect((g.paired as { hakeG: number }).hakeG).toBeCloseTo(2 / 3, 10);
    expect(g.distribution).toEqual([
      { score: 0, pre: 0, post: 0 },
      { score: 1, pre: 1, post: 0 },
      { score: 2, pre: 1, post: 0 },
      { score: 3, pre: 1, post: 1 },
      { score: 4, pre: 0, post: 1 },
      { score: 5, pre: 0, post: 1 },
    ]);
    const p = (g.questions as { pre: { p: number }; post: { p: number } }[]).map((q) => [q.pre.p, q.post.p]);
    expect(p.map(([x, y]) => [Number(x!.toFixed(4)), Number(y!.toFixed(4))])).toEqual([
      [1, 1],
      [0.6667, 1],
      [0.3333, 1],
      [0, 0.6667],
      [0, 0.3333],
    ]);
    expect(g.passed).toBe(3);

    // The same figures for reports, by city and by year.
    for (const group of ['city', 'year', 'event'] as const) {
      const [row] = await knowledgeGainBy(t.database.db, group, { eventIds: [eventId] });
      expect(row).toMatchObject({ events: 1, pre: { n: 3, mean: 40 }, post: { n: 3, mean: 80 } });
      expect(row!.paired.meanGain).toBeCloseTo(40, 10);
      expect(row!.paired.hakeG).toBeCloseTo(2 / 3, 10);
    }
    expect((await knowledgeGainBy(t.database.db, 'year', { eventIds: [eventId] }))[0]!.label).toEqual({
      en: '2030',
      zh: '2030年',
    });

    // The manager sees it on the event's page; a visitor does not.
    const managerPage = await (await (await managerBrowser(w)).get(`/zh/events/${eventId}`)).text();
    expect(managerPage).toContain('知识增长');
    expect(managerPage).toContain('0.67');
    expect(await (await guest.get(`/zh/events/${eventId}`)).text()).not.toContain('知识增长');
  });

  it('offers the registration page a block with the states and the link, and nothing where there is no test', async () => {
    const { registrantFeedbackBlock } = await import('./registrant-block.js');
    const { translator } = await import('../../web/i18n/index.js');
    const block = async (registrationId: string, lang: 'en' | 'zh') =>
      String(
        await registrantFeedbackBlock(t.database.db, {
          secret: t.ctx.secret,
          lang,
          t: translator(lang),
          registrationId,
          now: w.clock.now,
        }),
      );
    const html = await block(a.id, 'zh');
    expect(html).toContain(`href="/zh/feedback/${a.key}"`);
    expect(html).toContain('前测');
    expect(html).toContain('已完成');
    const plain = await eventWithFeedback(w, { start: '2030-10-01', end: '2030-10-01' }, { publish: false });
    const r = await registrant(w, plain.id, 'Ma Lin', 'en');
    expect(
      await registrantFeedbackBlock(t.database.db, {
        secret: t.ctx.secret,
        lang: 'en',
        t: translator('en'),
        registrationId: r.id,
        now: w.clock.now,
      }),
    ).toBeNull();
  });
});
