import type { Context, Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../../../web/context.js';
import { requiredLine } from '../../../web/fields.js';
import { fieldValue } from '../../../web/forms.js';
import { requireUser } from '../../../web/guards.js';
import { newFormToken, once } from '../../../web/once.js';
import { render } from '../../../web/render.js';
import { parseAccountsForm, postedFormToken } from '../form.js';
import { createApiToken, listApiTokens, revokeApiToken } from '../tokens.js';
import { TokensPage } from '../views/tokens.js';

const TokenSchema = z.object({ name: requiredLine(100) });

type State = Partial<Pick<Parameters<typeof TokensPage>[0], 'created' | 'revoked' | 'name' | 'errors'>>;

async function page(c: Context<AppEnv>, state: State, status?: 201 | 422) {
  const t = c.get('t');
  const user = requireUser(c);
  const tokens = await listApiTokens(c.get('app').database.db, user.id);
  // The token is on this page once: keep it out of every cache.
  if (state.created) c.header('Cache-Control', 'no-store');
  return render(
    c,
    { title: t('accounts.tokens.title'), status },
    <TokensPage
      t={t}
      lang={c.get('lang')}
      csrfToken={c.get('csrfToken')}
      formToken={newFormToken()}
      tokens={tokens}
      {...state}
    />,
  );
}

export function registerTokenPages(pages: Hono<AppEnv>) {
  pages.get('/account/tokens', (c) => page(c, { revoked: c.req.query('done') === 'revoked' }));

  pages.post('/account/tokens', async (c) => {
    const user = requireUser(c);
    const form = await parseAccountsForm(c, TokenSchema);
    if (!form.ok)
      return page(c, { errors: form.errors, name: fieldValue(form.values, 'name').slice(0, 100) }, 422);
    const app = c.get('app');
    // A double click makes one token: the second post finds the first's and goes to the list.
    let made: Awaited<ReturnType<typeof createApiToken>> | undefined;
    await once(app.database.db, await postedFormToken(c), async (tx) => {
      made = await createApiToken(tx, user, form.data.name, app.now());
      return made.id;
    });
    if (!made) return c.redirect(`/${c.get('lang')}/account/tokens`, 303);
    return page(c, { created: { token: made.token, name: form.data.name } }, 201);
  });

  pages.post('/account/tokens/:id{[0-9a-f-]{36}}/revoke', async (c) => {
    const user = requireUser(c);
    const app = c.get('app');
    await revokeApiToken(app.database.db, user, c.req.param('id'), app.now());
    return c.redirect(`/${c.get('lang')}/account/tokens?done=revoked`, 303);
  });
}
