import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { CookieClient } from '../../../tests/helpers/client.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { type SmtpListener, startSmtpListener } from '../../../tests/helpers/smtp.js';
import { auditLog } from '../audit/schema.js';
import { hashPassword } from './password.js';
import { users } from './schema.js';

const OLD = 'the old password 1';
const NEW = 'a brand new password 2';

/** A new password shuts out whoever held the old one: other browsers and API tokens alike. */
describe.each(DATABASE_KINDS)('a new password ends sessions and revokes tokens (%s)', (kind) => {
  let smtp: SmtpListener;
  let t: TestApp;
  let n = 0;

  beforeAll(async () => {
    smtp = await startSmtpListener();
    t = await testApp(kind, { SMTP_URL: smtp.url });
  });
  afterAll(async () => {
    await t.close();
    await smtp.close();
  });

  /** An account signed in on two browsers through the form, with an API token made on the page. */
  async function account() {
    const email = `creds${++n}-${kind}@example.org`;
    const [u] = await t.database.db
      .insert(users)
      .values({ email, name: 'Chen Jie', preferredLang: 'en', passwordHash: await hashPassword(OLD) })
      .returning();
    const signedIn = async () => {
      const b = new CookieClient(t);
      const res = await b.post('/en/sign-in', { email, password: OLD });
      expect(res.status).toBe(303);
      return b;
    };
    const mine = await signedIn();
    const other = await signedIn();
    const made = await (await other.post('/en/account/tokens', { name: 'export' })).text();
    const token = made.match(/value="(ipc_[A-Za-z0-9_-]+)"/)?.[1];
    expect(token).toBeTruthy();
    expect((await api(token!)).status).toBe(200);
    return { user: u!, email, mine, other, token: token! };
  }
  const api = (token: string) =>
    t.app.request('/api/v1/me', { headers: { authorization: `Bearer ${token}` } });
  const signedOut = async (b: CookieClient) => {
    const res = await b.get('/en/account');
    return res.status === 303 && (res.headers.get('location') ?? '').startsWith('/en/sign-in');
  };
  const audit = async (userId: string, action: string) =>
    (
      await t.database.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.entityId, userId), eq(auditLog.action, action)))
    ).map((a) => a.after);

  it('a reset through the e-mailed link signs out every browser and revokes every token', async () => {
    const { user, email, mine, other, token } = await account();
    expect((await new CookieClient(t).post('/en/password/forgot', { email })).status).toBe(200);
    await t.runJobs();
    const mail = await smtp.waitFor((m) => m.to.includes(email));
    const link = mail.text.match(/https?:\/\/\S+\/password\/reset\/[A-Za-z0-9_-]+/)?.[0];
    expect(link).toBeTruthy();
    const form = await (await new CookieClient(t).get(new URL(link!).pathname)).text();
    expect(form).toContain('every API token revoked');

    const resetter = new CookieClient(t);
    const done = await resetter.post(new URL(link!).pathname, { password: NEW, confirm: NEW });
    expect(done.status).toBe(303);
    const answer = await api(token);
    expect(answer.status).toBe(401);
    expect((await answer.json()).error.code).toBe('unauthenticated');
    expect(await signedOut(mine)).toBe(true);
    expect(await signedOut(other)).toBe(true);
    // The browser that reset the password is the one signed in now.
    expect((await resetter.get('/en/account')).status).toBe(200);
    expect(await audit(user.id, 'password_reset')).toEqual([{ sessionsEnded: 2, tokensRevoked: 1 }]);
  });

  it('the change form offers the box ticked, in both languages', async () => {
    const { mine } = await account();
    const en = await (await mine.get('/en/account')).text();
    expect(en).toMatch(
      /<input type="checkbox" id="f-signOutOthers" name="signOutOthers" value="on" checked=""/,
    );
    expect(en).toContain('Sign out other sessions and revoke API tokens');
    expect(await (await mine.get('/zh/account')).text()).toContain('退出其他设备上的登录并撤销接口令牌');
  });

  it('a change with the box ticked keeps this browser, signs out the others and revokes the tokens', async () => {
    const { user, mine, other, token } = await account();
    const res = await mine.post('/en/account/password', {
      current: OLD,
      password: NEW,
      confirm: NEW,
      signOutOthers: 'on',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/en/account?done=password');
    const page = await mine.get('/en/account?done=password');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('your API tokens revoked');
    expect(await signedOut(other)).toBe(true);
    expect((await api(token)).status).toBe(401);
    expect(await audit(user.id, 'password_change')).toEqual([
      { signOutOthers: true, sessionsEnded: 1, tokensRevoked: 1 },
    ]);
  });

  it('a change with the box unticked keeps the other sessions and the tokens, and says so', async () => {
    const { user, mine, other, token } = await account();
    const res = await mine.post('/zh/account/password', { current: OLD, password: NEW, confirm: NEW });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/zh/account?done=passwordKept');
    expect(await (await mine.get('/zh/account?done=passwordKept')).text()).toContain(
      '您在其他设备上的登录和接口令牌仍然有效',
    );
    expect(await signedOut(other)).toBe(false);
    expect((await api(token)).status).toBe(200);
    expect(await audit(user.id, 'password_change')).toEqual([
      { signOutOthers: false, sessionsEnded: 0, tokensRevoked: 0 },
    ]);
  });

  it('a wrong current password changes nothing and keeps the box as it was', async () => {
    const { mine, other, token } = await account();
    const res = await mine.post('/en/account/password', {
      current: 'not it at all',
      password: NEW,
      confirm: NEW,
    });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain('The current password is not right.');
    expect(html).not.toMatch(/name="signOutOthers" value="on" checked/);
    expect(await signedOut(other)).toBe(false);
    expect((await api(token)).status).toBe(200);
  });
});
