import { asc, eq } from 'drizzle-orm';
import type { Context, Hono } from 'hono';
import { AppError } from '../../lib/errors.js';
import { UUID_PARAM } from '../../lib/ids.js';
import type { AppEnv } from '../../web/context.js';
import { fieldErrorsOf, userMessageOf } from '../../web/field-errors.js';
import { type FieldErrors, type FormValues, parseForm, postedField } from '../../web/forms.js';
import { href } from '../../web/layout.js';
import { idParam } from '../../web/params.js';
import { render } from '../../web/render.js';
import { FileRejected } from '../files/index.js';
import { libraryItems } from '../library/schema.js';
import { assertCourseEditor } from './course-access.js';
import { lessonInput, moduleInput, moveInput } from './course-input.js';
import { managedCourse, showCourseEdit } from './course-manage-routes.js';
import { addModule, deleteModule, moveModule, renameModule } from './course-modules.js';
import { findCourse } from './course-queries.js';
import { attachLessonFile, removeLessonFile } from './lesson-files.js';
import { lessonDetail } from './lesson-queries.js';
import { addLesson, deleteLesson, moveLesson, updateLesson } from './lesson-save.js';
import { courseModules, lessonLibraryItems, lessons } from './schema.js';
import { coursePath } from './views/learn-parts.js';
import { LessonEditPage } from './views/lesson-form.js';

const editor = (c: Context<AppEnv>) => assertCourseEditor(c.get('user'));
const ID = `:id${UUID_PARAM}`;
const back = (c: Context<AppEnv>, courseId: string, done: string) =>
  c.redirect(`${href(c.get('lang'), coursePath.edit(courseId))}?done=${done}`, 303);

/**
 * A refused post from the course's edit page (a module renamed or moved, a lesson moved) shows
 * that page again with the reason; the module's or lesson's course is found from its id.
 */
async function refuseOnCourse(c: Context<AppEnv>, of: 'module' | 'lesson', errors: FieldErrors) {
  const db = c.get('app').database.db;
  const id = idParam(c.req.param('id'));
  const [row] =
    of === 'module'
      ? await db
          .select({ courseId: courseModules.courseId })
          .from(courseModules)
          .where(eq(courseModules.id, id))
      : await db.select({ courseId: lessons.courseId }).from(lessons).where(eq(lessons.id, id));
  const course = row && (await findCourse(db, editor(c), { id: row.courseId }));
  if (!course) throw new AppError('not_found');
  return showCourseEdit(c, course, { message: Object.values(errors)[0], status: 422 });
}

async function showLesson(
  c: Context<AppEnv>,
  lessonId: string,
  o: { values?: FormValues; errors?: FieldErrors; uploadError?: string; status?: 200 | 422 } = {},
) {
  const db = c.get('app').database.db;
  const user = editor(c);
  const detail = await lessonDetail(db, user, lessonId);
  if (!detail) throw new AppError('not_found');
  const course = (await findCourse(db, user, { id: detail.course.id }))!;
  const [modules, linked] = await Promise.all([
    db
      .select({ id: courseModules.id, title: courseModules.title })
      .from(courseModules)
      .where(eq(courseModules.courseId, course.id))
      .orderBy(asc(courseModules.position)),
    db
      .select({ slug: libraryItems.slug })
      .from(lessonLibraryItems)
      .innerJoin(libraryItems, eq(libraryItems.id, lessonLibraryItems.itemId))
      .where(eq(lessonLibraryItems.lessonId, lessonId))
      .orderBy(asc(lessonLibraryItems.position)),
  ]);
  const t = c.get('t');
  const lang = c.get('lang');
  const { lesson } = detail;
  const done = c.req.query('done');
  return render(
    c,
    { title: t('learning.lesson.editTitle'), section: 'learning', status: o.status ?? 200 },
    <LessonEditPage
      t={t}
      lang={lang}
      csrfToken={c.get('csrfToken') ?? ''}
      course={{ id: course.id, title: course.title }}
      lesson={{ id: lesson.id, title: lesson.title, translationStatus: lesson.translationStatus }}
      modules={modules.map((m, i) => ({
        id: m.id,
        label: m.title[lang] || m.title.en || m.title.zh || t('learning.module.untitled', { n: i + 1 }),
      }))}
      values={
        o.values ?? {
          title: lesson.title,
          body: lesson.body,
          videoUrl: lesson.videoUrl,
          estimatedMinutes: lesson.estimatedMinutes ?? '',
          libraryItems: linked.map((l) => l.slug).join('\n'),
          moduleId: lesson.moduleId,
        }
      }
      errors={o.errors}
      files={detail.files}
      notice={
        done === 'saved'
          ? t('learning.notice.saved')
          : done === 'file'
            ? t('learning.notice.file')
            : undefined
      }
      uploadError={o.uploadError}
    />,
  );
}

