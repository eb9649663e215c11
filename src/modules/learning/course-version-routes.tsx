import type { Hono } from 'hono';
import { z } from 'zod';
import { AppError } from '../../lib/errors.js';
import { UUID_PARAM } from '../../lib/ids.js';
import type { AppEnv } from '../../web/context.js';
import { getFormQuery } from '../../web/forms.js';
import { render } from '../../web/render.js';
import { courseDiff } from './course-diff.js';
import { managedCourse } from './course-manage-routes.js';
import { courseVersionList, versionsOf } from './course-queries.js';
import type { CourseSnapshot } from './course-snapshot.js';
import { CourseComparePage, CourseVersionsPage } from './views/course-versions.js';

const compareQuery = z.object({
  from: z.coerce.number().int().min(1).max(1_000_000),
  to: z.coerce.number().int().min(1).max(1_000_000),
});

export function registerCourseVersionPages(pages: Hono<AppEnv>) {
  pages.get(`/learn/manage/courses/:id${UUID_PARAM}/versions`, async (c) => {
    const course = await managedCourse(c);
    const t = c.get('t');
    return render(
      c,
      { title: t('learning.versions.title'), section: 'learning' },
      <CourseVersionsPage
        t={t}
        lang={c.get('lang')}
        course={course}
        versions={await courseVersionList(c.get('app').database.db, course.id)}
      />,
    );
  });

  pages.get(`/learn/manage/courses/:id${UUID_PARAM}/compare`, async (c) => {
    const course = await managedCourse(c);
    const q = getFormQuery(c, compareQuery);
    const rows = await versionsOf(c.get('app').database.db, course.id, [q.from, q.to]);
    const from = rows.find((r) => r.version === q.from);
    const to = rows.find((r) => r.version === q.to);
    if (!from || !to) throw new AppError('not_found');
    const t = c.get('t');
    return render(
      c,
      { title: t('learning.versions.compareTitle', { from: q.from, to: q.to }), section: 'learning' },
      <CourseComparePage
        t={t}
        lang={c.get('lang')}
        course={course}
        from={q.from}
        to={q.to}
        diff={courseDiff(from.content as unknown as CourseSnapshot, to.content as unknown as CourseSnapshot)}
      />,
    );
  });
}
