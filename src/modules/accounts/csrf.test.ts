import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';

const FORMS = [
  '/en/sign-in',
  '/en/sign-out',
  '/en/password/forgot',
  '/en/password/reset/some-token-value-0123456789',
  '/en/invitations/some-token-value-0123456789',
  '/en/account',
  '/en/account/password',
  '/en/account/tokens',
  '/en/account/tokens/00000000-0000-4000-8000-000000000000/revoke',
  '/en/admin/invitations',
  '/en/admin/invitations/00000000-0000-4000-8000-000000000000/revoke',
  '/en/admin/users/00000000-0000-4000-8000-000000000000',
];

describe.each(DATABASE_KINDS)('CSRF on every accounts form (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp(kind);
  });
  afterAll(() => t.close());

  it.each(FORMS)('refuses %s without the token, and with a wrong one', async (path) => {
    const admin = await t.signIn('admin');
    const post = (body: string) =>
      t.app.request(path, {
        method: 'POST',
        body,
        headers: { cookie: admin.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      });
    const missing = await post('email=a%40example.org&name=x');
    expect(missing.status).toBe(403);
    expect(await missing.text()).toContain('This form has expired');
    expect((await post(`_csrf=${'z'.repeat(admin.csrf.length)}&name=x`)).status).toBe(403);
    // A cross-site page cannot read the cookie, so a request without it is refused too.
    const noCookie = await t.app.request(path, {
      method: 'POST',
      body: `_csrf=${admin.csrf}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(noCookie.status).toBe(403);
  });
});
