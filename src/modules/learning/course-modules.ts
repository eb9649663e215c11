import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { recordAudit } from '../audit/index.js';
import { assertCourseEditor } from './course-access.js';
import type { ModuleInput } from './course-input.js';
import { lockCourse, recordVersion } from './course-snapshot.js';
import { courseModules, lessons } from './schema.js';

/** The module and its course, the course locked for the rest of the transaction. */
export async function lockedModule(tx: Db, moduleId: string) {
  const [m] = await tx.select().from(courseModules).where(eq(courseModules.id, moduleId));
  if (!m) throw new AppError('not_found', 'module');
  await lockCourse(tx, m.courseId);
  return m;
}

export async function addModule(
  db: Db,
  actor: Actor | null,
  courseId: string,
  input: ModuleInput,
  now: Date,
): Promise<{ id: string }> {
  const editor = assertCourseEditor(actor);
  return db.transaction(async (tx) => {
    if (!(await lockCourse(tx, courseId))) throw new AppError('not_found', 'course');
    const [last] = await tx
      .select({ n: sql<number>`coalesce(max(${courseModules.position}), -1)::int` })
      .from(courseModules)
      .where(eq(courseModules.courseId, courseId));
    const [row] = await tx
      .insert(courseModules)
      .values({ courseId, position: Number(last?.n ?? -1) + 1, title: input.title })
      .returning({ id: courseModules.id });
    await recordVersion(tx, courseId, editor, now);
    await recordAudit(tx, editor, {
      action: 'create',
      entity: 'course_module',
      entityId: row!.id,
      after: { courseId, title: input.title },
    });
    return row!;
  });
}

export async function renameModule(
  db: Db,
  actor: Actor | null,
  moduleId: string,
  input: ModuleInput,
  now: Date,
): Promise<{ courseId: string }> {
  const editor = assertCourseEditor(actor);
  return db.transaction(async (tx) => {
    const m = await lockedModule(tx, moduleId);
    await tx.update(courseModules).set({ title: input.title }).where(eq(courseModules.id, moduleId));
    await recordVersion(tx, m.courseId, editor, now);
    return { courseId: m.courseId };
  });
}

/**
 * Swaps an item with its neighbour in a list ordered by position; first renumbers the list 0…n-1
 * so gaps or ties left by deletions never stop a move. Returns false at either end.
 */
export async function swapWithNeighbour<T extends { id: string }>(
  ids: T[],
  id: string,
  direction: 'up' | 'down',
  write: (id: string, position: number) => Promise<unknown>,
): Promise<boolean> {
  const at = ids.findIndex((x) => x.id === id);
  const to = direction === 'up' ? at - 1 : at + 1;
  if (at < 0 || to < 0 || to >= ids.length) return false;
  const order = ids.map((x) => x.id);
  [order[at], order[to]] = [order[to]!, order[at]!];
  for (const [position, one] of order.entries()) await write(one, position);
  return true;
}

export async function moveModule(
  db: Db,
  actor: Actor | null,
  moduleId: string,
  direction: 'up' | 'down',
  now: Date,
): Promise<{ courseId: string }> {
  const editor = assertCourseEditor(actor);
  return db.transaction(async (tx) => {
    const m = await lockedModule(tx, moduleId);
    const siblings = await tx
      .select({ id: courseModules.id })
      .from(courseModules)
      .where(eq(courseModules.courseId, m.courseId))
      .orderBy(asc(courseModules.position), asc(courseModules.id));
    await swapWithNeighbour(siblings, moduleId, direction, (id, position) =>
      tx.update(courseModules).set({ position }).where(eq(courseModules.id, id)),
    );
    await recordVersion(tx, m.courseId, editor, now);
    return { courseId: m.courseId };
  });
}

/** Removes an empty module; one that still holds lessons is refused, so no lesson goes by accident. */
export async function deleteModule(
  db: Db,
  actor: Actor | null,
  moduleId: string,
  now: Date,
): Promise<{ courseId: string }> {
  const editor = assertCourseEditor(actor);
  return db.transaction(async (tx) => {
    const m = await lockedModule(tx, moduleId);
    const [n] = await tx
      .select({ n: count() })
      .from(lessons)
      .where(and(eq(lessons.moduleId, moduleId)));
    if (Number(n?.n ?? 0))
      throw new AppError('conflict', 'module has lessons', undefined, {
        key: 'learning.module.error.notEmpty',
      });
    await tx.delete(courseModules).where(eq(courseModules.id, moduleId));
    await recordVersion(tx, m.courseId, editor, now);
    await recordAudit(tx, editor, {
      action: 'delete',
      entity: 'course_module',
      entityId: moduleId,
      before: { courseId: m.courseId, title: m.title },
    });
    return { courseId: m.courseId };
  });
}
