import { expect } from 'vitest';
import type { TestApp } from '../../../../tests/helpers/app.js';
import { addEvent, apiToken } from '../../events/test-fixtures.js';
import { feedbackTestAttempts } from '../../feedback/schema.js';
import { tokenHash } from '../followups-token.js';
import { type FollowUpAnswers, followUps } from '../schema.js';
import {
  addAttendee,
  addLocalSession,
  addParticipant,
  addTrainer,
  cascadeManager,
  seedCascade,
} from '../test-fixtures.js';

/**
 * The log-frame tests' programme in 2010: the cascade world with officials trained, trainers,
 * local sessions verified and claimed, women and men, pre- and post-tests, six-month follow-ups,
 * and the targets a manager set on the page. The app's clock stands in March 2011.
 */
export async function seedLogframeWorld(t: TestApp) {
  t.ctx.now = () => new Date('2011-03-01T02:00:00Z');
  const db = t.database.db;
  const w = await seedCascade(db, await cascadeManager(db));
  const days = ['2010-06-24'];
  const wang = await addParticipant(db, w.training.id, {
    name: '王芳',
    email: 'wang@example.cn',
    sex: 'female',
    days,
  });
  const li = await addParticipant(db, w.training.id, {
    name: '李娜',
    email: 'li@example.cn',
    sex: 'female',
    days,
  });
  await addParticipant(db, w.training.id, { name: '张伟', email: 'zhang@example.cn', sex: 'male', days });
  await addParticipant(db, w.training.id, {
    name: 'Absent',
    email: 'absent@example.cn',
    sex: 'female',
    days: [],
  });
  // A later training, outside the period.
  const later = await addEvent(db, await cascadeManager(db), {
    programmeId: w.programme.id,
    cityId: w.xiamen.id,
    startDate: '2011-01-10',
    endDate: '2011-01-10',
    status: 'completed',
  });
  await addParticipant(db, later.id, { name: 'Later', email: 'later@example.cn', days: ['2011-01-10'] });
  // Pre-test 40%, post-test 80% for two officials: a gain of 40 points.
  for (const r of [wang, li]) {
    for (const [phase, score] of [
      ['pre', 4],
      ['post', 8],
    ] as const) {
      await db.insert(feedbackTestAttempts).values({
        eventId: w.training.id,
        registrationId: r.id,
        phase,
        score,
        maxScore: 10,
        lang: 'zh',
        submittedAt: new Date(),
      });
    }
  }
  const trainer = await addTrainer(db, w, {
    sourceEventId: w.training.id,
    registrationId: wang.id,
    name: '王芳',
    email: 'wang@example.cn',
    cityId: w.qingdao.id,
    province: 'CN-SD',
  });
  const at = {
    programmeId: w.programme.id,
    parentEventId: w.training.id,
    trainerId: trainer.id,
    cityId: w.qingdao.id,
    province: 'CN-SD',
  };
  const X = '91370200163562681G';
  const verified = await addLocalSession(db, {
    ...at,
    date: '2010-07-10',
    verification: 'verified',
    claimedHeadcount: 10,
  });
  await addAttendee(db, verified.id, w.qingdao.id, {
    name: 'A',
    email: 'a@example.cn',
    sex: 'female',
    organisation: 'X Ltd',
    organisationCode: X,
  });
  await addAttendee(db, verified.id, w.qingdao.id, {
    name: 'B',
    email: 'b@example.cn',
    sex: 'male',
    organisation: '青岛远洋',
  });
  const queried = await addLocalSession(db, {
    ...at,
    date: '2010-08-10',
    verification: 'queried',
    claimedHeadcount: 5,
  });
  await addAttendee(db, queried.id, w.qingdao.id, {
    name: 'D',
    email: 'd@example.cn',
    sex: 'female',
    organisation: '青岛蓝海',
  });
  await addAttendee(db, queried.id, w.qingdao.id, {
    name: 'E',
    email: 'e@example.cn',
    sex: 'female',
    organisation: 'X again',
    organisationCode: X,
  });
  const rejected = await addLocalSession(db, {
    ...at,
    date: '2010-08-20',
    verification: 'rejected',
    claimedHeadcount: 50,
  });
  await addAttendee(db, rejected.id, w.qingdao.id, {
    name: 'F',
    email: 'f@example.cn',
    organisation: '不存在的公司',
  });
  // Six-month follow-ups of the training: two answered, one of them reporting a use.
  const answers: (FollowUpAnswers | null)[] = [
    { trademark: true, outcome: '' },
    { trademark: false, outcome: 'nothing yet' },
    null,
  ];
  await db.insert(followUps).values(
    answers.map((a, i) => ({
      eventId: w.training.id,
      months: 6,
      email: `f${i}@example.cn`,
      tokenHash: tokenHash(`lf-${i}`),
      sentAt: new Date(),
      answeredAt: a ? new Date() : null,
      answers: a,
    })),
  );
  const manager = await t.signIn('manager');
  const managerToken = await apiToken(t.database, manager.userId!);
  // The manager sets baselines and targets on the page.
  const res = await manager.post('/en/reports/logframe/targets?programme=ipr2-miit', {
    'officials_trained.baseline': '0',
    'officials_trained.target': '100',
    'women_share.target': '50',
    'smes_verified.target': '4',
  });
  expect(res.status).toBe(303);
  return { w, managerToken };
}
