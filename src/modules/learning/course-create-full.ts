import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import type { Bilingual } from '../../lib/bilingual.js';
import { type FieldProblems, invalidFields } from '../../lib/field-errors.js';
import { nextTranslationState } from '../../lib/translation.js';
import { cleanQuestion } from './bank-input.js';
import { writeQuestion } from './bank-save.js';
import type { CourseInput } from './course-input.js';
import { type CourseRow, createCourse } from './course-save.js';
import { saveQuiz } from './quiz-save.js';
import { type CourseStatus, courseModules, lessons } from './schema.js';

export interface NewLesson {
  title: Bilingual;
  body: Bilingual;
  videoUrl?: string | undefined;
  estimatedMinutes?: number | undefined;
}

export interface NewQuiz {
  passMark: number;
  questions: { text: Bilingual; options: { text: Bilingual; correct: boolean }[] }[];
}

/** The share of the mark each option earns: the right ones split 100, the wrong ones take it back. */
function fractions(options: { correct: boolean }[]): number[] {
  const right = options.filter((o) => o.correct).length;
  const wrong = options.length - right;
  if (right <= 1) return options.map((o) => (o.correct ? 100 : 0));
  return options.map((o) => (o.correct ? 100 / right : wrong ? -100 / wrong : 0));
}

/**
 * A whole course in one request (the API's create): its fields, one module of lessons in order,
 * and an optional quiz whose questions go into the bank (choice questions, one or several right
 * options) and are asked as the quiz's fixed questions. All of it or nothing, as one version.
 */
export async function createFullCourse(
  db: Db,
  actor: Actor | null,
  input: CourseInput & { status: CourseStatus; lessons: NewLesson[]; quiz?: NewQuiz | undefined },
  now: Date,
): Promise<{ course: CourseRow; lessonIds: string[]; quizId: string | null }> {
  if (input.status === 'published' && !input.lessons.length)
    throw invalidFields({ lessons: 'learning.course.error.noLessons' });
  const lessonIds: string[] = [];
  let quizId: string | null = null;
  const course = await createCourse(db, actor, input, now, {
    status: input.status,
    build: async (tx, row, editor) => {
      const [mod] = await tx
        .insert(courseModules)
        .values({ courseId: row.id, position: 0, title: { en: '', zh: '' } })
        .returning({ id: courseModules.id });
      for (const [position, l] of input.lessons.entries()) {
        const [made] = await tx
          .insert(lessons)
          .values({
            courseId: row.id,
            moduleId: mod!.id,
            position,
            title: l.title,
            body: l.body,
            videoUrl: l.videoUrl ?? '',
            estimatedMinutes: l.estimatedMinutes ?? null,
            ...nextTranslationState(null, [l.title, l.body], now),
            createdAt: now,
            updatedAt: now,
          })
          .returning({ id: lessons.id });
        lessonIds.push(made!.id);
      }
      if (input.quiz) quizId = await addQuiz(tx, editor, row, input.quiz, now);
    },
  });
  return { course, lessonIds, quizId };
}

async function addQuiz(tx: Db, editor: Actor, course: CourseRow, quiz: NewQuiz, now: Date): Promise<string> {
  const errors: FieldProblems = {};
  const checked = quiz.questions.map((q, i) => {
    if (!q.options.some((o) => o.correct))
      errors[`quiz.questions.${i}.options`] = 'learning.course.error.noRightOption';
    const share = fractions(q.options);
    const { question, errors: problems } = cleanQuestion({
      type: q.options.filter((o) => o.correct).length > 1 ? 'multiple' : 'single',
      category: `Courses/${course.slug}`,
      text: q.text,
      options: q.options.map((o, j) => ({ text: o.text, fraction: share[j] })),
    });
    for (const [field, p] of Object.entries(problems)) errors[`quiz.questions.${i}.${field}`] ??= p;
    return question;
  });
  if (Object.keys(errors).length) throw invalidFields(errors);
  const ids: string[] = [];
  for (const q of checked) ids.push((await writeQuestion(tx, editor, null, q, now)).id);
  const saved = await saveQuiz(
    tx,
    editor,
    null,
    { courseId: course.id, title: course.title, passMark: quiz.passMark, questions: ids },
    now,
  );
  return saved.id;
}
