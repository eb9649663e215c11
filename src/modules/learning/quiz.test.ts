import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS, freshDatabase } from '../../../tests/helpers/db.js';
import type { Database } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { ownAttempt, quizPassed } from './attempt-queries.js';
import { startAttempt } from './attempt-start.js';
import { answerAttempt } from './attempt-submit.js';
import { importQuestions } from './bank-import.js';
import { cleanQuestion } from './bank-input.js';
import { bankForExport, getQuestion } from './bank-queries.js';
import { removeQuestion, saveQuestion } from './bank-save.js';
import { readMoodleXml } from './moodle-read.js';
import { writeMoodleXml } from './moodle-write.js';
import { saveQuiz } from './quiz-save.js';
import { actorOf, addCourse, enrol, MOODLE_FIXTURE, questionId, seedBank } from './quiz-test-fixtures.js';
import { attemptQuestions, questions, quizAttempts } from './schema.js';

const MIN = 60_000;

describe.each(DATABASE_KINDS)('question bank and quizzes (%s)', (kind) => {
  let database: Database;
  let manager: Actor;
  let courseId: string;

  beforeAll(async () => {
    database = await freshDatabase(kind);
    manager = await actorOf(database.db, 'manager');
    courseId = await addCourse(database.db);
    await seedBank(database.db, manager);
  });
  afterAll(() => database.close());

  const learner = async () => {
    const a = await actorOf(database.db, 'sme');
    return { actor: a, enrolmentId: await enrol(database.db, courseId, a.id) };
  };
  const quiz = (over: Parameters<typeof saveQuiz>[3] = {}) =>
    saveQuiz(
      database.db,
      manager,
      null,
      {
        courseId,
        title: { en: 'Check', zh: '测验' },
        passMark: 50,
        questions: ['PAT-TERM-01', 'UM-EXAM-03'],
        ...over,
      },
      new Date(),
    );
  const attempts = async (quizId: string) =>
    Number(
      (await database.db.select({ n: count() }).from(quizAttempts).where(eq(quizAttempts.quizId, quizId)))[0]!
        .n,
    );

  it('exports the bank as Moodle XML that imports back to the same questions', async () => {
    const bank = await bankForExport(database.db, {});
    const xml = writeMoodleXml(bank.map((q) => cleanQuestion(q).question));
    const again = readMoodleXml(xml).map((r) => cleanQuestion(r.draft!).question);
    const original = readMoodleXml(MOODLE_FIXTURE).flatMap((r) =>
      r.draft ? [cleanQuestion(r.draft).question] : [],
    );
    const byName = (list: typeof again) => [...list].sort((a, b) => a.name.localeCompare(b.name));
    expect(byName(again)).toEqual(byName(original));
    // Imported again, questions with an ID number are new versions of themselves, not copies.
    const report = await importQuestions(database.db, manager, readMoodleXml(xml), 'moodle', new Date());
    expect(report).toMatchObject({ created: 1, updated: 5, skipped: [] });
    const [term] = await database.db.select().from(questions).where(eq(questions.idNumber, 'PAT-TERM-01'));
    expect(term!.version).toBe(2);
  });

  it('draws fixed questions then N per tag without repeats, and freezes them for the attempt', async () => {
    const { id } = await quiz({ draws: [{ tag: 'patent', count: 2 }] });
    const { actor } = await learner();
    const started = await startAttempt(database.db, actor, id, new Date());
    expect(started.created).toBe(true);
    const a = await ownAttempt(database.db, actor, started.id, new Date());
    const ids = a.questions.map((q) => q.questionId);
    expect(ids.slice(0, 2)).toEqual([
      await questionId(database.db, 'PAT-TERM-01'),
      await questionId(database.db, 'UM-EXAM-03'),
    ]);
    // Three questions carry "patent"; one is fixed already, so the other two are drawn.
    expect(ids).toHaveLength(4);
    expect(new Set(ids).size).toBe(4);
    // An edit of the bank changes neither the attempt's questions nor its review.
    const term = a.questions[0]!;
    const inBank = (await getQuestion(database.db, term.questionId))!;
    const edited = await saveQuestion(
      database.db,
      manager,
      term.questionId,
      { ...inBank, text: { en: 'Edited', zh: '已修改' } },
      new Date(),
    );
    expect(edited.version).toBe(inBank.version + 1);
    expect(
      (await ownAttempt(database.db, actor, started.id, new Date())).questions[0]!.snapshot.text.en,
    ).toContain('invention patent');
  });

  it('lets nobody take a quiz without an enrolment, nor see another learner’s attempt', async () => {
    const { id } = await quiz();
    const stranger = await actorOf(database.db, 'sme');
    await expect(startAttempt(database.db, stranger, id, new Date())).rejects.toMatchObject({
      code: 'forbidden',
      userMessage: { key: 'learning.attempt.error.notEnrolled' },
    });
    const { actor } = await learner();
    const mine = await startAttempt(database.db, actor, id, new Date());
    await expect(ownAttempt(database.db, stranger, mine.id, new Date())).rejects.toMatchObject({
      code: 'not_found',
    });
    await expect(
      answerAttempt(database.db, stranger, mine.id, [], { submit: true, now: new Date() }),
    ).rejects.toMatchObject({
      code: 'not_found',
    });
  });

  it('never lets concurrent starts pass the attempt limit', async () => {
    const { id } = await quiz({ attemptLimit: 2 });
    const { actor } = await learner();
    const first = await startAttempt(database.db, actor, id, new Date());
    await answerAttempt(database.db, actor, first.id, [], { submit: true, now: new Date() });
    const burst = await Promise.all(
      Array.from({ length: 6 }, () => startAttempt(database.db, actor, id, new Date())),
    );
    // One new attempt; the other starts were given the same open attempt back.
    expect(new Set(burst.map((s) => s.id)).size).toBe(1);
    expect(burst.filter((s) => s.created)).toHaveLength(1);
    await answerAttempt(database.db, actor, burst[0]!.id, [], { submit: true, now: new Date() });
    const refused = await Promise.allSettled(
      Array.from({ length: 6 }, () => startAttempt(database.db, actor, id, new Date())),
    );
    for (const r of refused) {
      expect(r.status).toBe('rejected');
      expect((r as PromiseRejectedResult).reason).toMatchObject({
        code: 'conflict',
        userMessage: { key: 'learning.attempt.error.limit', params: { limit: 2 } },
      });
    }
    expect(await attempts(id)).toBe(2);
  });

  it('refuses answers after the time limit and submits the attempt with those saved before', async () => {
    const { id } = await quiz({ timeLimitMinutes: 10, questions: ['PAT-TERM-01'] });
    const { actor, enrolmentId } = await learner();
    const t0 = new Date();
    const { id: attemptId } = await startAttempt(database.db, actor, id, t0);
    const a = await ownAttempt(database.db, actor, attemptId, t0);
    const q = a.questions[0]!;
    const right = q.snapshot.options.find((o) => o.fraction === 100)!.id;
    const wrong = q.snapshot.options.find((o) => o.fraction === 0)!.id;
    await answerAttempt(database.db, actor, attemptId, [{ questionId: q.questionId, optionIds: [right] }], {
      submit: false,
      now: new Date(t0.getTime() + 5 * MIN),
    });
    await expect(
      answerAttempt(database.db, actor, attemptId, [{ questionId: q.questionId, optionIds: [wrong] }], {
        submit: true,
        now: new Date(t0.getTime() + 11 * MIN),
      }),
    ).rejects.toMatchObject({ code: 'conflict', userMessage: { key: 'learning.attempt.error.timeUp' } });
    const closed = await ownAttempt(database.db, actor, attemptId, new Date(t0.getTime() + 12 * MIN));
    expect(closed.submittedAt?.getTime()).toBe(t0.getTime() + 10 * MIN);
    expect(closed).toMatchObject({ score: 100, passed: true });
    expect(closed.questions[0]!.response).toEqual({ optionIds: [right] });
    expect(await quizPassed(database.db, enrolmentId, id)).toBe(true);
  });

  it('closes an attempt past due as it stands when it is next read, and starts a new one after', async () => {
    const { id } = await quiz({ timeLimitMinutes: 1, questions: ['UM-EXAM-03'] });
    const { actor, enrolmentId } = await learner();
    const t0 = new Date(Date.now() - 5 * MIN);
    const first = await startAttempt(database.db, actor, id, t0);
    const next = await startAttempt(database.db, actor, id, new Date());
    expect(next).toMatchObject({ created: true });
    expect(next.id).not.toBe(first.id);
    expect(await ownAttempt(database.db, actor, first.id, new Date())).toMatchObject({
      score: 0,
      passed: false,
    });
    expect(await quizPassed(database.db, enrolmentId, id)).toBe(false);
  });

  it('refuses a second submit and answers to questions not in the attempt, changing nothing', async () => {
    const { id } = await quiz();
    const { actor, enrolmentId } = await learner();
    const { id: attemptId } = await startAttempt(database.db, actor, id, new Date());
    const a = await ownAttempt(database.db, actor, attemptId, new Date());
    const notAsked = await questionId(database.db, 'FEE-GRACE-04');
    const [tf, term] = [a.questions[1]!, a.questions[0]!];
    const rightOf = (q: typeof tf) => q.snapshot.options.find((o) => o.fraction === 100)!.id;
    await expect(
      answerAttempt(
        database.db,
        actor,
        attemptId,
        [
          { questionId: term.questionId, optionIds: [rightOf(term)] },
          { questionId: notAsked, value: 6 },
        ],
        { submit: true, now: new Date() },
      ),
    ).rejects.toMatchObject({
      code: 'validation',
      details: { fields: { [`answers.${notAsked}`]: 'learning.attempt.error.notInAttempt' } },
    });
    const untouched = await database.db
      .select({ response: attemptQuestions.response })
      .from(attemptQuestions)
      .where(eq(attemptQuestions.attemptId, attemptId));
    expect(untouched.every((r) => r.response === null)).toBe(true);

    const out = await answerAttempt(
      database.db,
      actor,
      attemptId,
      [
        { questionId: term.questionId, optionIds: [rightOf(term)] },
        { questionId: tf.questionId, optionIds: [rightOf(tf)] },
      ],
      { submit: true, now: new Date() },
    );
    expect(out).toEqual({ score: 100, passed: true });
    await expect(
      answerAttempt(database.db, actor, attemptId, [{ questionId: tf.questionId, optionIds: [] }], {
        submit: true,
        now: new Date(),
      }),
    ).rejects.toMatchObject({ code: 'conflict', userMessage: { key: 'learning.attempt.error.submitted' } });
    expect(await ownAttempt(database.db, actor, attemptId, new Date())).toMatchObject({
      score: 100,
      passed: true,
    });
    expect(await quizPassed(database.db, enrolmentId)).toBe(false);
  });

  it('hides a question an attempt used instead of deleting it, and deletes one nothing uses', async () => {
    const used = await questionId(database.db, 'PAT-TERM-01');
    expect(await removeQuestion(database.db, manager, used)).toBe('hidden');
    const draft = cleanQuestion(readMoodleXml(MOODLE_FIXTURE)[4]!.draft!).question;
    const fresh = await saveQuestion(database.db, manager, null, { ...draft, idNumber: 'SPARE' }, new Date());
    expect(await removeQuestion(database.db, manager, fresh.id)).toBe('deleted');
    const left = await database.db
      .select({ hidden: questions.hidden })
      .from(questions)
      .where(and(eq(questions.id, used)));
    expect(left).toEqual([{ hidden: true }]);
    await expect(quiz({ questions: ['PAT-TERM-01'] })).rejects.toMatchObject({
      details: { fields: { questions: { key: 'learning.quiz.error.hiddenQuestion' } } },
    });
  });
});
