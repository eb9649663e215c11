import { loadUser } from '../../../src/modules/accounts/index.js';
import { startAttempt } from '../../../src/modules/learning/attempt-start.js';
import { importQuestions } from '../../../src/modules/learning/bank-import.js';
import { readMoodleXml } from '../../../src/modules/learning/moodle-read.js';
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
 * sweep submits it).
 */
export async function learningFixtures(t: TestApp, adminId: string) {
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
  return {
    bankQuestionId: await questionId(db, 'PAT-TERM-01'),
    quizId: pages.id,
    apiQuizId: api.id,
    attemptId: (await startAttempt(db, admin, attempted.id, new Date())).id,
    apiAttemptId: (await startAttempt(db, admin, api.id, new Date())).id,
  };
}
