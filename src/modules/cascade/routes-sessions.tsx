import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { text } from '../../lib/bilingual.js';
import { AppError } from '../../lib/errors.js';
import { UUID_PARAM } from '../../lib/ids.js';
import type { AppEnv } from '../../web/context.js';
import { fieldErrorsOf } from '../../web/field-errors.js';
import { checkbox, optionalInt, optionalLine, optionalProse } from '../../web/fields.js';
import { type FieldErrors, parseForm } from '../../web/forms.js';
import { requireStaff, requireUser } from '../../web/guards.js';
import { href } from '../../web/layout.js';
import { render } from '../../web/render.js';
import { servicesFor } from '../../web/services.js';
import { getEventRow } from '../events/index.js';
import { registerSessionFormPages } from './routes-sessions-form.js';
import { VERIFICATION_STATES } from './schema.js';
import { setSessionCertifies } from './sessions-certify.js';
import { setClaimedHeadcount } from './sessions-headcount.js';
import { MAX_PLANNED_SIZE } from './sessions-input.js';
import { verificationQueue } from './sessions-queue.js';
import { answerQuery, DECISIONS, decideSession } from './sessions-verify.js';
import { ActionFormPage, type SessionAction } from './views/sessions-forms.js';
import { QueuePage } from './views/sessions-queue.js';

const HeadcountForm = z.object({
  count: optionalInt(0, MAX_PLANNED_SIZE).pipe(z.number({ message: 'form.required' })),
  note: optionalLine(1000),
});
const DecisionForm = z.object({ decision: z.enum(DECISIONS), note: optionalProse(2000) });
const AnswerForm = z.object({ note: optionalProse(2000) });
const CertifiesForm = z.object({ certifies: checkbox() });

/**
 * A form posted from a local session's page: parsed, handed to its use case, and the reader sent back
 * to the page. A refusal of its fields shows the form again on a page of its own, with what was
 * typed and what was wrong; any other refusal is the error page, in the reader's language.
 */
async function act<S extends z.ZodType>(
  c: Context<AppEnv>,
  what: SessionAction | null,
  schema: S,
  run: (data: z.output<S>, id: string) => Promise<unknown>,
) {
  requireUser(c);
  const id = c.req.param('id') ?? '';
  const lang = c.get('lang');
  const form = await parseForm(c, schema);
  let errors: FieldErrors | null = form.ok ? null : form.errors;
  if (form.ok) {
    try {
      await run(form.data, id);
    } catch (err) {
      errors = fieldErrorsOf(err, c.get('t'));
      if (!errors) throw err;
    }
  }
  if (!errors) return c.redirect(`${href(lang, `/events/${id}`)}?saved=1`, 303);
  if (!what) throw new AppError('validation', 'refused', { fields: errors });
  const event = await getEventRow(c.get('app').database.db, id);
  if (!event) throw new AppError('not_found');
  const t = c.get('t');
  return render(
    c,
    { title: text(event.title, lang), section: 'events', status: 422 },
    <ActionFormPage
      t={t}
      lang={lang}
      eventId={id}
      csrfToken={c.get('csrfToken')}
      what={what}
      session={text(event.title, lang)}
      values={form.values}
      errors={errors}
    />,
  );
}

export function registerSessionsPages(pages: Hono<AppEnv>) {
  registerSessionFormPages(pages);
  const db = (c: Context<AppEnv>) => c.get('app').database.db;

  pages.post(`/events/:id${UUID_PARAM}/session/headcount`, (c) =>
    act(c, 'headcount', HeadcountForm, (d, id) =>
      setClaimedHeadcount(db(c), c.get('user')!, id, d, c.get('app').now()),
    ),
  );
  pages.post(`/events/:id${UUID_PARAM}/session/verification`, (c) =>
    act(c, 'verification', DecisionForm, (d, id) =>
      decideSession(db(c), servicesFor(c), c.get('user')!, id, d),
    ),
  );
  pages.post(`/events/:id${UUID_PARAM}/session/answer`, (c) =>
    act(c, 'answer', AnswerForm, (d, id) => answerQuery(db(c), servicesFor(c), c.get('user')!, id, d)),
  );
  pages.post(`/events/:id${UUID_PARAM}/session/certifies`, (c) =>
    act(c, null, CertifiesForm, (d, id) => setSessionCertifies(db(c), c.get('user')!, id, d.certifies)),
  );

  pages.get('/sessions/verification', async (c) => {
    const user = requireStaff(c);
    const parsed = z.enum(VERIFICATION_STATES).safeParse(c.req.query('state'));
    const state = parsed.success ? parsed.data : undefined;
    const rows = await verificationQueue(db(c), user, state);
    const t = c.get('t');
    return render(
      c,
      { title: t('sessions.queue.title'), section: 'events' },
      <QueuePage t={t} lang={c.get('lang')} rows={rows} state={state} />,
    );
  });
}
