import type { Context, Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../../web/context.js';
import { email } from '../../../web/fields.js';
import { fieldValue } from '../../../web/forms.js';
import { render } from '../../../web/render.js';
import { publicBase, setLangCookie, startSession } from '../cookies.js';
import { parseAccountsForm, passwordPair } from '../form.js';
import { linkState } from '../links.js';
import { passwordResetMail } from '../mails.js';
import { hashPassword } from '../password.js';
import { requestPasswordReset, resetPassword } from '../password-reset.js';
import { LinkProblem } from '../views/fields.js';
import { ForgotForm, ResetForm } from '../views/password.js';

const ForgotSchema = z.object({ email: email() });
const ResetSchema = passwordPair({});

function problem(c: Context<AppEnv>, status: 'expired' | 'used' | 'unknown') {
  const t = c.get('t');
  return render(
    c,
    { title: t('accounts.link.resetTitle'), status: 404 },
    <LinkProblem t={t} lang={c.get('lang')} kind="reset" status={status} />,
  );
}

export function registerPasswordPages(pages: Hono<AppEnv>) {
  pages.get('/password/forgot', (c) => {
    const t = c.get('t');
    return render(
      c,
      { title: t('accounts.forgot.title') },
      <ForgotForm t={t} lang={c.get('lang')} csrfToken={c.get('csrfToken')} />,
    );
  });

  pages.post('/password/forgot', async (c) => {
    const t = c.get('t');
    const lang = c.get('lang');
    const app = c.get('app');
    const form = await parseAccountsForm(c, ForgotSchema);
    if (!form.ok) {
      return render(
        c,
        { title: t('accounts.forgot.title'), status: 422 },
        <ForgotForm
          t={t}
          lang={lang}
          csrfToken={c.get('csrfToken')}
          email={fieldValue(form.values, 'email').slice(0, 254)}
          errors={form.errors}
        />,
      );
    }
    const made = await requestPasswordReset(app.database.db, form.data.email, app.now());
    if (made) {
      const { user, token } = made;
      const link = `${publicBase(c)}/${user.preferredLang}/password/reset/${token}`;
      // Queued, not sent here: the answer must not take longer when the account exists.
      await app.mailer.queue(
        app.database.db,
        passwordResetMail({ to: user.email, name: user.name, lang: user.preferredLang, link }),
      );
      app.wakeJobs();
    }
    return render(
      c,
      { title: t('accounts.forgot.title') },
      <ForgotForm t={t} lang={lang} csrfToken={c.get('csrfToken')} email={form.data.email} sent />,
    );
  });

  pages.get('/password/reset/:token', async (c) => {
    const t = c.get('t');
    const app = c.get('app');
    const token = c.req.param('token');
    const state = await linkState(app.database.db, 'reset', token, app.now());
    if (state.status !== 'valid') return problem(c, state.status);
    return render(
      c,
      { title: t('accounts.reset.title') },
      <ResetForm
        t={t}
        lang={c.get('lang')}
        csrfToken={c.get('csrfToken')}
        token={token}
        email={state.link.email}
      />,
    );
  });

  pages.post('/password/reset/:token', async (c) => {
    const t = c.get('t');
    const app = c.get('app');
    const token = c.req.param('token');
    const form = await parseAccountsForm(c, ResetSchema);
    if (!form.ok) {
      const state = await linkState(app.database.db, 'reset', token, app.now());
      if (state.status !== 'valid') return problem(c, state.status);
      return render(
        c,
        { title: t('accounts.reset.title'), status: 422 },
        <ResetForm
          t={t}
          lang={c.get('lang')}
          csrfToken={c.get('csrfToken')}
          token={token}
          email={state.link.email}
          errors={form.errors}
        />,
      );
    }
    const result = await resetPassword(
      app.database.db,
      token,
      await hashPassword(form.data.password),
      app.now(),
    );
    if (!result.ok) return problem(c, result.status);
    await startSession(c, result.user.id);
    setLangCookie(c, result.user.preferredLang);
    return c.redirect(`/${result.user.preferredLang}/account?done=password`, 303);
  });
}
