import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Browser, type TestApp, testApp } from '../../../tests/helpers/app.js';
import type { Actor } from '../../lib/actor.js';
import { servicesOf } from '../../web/services.js';
import { users } from '../accounts/schema.js';
import { recordCheckIn } from '../attendance/record.js';
import { auditLog } from '../audit/schema.js';
import { trainers } from '../cascade/schema.js';
import { addParticipant, type CascadeWorld, seedCascade } from '../cascade/test-fixtures.js';
import { certifyQualified } from '../cascade/trainers-qualify.js';
import { credentials } from '../credentials/schema.js';
import { apiToken, userOf } from '../events/test-fixtures.js';
import { jobs } from '../jobs/schema.js';
import { registrations } from '../registration/schema.js';
import { startAttempt } from './attempt-start.js';
import { answerAttempt } from './attempt-submit.js';
import { COURSE_COMPLETED } from './completion.js';
import { type CompletionRules, unmetRules } from './completion-rules.js';
import { courseWithLessons } from './course-test-fixtures.js';
import { enrolInCourse } from './enrol.js';
import { markLessonDone } from './progress.js';
import { saveQuiz } from './quiz-save.js';
import { seedBank } from './quiz-test-fixtures.js';
import { enrolments, eventCourses } from './schema.js';

describe('completion rules', () => {
  const none: CompletionRules = { requireAllLessons: false, requireQuizzes: false, requireEventId: null };
  const facts = {
    lessons: 3,
    lessonsViewed: 3,
    requiredQuizzes: 1,
    requiredQuizzesPassed: 0,
    attended: false,
  };
  it('asks for every lesson when a course sets no rule, and only for the rules set otherwise', () => {
    expect(unmetRules(none, facts)).toEqual([]);
    expect(unmetRules(none, { ...facts, lessonsViewed: 2 })).toEqual(['lessons']);
    expect(unmetRules({ ...none, requireQuizzes: true }, { ...facts, lessonsViewed: 0 })).toEqual([
      'quizzes',
    ]);
    const all = { requireAllLessons: true, requireQuizzes: true, requireEventId: 'e' };
    expect(unmetRules(all, { ...facts, lessonsViewed: 1 })).toEqual(['lessons', 'quizzes', 'attendance']);
    expect(unmetRules(all, { ...facts, requiredQuizzesPassed: 1, attended: true })).toEqual([]);
  });
});

