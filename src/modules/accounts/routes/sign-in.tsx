import type { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../../web/context.js';
import { email } from '../../../web/fields.js';
import { fieldValue } from '../../../web/forms.js';
import { render } from '../../../web/render.js';
import { authenticate } from '../authenticate.js';
import { clientIp } from '../client-ip.js';
import { setLangCookie, startSession, stopSession } from '../cookies.js';
import { parseAccountsForm } from '../form.js';
import { MAX_PASSWORD } from '../password.js';
import { safeNext } from '../safe-next.js';
import { SignInForm } from '../views/sign-in.js';

const SignInSchema = z.object({
  email: email(),
  password: z.string().min(1).max(MAX_PASSWORD),
  next: z.string().max(2000).optional(),
});

export function registerSignInPages(pages: Hono<AppEnv>) {
  pages.get('/sign-in', (c) => {
    const t = c.get('t');
    const lang = c.get('lang');
    const next = c.req.query('next')?.slice(0, 2000);
    if (c.get('user')) return c.redirect(safeNext(next, lang), 303);
    return render(
      c,
      { title: t('accounts.signIn.title') },
      <SignInForm t={t} lang={lang} csrfToken={c.get('csrfToken')} next={next} />,
    );
  });

  pages.post('/sign-in', async (c) => {
    const t = c.get('t');
    const lang = c.get('lang');
    const app = c.get('app');
    const form = await parseAccountsForm(c, SignInSchema);
    const next = fieldValue(form.values, 'next').slice(0, 2000);
    const again = (status: 422 | 429, message?: string, errors?: Record<string, string>) =>
      render(
        c,
        { title: t('accounts.signIn.title'), status },
        <SignInForm
          t={t}
          lang={lang}
          csrfToken={c.get('csrfToken')}
          email={fieldValue(form.values, 'email').slice(0, 254)}
          next={next}
          errors={errors}
          message={message}
        />,
      );
    if (!form.ok) return again(422, undefined, form.errors);
    const result = await authenticate(
      app.database.db,
      { email: form.data.email, password: form.data.password, ip: clientIp(c) },
      app.now(),
    );
    if (!result.ok) {
      return result.reason === 'limited'
        ? again(429, t('accounts.signIn.limited'))
        : again(422, t('accounts.signIn.failed'));
    }
    await startSession(c, result.user.id);
    // The sign-in page's language is the one the person is reading now; a language they chose for
    // the account (profile, invitation, ADMIN_LANG) wins over it, a default one does not.
    const landing = result.user.langChosen ? result.user.preferredLang : lang;
    setLangCookie(c, landing);
    return c.redirect(safeNext(form.data.next, landing), 303);
  });

  pages.post('/sign-out', async (c) => {
    await stopSession(c);
    return c.redirect(`/${c.get('lang')}`, 303);
  });
}
