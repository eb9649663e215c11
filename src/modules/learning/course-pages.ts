import type { Hono } from 'hono';
import type { AppEnv } from '../../web/context.js';
import { type CourseCredentials, registerCompletionPages } from './completion-routes.js';
import { registerCourseManagePages } from './course-manage-routes.js';
import { registerCourseStructurePages } from './course-structure-routes.js';
import { registerCourseVersionPages } from './course-version-routes.js';
import { registerEventCoursePages } from './event-courses-routes.js';
import { registerLearnPages } from './learn-routes.js';
import { registerLessonPages } from './lesson-routes.js';

/** The courses' pages: the catalogue, courses, lessons and "my learning", and their editing under /learn/manage. */
export function registerCoursePages(pages: Hono<AppEnv>, credentials: CourseCredentials) {
  registerCourseManagePages(pages);
  registerCourseStructurePages(pages);
  registerCourseVersionPages(pages);
  registerLearnPages(pages);
  registerLessonPages(pages);
  registerCompletionPages(pages, credentials);
  registerEventCoursePages(pages);
}
