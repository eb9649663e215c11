import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Bilingual } from '../../lib/bilingual.js';
import {
  type CourseStatus,
  courses,
  questions,
  quizAttempts,
  quizDraws,
  quizQuestions,
  quizzes,
} from './schema.js';

export interface QuizDetail {
  id: string;
  courseId: string;
  course: { id: string; slug: string; title: Bilingual; status: CourseStatus };
  title: Bilingual;
  passMark: number;
  attemptLimit: number | null;
  timeLimitMinutes: number | null;
  required: boolean;
  /** The fixed questions in order, hidden ones included (an attempt leaves them out). */
  fixed: { id: string; idNumber: string | null; name: string; hidden: boolean }[];
  draws: { tag: string; count: number }[];
}

export async function getQuiz(db: Db, id: string): Promise<QuizDetail | null> {
  const [row] = await db
    .select({
      quiz: quizzes,
      course: { id: courses.id, slug: courses.slug, title: courses.title, status: courses.status },
    })
    .from(quizzes)
    .innerJoin(courses, eq(courses.id, quizzes.courseId))
    .where(eq(quizzes.id, id));
  if (!row) return null;
  const [fixed, draws] = await Promise.all([
    db
      .select({
        id: questions.id,
        idNumber: questions.idNumber,
        name: questions.name,
        hidden: questions.hidden,
      })
      .from(quizQuestions)
      .innerJoin(questions, eq(questions.id, quizQuestions.questionId))
      .where(eq(quizQuestions.quizId, id))
      .orderBy(asc(quizQuestions.position)),
    db
      .select({ tag: quizDraws.tag, count: quizDraws.count })
      .from(quizDraws)
      .where(eq(quizDraws.quizId, id))
      .orderBy(asc(quizDraws.tag)),
  ]);
  const q = row.quiz;
  return {
    id: q.id,
    courseId: q.courseId,
    course: row.course,
    title: q.title,
    passMark: q.passMark,
    attemptLimit: q.attemptLimit,
    timeLimitMinutes: q.timeLimitMinutes,
    required: q.required,
    fixed,
    draws,
  };
}

/** The visible questions carrying each tag (what a draw may pick from). */
export async function drawPools(db: Db, tags: string[]): Promise<Map<string, string[]>> {
  const pools = new Map(tags.map((t) => [t, [] as string[]]));
  if (!tags.length) return pools;
  const rows = await db
    .select({ id: questions.id, tags: questions.tags })
    .from(questions)
    .where(
      and(
        eq(questions.hidden, false),
        sql`${questions.tags} && ${sql`array[${sql.join(
          tags.map((t) => sql`${t}`),
          sql`, `,
        )}]::text[]`}`,
      ),
    )
    .orderBy(asc(questions.id));
  for (const r of rows) for (const t of r.tags) pools.get(t)?.push(r.id);
  return pools;
}

export interface QuizListRow {
  id: string;
  title: Bilingual;
  course: { id: string; title: Bilingual; slug: string };
  fixed: number;
  drawn: number;
  attempts: number;
}

export async function listQuizzes(db: Db): Promise<QuizListRow[]> {
  const rows = await db
    .select({
      id: quizzes.id,
      title: quizzes.title,
      course: { id: courses.id, title: courses.title, slug: courses.slug },
    })
    .from(quizzes)
    .innerJoin(courses, eq(courses.id, quizzes.courseId))
    .orderBy(asc(courses.slug), asc(quizzes.position), asc(quizzes.createdAt));
  const ids = rows.map((r) => r.id);
  if (!ids.length) return [];
  const [fixed, drawn, attempts] = await Promise.all([
    db
      .select({ id: quizQuestions.quizId, n: count() })
      .from(quizQuestions)
      .where(inArray(quizQuestions.quizId, ids))
      .groupBy(quizQuestions.quizId),
    db
      .select({ id: quizDraws.quizId, n: sql<number>`sum(${quizDraws.count})::int` })
      .from(quizDraws)
      .where(inArray(quizDraws.quizId, ids))
      .groupBy(quizDraws.quizId),
    db
      .select({ id: quizAttempts.quizId, n: count() })
      .from(quizAttempts)
      .where(inArray(quizAttempts.quizId, ids))
      .groupBy(quizAttempts.quizId),
  ]);
  const of = (list: { id: string; n: number }[], id: string) => Number(list.find((x) => x.id === id)?.n ?? 0);
  return rows.map((r) => ({
    ...r,
    fixed: of(fixed, r.id),
    drawn: of(drawn, r.id),
    attempts: of(attempts, r.id),
  }));
}

/** Courses a quiz may belong to, for a manager's choice. */
export async function courseChoices(
  db: Db,
): Promise<{ id: string; title: Bilingual; status: CourseStatus }[]> {
  return db
    .select({ id: courses.id, title: courses.title, status: courses.status })
    .from(courses)
    .orderBy(asc(courses.slug));
}
