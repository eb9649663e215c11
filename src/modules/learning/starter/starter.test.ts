import { count, eq } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshDatabase } from '../../../../tests/helpers/db.js';
import type { Database } from '../../../db/client.js';
import type { Bilingual } from '../../../lib/bilingual.js';
import { loadLibraryStarter } from '../../library/index.js';
import type { AnswerInput } from '../attempt-mark.js';
import { matchingItems, type QuestionSnapshot, rightChoice } from '../attempt-model.js';
import { ownAttempt } from '../attempt-queries.js';
import { startAttempt } from '../attempt-start.js';
import { answerAttempt } from '../attempt-submit.js';
import { cleanQuestion } from '../bank-input.js';
import { actorOf, enrol } from '../quiz-test-fixtures.js';
import {
  courses,
  courseVersions,
  lessonLibraryItems,
  lessons,
  questionOptions,
  questions,
  quizDraws,
  quizzes,
} from '../schema.js';
import { STARTER_COURSES, STARTER_QUESTIONS } from './content.js';
import { loadLearningStarter } from './load.js';

const HAN = /\p{Script=Han}/u;

/** Both languages written, different, and the Chinese one in Chinese. */
function bilingual(b: Bilingual, where: string) {
  expect(b.en.trim(), `${where} en`).not.toBe('');
  expect(b.zh.trim(), `${where} zh`).not.toBe('');
  expect(b.zh, `${where} same in both`).not.toBe(b.en);
  expect(HAN.test(b.zh), `${where} zh is Chinese`).toBe(true);
}

