import type { Context, Hono } from 'hono';
import type { Lang } from '../../../lib/bilingual.js';
import { UUID_PARAM } from '../../../lib/ids.js';
import type { AppEnv } from '../../../web/context.js';
import { postedField } from '../../../web/forms.js';
import { requireStaff } from '../../../web/guards.js';
import { href } from '../../../web/layout.js';
import { newFormToken, once } from '../../../web/once.js';
import { render } from '../../../web/render.js';
import { servicesFor } from '../../../web/services.js';
import type { RowError } from '../../directory/index.js';
import { managedEvent } from '../access.js';
import { emailKey } from '../identity.js';
import { inviteNominees, listInvitations, resendInvitation, revokeInvitation } from '../invitations.js';
import { readNominees } from '../nominee-csv.js';
import { InvitationsPage, type NomineePreview } from '../views/invitations.js';
import { refusalOf } from './support.js';

const EVENT = `/events/:id${UUID_PARAM}`;

async function context(c: Context<AppEnv>) {
  const user = requireStaff(c);
  const db = c.get('app').database.db;
  const event = await managedEvent(db, user, c.req.param('id') ?? '');
  return { user, db, event };
}

export function registerInvitationPages(pages: Hono<AppEnv>) {
  const page = async (
    c: Context<AppEnv>,
    opts: { errors?: RowError[]; preview?: NomineePreview; status?: 200 | 409 | 422 } = {},
  ) => {
    const { db, event } = await context(c);
    const t = c.get('t');
    const sent = Number(c.req.query('sent'));
    const already = Number(c.req.query('already'));
    const done = c.req.query('done');
    const notice =
      Number.isInteger(sent) && c.req.query('sent') !== undefined
        ? t('registration.invite.done', {
            sent: String(Math.max(0, sent)),
            already: String(Number.isInteger(already) ? Math.max(0, already) : 0),
          })
        : done === 'resent'
          ? t('registration.invite.resentDone')
          : done === 'revoked'
            ? t('registration.invite.revokedDone')
            : undefined;
    return render(
      c,
      { title: t('registration.invite.title'), section: 'events', status: opts.status },
      <InvitationsPage
        t={t}
        lang={c.get('lang')}
        csrfToken={c.get('csrfToken')}
        event={event}
        invitations={await listInvitations(db, event.id)}
        notice={notice}
        {...opts}
      />,
    );
  };

  pages.get(`${EVENT}/invitations`, (c) => page(c));

  pages.post(`${EVENT}/invitations/import`, async (c) => {
    const { user, db, event } = await context(c);
    const t = c.get('t');
    const body = await c.req.parseBody();
    const lang: Lang = body.lang === 'en' ? 'en' : 'zh';
    let csv: string;
    if (body.confirm === '1' && typeof body.csv === 'string') csv = body.csv;
    else {
      const file = body.file;
      if (!(file instanceof File) || file.size === 0)
        return page(c, {
          errors: [{ row: 1, column: '', message: t('directory.import.noFile') }],
          status: 422,
        });
      try {
        csv = new TextDecoder('utf-8', { fatal: true }).decode(await file.arrayBuffer());
      } catch {
        return page(c, {
          errors: [{ row: 1, column: '', message: t('directory.import.notUtf8') }],
          status: 422,
        });
      }
    }
    const { nominees, errors } = readNominees(csv, lang, t);
    if (errors.length) return page(c, { errors, status: 422 });
    if (body.confirm === '1') {
      const formToken = typeof body._form === 'string' ? body._form : undefined;
      const { result } = await once(db, formToken, async (tx) => {
        const out = await inviteNominees(tx, servicesFor(c), user, event.id, nominees);
        return `${out.sent}:${out.already}`;
      });
      const [sent, already] = result.split(':');
      return c.redirect(
        `${href(c.get('lang'), `/events/${event.id}/invitations`)}?sent=${sent}&already=${already}`,
        303,
      );
    }
    const existing = new Set((await listInvitations(db, event.id)).map((i) => i.invitation.emailKey));
    return page(c, {
      preview: {
        nominees: nominees.map((n) => ({ ...n, already: existing.has(emailKey(n.email)) })),
        csv,
        lang,
        formToken: newFormToken(),
      },
    });
  });

  for (const action of ['resend', 'revoke'] as const) {
    pages.post(`${EVENT}/invitations/${action}`, async (c) => {
      const { user, db, event } = await context(c);
      const id = await postedField(c, 'invitation');
      try {
        if (action === 'resend') await resendInvitation(db, servicesFor(c), user, event.id, id);
        else await revokeInvitation(db, user, event.id, id, c.get('app').now());
      } catch (err) {
        const refusal = refusalOf(err, c.get('t'));
        if (refusal?.status !== 409) throw err;
        return page(c, { errors: [{ row: 0, column: '', message: refusal.message }], status: 409 });
      }
      return c.redirect(
        `${href(c.get('lang'), `/events/${event.id}/invitations`)}?done=${action === 'resend' ? 'resent' : 'revoked'}`,
        303,
      );
    });
  }
}
