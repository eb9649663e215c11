import { eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { AppError } from '../../lib/errors.js';
import { type FieldProblems, invalidFields } from '../../lib/field-errors.js';
import { nextTranslationState } from '../../lib/translation.js';
import { recordAudit } from '../audit/index.js';
import { events } from '../events/schema.js';
import { assertCourseEditor } from './course-access.js';
import type { CourseInput } from './course-input.js';
import { courseBaseSlug, uniqueCourseSlug } from './course-slug.js';
import { courseSnapshot, lockCourse, recordVersion } from './course-snapshot.js';
import { hashEnrolmentKey } from './enrol-key.js';
import { type CourseStatus, courses } from './schema.js';

export type CourseRow = typeof courses.$inferSelect;

/** The enrolment and completion columns an input asks for, with what is wrong in it. */
async function ruleColumns(tx: Db, input: CourseInput, before: CourseRow | null) {
  const errors: FieldProblems = {};
  let enrolmentKeyHash: string | null = null;
  if (input.enrolment === 'key') {
    if (input.enrolmentKey) enrolmentKeyHash = await hashEnrolmentKey(input.enrolmentKey);
    else if (before?.enrolmentKeyHash) enrolmentKeyHash = before.enrolmentKeyHash;
    else errors.enrolmentKey = 'learning.course.error.keyRequired';
  }
  const enrolmentEventId = input.enrolment === 'event' ? (input.enrolmentEventId ?? null) : null;
  if (input.enrolment === 'event' && !enrolmentEventId)
    errors.enrolmentEventId = 'learning.course.error.eventRequired';
  const wanted = [enrolmentEventId, input.requireEventId].filter((x): x is string => !!x);
  const found = wanted.length
    ? new Set(
        (await tx.select({ id: events.id }).from(events).where(inArray(events.id, wanted))).map((e) => e.id),
      )
    : new Set<string>();
  if (enrolmentEventId && !found.has(enrolmentEventId))
    errors.enrolmentEventId = 'learning.course.error.unknownEvent';
  if (input.requireEventId && !found.has(input.requireEventId))
    errors.requireEventId = 'learning.course.error.unknownEvent';
  if (Object.keys(errors).length) throw invalidFields(errors);
  return {
    enrolment: input.enrolment,
    enrolmentKeyHash,
    enrolmentEventId,
    requireAllLessons: input.requireAllLessons,
    requireQuizzes: input.requireQuizzes,
    requireEventId: input.requireEventId ?? null,
  };
}

const fieldsOf = (input: CourseInput) => ({
  title: input.title,
  summary: input.summary,
  audience: input.audience,
  topics: input.topics,
  ipRights: input.ipRights,
  estimatedMinutes: input.estimatedMinutes ?? null,
});

/**
 * Creates a course (a draft unless told otherwise) and keeps it as version 1. `build` adds its
 * modules and lessons in the same transaction, before the first version is taken.
 */
export async function createCourse(
  db: Db,
  actor: Actor | null,
  input: CourseInput,
  now: Date,
  opts: { status?: CourseStatus; build?: (tx: Db, course: CourseRow, editor: Actor) => Promise<void> } = {},
): Promise<CourseRow> {
  const editor = assertCourseEditor(actor);
  return db.transaction(async (tx) => {
    const rules = await ruleColumns(tx, input, null);
    const state = nextTranslationState(null, [input.title, input.summary], now, input.inStep);
    const base = courseBaseSlug(input.title.en);
    let row: CourseRow | undefined;
    // Another editor may take the same slug between the check and the insert; then try the next one.
    for (let attempt = 0; !row; attempt++) {
      if (attempt === 5) throw new AppError('conflict', 'slug taken');
      [row] = await tx
        .insert(courses)
        .values({
          slug: await uniqueCourseSlug(tx, base),
          ...fieldsOf(input),
          ...rules,
          status: opts.status ?? 'draft',
          version: 0,
          ...state,
          createdBy: editor.id,
          createdAt: now,
          updatedAt: now,
        })
        .onConflictDoNothing({ target: courses.slug })
        .returning();
    }
    if (opts.build) await opts.build(tx, row, editor);
    const version = await recordVersion(tx, row.id, editor, now);
    await recordAudit(tx, editor, {
      action: 'create',
      entity: 'course',
      entityId: row.id,
      after: { id: row.id, slug: row.slug, ...(await courseSnapshot(tx, row.id)) },
    });
    return { ...row, version };
  });
}

/** Saves the course's own fields; a new version when anything changed. */
export async function updateCourse(
  db: Db,
  actor: Actor | null,
  id: string,
  input: CourseInput,
  now: Date,
): Promise<{ row: CourseRow; changed: boolean }> {
  const editor = assertCourseEditor(actor);
  return db.transaction(async (tx) => {
    const before = await lockCourse(tx, id);
    if (!before) throw new AppError('not_found', 'course');
    const beforeContent = await courseSnapshot(tx, id);
    const rules = await ruleColumns(tx, input, before);
    const state = nextTranslationState(
      {
        fields: [before.title, before.summary],
        enEditedAt: before.enEditedAt,
        zhEditedAt: before.zhEditedAt,
      },
      [input.title, input.summary],
      now,
      input.inStep,
    );
    const keyChanged = rules.enrolmentKeyHash !== before.enrolmentKeyHash;
    await tx
      .update(courses)
      .set({ ...fieldsOf(input), ...rules, ...state, updatedAt: now })
      .where(eq(courses.id, id));
    const version = await recordVersion(tx, id, editor, now);
    const changed = version !== before.version || keyChanged;
    if (changed || state.translationStatus !== before.translationStatus)
      await recordAudit(tx, editor, {
        action: 'update',
        entity: 'course',
        entityId: id,
        before: beforeContent,
        // A new key shows as changed, never as its hash.
        after: { ...(await courseSnapshot(tx, id)), ...(keyChanged ? { enrolmentKey: 'changed' } : {}) },
      });
    const [row] = await tx.select().from(courses).where(eq(courses.id, id));
    return { row: row!, changed };
  });
}
