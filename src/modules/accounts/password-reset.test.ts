import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { CookieClient } from '../../../tests/helpers/client.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { eventually } from '../../../tests/helpers/wait.js';
import { auditLog } from '../audit/schema.js';
import { outbox } from '../mail/schema.js';
import { openEvent, registrationWorld } from '../registration/test-support.js';
import { hashPassword, verifyPassword } from './password.js';
import { accountLinks, sessions, users } from './schema.js';
import { createSession } from './session.js';

const OLD = 'the old password 1';
const NEW = 'a brand new password 2';

describe.each(DATABASE_KINDS)('password reset by e-mail (%s)', (kind) => {
  let t: TestApp;
  let n = 0;
  const makeUser = async (lang: 'en' | 'zh') => {
    const [u] = await t.database.db
      .insert(users)
      .values({
        email: `reset${++n}@example.org`,
        name: '王芳',
        preferredLang: lang,
        passwordHash: await hashPassword(OLD),
      })
      .returning();
    return u!;
  };
  const mailTo = (email: string) =>
    eventually(async () => {
      const [m] = await t.database.db
        .select()
        .from(outbox)
        .where(eq(outbox.to, email))
        .orderBy(desc(outbox.createdAt));
      return m;
    });
  const linkIn = (text: string) => text.match(/https?:\/\/\S+\/password\/reset\/[A-Za-z0-9_-]+/)?.[0];

  beforeAll(async () => {
    t = await testApp(kind);
  });
  afterAll(() => t.close());

  it('answers the same whether or not the account exists', async () => {
    const u = await makeUser('en');
    const known = await new CookieClient(t).post('/en/password/forgot', { email: u.email });
    const unknown = await new CookieClient(t).post('/en/password/forgot', {
      email: 'nobody-here@example.org',
    });
    expect(known.status).toBe(200);
    expect(unknown.status).toBe(200);
    const strip = async (r: Response) =>
      (await r.text()).replaceAll(u.email, 'X').replaceAll('nobody-here@example.org', 'X');
    expect(await strip(known)).toBe(await strip(unknown));
    await mailTo(u.email);
    expect(
      await t.database.db.select().from(outbox).where(eq(outbox.to, 'nobody-here@example.org')),
    ).toHaveLength(0);
  });

  it('never takes the link’s host from the request: a forged Host still gets the configured address', async () => {
    const u = await makeUser('en');
    // As a request with `Host: attacker.example` reaches the app through the Node server.
    const res = await new CookieClient(t).post('http://attacker.example/en/password/forgot', {
      email: u.email,
    });
    expect(res.status).toBe(200);
    const link = linkIn((await mailTo(u.email)).text);
    expect(link).toMatch(/^http:\/\/localhost:3000\/en\/password\/reset\//);
    expect((await mailTo(u.email)).text).not.toContain('attacker.example');
    // A registrant's links too: a guest's confirmation e-mail.
    const { token } = await registrationWorld(t);
    const eventId = await openEvent(t, token);
    const guest = 'guest.forged.host@example.org';
    const reg = await new CookieClient(t).post(`http://attacker.example/en/events/${eventId}/register`, {
      name: 'Guest',
      email: guest,
    });
    expect(reg.status).toBe(303);
    const mail = (await mailTo(guest)).text;
    expect(mail).toMatch(/http:\/\/localhost:3000\/en\/registration\//);
    expect(mail).not.toContain('attacker.example');
  });

  it('resets end to end: e-mail in the user’s language, one-time link, sessions ended, signed in', async () => {
    const u = await makeUser('zh');
    const other = await createSession(t.database.db, u.id);
    const res = await new CookieClient(t).post('/en/password/forgot', { email: u.email });
    expect(res.status).toBe(200);
    const mail = await mailTo(u.email);
    expect(mail.subject).toBe('重置您的平台密码');
    expect(mail.text).toContain('王芳，您好');
    const link = linkIn(mail.text)!;
    expect(link).toMatch(/^http:\/\/localhost:3000\/zh\/password\/reset\//);
    const token = link.split('/').pop()!;
    // Only the hash of the token is stored.
    const stored = await t.database.db.select().from(accountLinks).where(eq(accountLinks.userId, u.id));
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).not.toContain(token);
    expect(stored[0]!.expiresAt.getTime() - stored[0]!.createdAt.getTime()).toBe(3_600_000);

    const b = new CookieClient(t);
    const form = await b.get(new URL(link).pathname);
    expect(form.status).toBe(200);
    expect(await form.text()).toContain('设置新密码');

    const short = await b.post(new URL(link).pathname, { password: 'short', confirm: 'short' });
    expect(short.status).toBe(422);
    expect(await short.text()).toContain('请至少输入 10 个字符');
    const mismatch = await b.post(new URL(link).pathname, { password: NEW, confirm: `${NEW}x` });
    expect(mismatch.status).toBe(422);
    expect(await mismatch.text()).toContain('两次输入的密码不一致');

    const done = await b.post(new URL(link).pathname, { password: NEW, confirm: NEW });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('/zh/account?done=password');
    expect(b.cookies.get('sid')).toBeTruthy();
    const [row] = await t.database.db.select().from(users).where(eq(users.id, u.id));
    expect(await verifyPassword(row!.passwordHash, NEW)).toBe(true);
    // Every earlier session is gone; only the new one remains.
    const left = await t.database.db.select().from(sessions).where(eq(sessions.userId, u.id));
    expect(left).toHaveLength(1);
    expect((await t.app.request('/zh/account', { headers: { cookie: `sid=${other}` } })).status).toBe(303);
    expect((await b.get('/zh/account')).status).toBe(200);
    const audit = await t.database.db.select().from(auditLog).where(eq(auditLog.entityId, u.id));
    expect(audit.map((a) => a.action)).toContain('password_reset');

    // The link works once.
    const again = await new CookieClient(t).get(new URL(link).pathname);
    expect(again.status).toBe(404);
    expect(await again.text()).toContain('该链接已被使用。');
    const replay = await new CookieClient(t).post(new URL(link).pathname, { password: OLD, confirm: OLD });
    expect(replay.status).toBe(404);
  });

  it('refuses an expired link with a clear page and an unknown one too', async () => {
    const u = await makeUser('en');
    await new CookieClient(t).post('/en/password/forgot', { email: u.email });
    const path = new URL(linkIn((await mailTo(u.email)).text)!).pathname;
    const real = t.ctx.now;
    t.ctx.now = () => new Date(Date.now() + 61 * 60_000);
    try {
      const res = await new CookieClient(t).get(path);
      expect(res.status).toBe(404);
      expect(await res.text()).toContain('This link has expired.');
      expect((await new CookieClient(t).post(path, { password: NEW, confirm: NEW })).status).toBe(404);
    } finally {
      t.ctx.now = real;
    }
    const bogus = await new CookieClient(t).get('/zh/password/reset/not-a-real-token-at-all-000000');
    expect(bogus.status).toBe(404);
    expect(await bogus.text()).toContain('该链接无效');
  });

  it('sends at most three reset e-mails an hour to one address', async () => {
    const u = await makeUser('en');
    for (let i = 0; i < 5; i++) {
      expect((await new CookieClient(t).post('/en/password/forgot', { email: u.email })).status).toBe(200);
    }
    await mailTo(u.email);
    await new Promise((r) => setTimeout(r, 100));
    expect(await t.database.db.select().from(outbox).where(eq(outbox.to, u.email))).toHaveLength(3);
  });
});
