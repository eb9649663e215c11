import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { cancelByManager } from '../registration/index.js';
import { listQuestions } from './queries.js';
import { feedbackTestAttempts } from './schema.js';
import { submitTest } from './submit-test.js';
import {
  answersScoring,
  eventWithFeedback,
  type FeedbackWorld,
  feedbackWorld,
  registrant,
  services,
} from './test-support.js';

describe.each(DATABASE_KINDS)('submissions (%s)', (kind) => {
  let t: TestApp;
  let w: FeedbackWorld;
  let guest: Browser;
  let qids: string[];

  beforeAll(async () => {
    t = await testApp(kind);
    w = await feedbackWorld(t, '2030-07-01T02:00:00Z');
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

  it('stores one attempt per registrant when a whole room submits at once, each twice', async () => {
    const room = await eventWithFeedback(w, { start: '2030-09-01', end: '2030-09-01' });
    const ids = (await listQuestions(t.database.db, room.id, 'test')).map((q) => q.id);
    qids = ids;
    const people = [];
    for (let i = 0; i < 30; i++)
      people.push(await registrant(w, room.id, `Person ${i}`, i % 2 ? 'en' : 'zh'));
    const outcomes = await Promise.all(
      people.flatMap((p, i) => [
        submitTest(t.database.db, p.id, 'pre', answersScoring(ids, i % 6), w.clock.now),
        submitTest(t.database.db, p.id, 'pre', answersScoring(ids, i % 6), w.clock.now),
      ]),
    );
    expect(outcomes.filter((o) => !o.repeated)).toHaveLength(30);
    const rows = await t.database.db
      .select()
      .from(feedbackTestAttempts)
      .where(eq(feedbackTestAttempts.eventId, room.id));
    expect(rows).toHaveLength(30);
    expect(rows.map((r) => r.score).sort()).toEqual(people.map((_, i) => i % 6).sort());
  });

  it('keeps a cancelled registrant out of the tests', async () => {
    w.clock.now = new Date('2030-07-01T02:00:00Z');
    const later = await eventWithFeedback(w, { start: '2030-08-01', end: '2030-08-01' });
    const r = await registrant(w, later.id, 'Zhou Qi', 'en');
    await cancelByManager(t.database.db, services(w), w.actor, r.id, 'changed plans');
    expect(await (await guest.get(r.page)).text()).toContain('Your registration is not confirmed');
    const res = await guest.post(`${r.page}/pre-test`, form(answersScoring(qids, 1)));
    expect(res.status).toBe(403);
    expect(await attempts(r.id)).toHaveLength(0);
  });
});
