import { and, asc, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS, freshDatabase } from '../../../tests/helpers/db.js';
import type { Database } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { fieldProblemsOf } from '../../lib/field-errors.js';
import { auditLog } from '../audit/schema.js';
import { files } from '../files/schema.js';
import { tinyPdf } from '../files/test-fixtures.js';
import { createFullCourse } from './course-create-full.js';
import { courseDiff } from './course-diff.js';
import { addModule, deleteModule, moveModule } from './course-modules.js';
import { courseOutline } from './course-outline.js';
import { findCourse, listCourses, versionsOf } from './course-queries.js';
import { createCourse, updateCourse } from './course-save.js';
import type { CourseSnapshot } from './course-snapshot.js';
import { deleteCourse, setCourseStatus } from './course-status.js';
import { courseFields, courseWithLessons, lessonFields } from './course-test-fixtures.js';
import { enrolmentKeyMatches } from './enrol-key.js';
import { attachLessonFile } from './lesson-files.js';
import { addLesson, moveLesson, updateLesson } from './lesson-save.js';
import { actorOf, enrol } from './quiz-test-fixtures.js';
import { courses, courseVersions, questionOptions, questions, quizQuestions } from './schema.js';

describe.each(DATABASE_KINDS)('writing courses (%s)', (kind) => {
  let database: Database;
  let manager: Actor;
  let learner: Actor;
  const now = new Date();

  beforeAll(async () => {
    database = await freshDatabase(kind);
    manager = await actorOf(database.db, 'manager');
    learner = await actorOf(database.db, 'sme');
  });
  afterAll(() => database.close());

  const versionCount = async (courseId: string) =>
    Number(
      (
        await database.db
          .select({ n: count() })
          .from(courseVersions)
          .where(eq(courseVersions.courseId, courseId))
      )[0]!.n,
    );

  it('keeps every save as a version that any other can be compared with; a save that changes nothing makes none', async () => {
    const db = database.db;
    const course = await createCourse(db, manager, courseFields(), now);
    expect(course.version).toBe(1);
    const mod = await addModule(db, manager, course.id, { title: { en: 'Basics', zh: '基础' } }, now);
    const lesson = await addLesson(db, manager, mod.id, lessonFields(1), now);
    const edited = await updateCourse(
      db,
      manager,
      course.id,
      courseFields({ title: { en: 'Trade marks for small firms', zh: '中小企业商标实务' } }),
      now,
    );
    expect(edited.changed).toBe(true);
    expect(edited.row.version).toBe(4);
    const again = await updateCourse(
      db,
      manager,
      course.id,
      courseFields({ title: { en: 'Trade marks for small firms', zh: '中小企业商标实务' } }),
      now,
    );
    expect(again.changed).toBe(false);
    await updateLesson(
      db,
      manager,
      lesson.id,
      lessonFields(1, { body: { en: 'File early, before a squatter does.', zh: '尽早申请。' } }),
      now,
    );
    expect(await versionCount(course.id)).toBe(5);
    const [v1, v5] = (await versionsOf(db, course.id, [1, 5])).sort((a, b) => a.version - b.version);
    const diff = courseDiff(
      v1!.content as unknown as CourseSnapshot,
      v5!.content as unknown as CourseSnapshot,
    );
    expect(diff.texts.map((x) => x.field)).toEqual(['title']);
    expect(diff.texts[0]!.en).toContainEqual({ op: 'add', text: 'small firms' });
    expect(diff.texts[0]!.zh).toBeNull();
    expect(diff.modulesChanged).toBe(true);
    expect(diff.lessons).toEqual([expect.objectContaining({ id: lesson.id, state: 'added' })]);
    const [v4] = await versionsOf(db, course.id, [4]);
    const step = courseDiff(
      v4!.content as unknown as CourseSnapshot,
      v5!.content as unknown as CourseSnapshot,
    );
    expect(step.lessons).toEqual([
      expect.objectContaining({ state: 'changed', texts: [expect.objectContaining({ field: 'body' })] }),
    ]);
  });

  it('keeps the enrolment key only as a hash, keeps it when the field is left empty, and asks for one when none is set', async () => {
    const db = database.db;
    const course = await createCourse(
      db,
      manager,
      courseFields({ enrolment: 'key', enrolmentKey: 'qingdao-2010' }),
      now,
    );
    expect(course.enrolmentKeyHash).toMatch(/^scrypt\$/);
    expect(course.enrolmentKeyHash).not.toContain('qingdao');
    expect(await enrolmentKeyMatches(course.enrolmentKeyHash, 'qingdao-2010')).toBe(true);
    const kept = await updateCourse(
      db,
      manager,
      course.id,
      courseFields({ enrolment: 'key', summary: { en: 'Changed.', zh: '' } }),
      now,
    );
    expect(kept.row.enrolmentKeyHash).toBe(course.enrolmentKeyHash);
    const err = await createCourse(db, manager, courseFields({ enrolment: 'key' }), now).catch((e) => e);
    expect(fieldProblemsOf(err)).toEqual({ enrolmentKey: 'learning.course.error.keyRequired' });
    const logged = JSON.stringify(await db.select().from(auditLog).where(eq(auditLog.entityId, course.id)));
    expect(logged).not.toContain('qingdao-2010');
    expect(logged).not.toContain(course.enrolmentKeyHash!);
  });

  it('reorders modules and lessons one step at a time and keeps a module that still has lessons', async () => {
    const db = database.db;
    const c = await courseWithLessons(db, manager, { lessons: 3, publish: false });
    const second = await addModule(db, manager, c.id, { title: { en: 'Abroad', zh: '境外' } }, now);
    await moveLesson(db, manager, c.lessonIds[2]!, 'up', now);
    await moveLesson(db, manager, c.lessonIds[0]!, 'up', now); // already first: nothing moves
    await moveModule(db, manager, second.id, 'up', now);
    const outline = await courseOutline(db, c.id);
    expect(outline.map((m) => m.title.en)).toEqual(['Abroad', 'Basics']);
    expect(outline[1]!.items.map((i) => i.title.en)).toEqual(['Lesson 1', 'Lesson 3', 'Lesson 2']);
    const refused = await deleteModule(db, manager, c.moduleId, now).catch((e) => e);
    expect(refused.userMessage.key).toBe('learning.module.error.notEmpty');
    await deleteModule(db, manager, second.id, now);
    expect((await courseOutline(db, c.id)).length).toBe(1);
  });

  it('tracks the translation of a course and of each lesson per language', async () => {
    const db = database.db;
    const course = await createCourse(
      db,
      manager,
      courseFields({ title: { en: '', zh: '专利年费' }, summary: { en: '', zh: '按时缴纳。' } }),
      now,
    );
    expect(course.translationStatus).toBe('needs_translation');
    const done = await updateCourse(
      db,
      manager,
      course.id,
      courseFields({
        title: { en: 'Patent annual fees', zh: '专利年费' },
        summary: { en: 'Pay on time.', zh: '按时缴纳。' },
      }),
      new Date(now.getTime() + 1000),
    );
    expect(done.row.translationStatus).toBe('complete');
    const later = await updateCourse(
      db,
      manager,
      course.id,
      courseFields({
        title: { en: 'Patent annual fees', zh: '专利年费' },
        summary: { en: 'Pay on time, or within the grace period.', zh: '按时缴纳。' },
      }),
      new Date(now.getTime() + 2000),
    );
    expect(later.row.translationStatus).toBe('outdated');
  });

  it('moves a course from draft to published to archived with an audit record each, and shows drafts to editors only', async () => {
    const db = database.db;
    const empty = await createCourse(db, manager, courseFields(), now);
    const refused = await setCourseStatus(db, manager, empty.id, 'published', now).catch((e) => e);
    expect(refused.userMessage.key).toBe('learning.course.error.noLessons');
    const c = await courseWithLessons(db, manager, { publish: false });
    expect(await findCourse(db, learner, { id: c.id })).toBeNull();
    expect(await findCourse(db, null, { slug: c.slug })).toBeNull();
    expect(await findCourse(db, manager, { id: c.id })).not.toBeNull();
    await setCourseStatus(db, manager, c.id, 'published', now);
    expect((await listCourses(db, learner)).map((r) => r.id)).toContain(c.id);
    expect((await listCourses(db, null, { audience: 'officials' })).map((r) => r.id)).not.toContain(c.id);
    expect((await listCourses(db, null, { topic: 'protect', audience: 'smes' })).map((r) => r.id)).toContain(
      c.id,
    );
    await enrol(db, c.id, learner.id);
    await setCourseStatus(db, manager, c.id, 'archived', now);
    expect((await listCourses(db, learner)).map((r) => r.id)).not.toContain(c.id);
    // Its learners may still read an archived course; strangers may not.
    expect(await findCourse(db, learner, { id: c.id })).not.toBeNull();
    expect(await findCourse(db, await actorOf(db, 'sme'), { id: c.id })).toBeNull();
    const actions = await db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'course'), eq(auditLog.entityId, c.id)))
      .orderBy(asc(auditLog.at));
    expect(actions.map((a) => a.action)).toEqual(['create', 'publish', 'archive']);
    const kept = await deleteCourse(db, manager, c.id).catch((e) => e);
    expect(kept.userMessage.key).toBe('learning.course.error.hasLearners');
    await deleteCourse(db, manager, empty.id);
    expect(await findCourse(db, manager, { id: empty.id })).toBeNull();
    const [gone] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entityId, empty.id), eq(auditLog.action, 'delete')));
    expect(gone).toBeDefined();
  });

  it('takes attachments recognised by their content and refuses others, storing nothing', async () => {
    const db = database.db;
    const c = await courseWithLessons(db, manager, { lessons: 1 });
    const before = Number((await db.select({ n: count() }).from(files))[0]!.n);
    const fake = new TextEncoder().encode('#!/bin/sh\necho not a pdf');
    const refused = await attachLessonFile(
      db,
      manager,
      c.lessonIds[0]!,
      { name: 'slides.pdf', bytes: fake },
      now,
    ).catch((e) => e);
    expect(refused.problem).toBe('type');
    expect(Number((await db.select({ n: count() }).from(files))[0]!.n)).toBe(before);
    const kept = await attachLessonFile(
      db,
      manager,
      c.lessonIds[0]!,
      { name: 'handout.pdf', bytes: tinyPdf('Handout') },
      now,
    );
    const [row] = await db
      .select({ kind: files.kind, name: files.name })
      .from(files)
      .where(eq(files.id, kept.id));
    expect(row).toEqual({ kind: 'pdf', name: 'handout.pdf' });
  });

  it('creates a whole course with its lessons and a quiz whose questions go into the bank, or nothing at all', async () => {
    const db = database.db;
    const input = {
      ...courseFields({ title: { en: 'Patents and utility models', zh: '专利与实用新型' } }),
      status: 'published' as const,
      lessons: [
        {
          title: { en: 'What a patent protects', zh: '专利保护什么' },
          body: { en: 'An invention.', zh: '发明创造。' },
        },
        {
          title: { en: 'Utility models', zh: '实用新型' },
          body: { en: 'Shapes and structures.', zh: '形状和构造。' },
        },
      ],
      quiz: {
        passMark: 60,
        questions: [
          {
            text: {
              en: 'How long does a Chinese invention patent last?',
              zh: '中国发明专利的保护期是多久？',
            },
            options: [
              { text: { en: '20 years', zh: '20年' }, correct: true },
              { text: { en: '10 years', zh: '10年' }, correct: false },
            ],
          },
          {
            text: { en: 'Which are examined on substance?', zh: '哪些需经实质审查？' },
            options: [
              { text: { en: 'Invention patents', zh: '发明专利' }, correct: true },
              { text: { en: 'Utility models', zh: '实用新型' }, correct: false },
              { text: { en: 'PCT national phase inventions', zh: 'PCT进入国家阶段的发明' }, correct: true },
            ],
          },
        ],
      },
    };
    const made = await createFullCourse(db, manager, input, now);
    expect(made.lessonIds).toHaveLength(2);
    const outline = await courseOutline(db, made.course.id);
    expect(outline.flatMap((m) => m.items.map((i) => `${i.kind}:${i.title.en}`))).toEqual([
      'lesson:What a patent protects',
      'lesson:Utility models',
      `quiz:Patents and utility models`,
    ]);
    const fixed = await db
      .select({ type: questions.type, id: questions.id })
      .from(quizQuestions)
      .innerJoin(questions, eq(questions.id, quizQuestions.questionId))
      .where(eq(quizQuestions.quizId, made.quizId!))
      .orderBy(asc(quizQuestions.position));
    expect(fixed.map((q) => q.type)).toEqual(['single', 'multiple']);
    const fractions = await db
      .select({ f: questionOptions.fraction })
      .from(questionOptions)
      .where(eq(questionOptions.questionId, fixed[1]!.id))
      .orderBy(asc(questionOptions.position));
    expect(fractions.map((r) => Math.round(r.f))).toEqual([50, -100, 50]);
    expect(await versionCount(made.course.id)).toBe(1);

    const coursesBefore = Number((await db.select({ n: count() }).from(courses))[0]!.n);
    const questionsBefore = Number((await db.select({ n: count() }).from(questions))[0]!.n);
    const bad = structuredClone(input);
    for (const o of bad.quiz.questions[1]!.options) o.correct = false;
    const err = await createFullCourse(db, manager, bad, now).catch((e) => e);
    expect(fieldProblemsOf(err)).toEqual({
      'quiz.questions.1.options': 'learning.course.error.noRightOption',
    });
    expect(Number((await db.select({ n: count() }).from(courses))[0]!.n)).toBe(coursesBefore);
    expect(Number((await db.select({ n: count() }).from(questions))[0]!.n)).toBe(questionsBefore);
  });
});
