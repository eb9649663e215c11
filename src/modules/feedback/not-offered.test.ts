import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { apiCall } from '../registration/test-support.js';
import { listQuestions } from './queries.js';
import { feedbackQuestions, feedbackTestAttempts } from './schema.js';
import {
  answersScoring,
  checkIn,
  eventWithFeedback,
  type FeedbackWorld,
  feedbackWorld,
  registrant,
} from './test-support.js';

/** Why a registrant cannot take a part: the event has none, or it is not for them. */
describe.each(DATABASE_KINDS)('what the feedback page says is not offered (%s)', (kind) => {
  let t: TestApp;
  let w: FeedbackWorld;
  let guest: Browser;

  beforeAll(async () => {
    t = await testApp(kind);
    w = await feedbackWorld(t, '2030-06-01T02:00:00Z');
    guest = t.anonymous();
  });
  afterAll(() => t.close());

  const status = (html: string, part: 'pre' | 'post' | 'survey') =>
    new RegExp(
      `<li class="task task-([a-zA-Z]+)" aria-labelledby="task-${part}">[\\s\\S]*?<p class="task-status">([\\s\\S]*?)</p>`,
    ).exec(html);

  it('tells someone who did not attend that the post-test and survey are for attendees, not that there are none', async () => {
    const event = await eventWithFeedback(w, { start: '2030-06-24', end: '2030-06-25' });
    const came = await registrant(w, event.id, 'Came Along', 'en');
    const away = await registrant(w, event.id, 'Stayed Home', 'en');
    const awayZh = await registrant(w, event.id, '没来', 'zh');
    await checkIn(w, came.id, '2030-06-24');
    w.clock.now = new Date('2030-06-27T02:00:00Z');

    const html = await (await guest.get(away.page)).text();
    for (const part of ['post', 'survey'] as const) {
      const [, state, text] = status(html, part)!;
      expect(state).toBe('notInvited');
      expect(text).not.toContain('This event has no');
      expect(text).toContain('Not invited');
    }
    expect(status(html, 'post')![2]).toContain(
      'The post-test is for those who attended the event, and you were not recorded as present.',
    );
    expect(status(html, 'survey')![2]).toContain(
      'The survey is for those who attended the event, and you were not recorded as present.',
    );
    const zh = await (await guest.get(awayZh.page)).text();
    expect(status(zh, 'post')![2]).toContain('后测仅面向出席活动的人员');
    expect(zh).not.toContain('本次活动没有知识测验');
    // The API says the same, and the one who came has it open.
    const state = await (await apiCall(t, 'GET', `/feedback/${away.key}`)).json();
    expect([state.postTest.state, state.survey.state]).toEqual(['notInvited', 'notInvited']);
    const open = await (await apiCall(t, 'GET', `/feedback/${came.key}`)).json();
    expect([open.postTest.state, open.survey.state]).toEqual(['open', 'open']);
    // A submission is refused with the reason.
    const refused = await guest.post(`${away.page}/post-test`, {});
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('the post-test and the survey for those who attended');
  });

  it('does not offer a published test that has no questions (a database emptied before that was refused), and never fails on it', async () => {
    const event = await eventWithFeedback(w, { start: '2030-09-24', end: '2030-09-25' });
    w.clock.now = new Date('2030-09-01T02:00:00Z');
    const r = await registrant(w, event.id, 'Early Bird', 'en');
    const ids = (await listQuestions(t.database.db, event.id, 'test')).map((q) => q.id);
    await t.database.db
      .delete(feedbackQuestions)
      .where(and(eq(feedbackQuestions.eventId, event.id), eq(feedbackQuestions.instrument, 'test')));

    const hub = await (await guest.get(r.page)).text();
    const [, state, text] = status(hub, 'pre')!;
    expect(state).toBe('unavailable');
    expect(text).toContain('This event has no knowledge test.');
    expect(hub).not.toContain(`${r.page}/pre-test`);
    expect((await guest.get(`${r.page}/pre-test`)).status).toBe(403);
    const form = Object.fromEntries(
      Object.entries(answersScoring(ids, 2)).map(([k, v]) => [`answers.${k}`, v]),
    );
    for (const res of [
      await guest.post(`${r.page}/pre-test`, form),
      await guest.post(`${r.page}/pre-test`, {}),
      await apiCall(t, 'POST', `/feedback/${r.key}/pre-test`, { body: { answers: answersScoring(ids, 2) } }),
      await apiCall(t, 'POST', `/feedback/${r.key}/pre-test`, { body: { answers: {} } }),
    ])
      expect(res.status).toBe(403);
    expect((await (await apiCall(t, 'GET', `/feedback/${r.key}`)).json()).preTest.state).toBe('unavailable');
    expect(
      await t.database.db
        .select()
        .from(feedbackTestAttempts)
        .where(eq(feedbackTestAttempts.registrationId, r.id)),
    ).toHaveLength(0);
  });

  it('refuses to empty a test that is published, or that has answers even once unpublished', async () => {
    w.clock.now = new Date('2030-10-01T02:00:00Z');
    const event = await eventWithFeedback(w, { start: '2030-10-24', end: '2030-10-25' });
    const empty = (lang: string) =>
      apiCall(t, 'PUT', `/events/${event.id}/feedback/test`, {
        token: w.token,
        body: { questions: [] },
        headers: { 'accept-language': lang },
      });
    const published = await empty('en');
    expect(published.status).toBe(422);
    expect((await published.json()).error.details.fields.questions).toBe(
      'The test is published, so it must keep at least one question. Unpublish it first to remove them all.',
    );
    const r = await registrant(w, event.id, 'Answered Once', 'en');
    const ids = (await listQuestions(t.database.db, event.id, 'test')).map((q) => q.id);
    expect(
      (await apiCall(t, 'POST', `/feedback/${r.key}/pre-test`, { body: { answers: answersScoring(ids, 3) } }))
        .status,
    ).toBe(201);
    const unpublish = await apiCall(t, 'PATCH', `/events/${event.id}/feedback`, {
      token: w.token,
      body: { testPublished: false },
    });
    expect(unpublish.status).toBe(200);
    // Answered: the question set is fixed, as for any other change to it (scores compare on one set).
    const answered = await empty('zh-CN');
    expect(answered.status).toBe(409);
    expect((await answered.json()).error.message).toBe('已有人参加测验：不能增删题目，也不能更改正确答案。');
    expect(await listQuestions(t.database.db, event.id, 'test')).toHaveLength(5);
  });
});
