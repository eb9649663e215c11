import { count, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS, freshDatabase } from '../../../tests/helpers/db.js';
import type { Database } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { fieldProblemsOf } from '../../lib/field-errors.js';
import { loginAttempts } from '../accounts/schema.js';
import { addEvent, seedBasics } from '../events/test-fixtures.js';
import { courseOutline, nextItem } from './course-outline.js';
import { listCourses, managedCourses } from './course-queries.js';
import { setCourseStatus } from './course-status.js';
import { confirmedRegistration, courseWithLessons } from './course-test-fixtures.js';
import { enrolInCourse, KEY_GUESSES_PER_HOUR } from './enrol.js';
import { myCourses } from './my-learning.js';
import { courseProgress, enrolmentFor, markLessonDone, readableEnrolment } from './progress.js';
import { actorOf } from './quiz-test-fixtures.js';
import { enrolments } from './schema.js';

describe.each(DATABASE_KINDS)('learners in courses (%s)', (kind) => {
  let database: Database;
  let manager: Actor;
  const now = new Date();

  beforeAll(async () => {
    database = await freshDatabase(kind);
    manager = await actorOf(database.db, 'manager');
  });
  afterAll(() => database.close());

  const enrolmentCount = async (courseId: string) =>
    Number(
      (await database.db.select({ n: count() }).from(enrolments).where(eq(enrolments.courseId, courseId)))[0]!
        .n,
    );

  it('counts a course’s lessons in the catalogue and its learners in the managers’ list', async () => {
    const db = database.db;
    const c = await courseWithLessons(db, manager, { lessons: 3 });
    await enrolInCourse(db, await actorOf(db, 'sme'), c.id, { now });
    await enrolInCourse(db, await actorOf(db, 'sme'), c.id, { now });
    expect((await listCourses(db, null, {})).find((r) => r.id === c.id)?.lessons).toBe(3);
    const managed = (await managedCourses(db)).find((r) => r.id === c.id);
    expect([managed?.lessons, managed?.learners]).toEqual([3, 2]);
  });

  it('enrols anyone in an open course once, however often they ask, and never in a draft', async () => {
    const db = database.db;
    const learner = await actorOf(db, 'sme');
    const c = await courseWithLessons(db, manager);
    const first = await enrolInCourse(db, learner, c.id, { now });
    const again = await enrolInCourse(db, learner, c.id, { now });
    expect(first.created).toBe(true);
    expect(again).toEqual({ id: first.id, created: false });
    const draft = await courseWithLessons(db, manager, { publish: false });
    const refused = await enrolInCourse(db, learner, draft.id, { now }).catch((e) => e);
    expect(refused.code).toBe('not_found');
    expect(await enrolmentCount(draft.id)).toBe(0);
  });

  it('refuses a guessed enrolment key, and after the limit refuses even the right one, changing nothing', async () => {
    const db = database.db;
    const guesser = await actorOf(db, 'sme');
    const c = await courseWithLessons(db, manager, {
      over: { enrolment: 'key', enrolmentKey: 'xiamen-0628' },
    });
    const wrong = await enrolInCourse(db, guesser, c.id, { key: 'xiamen-0627', now }).catch((e) => e);
    expect(fieldProblemsOf(wrong)).toEqual({ key: 'learning.enrol.error.wrongKey' });
    const codes: string[] = [];
    for (let i = 0; i < 99; i++) {
      const e = await enrolInCourse(db, guesser, c.id, { key: `guess-${i}`, now }).catch((x) => x);
      codes.push(e.userMessage?.key ?? Object.values(fieldProblemsOf(e) ?? {})[0]);
    }
    expect(codes.filter((k) => k === 'learning.enrol.error.wrongKey')).toHaveLength(KEY_GUESSES_PER_HOUR - 1);
    expect(codes.at(-1)).toBe('learning.enrol.error.tooManyGuesses');
    const right = await enrolInCourse(db, guesser, c.id, { key: 'xiamen-0628', now }).catch((e) => e);
    expect(right.status).toBe(429);
    expect(await enrolmentCount(c.id)).toBe(0);
    // Only the wrong guesses before the limit were counted.
    const [n] = await db
      .select({ n: count() })
      .from(loginAttempts)
      .where(like(loginAttempts.key, `enrolment-key:${guesser.id}:%`));
    expect(Number(n!.n)).toBe(KEY_GUESSES_PER_HOUR);
    // Another learner with the right key is not held back by the guesser.
    const other = await actorOf(db, 'sme');
    expect((await enrolInCourse(db, other, c.id, { key: 'xiamen-0628', now })).created).toBe(true);
    // An hour later the guesser may try again.
    const later = new Date(now.getTime() + 61 * 60_000);
    expect((await enrolInCourse(db, guesser, c.id, { key: 'xiamen-0628', now: later })).created).toBe(true);
  });

  it('lets only the confirmed registrants of the course’s event enrol', async () => {
    const db = database.db;
    const seed = await seedBasics(db, manager);
    const event = await addEvent(db, manager, { programmeId: seed.programme.id, cityId: seed.qingdao.id });
    const c = await courseWithLessons(db, manager, {
      over: { enrolment: 'event', enrolmentEventId: event.id },
    });
    const registrant = await actorOf(db, 'official');
    const stranger = await actorOf(db, 'official');
    await confirmedRegistration(db, event.id, registrant);
    expect((await enrolInCourse(db, registrant, c.id, { now })).created).toBe(true);
    const refused = await enrolInCourse(db, stranger, c.id, { now }).catch((e) => e);
    expect(refused.status).toBe(403);
    expect(refused.userMessage.key).toBe('learning.enrol.error.notRegistrant');
    expect(await enrolmentCount(c.id)).toBe(1);
  });

  it('counts lessons opened as done, resumes at the last one, and gives the next item in order', async () => {
    const db = database.db;
    const learner = await actorOf(db, 'sme');
    const c = await courseWithLessons(db, manager, { lessons: 4 });
    const { id } = await enrolInCourse(db, learner, c.id, { now });
    expect((await courseProgress(db, id))!.progress).toBe(0);
    await markLessonDone(db, learner, c.lessonIds[0]!, now);
    await markLessonDone(db, learner, c.lessonIds[0]!, now);
    const p = await markLessonDone(db, learner, c.lessonIds[2]!, now);
    expect(p).toMatchObject({
      lessons: 4,
      lessonsDone: 2,
      progress: 0.5,
      completed: false,
      lastLessonId: c.lessonIds[2],
    });
    expect((await enrolmentFor(db, learner.id, c.id))!.lastLessonId).toBe(c.lessonIds[2]);
    const outline = await courseOutline(db, c.id);
    expect(nextItem(outline, c.lessonIds[2]!)?.id).toBe(c.lessonIds[3]);
    expect(nextItem(outline, c.lessonIds[3]!)).toBeNull();
    expect(await myCourses(db, learner.id)).toEqual([
      expect.objectContaining({
        slug: c.slug,
        lessonsDone: 2,
        lessons: 4,
        progress: 0.5,
        lastLessonId: c.lessonIds[2],
      }),
    ]);
    // Someone not enrolled cannot mark it; nor read another learner's progress.
    const stranger = await actorOf(db, 'sme');
    expect((await markLessonDone(db, stranger, c.lessonIds[0]!, now).catch((e) => e)).code).toBe('forbidden');
    expect((await readableEnrolment(db, stranger, id).catch((e) => e)).code).toBe('not_found');
    expect((await readableEnrolment(db, manager, id)).lessonsDone).toBe(2);
    // A course taken back to draft is closed to its learners.
    await setCourseStatus(db, manager, c.id, 'draft', now);
    expect((await markLessonDone(db, learner, c.lessonIds[1]!, now).catch((e) => e)).code).toBe('not_found');
    expect(await myCourses(db, learner.id)).toEqual([]);
  });
});
