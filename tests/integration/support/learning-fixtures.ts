import { loadUser } from '../../../src/modules/accounts/index.js';
import { tinyPdf } from '../../../src/modules/files/test-fixtures.js';
import { startAttempt } from '../../../src/modules/learning/attempt-start.js';
import { importQuestions } from '../../../src/modules/learning/bank-import.js';
import { addModule } from '../../../src/modules/learning/course-modules.js';
import { courseWithLessons } from '../../../src/modules/learning/course-test-fixtures.js';
import { attachLessonFile } from '../../../src/modules/learning/lesson-files.js';
import { readMoodleXml } from '../../../src/modules/learning/moodle-read.js';
import { markLessonDone } from '../../../src/modules/learning/progress.js';
import { saveQuiz } from '../../../src/modules/learning/quiz-save.js';
import {
  addCourse,
  enrol,
  MOODLE_FIXTURE,
  questionId,
} from '../../../src/modules/learning/quiz-test-fixtures.js';
import type { TestApp } from '../../helpers/app.js';

/**
 * The question bank filled from the Moodle fixture, a published course the administrator is
 * enrolled in, quizzes, and open attempts of the administrator's: the pages' and the API's (whose
 * sweep submits it); and a published course of lessons for the registrants of the world's event,
 * one lesson with an attachment, the administrator enrolled with a lesson done.
 */
export async function learningFixtures(t: TestApp, adminId: string, eventId: string) {
  const db = t.database.db;
  const admin = (await loadUser(db, adminId))!;
  await importQuestions(db, admin, readMoodleXml(MOODLE_FIXTURE), 'moodle', new Date());
  const courseId = await addCourse(db);
  await enrol(db, courseId, adminId);
  const quiz = (title: string) =>
    saveQuiz(
      db,
      admin,
      null,
      {
        courseId,
        title: { en: title, zh: '专利小测' },
        passMark: 60,
        questions: ['PAT-TERM-01', 'PAT-APP-02', 'UM-EXAM-03', 'FEE-GRACE-04', 'TERMS-05'],
        draws: [{ tag: 'trademark', count: 1 }],
      },
      new Date(),
    );
  // The pages' quiz has no attempt yet (its page offers to start one); the pages' attempt is at another.
  const pages = await quiz('Patent check');
  const attempted = await quiz('Patent check (attempt)');
  const api = await quiz('Patent check (API)');
  // For the registrants of the world's event only, so an official's token is refused (403).
  const course = await courseWithLessons(db, admin, {
    lessons: 2,
    over: { enrolment: 'event', enrolmentEventId: eventId },
  });
  const lessonFile = await attachLessonFile(
    db,
    admin,
    course.lessonIds[0]!,
    { name: 'handout.pdf', bytes: tinyPdf('Handout') },
    new Date(),
  );
  const enrolmentId = await enrol(db, course.id, adminId);
  // An empty module, which its course's page offers to delete.
  await addModule(db, admin, course.id, { title: { en: 'Later', zh: '后续' } }, new Date());
  // An open course the administrator has not joined, whose page offers the enrolment form.
  const open = await courseWithLessons(db, admin, {
    lessons: 1,
    over: { title: { en: 'Open course', zh: '公开课程' } },
  });
  await markLessonDone(db, admin, course.lessonIds[0]!, new Date());
  return {
    courseId: course.id,
    openCourseSlug: open.slug,
    moduleId: course.moduleId,
    lessonId: course.lessonIds[0]!,
    lessonFileId: lessonFile.id,
    enrolmentId,
    bankQuestionId: await questionId(db, 'PAT-TERM-01'),
    quizId: pages.id,
    apiQuizId: api.id,
    attemptId: (await startAttempt(db, admin, attempted.id, new Date())).id,
    apiAttemptId: (await startAttempt(db, admin, api.id, new Date())).id,
  };
}
