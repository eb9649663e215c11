import { and, asc, count, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import type { Bilingual } from '../../lib/bilingual.js';
import { visibleCourses } from './course-access.js';
import type { CourseRow } from './course-save.js';
import { type CourseStatus, courses, courseVersions, enrolments, lessons } from './schema.js';

export type { CourseRow } from './course-save.js';

/** A course by id or slug, if the viewer may see it (the rule is part of the query). */
export async function findCourse(
  db: Db,
  viewer: Actor | null,
  by: { id: string } | { slug: string },
): Promise<CourseRow | null> {
  const which = 'id' in by ? eq(courses.id, by.id) : eq(courses.slug, by.slug);
  const [row] = await db
    .select()
    .from(courses)
    .where(and(which, visibleCourses(viewer)));
  return row ?? null;
}

export interface CatalogueFilter {
  audience?: 'officials' | 'smes' | 'everyone' | undefined;
  topic?: string | undefined;
  /** Editors only: another status than published. */
  status?: CourseStatus | undefined;
}

export interface CatalogueRow {
  id: string;
  slug: string;
  title: Bilingual;
  summary: Bilingual;
  audience: 'officials' | 'smes' | 'everyone';
  topics: string[];
  ipRights: string[];
  estimatedMinutes: number | null;
  status: CourseStatus;
  translationStatus: 'complete' | 'needs_translation' | 'outdated';
  lessons: number;
}

/**
 * The listed course's id, named with its table. In the select list of a one-table query Drizzle
 * writes columns without their table, so a bare `${courses.id}` inside a subquery would be read as
 * the subquery's own `id` (and every count would be 0).
 */
const outerCourseId = sql`${courses}.${sql.identifier(courses.id.name)}`;
const lessonCount = sql<number>`(select count(*) from ${lessons} where ${lessons.courseId} = ${outerCourseId})::int`;

/**
 * Courses for the catalogue: published ones (editors may ask for another status), for an audience
 * (courses for everyone always count) and a topic.
 */
export async function listCourses(
  db: Db,
  viewer: Actor | null,
  f: CatalogueFilter = {},
): Promise<CatalogueRow[]> {
  const conditions: (SQL | undefined)[] = [
    visibleCourses(viewer),
    eq(courses.status, f.status ?? 'published'),
  ];
  if (f.audience && f.audience !== 'everyone')
    conditions.push(or(eq(courses.audience, f.audience), eq(courses.audience, 'everyone')));
  if (f.topic) conditions.push(sql`${courses.topics} @> array[${f.topic}]::text[]`);
  const rows = await db
    .select({
      id: courses.id,
      slug: courses.slug,
      title: courses.title,
      summary: courses.summary,
      audience: courses.audience,
      topics: courses.topics,
      ipRights: courses.ipRights,
      estimatedMinutes: courses.estimatedMinutes,
      status: courses.status,
      translationStatus: courses.translationStatus,
      lessons: lessonCount,
    })
    .from(courses)
    .where(and(...conditions))
    .orderBy(desc(courses.updatedAt), asc(courses.slug))
    .limit(200);
  return rows.map((r) => ({ ...r, lessons: Number(r.lessons) }));
}

export interface ManagedCourse extends CatalogueRow {
  version: number;
  learners: number;
}

/** Every course with its lessons and learners, for the managers' list. */
export async function managedCourses(db: Db): Promise<ManagedCourse[]> {
  const rows = await db
    .select({
      id: courses.id,
      slug: courses.slug,
      title: courses.title,
      summary: courses.summary,
      audience: courses.audience,
      topics: courses.topics,
      ipRights: courses.ipRights,
      estimatedMinutes: courses.estimatedMinutes,
      status: courses.status,
      translationStatus: courses.translationStatus,
      version: courses.version,
      lessons: lessonCount,
      learners: sql<number>`(select count(*) from ${enrolments} where ${enrolments.courseId} = ${outerCourseId})::int`,
    })
    .from(courses)
    .orderBy(asc(courses.status), desc(courses.updatedAt))
    .limit(500);
  return rows.map((r) => ({ ...r, lessons: Number(r.lessons), learners: Number(r.learners) }));
}

export interface VersionRow {
  version: number;
  editorName: string;
  editedAt: Date;
  content: Record<string, unknown>;
}

export async function courseVersionList(db: Db, courseId: string): Promise<Omit<VersionRow, 'content'>[]> {
  return db
    .select({
      version: courseVersions.version,
      editorName: courseVersions.editorName,
      editedAt: courseVersions.editedAt,
    })
    .from(courseVersions)
    .where(eq(courseVersions.courseId, courseId))
    .orderBy(desc(courseVersions.version));
}

export async function versionsOf(db: Db, courseId: string, versions: number[]): Promise<VersionRow[]> {
  if (!versions.length) return [];
  return db
    .select({
      version: courseVersions.version,
      editorName: courseVersions.editorName,
      editedAt: courseVersions.editedAt,
      content: courseVersions.content,
    })
    .from(courseVersions)
    .where(and(eq(courseVersions.courseId, courseId), inArray(courseVersions.version, versions)));
}

export async function countLessons(db: Db, courseId: string): Promise<number> {
  const [n] = await db.select({ n: count() }).from(lessons).where(eq(lessons.courseId, courseId));
  return Number(n?.n ?? 0);
}
