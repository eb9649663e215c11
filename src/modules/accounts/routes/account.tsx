import type { Context, Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { z } from 'zod';
import type { AppEnv } from '../../../web/context.js';
import { requiredLine } from '../../../web/fields.js';
import { fieldValue } from '../../../web/forms.js';
import { requireUser } from '../../../web/guards.js';
import { render } from '../../../web/render.js';
import { listCities } from '../../places/index.js';
import { setLangCookie } from '../cookies.js';
import { parseAccountsForm, passwordPair } from '../form.js';
import { MAX_PASSWORD } from '../password.js';
import { changePassword, updateProfile } from '../profile.js';
import { SESSION_COOKIE } from '../session.js';
import { ACCOUNT_NOTICES, AccountPage } from '../views/account.js';

const ProfileSchema = z.object({ name: requiredLine(200), preferredLang: z.enum(['en', 'zh']) });
const PasswordSchema = passwordPair({
  current: z.string().min(1).max(MAX_PASSWORD),
  // A checkbox: ticked by default on the form, absent from the post when unticked.
  signOutOthers: z
    .enum(['on'])
    .optional()
    .transform((v) => v === 'on'),
});

type PageState = Partial<
  Pick<Parameters<typeof AccountPage>[0], 'profile' | 'passwordErrors' | 'signOutOthers' | 'notice'>
>;

async function page(c: Context<AppEnv>, state: PageState, status?: 422) {
  const t = c.get('t');
  const lang = c.get('lang');
  const user = requireUser(c);
  const cityNames = new Map<string, string>();
  if (user.scopes.some((s) => s.cityId)) {
    for (const city of await listCities(c.get('app').database.db)) {
      cityNames.set(city.id, city.name[lang] || city.name.en || city.name.zh);
    }
  }
  return render(
    c,
    { title: t('accounts.profile.title'), status },
    <AccountPage
      t={t}
      lang={lang}
      csrfToken={c.get('csrfToken')}
      user={user}
      cityNames={cityNames}
      {...state}
    />,
  );
}

export function registerAccountPages(pages: Hono<AppEnv>) {
  pages.get('/account', (c) => page(c, { notice: ACCOUNT_NOTICES[c.req.query('done') ?? ''] }));

  pages.post('/account', async (c) => {
    const user = requireUser(c);
    const form = await parseAccountsForm(c, ProfileSchema);
    if (!form.ok) {
      const values = {
        name: fieldValue(form.values, 'name').slice(0, 200),
        preferredLang: fieldValue(form.values, 'preferredLang'),
      };
      return page(c, { profile: { values, errors: form.errors } }, 422);
    }
    await updateProfile(c.get('app').database.db, user, form.data);
    setLangCookie(c, form.data.preferredLang);
    return c.redirect(`/${form.data.preferredLang}/account?done=saved`, 303);
  });

  pages.post('/account/password', async (c) => {
    const t = c.get('t');
    const user = requireUser(c);
    const form = await parseAccountsForm(c, PasswordSchema);
    const app = c.get('app');
    if (!form.ok) {
      const signOutOthers = fieldValue(form.values, 'signOutOthers') === 'on';
      return page(c, { passwordErrors: form.errors, signOutOthers }, 422);
    }
    const { signOutOthers } = form.data;
    const changed = await changePassword(
      app.database.db,
      user,
      {
        current: form.data.current,
        next: form.data.password,
        keepSession: getCookie(c, SESSION_COOKIE),
        signOutOthers,
      },
      app.now(),
    );
    if (!changed) {
      const passwordErrors = { current: t('accounts.password.currentWrong') };
      return page(c, { passwordErrors, signOutOthers }, 422);
    }
    return c.redirect(`/${c.get('lang')}/account?done=${signOutOthers ? 'password' : 'passwordKept'}`, 303);
  });
}
