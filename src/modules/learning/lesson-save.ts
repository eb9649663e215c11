import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { invalidFields } from '../../lib/field-errors.js';
import { isUuid } from '../../lib/ids.js';
import { nextTranslationState } from '../../lib/translation.js';
import { recordAudit } from '../audit/index.js';
import { files } from '../files/schema.js';
import { libraryItems } from '../library/schema.js';
import { assertCourseEditor } from './course-access.js';
import type { LessonInput } from './course-input.js';
import { lockedModule, swapWithNeighbour } from './course-modules.js';
import { lockCourse, recordVersion } from './course-snapshot.js';
import { courseModules, lessonFiles, lessonLibraryItems, lessons } from './schema.js';

/** The library items named by slug or id, in the order given; unknown ones are refused by name. */
async function resolveLibraryItems(tx: Db, refs: string[]): Promise<string[]> {
  const wanted = [...new Set(refs)];
  if (!wanted.length) return [];
  const ids = wanted.filter(isUuid);
  const rows = await tx
    .select({ id: libraryItems.id, slug: libraryItems.slug })
    .from(libraryItems)
    .where(or(ids.length ? inArray(libraryItems.id, ids) : undefined, inArray(libraryItems.slug, wanted)));
  const find = (r: string) => rows.find((x) => x.id === r || x.slug === r);
  const unknown = wanted.filter((r) => !find(r));
  if (unknown.length)
    throw invalidFields({
      libraryItems: { key: 'learning.lesson.error.unknownLibraryItem', params: { list: unknown.join(', ') } },
    });
  return [...new Set(wanted.map((r) => find(r)!.id))];
}

async function replaceLibraryItems(tx: Db, lessonId: string, itemIds: string[]) {
  await tx.delete(lessonLibraryItems).where(eq(lessonLibraryItems.lessonId, lessonId));
  if (itemIds.length)
    await tx
      .insert(lessonLibraryItems)
      .values(itemIds.map((itemId, position) => ({ lessonId, itemId, position })));
}

const nextPosition = async (tx: Db, moduleId: string) => {
  const [last] = await tx
    .select({ n: sql<number>`coalesce(max(${lessons.position}), -1)::int` })
    .from(lessons)
    .where(eq(lessons.moduleId, moduleId));
  return Number(last?.n ?? -1) + 1;
};

/** Adds a lesson at the end of a module. */
export async function addLesson(
  db: Db,
  actor: Actor | null,
  moduleId: string,
  input: LessonInput,
  now: Date,
): Promise<{ id: string; courseId: string }> {
  const editor = assertCourseEditor(actor);
  return db.transaction(async (tx) => {
    const m = await lockedModule(tx, moduleId);
    const itemIds = await resolveLibraryItems(tx, input.libraryItems);
    const state = nextTranslationState(null, [input.title, input.body], now, input.inStep);
    const [row] = await tx
      .insert(lessons)
      .values({
        courseId: m.courseId,
        moduleId,
        position: await nextPosition(tx, moduleId),
        title: input.title,
        body: input.body,
        videoUrl: input.videoUrl,
        estimatedMinutes: input.estimatedMinutes ?? null,
        ...state,
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: lessons.id });
    await replaceLibraryItems(tx, row!.id, itemIds);
    await recordVersion(tx, m.courseId, editor, now);
    await recordAudit(tx, editor, {
      action: 'create',
      entity: 'lesson',
      entityId: row!.id,
      after: { courseId: m.courseId, moduleId, title: input.title },
    });
    return { id: row!.id, courseId: m.courseId };
  });
}

/** The lesson and its course, the course locked for the rest of the transaction. */
export async function lockedLesson(tx: Db, lessonId: string) {
  const [l] = await tx.select().from(lessons).where(eq(lessons.id, lessonId));
  if (!l) throw new AppError('not_found', 'lesson');
  await lockCourse(tx, l.courseId);
  return l;
}

/** Saves a lesson (and moves it to another module of its course when asked). */
export async function updateLesson(
  db: Db,
  actor: Actor | null,
  lessonId: string,
  input: LessonInput,
  now: Date,
): Promise<{ courseId: string; version: number }> {
  const editor = assertCourseEditor(actor);
  return db.transaction(async (tx) => {
    const before = await lockedLesson(tx, lessonId);
    let moduleId = before.moduleId;
    let position = before.position;
    if (input.moduleId && input.moduleId !== before.moduleId) {
      const [target] = await tx
        .select({ id: courseModules.id })
        .from(courseModules)
        .where(and(eq(courseModules.id, input.moduleId), eq(courseModules.courseId, before.courseId)));
      if (!target) throw invalidFields({ moduleId: 'learning.lesson.error.unknownModule' });
      moduleId = target.id;
      position = await nextPosition(tx, moduleId);
    }
    const itemIds = await resolveLibraryItems(tx, input.libraryItems);
    const state = nextTranslationState(
      { fields: [before.title, before.body], enEditedAt: before.enEditedAt, zhEditedAt: before.zhEditedAt },
      [input.title, input.body],
      now,
      input.inStep,
    );
    await tx
      .update(lessons)
      .set({
        moduleId,
        position,
        title: input.title,
        body: input.body,
        videoUrl: input.videoUrl,
        estimatedMinutes: input.estimatedMinutes ?? null,
        ...state,
        updatedAt: now,
      })
      .where(eq(lessons.id, lessonId));
    await replaceLibraryItems(tx, lessonId, itemIds);
    const version = await recordVersion(tx, before.courseId, editor, now);
    return { courseId: before.courseId, version };
  });
}

export async function moveLesson(
  db: Db,
  actor: Actor | null,
  lessonId: string,
  direction: 'up' | 'down',
  now: Date,
): Promise<{ courseId: string }> {
  const editor = assertCourseEditor(actor);
  return db.transaction(async (tx) => {
    const l = await lockedLesson(tx, lessonId);
    const siblings = await tx
      .select({ id: lessons.id })
      .from(lessons)
      .where(eq(lessons.moduleId, l.moduleId))
      .orderBy(asc(lessons.position), asc(lessons.id));
    await swapWithNeighbour(siblings, lessonId, direction, (id, position) =>
      tx.update(lessons).set({ position }).where(eq(lessons.id, id)),
    );
    await recordVersion(tx, l.courseId, editor, now);
    return { courseId: l.courseId };
  });
}

/** Deletes a lesson; learners' progress on it goes with it (the versions keep its text). */
export async function deleteLesson(
  db: Db,
  actor: Actor | null,
  lessonId: string,
  now: Date,
): Promise<{ courseId: string }> {
  const editor = assertCourseEditor(actor);
  return db.transaction(async (tx) => {
    const l = await lockedLesson(tx, lessonId);
    const attached = await tx
      .select({ id: lessonFiles.fileId })
      .from(lessonFiles)
      .where(eq(lessonFiles.lessonId, lessonId));
    await tx.delete(lessons).where(eq(lessons.id, lessonId));
    // Its attachments belong to it alone.
    if (attached.length)
      await tx.delete(files).where(
        inArray(
          files.id,
          attached.map((f) => f.id),
        ),
      );
    await recordVersion(tx, l.courseId, editor, now);
    await recordAudit(tx, editor, {
      action: 'delete',
      entity: 'lesson',
      entityId: lessonId,
      before: { courseId: l.courseId, moduleId: l.moduleId, title: l.title, body: l.body },
    });
    return { courseId: l.courseId };
  });
}