describe('the starter courses and question bank', () => {
  it('are complete in both languages, with lessons of substance', () => {
    expect(STARTER_COURSES).toHaveLength(3);
    for (const c of STARTER_COURSES) {
      bilingual(c.title, 'title');
      bilingual(c.summary, `${c.title.en} summary`);
      bilingual(c.quiz.title, `${c.title.en} quiz`);
      expect(c.modules.length).toBeGreaterThanOrEqual(2);
      const all = c.modules.flatMap((m) => m.lessons);
      expect(all.length).toBeGreaterThanOrEqual(5);
      expect(all.length).toBeLessThanOrEqual(8);
      for (const m of c.modules) bilingual(m.title, `${c.title.en} module`);
      for (const l of all) {
        bilingual(l.title, 'lesson title');
        bilingual(l.body, l.title.en);
        expect(l.body.en.length, l.title.en).toBeGreaterThan(1200);
        expect(l.body.en.split(/\n\n/).length, l.title.en).toBeGreaterThanOrEqual(4);
        for (const body of [l.body.en, l.body.zh]) {
          expect(body, l.title.en).toMatch(/^(- |\d\. |\| )/m);
          expect(body, l.title.en).toMatch(/^### (Worked example|实例)$/m);
        }
        expect(l.library.length, l.title.en).toBeGreaterThan(0);
      }
    }
  });

  it('has at least 40 questions, each valid, tagged, with feedback on every option', () => {
    expect(STARTER_QUESTIONS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(STARTER_QUESTIONS.map((q) => q.idNumber)).size).toBe(STARTER_QUESTIONS.length);
    expect(new Set(STARTER_QUESTIONS.map((q) => q.type))).toEqual(
      new Set(['single', 'multiple', 'truefalse', 'matching', 'numeric']),
    );
    for (const q of STARTER_QUESTIONS) {
      const { question, errors } = cleanQuestion(q);
      expect(errors, q.idNumber).toEqual({});
      bilingual(question.text, q.idNumber);
      expect(
        question.tags.some((t) => t.startsWith('starter-')),
        q.idNumber,
      ).toBe(true);
      expect(question.tags.length, q.idNumber).toBeGreaterThanOrEqual(2);
      expect(question.options.length, q.idNumber).toBe(q.options.length);
      for (const o of question.options) {
        bilingual(o.feedback, `${q.idNumber} feedback`);
        if (q.type === 'single' || q.type === 'multiple' || q.type === 'matching')
          bilingual(o.text, `${q.idNumber} option`);
        if (q.type === 'matching' && (o.match.en !== o.match.zh || HAN.test(o.match.zh)))
          bilingual(o.match, `${q.idNumber} match`);
      }
      if (q.type === 'single' || q.type === 'multiple')
        expect(
          question.options.some((o) => o.fraction > 0),
          q.idNumber,
        ).toBe(true);
    }
  });

  it('has enough questions under each quiz tag to draw a whole quiz', () => {
    for (const c of STARTER_COURSES) {
      expect(c.quiz.passMark).toBe(70);
      for (const d of c.quiz.draws) {
        const n = STARTER_QUESTIONS.filter((q) => q.tags.includes(d.tag)).length;
        expect(n, d.tag).toBeGreaterThanOrEqual(d.count + 4);
      }
    }
  });
});

/** The answer to one question that earns the whole mark, or none of it. */
function answerFor(s: QuestionSnapshot, questionId: string, right: boolean): AnswerInput {
  switch (s.type) {
    case 'numeric': {
      const best = s.options.find((o) => o.fraction === 100 && o.value !== null)!.value!;
      return { questionId, value: right ? best : best + 1_000_003 };
    }
    case 'matching': {
      const items = matchingItems(s);
      return {
        questionId,
        pairs: items.map((item, i) => {
          const wrong = rightChoice(s, items[(i + 1) % items.length]!)!;
          return { optionId: item.id, choiceId: right ? rightChoice(s, item)!.id : wrong.id };
        }),
      };
    }
    default: {
      const chosen = s.options.filter((o) => (right ? o.fraction > 0 : o.fraction <= 0));
      return {
        questionId,
        optionIds: (s.type === 'multiple' ? chosen : chosen.slice(0, 1)).map((o) => o.id),
      };
    }
  }
}

describe('loading the starter courses', () => {
  let database: Database;
  const now = new Date('2026-12-05T08:00:00Z');
  const counts = async () => {
    const n = async (table: PgTable) => Number((await database.db.select({ n: count() }).from(table))[0]!.n);
    return {
      courses: await n(courses),
      versions: await n(courseVersions),
      lessons: await n(lessons),
      links: await n(lessonLibraryItems),
      questions: await n(questions),
      options: await n(questionOptions),
      quizzes: await n(quizzes),
      draws: await n(quizDraws),
    };
  };

  beforeAll(async () => {
    database = await freshDatabase('pglite');
    await database.db.transaction((tx) => loadLibraryStarter(tx as never, now));
    await database.db.transaction((tx) => loadLearningStarter(tx as never, now));
  });
  afterAll(() => database.close());

  it('loads the courses published, as version 1 by IP Cascade, and a second run adds nothing', async () => {
    const first = await counts();
    const lessonCount = STARTER_COURSES.flatMap((c) => c.modules.flatMap((m) => m.lessons)).length;
    expect(first).toMatchObject({
      courses: 3,
      versions: 3,
      lessons: lessonCount,
      questions: STARTER_QUESTIONS.length,
      quizzes: 3,
      draws: 3,
    });
    expect(first.links).toBe(
      STARTER_COURSES.flatMap((c) => c.modules.flatMap((m) => m.lessons.flatMap((l) => l.library))).length,
    );
    const rows = await database.db.select().from(courses);
    expect(rows.map((r) => r.slug).sort()).toEqual([
      'ip-management-basics-for-local-officials',
      'patents-utility-models-and-annual-fees',
      'trade-marks-for-smes-china-and-abroad',
    ]);
    for (const r of rows)
      expect(r).toMatchObject({ status: 'published', version: 1, translationStatus: 'complete' });
    const versions = await database.db.select().from(courseVersions);
    expect(new Set(versions.map((v) => v.editorName))).toEqual(new Set(['IP Cascade']));
    await database.db.transaction((tx) => loadLearningStarter(tx as never, now));
    expect(await counts()).toEqual(first);
  });

  it('lets a learner pass each quiz with the right answers and fail it with wrong ones', async () => {
    const all = await database.db.select().from(quizzes);
    for (const quiz of all) {
      expect(quiz.moduleId).not.toBeNull();
      for (const right of [true, false]) {
        const learner = await actorOf(database.db, 'sme');
        await enrol(database.db, quiz.courseId, learner.id);
        const started = await startAttempt(database.db, learner, quiz.id, now);
        const attempt = await ownAttempt(database.db, learner, started.id, now);
        expect(attempt.questions).toHaveLength(8);
        const answers = attempt.questions.map((q) => answerFor(q.snapshot, q.questionId, right));
        const outcome = await answerAttempt(database.db, learner, started.id, answers, { submit: true, now });
        expect(outcome, `${quiz.title.en} ${right}`).toEqual(
          right ? { score: 100, passed: true } : { score: 0, passed: false },
        );
      }
    }
    const [anyCourse] = await database.db.select().from(courses).where(eq(courses.audience, 'officials'));
    expect(anyCourse?.title.zh).toBe('面向地方官员的知识产权管理基础');
  });
});
