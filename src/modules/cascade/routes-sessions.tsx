import type { Context, Hono } from 'hono';
import { z } from 'zod';
import { AppError } from '../../lib/errors.js';
import { UUID_PARAM } from '../../lib/ids.js';
import type { AppEnv } from '../../web/context.js';
import { fieldErrorsOf } from '../../web/field-errors.js';
import { checkbox, optionalInt, optionalLine, optionalProse } from '../../web/fields.js';
import { parseForm } from '../../web/forms.js';
import { requireStaff, requireUser } from '../../web/guards.js';
import { href } from '../../web/layout.js';
import { render } from '../../web/render.js';
import { servicesFor } from '../../web/services.js';
import { registerSessionFormPages } from './routes-sessions-form.js';
import { VERIFICATION_STATES } from './schema.js';
import { setSessionCertifies } from './sessions-certify.js';
import { setClaimedHeadcount } from './sessions-headcount.js';
import { MAX_PLANNED_SIZE } from './sessions-input.js';
import { verificationQueue } from './sessions-queue.js';
import { answerQuery, DECISIONS, decideSession } from './sessions-verify.js';
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
 * to the page. A refusal of fields is shown there as one message (the forms are short); any other
 * refusal is the error page, in the reader's language.
 */
async function act<S extends z.ZodType>(
  c: Context<AppEnv>,
  schema: S,
  run: (data: z.output<S>, id: string) => Promise<unknown>,
) {
  requireUser(c);
  const id = c.req.param('id') ?? '';
  const back = href(c.get('lang'), `/events/${id}`);
  const form = await parseForm(c, schema);
  if (!form.ok) throw new AppError('validation', 'invalid form', { fields: form.errors });
  try {
    await run(form.data, id);
  } catch (err) {
    const fields = fieldErrorsOf(err, c.get('t'));
    if (fields) throw new AppError('validation', 'refused', { fields });
    throw err;
  }
  return c.redirect(`${back}?saved=1`, 303);
}

export function registerSessionsPages(pages: Hono<AppEnv>) {
  registerSessionFormPages(pages);
  const db = (c: Context<AppEnv>) => c.get('app').database.db;

  pages.post(`/events/:id${UUID_PARAM}/session/headcount`, (c) =>
    act(c, HeadcountForm, (d, id) => setClaimedHeadcount(db(c), c.get('user')!, id, d, c.get('app').now())),
  );
  pages.post(`/events/:id${UUID_PARAM}/session/verification`, (c) =>
    act(c, DecisionForm, (d, id) => decideSession(db(c), servicesFor(c), c.get('user')!, id, d)),
  );
  pages.post(`/events/:id${UUID_PARAM}/session/answer`, (c) =>
    act(c, AnswerForm, (d, id) => answerQuery(db(c), servicesFor(c), c.get('user')!, id, d)),
  );
  pages.post(`/events/:id${UUID_PARAM}/session/certifies`, (c) =>
    act(c, CertifiesForm, (d, id) => setSessionCertifies(db(c), c.get('user')!, id, d.certifies)),
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
