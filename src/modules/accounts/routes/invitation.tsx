import type { Context, Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../../web/context.js';
import { requiredLine } from '../../../web/fields.js';
import { fieldValue } from '../../../web/forms.js';
import { render } from '../../../web/render.js';
import { setLangCookie, startSession } from '../cookies.js';
import { formErrorsOf, parseAccountsForm, passwordPair } from '../form.js';
import { acceptInvitation } from '../invitations.js';
import { linkState } from '../links.js';
import { hashPassword } from '../password.js';
import { LinkProblem } from '../views/fields.js';
import { AcceptForm } from '../views/invitation.js';

const AcceptSchema = passwordPair({ name: requiredLine(200), preferredLang: z.enum(['en', 'zh']) });

function problem(c: Context<AppEnv>, status: 'expired' | 'used' | 'unknown' | 'taken') {
  const t = c.get('t');
  return render(
    c,
    { title: t('accounts.link.inviteTitle'), status: status === 'taken' ? 409 : 404 },
    <LinkProblem t={t} lang={c.get('lang')} kind="invite" status={status} />,
  );
}

export function registerInvitationPages(pages: Hono<AppEnv>) {
  pages.get('/invitations/:token', async (c) => {
    const t = c.get('t');
    const app = c.get('app');
    const token = c.req.param('token');
    const state = await linkState(app.database.db, 'invite', token, app.now());
    if (state.status !== 'valid') return problem(c, state.status);
    return render(
      c,
      { title: t('accounts.accept.title') },
      <AcceptForm
        t={t}
        lang={c.get('lang')}
        csrfToken={c.get('csrfToken')}
        token={token}
        email={state.link.email}
        role={state.link.role ?? 'official'}
        preferredLang={state.link.lang}
      />,
    );
  });

  pages.post('/invitations/:token', async (c) => {
    const t = c.get('t');
    const app = c.get('app');
    const token = c.req.param('token');
    const form = await parseAccountsForm(c, AcceptSchema);
    const again = async (errors: Record<string, string>) => {
      const state = await linkState(app.database.db, 'invite', token, app.now());
      if (state.status !== 'valid') return problem(c, state.status);
      return render(
        c,
        { title: t('accounts.accept.title'), status: 422 },
        <AcceptForm
          t={t}
          lang={c.get('lang')}
          csrfToken={c.get('csrfToken')}
          token={token}
          email={state.link.email}
          role={state.link.role ?? 'official'}
          name={fieldValue(form.values, 'name').slice(0, 200)}
          preferredLang={fieldValue(form.values, 'preferredLang') || state.link.lang}
          errors={errors}
        />,
      );
    };
    if (!form.ok) return again(form.errors);
    let result: Awaited<ReturnType<typeof acceptInvitation>>;
    try {
      result = await acceptInvitation(
        app.database.db,
        token,
        {
          name: form.data.name,
          passwordHash: await hashPassword(form.data.password),
          preferredLang: form.data.preferredLang,
        },
        app.now(),
      );
    } catch (err) {
      return again(formErrorsOf(err, t));
    }
    if (!result.ok) return problem(c, result.status);
    await startSession(c, result.user.id);
    setLangCookie(c, result.user.preferredLang);
    return c.redirect(`/${result.user.preferredLang}/account?done=welcome`, 303);
  });
}
