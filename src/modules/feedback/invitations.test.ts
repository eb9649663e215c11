import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { recurringJobs } from '../index.js';
import { scheduleRecurring } from '../jobs/index.js';
import { jobs } from '../jobs/schema.js';
import { outbox } from '../mail/schema.js';
import { cancelByManager } from '../registration/index.js';
import { feedbackKey } from './keys.js';
import { feedbackInvitations } from './schema.js';
import {
  checkIn,
  eventWithFeedback,
  type FeedbackWorld,
  feedbackWorld,
  registrant,
  services,
} from './test-support.js';

describe.each(DATABASE_KINDS)('feedback invitations (%s)', (kind) => {
  let t: TestApp;
  let w: FeedbackWorld;

  beforeAll(async () => {
    t = await testApp(kind);
    w = await feedbackWorld(t, '2030-06-01T02:00:00Z');
  });
  afterAll(() => t.close());

  /** What the worker would do on its next round at the clock's time: queue the scans, run what is due. */
  const tick = async () => {
    await scheduleRecurring(t.ctx, recurringJobs);
    await t.runJobs();
  };
  const mailsTo = async (emails: string[]) =>
    t.database.db.select().from(outbox).where(inArray(outbox.to, emails));
  const feedbackMails = async (emails: string[]) =>
    (await mailsTo(emails)).filter((m) => m.text.includes('/feedback/'));

  it('invites each confirmed registrant to the pre-test once, in their language, and those who attended once more after the event', async () => {
    const event = await eventWithFeedback(w, { start: '2030-06-24', end: '2030-06-25' }, { publish: false });
    const wang = await registrant(w, event.id, '王芳', 'zh');
    const smith = await registrant(w, event.id, 'Anna Smith', 'en');
    await t.runJobs();
    expect(await feedbackMails([wang.email, smith.email])).toHaveLength(0);

    // Publishing the test queues the invitations of those already confirmed, in the same transaction.
    const { saveFeedbackSettings } = await import('./save-settings.js');
    await saveFeedbackSettings(
      t.database.db,
      w.actor,
      event.id,
      { testPublished: true, surveyPublished: true },
      w.clock.now,
    );
    await t.runJobs();
    let mails = await feedbackMails([wang.email, smith.email]);
    expect(mails).toHaveLength(2);
    const zh = mails.find((m) => m.to === wang.email)!;
    const en = mails.find((m) => m.to === smith.email)!;
    expect(zh.subject).toContain('培训前测');
    expect(zh.text).toContain(`http://localhost:3000/zh/feedback/${feedbackKey(t.ctx.secret, wang.id)}`);
    expect(zh.text).toContain('共 5 道题');
    expect(en.subject).toMatch(/^Before the training: a short knowledge test/);
    expect(en.text).toContain(`/en/feedback/${feedbackKey(t.ctx.secret, smith.id)}`);
    expect(en.text).not.toContain(feedbackKey(t.ctx.secret, wang.id));

    // The scan runs every quarter hour, from every process: nobody is invited twice.
    for (let i = 0; i < 3; i++) {
      w.clock.now = new Date(w.clock.now.getTime() + 15 * 60_000);
      await Promise.all([tick(), tick()]);
    }
    expect(await feedbackMails([wang.email, smith.email])).toHaveLength(2);

    // Someone confirmed later is invited by the next scan.
    const late = await registrant(w, event.id, 'Li Lei', 'zh');
    w.clock.now = new Date(w.clock.now.getTime() + 15 * 60_000);
    await tick();
    expect(await feedbackMails([late.email])).toHaveLength(1);

    // Once the pre-test has closed (the event began), nobody new is invited to it.
    w.clock.now = new Date('2030-06-24T01:00:00Z');
    const onTheDay = await registrant(w, event.id, 'Zhao Min', 'zh');
    const noShow = await registrant(w, event.id, 'Sun Li', 'zh');
    await tick();
    expect(await feedbackMails([onTheDay.email, noShow.email])).toHaveLength(0);

    // Those who came are checked in; Sun Li, confirmed, never comes.
    for (const r of [wang, smith, onTheDay, late]) await checkIn(w, r.id, '2030-06-24');
    // Li Lei cancels before the end: checked in or not, no longer among those who attended.
    await cancelByManager(t.database.db, services(w), w.actor, late.id, 'cannot come');

    // During the last day nothing is sent; from the day after, those who attended are asked once.
    const everyone = [wang.email, smith.email, late.email, onTheDay.email, noShow.email];
    w.clock.now = new Date('2030-06-25T10:00:00Z');
    await tick();
    const before = (await feedbackMails(everyone)).length;
    w.clock.now = new Date('2030-06-26T01:00:00Z');
    await tick();
    mails = await feedbackMails(everyone);
    const after = mails.filter((m) => m.subject.includes('post-test') || m.subject.includes('后测'));
    expect(mails.length - before).toBe(3);
    expect(after.map((m) => m.to).sort()).toEqual([wang.email, smith.email, onTheDay.email].sort());
    const afterZh = after.find((m) => m.to === wang.email)!;
    expect(afterZh.subject).toBe(`培训后测与反馈问卷——知识产权管理培训`);
    expect(afterZh.text).toContain('匿名');

    // Days later, and after the queue has forgotten the finished jobs, still nobody is asked twice.
    for (const hours of [1, 24, 24 * 20]) {
      w.clock.now = new Date(Date.parse('2030-06-26T01:00:00Z') + hours * 3_600_000);
      await t.database.db.delete(jobs).where(eq(jobs.status, 'done'));
      await tick();
    }
    expect(await feedbackMails(everyone)).toHaveLength(mails.length);
    const rows = await t.database.db
      .select()
      .from(feedbackInvitations)
      .where(
        inArray(feedbackInvitations.registrationId, [wang.id, smith.id, late.id, onTheDay.id, noShow.id]),
      );
    expect(rows.map((r) => `${r.kind}`).sort()).toEqual(['after', 'after', 'after', 'pre', 'pre', 'pre']);
  });

  it('does not invite to a pre-test already taken, nor anyone of an unpublished or cancelled event', async () => {
    w.clock.now = new Date('2030-07-01T02:00:00Z');
    const event = await eventWithFeedback(w, { start: '2030-07-20', end: '2030-07-20' }, { publish: false });
    const a = await registrant(w, event.id, 'Chen Jing', 'zh');
    await tick();
    expect(await feedbackMails([a.email])).toHaveLength(0);
    const { saveFeedbackSettings } = await import('./save-settings.js');
    const { submitTest } = await import('./submit-test.js');
    // Published but the job not yet run: the registrant takes the test from their page first.
    await t.database.db.transaction(async (tx) => {
      await saveFeedbackSettings(tx as never, w.actor, event.id, { testPublished: true }, w.clock.now);
    });
    await submitTest(t.database.db, a.id, 'pre', {}, w.clock.now);
    await t.runJobs();
    expect(await feedbackMails([a.email])).toHaveLength(0);
  });
});
