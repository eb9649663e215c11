import { createHmac } from 'node:crypto';
import type { Hono } from 'hono';
import { AppError } from '../../lib/errors.js';
import { UUID_PARAM } from '../../lib/ids.js';
import type { AppEnv } from '../../web/context.js';
import { requireUser } from '../../web/guards.js';
import { href } from '../../web/layout.js';
import { idParam } from '../../web/params.js';
import { render } from '../../web/render.js';
import { fileResponse, readFileForDownload } from '../files/index.js';
import { canEditCourses } from './course-access.js';
import { courseOutline, nextItem } from './course-outline.js';
import { lessonDetail, lessonFile } from './lesson-queries.js';
import { enrolmentFor, markLessonDone } from './progress.js';
import { coursePath } from './views/learn-parts.js';
import { LessonPage } from './views/lesson-page.js';

/**
 * The header that lets the learning service worker keep a lesson page for offline reading: an
 * opaque mark of the learner (an HMAC of their id), so the worker can tell one learner's pages
 * from the next one's on a shared phone without learning who they are.
 */
export const OFFLINE_HEADER = 'X-Offline-Lesson';
export const learnerMark = (secret: string, userId: string) =>
  createHmac('sha256', secret).update(`offline-lesson:${userId}`).digest('base64url').slice(0, 22);

export function registerLessonPages(pages: Hono<AppEnv>) {
  pages.get(`/learn/lessons/:id${UUID_PARAM}`, async (c) => {
    const user = requireUser(c);
    const app = c.get('app');
    const db = app.database.db;
    const detail = await lessonDetail(db, user, idParam(c.req.param('id')));
    if (!detail) throw new AppError('not_found');
    const enrolment = await enrolmentFor(db, user.id, detail.course.id);
    const lang = c.get('lang');
    // Not enrolled: the course page says how to enrol (editors may read any lesson).
    if (!enrolment && !canEditCourses(user))
      return c.redirect(href(lang, coursePath.page(detail.course.slug)), 303);
    const progress = enrolment ? await markLessonDone(db, user, detail.lesson.id, app.now()) : null;
    const next = nextItem(await courseOutline(db, detail.course.id), detail.lesson.id);
    if (enrolment) c.header(OFFLINE_HEADER, learnerMark(app.secret, user.id));
    const url = new URL(c.req.url);
    const { lesson } = detail;
    return render(
      c,
      {
        title: lesson.title[lang] || lesson.title.en || lesson.title.zh,
        section: 'learning',
        head: enrolment ? <script src="/static/learn.js" defer /> : undefined,
      },
      <LessonPage
        t={c.get('t')}
        lang={lang}
        path={url.pathname + url.search}
        detail={detail}
        next={next}
        progress={progress}
        preview={!enrolment}
      />,
    );
  });

  pages.get(`/learn/lessons/:id${UUID_PARAM}/attachments/:fileId${UUID_PARAM}`, async (c) => {
    const user = requireUser(c);
    const db = c.get('app').database.db;
    const detail = await lessonDetail(db, user, idParam(c.req.param('id')));
    if (!detail) throw new AppError('not_found');
    if (!canEditCourses(user) && !(await enrolmentFor(db, user.id, detail.course.id)))
      throw new AppError('not_found');
    const link = await lessonFile(db, detail.lesson.id, idParam(c.req.param('fileId')));
    const file = link ? await readFileForDownload(db, link.id) : null;
    if (!file) throw new AppError('not_found');
    return fileResponse(c, file, { inline: file.kind === 'png' || file.kind === 'jpeg' });
  });
}
