import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import type { Actor } from '../../../lib/actor.js';
import { invalidFields } from '../../../lib/field-errors.js';
import { nextTranslationState } from '../../../lib/translation.js';
import { libraryItems } from '../../library/schema.js';
import { cleanQuestion } from '../bank-input.js';
import { writeQuestion } from '../bank-save.js';
import { courseInput } from '../course-input.js';
import { createCourse } from '../course-save.js';
import { courseBaseSlug } from '../course-slug.js';
import { saveQuiz } from '../quiz-save.js';
import { courseModules, courses, lessonLibraryItems, lessons, questions, quizzes } from '../schema.js';
import { STARTER_COURSES, STARTER_QUESTIONS } from './content.js';
import type { StarterCourse } from './types.js';

export const LEARNING_SEED_NAME = 'learning-starter-2026-12';

/**
 * The platform itself as the author of its starter content: versions and the audit log name it
 * "IP Cascade". Its id is the nil UUID, which no user has.
 */
export const STARTER_AUTHOR: Actor = {
  id: '00000000-0000-0000-0000-000000000000',
  email: '',
  name: 'IP Cascade',
  role: 'admin',
  preferredLang: 'en',
  organisationId: null,
  scopes: [],
};

/** The starter questions not in the bank yet (by ID number), checked and written as version 1. */
async function loadQuestions(db: Db, now: Date): Promise<void> {
  const have = new Set(
    (
      await db
        .select({ idNumber: questions.idNumber })
        .from(questions)
        .where(
          inArray(
            questions.idNumber,
            STARTER_QUESTIONS.map((q) => q.idNumber),
          ),
        )
    ).map((r) => r.idNumber),
  );
  for (const draft of STARTER_QUESTIONS) {
    if (have.has(draft.idNumber)) continue;
    const { question, errors } = cleanQuestion(draft);
    if (Object.keys(errors).length) throw invalidFields(errors);
    await writeQuestion(db, STARTER_AUTHOR, null, question, now);
  }
}

/** Ids of the library items a lesson builds on; items an editor has removed are left out. */
async function itemIds(db: Db, slugs: string[]): Promise<string[]> {
  if (!slugs.length) return [];
  const rows = await db
    .select({ id: libraryItems.id, slug: libraryItems.slug })
    .from(libraryItems)
    .where(inArray(libraryItems.slug, slugs));
  return slugs.flatMap((s) => rows.filter((r) => r.slug === s).map((r) => r.id));
}

async function loadCourse(db: Db, c: StarterCourse, now: Date): Promise<void> {
  const [taken] = await db
    .select({ id: courses.id })
    .from(courses)
    .where(eq(courses.slug, courseBaseSlug(c.title.en)));
  if (taken) return;
  const input = courseInput.parse({
    title: c.title,
    summary: c.summary,
    audience: c.audience,
    topics: c.topics,
    ipRights: c.ipRights,
    estimatedMinutes: c.estimatedMinutes,
    enrolment: 'open',
    requireAllLessons: true,
    requireQuizzes: true,
    inStep: true,
  });
  await createCourse(db, STARTER_AUTHOR, input, now, {
    status: 'published',
    build: async (tx, row, editor) => {
      let last = { id: '', lessons: 0 };
      for (const [m, mod] of c.modules.entries()) {
        const [made] = await tx
          .insert(courseModules)
          .values({ courseId: row.id, position: m, title: mod.title })
          .returning({ id: courseModules.id });
        for (const [position, l] of mod.lessons.entries()) {
          const [lesson] = await tx
            .insert(lessons)
            .values({
              courseId: row.id,
              moduleId: made!.id,
              position,
              title: l.title,
              body: l.body,
              estimatedMinutes: l.minutes,
              ...nextTranslationState(null, [l.title, l.body], now, true),
              createdAt: now,
              updatedAt: now,
            })
            .returning({ id: lessons.id });
          const items = await itemIds(tx, l.library);
          if (items.length)
            await tx
              .insert(lessonLibraryItems)
              .values(items.map((itemId, p) => ({ lessonId: lesson!.id, itemId, position: p })));
        }
        last = { id: made!.id, lessons: mod.lessons.length };
      }
      const quiz = await saveQuiz(
        tx,
        editor,
        null,
        { courseId: row.id, title: c.quiz.title, passMark: c.quiz.passMark, draws: c.quiz.draws },
        now,
      );
      // The quiz closes the last module, after its lessons.
      await tx
        .update(quizzes)
        .set({ moduleId: last.id, position: last.lessons })
        .where(eq(quizzes.id, quiz.id));
    },
  });
}

/**
 * The learning module's starter content: the question bank, then three published bilingual
 * courses whose lessons link the library's starter items and whose quizzes draw from the bank.
 * Loaded after the library's starter content; what is there already (a question by ID number, a
 * course by slug) is left as it is, so a second run adds nothing.
 */
export async function loadLearningStarter(db: Db, now: Date): Promise<void> {
  await loadQuestions(db, now);
  for (const c of STARTER_COURSES) await loadCourse(db, c, now);
}
