import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { emailKey } from '../registration/index.js';
import { registrations } from '../registration/schema.js';
import { type CourseInput, courseInput, lessonInput } from './course-input.js';
import { addModule } from './course-modules.js';
import { createCourse } from './course-save.js';
import { setCourseStatus } from './course-status.js';
import { addLesson } from './lesson-save.js';

/** A course's fields as the form would post them, with `over` on top. */
export const courseFields = (over: Record<string, unknown> = {}): CourseInput =>
  courseInput.parse({
    title: { en: 'Trade marks for SMEs', zh: '中小企业商标实务' },
    summary: {
      en: 'Registering and keeping a mark in China and abroad.',
      zh: '在中国和境外注册并维持商标。',
    },
    audience: 'smes',
    topics: ['protect'],
    ipRights: ['trademark'],
    estimatedMinutes: '45',
    ...over,
  });

export const lessonFields = (n: number, over: Record<string, unknown> = {}) =>
  lessonInput.parse({
    title: { en: `Lesson ${n}`, zh: `第${n}课` },
    body: {
      en: `## Part ${n}\n\nFile early: China is first to file.`,
      zh: `## 第${n}部分\n\n尽早申请：中国实行申请在先。`,
    },
    ...over,
  });

/**
 * A course with one module of `lessons` lessons, published unless told otherwise; its id, slug,
 * module and lesson ids in order.
 */
export async function courseWithLessons(
  db: Db,
  manager: Actor,
  o: { lessons?: number; over?: Record<string, unknown>; publish?: boolean } = {},
) {
  const now = new Date();
  const course = await createCourse(db, manager, courseFields(o.over), now);
  const mod = await addModule(db, manager, course.id, { title: { en: 'Basics', zh: '基础' } }, now);
  const lessonIds: string[] = [];
  for (let i = 1; i <= (o.lessons ?? 3); i++)
    lessonIds.push((await addLesson(db, manager, mod.id, lessonFields(i), now)).id);
  if (o.publish !== false) await setCourseStatus(db, manager, course.id, 'published', now);
  return { id: course.id, slug: course.slug, moduleId: mod.id, lessonIds };
}

/** A confirmed registration of the event for the user. */
export async function confirmedRegistration(db: Db, eventId: string, user: Actor) {
  await db.insert(registrations).values({
    eventId,
    status: 'confirmed',
    name: user.name,
    email: user.email,
    emailKey: emailKey(user.email),
    source: 'public',
    userId: user.id,
  });
}
