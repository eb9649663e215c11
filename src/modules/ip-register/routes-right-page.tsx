import type { Context, Hono } from 'hono';
import type { Actor } from '../../lib/actor.js';
import { cleanText } from '../../lib/clean-text.js';
import { todayIso } from '../../lib/dates.js';
import { AppError } from '../../lib/errors.js';
import { UUID_PATTERN } from '../../lib/ids.js';
import type { AppEnv } from '../../web/context.js';
import { userMessageOf } from '../../web/field-errors.js';
import { line } from '../../web/fields.js';
import type { FieldErrors } from '../../web/forms.js';
import { requireUser } from '../../web/guards.js';
import { href } from '../../web/layout.js';
import { render } from '../../web/render.js';
import { FileRejected, fileResponse } from '../files/index.js';
import { editsRegisterOf } from './access.js';
import { attachDocument, documentForDownload, listDocuments, removeDocument } from './documents.js';
import { setDeadlineMark } from './marks.js';
import { getRight, marksOf, type RightView, responsiblesByRight } from './queries.js';
import { urgencyBounds } from './urgency.js';
import { paths } from './views/parts.js';
import { RightPage } from './views/right-page.js';

const NOTICES = {
  created: 'ip.right.created',
  saved: 'common.saved',
  marked: 'ip.schedule.marked',
  uploaded: 'ip.documents.uploaded',
  removed: 'ip.documents.removed',
} as const;

async function visibleRight(c: Context<AppEnv>, user: Actor): Promise<RightView> {
  const right = await getRight(c.get('app').database.db, user, c.req.param('id') ?? '');
  if (!right) throw new AppError('not_found');
  return right;
}

async function showRight(
  c: Context<AppEnv>,
  user: Actor,
  right: RightView,
  o: { uploadErrors?: FieldErrors; uploadDescription?: string; status?: 422 } = {},
) {
  const t = c.get('t');
  const db = c.get('app').database.db;
  const [responsibles, marks, documents] = await Promise.all([
    responsiblesByRight(db, [right.id]),
    marksOf(db, right.id),
    listDocuments(db, right.id),
  ]);
  const done = c.req.query('done') as keyof typeof NOTICES | undefined;
  return render(
    c,
    {
      title: right.title[c.get('lang')] || right.title.en || right.title.zh,
      section: 'toolkit',
      status: o.status,
    },
    <RightPage
      t={t}
      lang={c.get('lang')}
      csrfToken={c.get('csrfToken')}
      right={right}
      responsibles={responsibles.get(right.id) ?? []}
      marks={marks}
      documents={documents}
      bounds={urgencyBounds(todayIso(c.get('app').now()))}
      canEdit={editsRegisterOf(user, right.organisationId)}
      notice={done && done in NOTICES ? t(NOTICES[done]) : undefined}
      uploadErrors={o.uploadErrors}
      uploadDescription={o.uploadDescription}
    />,
  );
}

export function registerRightPages(pages: Hono<AppEnv>) {
  pages.get(`/toolkit/register/rights/:id{${UUID_PATTERN}}`, async (c) => {
    const user = requireUser(c);
    return showRight(c, user, await visibleRight(c, user));
  });

  pages.post(`/toolkit/register/rights/:id{${UUID_PATTERN}}/marks`, async (c) => {
    const user = requireUser(c);
    const right = await visibleRight(c, user);
    if (!editsRegisterOf(user, right.organisationId)) throw new AppError('forbidden');
    const body = await c.req.parseBody();
    const key = typeof body.key === 'string' ? body.key.slice(0, 200) : '';
    const done = body.action !== 'undo';
    const app = c.get('app');
    await setDeadlineMark(app.database.db, user, right.id, key, done, todayIso(app.now()));
    return c.redirect(`${href(c.get('lang'), paths.right(right.id))}?done=marked`, 303);
  });

  pages.post(`/toolkit/register/rights/:id{${UUID_PATTERN}}/documents`, async (c) => {
    const user = requireUser(c);
    const right = await visibleRight(c, user);
    if (!editsRegisterOf(user, right.organisationId)) throw new AppError('forbidden');
    const t = c.get('t');
    const body = await c.req.parseBody();
    const file = body.file;
    const typed = typeof body.description === 'string' ? cleanText(body.description) : '';
    const errors: FieldErrors = {};
    if (!(file instanceof File) || file.size === 0) errors.document = t('files.problem.missing');
    const description = line(300).safeParse(typed);
    if (!description.success) errors.description = t('form.tooLong', { max: 300 });
    if (!(file instanceof File) || !description.success) {
      return showRight(c, user, right, { uploadErrors: errors, uploadDescription: typed, status: 422 });
    }
    try {
      await attachDocument(c.get('app').database.db, user, right.id, {
        name: file.name,
        bytes: new Uint8Array(await file.arrayBuffer()),
        description: description.data,
      });
    } catch (err) {
      if (!(err instanceof FileRejected)) throw err;
      const uploadErrors = { document: userMessageOf(err, t) ?? t('form.invalid') };
      return showRight(c, user, right, { uploadErrors, uploadDescription: typed, status: 422 });
    }
    return c.redirect(`${href(c.get('lang'), paths.right(right.id))}?done=uploaded#ip-documents`, 303);
  });

  pages.get(`/toolkit/register/rights/:id{${UUID_PATTERN}}/documents/:doc{${UUID_PATTERN}}`, async (c) => {
    const user = requireUser(c);
    const file = await documentForDownload(
      c.get('app').database.db,
      user,
      c.req.param('id'),
      c.req.param('doc'),
    );
    if (!file) throw new AppError('not_found');
    return fileResponse(c, file);
  });

  pages.post(
    `/toolkit/register/rights/:id{${UUID_PATTERN}}/documents/:doc{${UUID_PATTERN}}/delete`,
    async (c) => {
      const user = requireUser(c);
      const right = await visibleRight(c, user);
      if (!editsRegisterOf(user, right.organisationId)) throw new AppError('forbidden');
      await removeDocument(c.get('app').database.db, user, right.id, c.req.param('doc'));
      return c.redirect(`${href(c.get('lang'), paths.right(right.id))}?done=removed#ip-documents`, 303);
    },
  );
}