export function registerCourseStructurePages(pages: Hono<AppEnv>) {
  pages.post(`/learn/manage/courses/${ID}/modules`, async (c) => {
    const user = editor(c);
    const course = await managedCourse(c);
    const form = await parseForm(c, moduleInput);
    if (!form.ok) return showCourseEdit(c, course, { message: Object.values(form.errors)[0], status: 422 });
    await addModule(c.get('app').database.db, user, course.id, form.data, c.get('app').now());
    return back(c, course.id, 'module');
  });

  pages.post(`/learn/manage/modules/${ID}`, async (c) => {
    const user = editor(c);
    const form = await parseForm(c, moduleInput);
    if (!form.ok) return refuseOnCourse(c, 'module', form.errors);
    const r = await renameModule(
      c.get('app').database.db,
      user,
      idParam(c.req.param('id')),
      form.data,
      c.get('app').now(),
    );
    return back(c, r.courseId, 'module');
  });

  pages.post(`/learn/manage/modules/${ID}/move`, async (c) => {
    const user = editor(c);
    const form = await parseForm(c, moveInput);
    if (!form.ok) return refuseOnCourse(c, 'module', form.errors);
    const r = await moveModule(
      c.get('app').database.db,
      user,
      idParam(c.req.param('id')),
      form.data.direction,
      c.get('app').now(),
    );
    return back(c, r.courseId, 'module');
  });

  pages.post(`/learn/manage/modules/${ID}/delete`, async (c) => {
    const user = editor(c);
    const r = await deleteModule(
      c.get('app').database.db,
      user,
      idParam(c.req.param('id')),
      c.get('app').now(),
    );
    return back(c, r.courseId, 'module');
  });

  pages.post(`/learn/manage/courses/${ID}/lessons`, async (c) => {
    const user = editor(c);
    const app = c.get('app');
    const course = await managedCourse(c);
    const moduleId = await postedField(c, 'moduleId');
    const form = await parseForm(c, lessonInput);
    if (!form.ok) return showCourseEdit(c, course, { message: Object.values(form.errors)[0], status: 422 });
    const [mod] = await app.database.db
      .select({ courseId: courseModules.courseId })
      .from(courseModules)
      .where(eq(courseModules.id, idParam(moduleId)));
    if (mod?.courseId !== course.id) throw new AppError('not_found');
    const made = await addLesson(app.database.db, user, moduleId, form.data, app.now());
    return c.redirect(`${href(c.get('lang'), coursePath.lessonEdit(made.id))}?done=saved`, 303);
  });

  pages.get(`/learn/manage/lessons/${ID}`, (c) => showLesson(c, idParam(c.req.param('id'))));

  pages.post(`/learn/manage/lessons/${ID}`, async (c) => {
    const user = editor(c);
    const app = c.get('app');
    const id = idParam(c.req.param('id'));
    const form = await parseForm(c, lessonInput);
    if (!form.ok) return showLesson(c, id, { values: form.values, errors: form.errors, status: 422 });
    try {
      await updateLesson(app.database.db, user, id, form.data, app.now());
    } catch (err) {
      const errors = fieldErrorsOf(err, c.get('t'));
      if (!errors) throw err;
      return showLesson(c, id, { values: form.values, errors, status: 422 });
    }
    return c.redirect(`${href(c.get('lang'), coursePath.lessonEdit(id))}?done=saved`, 303);
  });

  pages.post(`/learn/manage/lessons/${ID}/move`, async (c) => {
    const user = editor(c);
    const form = await parseForm(c, moveInput);
    if (!form.ok) return refuseOnCourse(c, 'lesson', form.errors);
    const r = await moveLesson(
      c.get('app').database.db,
      user,
      idParam(c.req.param('id')),
      form.data.direction,
      c.get('app').now(),
    );
    return back(c, r.courseId, 'module');
  });

  pages.post(`/learn/manage/lessons/${ID}/delete`, async (c) => {
    const user = editor(c);
    const r = await deleteLesson(
      c.get('app').database.db,
      user,
      idParam(c.req.param('id')),
      c.get('app').now(),
    );
    return back(c, r.courseId, 'lesson');
  });

  pages.post(`/learn/manage/lessons/${ID}/attachments`, async (c) => {
    const user = editor(c);
    const app = c.get('app');
    const id = idParam(c.req.param('id'));
    const file = (await c.req.parseBody()).file;
    const t = c.get('t');
    if (!(file instanceof File) || file.size === 0)
      return showLesson(c, id, {
        uploadError: t(file instanceof File ? 'files.problem.empty' : 'files.problem.missing'),
        status: 422,
      });
    try {
      await attachLessonFile(
        app.database.db,
        user,
        id,
        { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) },
        app.now(),
      );
    } catch (err) {
      if (!(err instanceof FileRejected)) throw err;
      return showLesson(c, id, { uploadError: userMessageOf(err, t) ?? t('form.invalid'), status: 422 });
    }
    return c.redirect(`${href(c.get('lang'), coursePath.lessonEdit(id))}?done=file`, 303);
  });

  pages.post(`/learn/manage/lessons/${ID}/attachments/:fileId${UUID_PARAM}/delete`, async (c) => {
    const user = editor(c);
    const id = idParam(c.req.param('id'));
    await removeLessonFile(
      c.get('app').database.db,
      user,
      id,
      idParam(c.req.param('fileId')),
      c.get('app').now(),
    );
    return c.redirect(`${href(c.get('lang'), coursePath.lessonEdit(id))}?done=saved`, 303);
  });
}
