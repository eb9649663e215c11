import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { apiCall } from '../registration/test-support.js';
import { listQuestions, type QuestionRow } from './queries.js';
import { feedbackSurveyAnswers, feedbackSurveyReceipts, feedbackSurveyResponses } from './schema.js';
import {
  checkIn,
  eventWithFeedback,
  type FeedbackWorld,
  feedbackWorld,
  managerBrowser,
  registrant,
} from './test-support.js';

type Reg = Awaited<ReturnType<typeof registrant>>;
const SCRIPT = '<script>alert("x")</script>';

describe.each(DATABASE_KINDS)('the anonymous survey (%s)', (kind) => {
  let t: TestApp;
  let w: FeedbackWorld;
  let eventId: string;
  let qs: QuestionRow[];
  let people: Reg[];
  let absent: Reg;
  let guest: Browser;

  beforeAll(async () => {
    t = await testApp(kind);
    w = await feedbackWorld(t, '2030-06-01T02:00:00Z');
    eventId = (await eventWithFeedback(w, { start: '2030-06-24', end: '2030-06-25' })).id;
    qs = await listQuestions(t.database.db, eventId, 'survey');
    people = [
      await registrant(w, eventId, '王芳', 'zh'),
      await registrant(w, eventId, 'Anna Smith', 'en'),
      await registrant(w, eventId, 'Daniel Moreau', 'en'),
      await registrant(w, eventId, '陈静', 'zh'),
    ];
    // All four came; 孙丽, confirmed as well, did not.
    for (const p of people) await checkIn(w, p.id, '2030-06-25');
    absent = await registrant(w, eventId, '孙丽', 'zh');
    guest = t.anonymous();
  });
  afterAll(() => t.close());

  const [relevant, recommend, improve] = [0, 1, 2];
  const answer = (r: Reg, values: Record<number, string>) =>
    guest.post(
      `${r.page}/survey`,
      Object.fromEntries(Object.entries(values).map(([i, v]) => [`answers.${qs[Number(i)]!.id}`, v])),
    );

  it('is open only after the event, to those who attended', async () => {
    const early = await guest.get(`${people[0]!.page}/survey`);
    expect(early.status).toBe(403);
    w.clock.now = new Date('2030-06-26T02:00:00Z');
    const page = await guest.get(`${people[0]!.page}/survey`);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('您的答案是匿名的');
    expect(html.match(/<fieldset id="f-answers-[^"]+" class="likert"/g)).toHaveLength(2);
    expect(html).toContain('非常同意');
    // Not to someone who never came.
    const notHere = await guest.get(`${absent.page}/survey`);
    expect(notHere.status).toBe(403);
    expect(await notHere.text()).toContain('此项不向您开放');
    const viaApi = await apiCall(t, 'POST', `/feedback/${absent.key}/survey`, {
      body: { answers: { [qs[relevant]!.id]: 1 } },
    });
    expect(viaApi.status).toBe(403);
    expect(await t.database.db.select().from(feedbackSurveyReceipts)).toHaveLength(0);
  });

  it('refuses bad answers with a translated error and keeps every other answer', async () => {
    const zeroWidth = 'Too\u200b short\u202e';
    const res = await answer(people[1]!, {
      [relevant]: '6',
      [recommend]: '4',
      [improve]: `${zeroWidth}${'x'.repeat(5_000)}`,
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('Choose a rating from 1 to 5.');
    expect(html).toContain('Write at most 4,000 characters.');
    expect(html).toMatch(new RegExp(`id="f-answers-${qs[recommend]!.id}-4"[^>]*checked`));
    expect(html).toContain('x'.repeat(5_000));
    const missing = await answer(people[1]!, { [recommend]: '4' });
    expect(missing.status).toBe(422);
    expect(await missing.text()).toContain('Choose a rating from 1 to 5.');
    const api = await apiCall(t, 'POST', `/feedback/${people[1]!.key}/survey`, {
      body: { answers: { [qs[relevant]!.id]: 3.5 } },
      headers: { 'accept-language': 'zh-CN' },
    });
    expect(api.status).toBe(422);
    expect(await t.database.db.select().from(feedbackSurveyReceipts)).toHaveLength(0);
  });

  it('stores the answers apart from the person, once each, and shows nothing until three have answered', async () => {
    const [wang, smith, moreau] = people as [Reg, Reg, Reg];
    expect(
      (await answer(wang, { [relevant]: '5', [recommend]: '5', [improve]: `More cases, please ${SCRIPT}` }))
        .status,
    ).toBe(303);
    const again = await answer(wang, { [relevant]: '1', [recommend]: '1' });
    expect(again.headers.get('location')).toBe(`${wang.page}?done=repeat`);
    const twice = await Promise.all([
      answer(smith, { [relevant]: '4', [improve]: 'Longer\u200b breaks\u202e' }),
      answer(smith, { [relevant]: '4', [improve]: 'Longer\u200b breaks\u202e' }),
    ]);
    expect(twice.map((r) => r.status)).toEqual([303, 303]);

    const responses = await t.database.db.select().from(feedbackSurveyResponses);
    expect(responses).toHaveLength(2);
    // Nothing in a response points to a registration or a moment.
    expect(Object.keys(responses[0]!).sort()).toEqual(['eventId', 'id']);
    expect(await t.database.db.select().from(feedbackSurveyReceipts)).toHaveLength(2);

    // Two answers are not shown: with so few, a total is a person.
    const m = await managerBrowser(w);
    let html = await (await m.get(`/en/events/${eventId}/feedback/results`)).text();
    expect(html).toContain('once at least 3 people have answered');
    expect(html).not.toContain('More cases');
    let api = (await (
      await apiCall(t, 'GET', `/events/${eventId}/feedback/results`, { token: w.token })
    ).json()) as {
      survey: { shown: boolean; items: unknown[]; responses: number };
    };
    expect(api.survey).toMatchObject({ shown: false, items: [], responses: 2 });

    const viaApi = await apiCall(t, 'POST', `/feedback/${moreau.key}/survey`, {
      body: {
        answers: {
          [qs[relevant]!.id]: 2,
          [qs[recommend]!.id]: 3,
          [qs[improve]!.id]: "=1+2 '; DELETE FROM feedback_survey_answers; --",
        },
      },
    });
    expect(viaApi.status).toBe(201);
    expect(
      (
        await apiCall(t, 'POST', `/feedback/${moreau.key}/survey`, {
          body: { answers: { [qs[relevant]!.id]: 5 } },
        })
      ).status,
    ).toBe(409);

    html = await (await m.get(`/en/events/${eventId}/feedback/results`)).text();
    const survey = html.slice(html.indexOf('id="survey-results"'));
    expect(survey).toContain('Answered: 3 of 4 who attended');
    expect(survey).toContain('More cases, please &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(survey).not.toContain(SCRIPT);
    expect(survey).toContain('Longer breaks');
    expect(survey).not.toContain('\u200b');
    expect(survey).toContain('DELETE FROM feedback_survey_answers');
    for (const p of people) {
      expect(survey).not.toContain(p.name);
      expect(survey).not.toContain(p.email);
    }
    api = (await (
      await apiCall(t, 'GET', `/events/${eventId}/feedback/results`, { token: w.token })
    ).json()) as never;
    const items = (
      api.survey as unknown as {
        items: { kind: string; counts?: number[]; mean?: number; comments?: string[] }[];
      }
    ).items;
    // Relevant: 5, 4, 2 → mean 3.67; recommend: 5, 3 (Smith skipped the optional one) → 4.
    expect(items[0]).toMatchObject({ kind: 'likert', counts: [0, 1, 0, 1, 1] });
    expect(items[0]!.mean).toBeCloseTo(11 / 3, 10);
    expect(items[1]).toMatchObject({ counts: [0, 0, 1, 0, 1], mean: 4 });
    expect(items[2]!.comments).toHaveLength(3);
    expect(JSON.stringify(api.survey)).not.toMatch(/王芳|Smith|Moreau|example\.org/);
    const bytes = Buffer.from(await (await m.get(`/en/events/${eventId}/feedback/survey.csv`)).arrayBuffer());
    // A byte-order mark, so spreadsheet programs read the Chinese as UTF-8.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString('utf8');
    expect(csv).toContain('More cases');
    expect(csv).not.toMatch(/王芳|Smith|Moreau|example\.org/);
    // A comment that a spreadsheet would run as a formula is written as text.
    expect(csv).toContain(`,'=1+2 '; DELETE FROM feedback_survey_answers; --`);

    const stored = await t.database.db
      .select({ comment: feedbackSurveyAnswers.comment })
      .from(feedbackSurveyAnswers)
      .where(eq(feedbackSurveyAnswers.questionId, qs[improve]!.id));
    expect(stored.map((s) => s.comment).sort()).toContain('Longer breaks');
  });

  it('keeps answered questions once people have answered, and a Save sent twice adds a question once', async () => {
    const m = await managerBrowser(w);
    const path = `/en/events/${eventId}/feedback/survey/edit`;
    const form = (list: { id?: string; kind: string; en: string }[]) =>
      Object.fromEntries(
        list.flatMap((q, i) => [
          ...(q.id ? [[`questions.${i}.id`, q.id]] : []),
          [`questions.${i}.kind`, q.kind],
          [`questions.${i}.prompt.en`, q.en],
          [`questions.${i}.required`, 'on'],
        ]),
      );
    const current = qs.map((q) => ({ id: q.id, kind: q.kind, en: q.prompt.en }));
    // Dropping a question with answers is refused, with the reason.
    const dropped = await m.post(path, { ...form(current.slice(1)), _action: 'save' });
    expect(dropped.status).toBe(409);
    const page = await dropped.text();
    expect(page).toContain('People have answered these survey questions');
    expect(page).toContain('Not saved yet'); // the editor comes back with what was typed
    expect(page).not.toContain(qs[0]!.prompt.en);
    // A new question, saved twice at once (a double click): one copy.
    const added = [...current, { kind: 'likert', en: 'The venue was easy to reach.' }];
    const both = await Promise.all([
      m.post(path, { ...form(added), _action: 'save' }),
      m.post(path, { ...form(added), _action: 'save' }),
    ]);
    expect(both.map((r) => r.status)).toEqual([303, 303]);
    const after = await listQuestions(t.database.db, eventId, 'survey');
    expect(after.map((q) => q.prompt.en)).toEqual([
      ...qs.map((q) => q.prompt.en),
      'The venue was easy to reach.',
    ]);
    // Nobody has answered the new one: it may go again.
    const back = await m.post(path, { ...form(current), _action: 'save' });
    expect(back.status).toBe(303);
    expect(await listQuestions(t.database.db, eventId, 'survey')).toHaveLength(3);
  });
});
