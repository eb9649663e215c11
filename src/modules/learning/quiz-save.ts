import { eq, inArray, or } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import type { Bilingual } from '../../lib/bilingual.js';
import { cleanText } from '../../lib/clean-text.js';
import { AppError } from '../../lib/errors.js';
import { type FieldProblems, invalidFields } from '../../lib/field-errors.js';
import { isUuid } from '../../lib/ids.js';
import { recordAudit } from '../audit/index.js';
import { assertBankEditor } from './bank-access.js';
import { normaliseTag, numberOf } from './bank-input.js';
import { getQuiz } from './quiz-queries.js';
import { courses, questions, quizDraws, quizQuestions, quizzes } from './schema.js';

export const QUIZ_LIMITS = { fixed: 100, draws: 20, drawCount: 50, title: 200 } as const;

/** A quiz as a manager's form or the API gives it. Fixed questions are named by id or ID number. */
export interface QuizDraft {
  courseId?: string;
  title?: Partial<Bilingual>;
  passMark?: number | string | null;
  attemptLimit?: number | string | null;
  timeLimitMinutes?: number | string | null;
  required?: boolean;
  questions?: string[];
  draws?: { tag?: string; count?: number | string | null }[];
}

const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

function whole(v: unknown, min: number, max: number, errors: FieldProblems, field: string): number | null {
  if (blank(v)) return null;
  const n = numberOf(v);
  if (n === null || !Number.isInteger(n)) errors[field] = 'form.number';
  else if (n < min) errors[field] = { key: 'form.tooSmall', params: { min } };
  else if (n > max) errors[field] = { key: 'form.tooBig', params: { max } };
  else return n;
  return null;
}

/** Resolves the fixed questions named by id or ID number, in order; unknown and hidden ones are refused. */
async function resolveQuestions(tx: Db, refs: string[], errors: FieldProblems): Promise<string[]> {
  const wanted = [...new Set(refs.map((r) => cleanText(r)).filter(Boolean))];
  if (wanted.length > QUIZ_LIMITS.fixed) {
    errors.questions = { key: 'learning.quiz.error.tooManyQuestions', params: { max: QUIZ_LIMITS.fixed } };
    return [];
  }
  if (!wanted.length) return [];
  const ids = wanted.filter(isUuid);
  const rows = await tx
    .select({ id: questions.id, idNumber: questions.idNumber, hidden: questions.hidden })
    .from(questions)
    .where(or(ids.length ? inArray(questions.id, ids) : undefined, inArray(questions.idNumber, wanted)));
  const find = (ref: string) => rows.find((r) => r.id === ref || r.idNumber === ref);
  const unknown = wanted.filter((r) => !find(r));
  const hidden = wanted.filter((r) => find(r)?.hidden);
  if (unknown.length)
    errors.questions = { key: 'learning.quiz.error.unknownQuestions', params: { list: unknown.join(', ') } };
  else if (hidden.length)
    errors.questions = { key: 'learning.quiz.error.hiddenQuestion', params: { list: hidden.join(', ') } };
  return [...new Set(wanted.map((r) => find(r)?.id).filter((id): id is string => !!id))];
}

/**
 * Creates (id null) or edits a course's quiz: its settings, fixed questions in order and the
 * questions drawn per tag. Attempts already made keep the questions they were given.
 */
export async function saveQuiz(
  db: Db,
  actor: Actor | null,
  id: string | null,
  d: QuizDraft,
  now: Date,
): Promise<{ id: string }> {
  const editor = assertBankEditor(actor);
  return db.transaction(async (tx) => {
    const before = id ? await getQuiz(tx, id) : null;
    if (id && !before) throw new AppError('not_found');
    const errors: FieldProblems = {};
    const courseId = before?.courseId ?? d.courseId ?? '';
    const [course] = isUuid(courseId)
      ? await tx.select({ id: courses.id }).from(courses).where(eq(courses.id, courseId))
      : [];
    if (!course) errors.courseId = 'learning.quiz.error.noCourse';
    const title = { en: cleanText(d.title?.en ?? ''), zh: cleanText(d.title?.zh ?? '') };
    if (!title.en && !title.zh) errors.title = 'form.oneLanguage';
    if (title.en.length > QUIZ_LIMITS.title || title.zh.length > QUIZ_LIMITS.title)
      errors.title = { key: 'form.tooLong', params: { max: QUIZ_LIMITS.title } };
    const passMark = blank(d.passMark) ? 60 : whole(d.passMark, 0, 100, errors, 'passMark');
    const attemptLimit = whole(d.attemptLimit, 1, 100, errors, 'attemptLimit');
    const timeLimitMinutes = whole(d.timeLimitMinutes, 1, 24 * 60, errors, 'timeLimitMinutes');
    const fixed = await resolveQuestions(tx, d.questions ?? [], errors);
    const draws: { tag: string; count: number }[] = [];
    (d.draws ?? []).slice(0, QUIZ_LIMITS.draws).forEach((r, i) => {
      const tag = normaliseTag(r.tag ?? '');
      if (!tag && blank(r.count)) return;
      if (!tag) errors[`draws.${i}.tag`] = 'form.required';
      else if (draws.some((x) => x.tag === tag))
        errors[`draws.${i}.tag`] = 'learning.quiz.error.duplicateTag';
      const count = whole(
        blank(r.count) ? '1' : r.count,
        1,
        QUIZ_LIMITS.drawCount,
        errors,
        `draws.${i}.count`,
      );
      if (tag && count) draws.push({ tag, count });
    });
    if (!errors.questions && !fixed.length && !draws.length) errors.questions = 'learning.quiz.error.empty';
    if (Object.keys(errors).length) throw invalidFields(errors);
    const values = {
      title,
      passMark: passMark ?? 60,
      attemptLimit,
      timeLimitMinutes,
      required: d.required !== false,
      updatedAt: now,
    };
    let quizId = id;
    if (quizId) await tx.update(quizzes).set(values).where(eq(quizzes.id, quizId));
    else {
      const [row] = await tx
        .insert(quizzes)
        .values({ ...values, courseId, createdAt: now })
        .returning({ id: quizzes.id });
      quizId = row!.id;
    }
    await tx.delete(quizQuestions).where(eq(quizQuestions.quizId, quizId));
    await tx.delete(quizDraws).where(eq(quizDraws.quizId, quizId));
    if (fixed.length)
      await tx
        .insert(quizQuestions)
        .values(fixed.map((questionId, position) => ({ quizId: quizId!, questionId, position })));
    if (draws.length) await tx.insert(quizDraws).values(draws.map((r) => ({ quizId: quizId!, ...r })));
    await recordAudit(tx, editor, {
      action: id ? 'update' : 'create',
      entity: 'quiz',
      entityId: quizId,
      before: before
        ? {
            title: before.title,
            passMark: before.passMark,
            attemptLimit: before.attemptLimit,
            timeLimitMinutes: before.timeLimitMinutes,
            required: before.required,
            questionIds: before.fixed.map((q) => q.id),
            draws: before.draws,
          }
        : undefined,
      after: { ...values, courseId, questionIds: fixed, draws },
    });
    return { id: quizId };
  });
}