// Concurrency is what differs by database: PostgreSQL runs the requests truly at once.
describe('course completion (postgres)', () => {
  let t: TestApp;
  let manager: Actor;
  let w: CascadeWorld;
  let learnerBrowser: Browser;
  let learner: Actor;
  let enrolmentId: string;
  let firstCourseId: string;

  const completions = (id: string) =>
    t.database.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.entity, 'enrolment'), eq(auditLog.action, 'complete'), eq(auditLog.entityId, id)),
      );

  beforeAll(async () => {
    t = await testApp('postgres');
    manager = await userOf(t.database, (await t.signIn('manager')).userId!);
    w = await seedCascade(t.database.db, manager);
    await seedBank(t.database.db, manager);
    learnerBrowser = await t.signIn('sme');
    await t.database.db.update(users).set({ name: '王小明' }).where(eq(users.id, learnerBrowser.userId!));
    learner = await userOf(t.database, learnerBrowser.userId!);
  });
  afterAll(() => t.close());

  it('completes once when the last lessons and the quiz arrive at the same moment', async () => {
    const db = t.database.db;
    const now = new Date();
    const c = await courseWithLessons(db, manager, {
      lessons: 3,
      over: { requireAllLessons: 'on', requireQuizzes: 'on' },
    });
    const quiz = await saveQuiz(
      db,
      manager,
      null,
      { courseId: c.id, title: { en: 'Check', zh: '测验' }, passMark: 0, questions: ['PAT-TERM-01'] },
      now,
    );
    firstCourseId = c.id;
    enrolmentId = (await enrolInCourse(db, learner, c.id, { now })).id;
    await markLessonDone(db, learner, c.lessonIds[0]!, now);
    const attempt = await startAttempt(db, learner, quiz.id, now);
    const [, , , submitted] = await Promise.all([
      markLessonDone(db, learner, c.lessonIds[1]!, now),
      markLessonDone(db, learner, c.lessonIds[2]!, now),
      markLessonDone(db, learner, c.lessonIds[2]!, now),
      answerAttempt(db, learner, attempt.id, [], { submit: true, now }),
    ]);
    expect(submitted.passed).toBe(true);
    const [e] = await db.select().from(enrolments).where(eq(enrolments.id, enrolmentId));
    expect(e!.completedAt).not.toBeNull();
    expect(e!.certificateCode).toMatch(/^[A-Za-z0-9_-]{20}$/);
    expect(await completions(enrolmentId)).toHaveLength(1);
    const queued = await db.select().from(jobs).where(eq(jobs.queue, COURSE_COMPLETED));
    expect(queued).toHaveLength(1);
    await t.runJobs();
    const issued = await db.select().from(credentials).where(eq(credentials.ref, enrolmentId));
    expect(issued).toHaveLength(1);
  });

  it('reports the completion, certificate and credential in the API', async () => {
    const token = await apiToken(t.database, learner.id);
    const res = await t.app.request(`/api/v1/enrolments/${enrolmentId}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    const body = await res.json();
    expect(body.completedAt).toEqual(expect.any(String));
    expect(body.certificate.url).toContain(`/learn/certificates/${body.certificate.code}`);
    expect(body.credentialUrl).toMatch(/\/api\/v1\/credentials\/[0-9a-f-]{36}$/);
  });

  it('gives the learner a bilingual PDF with their Chinese name, and nobody else but managers', async () => {
    const path = `/en/learn/enrolments/${enrolmentId}/certificate.pdf`;
    const res = await learnerBrowser.get(path);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const dir = mkdtempSync(join(tmpdir(), 'completion-'));
    writeFileSync(join(dir, 'c.pdf'), new Uint8Array(await res.arrayBuffer()));
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'c.pdf'), '-'], { encoding: 'utf8' });
    for (const s of [
      '王小明',
      '结业证书',
      'Certificate of Completion',
      '中小企业商标实务',
      'Trade marks for SMEs',
    ])
      expect(text).toContain(s);
    expect((await (await t.signIn('sme')).get(path)).status).toBe(404);
    expect((await (await t.signIn('manager')).get(path)).status).toBe(200);
  });

  it('shows the certificate to anyone in both languages, and a clean 404 for an unknown code', async () => {
    const [e] = await t.database.db.select().from(enrolments).where(eq(enrolments.id, enrolmentId));
    const anon = t.anonymous();
    const en = await anon.get(`/en/learn/certificates/${e!.certificateCode}`);
    const enHtml = await en.text();
    expect(en.status).toBe(200);
    expect(enHtml).toContain('王小明');
    expect(enHtml).toContain('Trade marks for SMEs');
    expect(enHtml).toContain('/en/credentials/');
    const zh = await (await anon.get(`/zh/learn/certificates/${e!.certificateCode}`)).text();
    expect(zh).toContain('中小企业商标实务');
    expect(zh).toContain('此结业证书真实有效');
    const unknown = await anon.get('/zh/learn/certificates/AAAAAAAAAAAAAAAAAAAA');
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain('没有与此编号对应的结业证书');
  });

  it('completes a course that asks for attendance when the check-in arrives, and that counts as the knowledge test', async () => {
    const db = t.database.db;
    const now = new Date();
    const c = await courseWithLessons(db, manager, { lessons: 1, over: { requireEventId: w.training.id } });
    const id = (await enrolInCourse(db, learner, c.id, { now })).id;
    await markLessonDone(db, learner, c.lessonIds[0]!, now);
    const reg = await addParticipant(db, w.training.id, { name: '王小明', email: learner.email });
    await db.update(registrations).set({ userId: learner.id }).where(eq(registrations.id, reg.id));
    await db.insert(eventCourses).values({ eventId: w.training.id, courseId: c.id, role: 'knowledge-test' });
    const services = servicesOf(t.ctx);
    await recordCheckIn(db, manager, { registrationId: reg.id, day: '2010-06-24', source: 'search', now });
    await recordCheckIn(db, manager, { registrationId: reg.id, day: '2010-06-25', source: 'search', now });
    // Present both days but no test passed yet: not a trainer.
    const [before] = await db.select().from(enrolments).where(eq(enrolments.id, id));
    expect(before!.completedAt).toBeNull();
    expect(await certifyQualified(db, services, { eventId: w.training.id })).toBe(0);
    await t.runJobs();
    const [after] = await db.select().from(enrolments).where(eq(enrolments.id, id));
    expect(after!.completedAt).not.toBeNull();
    expect(await certifyQualified(db, services, { eventId: w.training.id })).toBe(1);
    const [trainer] = await db.select().from(trainers).where(eq(trainers.registrationId, reg.id));
    expect(trainer?.sourceEventId).toBe(w.training.id);
  });

  it('shows a registrant the pre-course and their status, and its organisers who completed it', async () => {
    const managerBrowser = await t.signIn('manager');
    const base = `/en/events/${w.training.id}/courses`;
    const refused = await managerBrowser.post(base, { courseId: 'nonsense', role: 'pre-course' });
    expect(refused.status).toBe(422);
    expect(await refused.text()).toContain('Choose a published course.');
    const linked = await managerBrowser.post(base, { courseId: firstCourseId, role: 'pre-course' });
    expect(linked.status).toBe(303);
    const zh = await (await learnerBrowser.get(`/zh/events/${w.training.id}`)).text();
    expect(zh).toContain('请在培训前完成在线预习课程。');
    expect(zh).toContain('已于');
    const list = await (await managerBrowser.get(`${base}/${firstCourseId}`)).text();
    expect(list).toContain('1 of 1 registrants completed it.');
    expect(list).toContain('王小明');
    const csv = await (await managerBrowser.get(`${base}/${firstCourseId}/registrants.csv`)).text();
    expect(csv).toContain('王小明');
    expect((await learnerBrowser.get(base)).status).toBe(403);
    const removed = await managerBrowser.post(base, { courseId: firstCourseId, role: 'none' });
    expect(removed.headers.get('location')).toContain('done=unlinked');
    expect(await (await learnerBrowser.get(`/zh/events/${w.training.id}`)).text()).not.toContain('预习课程');
  });
});
