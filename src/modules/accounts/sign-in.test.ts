import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { CookieClient, fromPeer, setCookies } from '../../../tests/helpers/client.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { hashPassword } from './password.js';
import { accountDelayMs } from './rate-limit.js';
import { loginAttempts, sessions, users } from './schema.js';
import { sha256 } from './session.js';

const PASSWORD = 'a long enough password';

describe.each(DATABASE_KINDS)('signing in and out (%s)', (kind) => {
  let t: TestApp;
  let n = 0;
  const makeUser = async (lang: 'en' | 'zh' = 'en', active = true, langChosen = false) => {
    const email = `person${++n}@example.org`;
    const [u] = await t.database.db
      .insert(users)
      .values({
        email,
        name: 'Li Wei',
        role: 'official',
        preferredLang: lang,
        langChosen,
        active,
        passwordHash: await hashPassword(PASSWORD),
      })
      .returning();
    return u!;
  };
  // Each test signs in from its own address, so the per-address limit of one does not reach another.
  const client = () => new CookieClient(t, {}, `198.51.100.${++n}`);

  beforeAll(async () => {
    t = await testApp(kind);
  });
  afterAll(() => t.close());

  it('shows the form in both languages', async () => {
    const en = await client().get('/en/sign-in?next=/en/events');
    expect(en.status).toBe(200);
    const html = await en.text();
    expect(html).toContain('name="next" value="/en/events"');
    expect(html).toContain('autocomplete="current-password"');
    expect(await (await client().get('/zh/sign-in')).text()).toContain('忘记密码？');
  });

  it('signs in with a fresh HttpOnly session, sets the language and goes to next in the language the user chose', async () => {
    const u = await makeUser('zh', true, true);
    const b = client();
    b.cookies.set('sid', 'planted-session-id-from-an-attacker');
    const res = await b.post('/en/sign-in', {
      email: u.email.toUpperCase(),
      password: PASSWORD,
      next: '/en/events?x=1',
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/zh/events?x=1');
    const set = setCookies(res);
    const sid = set.get('sid')!;
    expect(sid.value).not.toBe('planted-session-id-from-an-attacker');
    expect(sid.attrs).toMatch(/HttpOnly/i);
    expect(sid.attrs).toMatch(/SameSite=Lax/i);
    expect(sid.attrs).not.toMatch(/Secure/i);
    expect(set.get('lang')?.value).toBe('zh');
    const [row] = await t.database.db
      .select()
      .from(sessions)
      .where(eq(sessions.idHash, sha256(sid.value)));
    expect(row?.userId).toBe(u.id);
    const account = await b.get('/zh/account');
    expect(account.status).toBe(200);
    expect(await account.text()).toContain(u.email);
  });

  it('marks the cookie Secure over HTTPS', async () => {
    const u = await makeUser();
    const b = client();
    const res = await b.post('https://ipc.example/en/sign-in', { email: u.email, password: PASSWORD });
    expect(setCookies(res).get('sid')?.attrs).toMatch(/Secure/i);
  });

  it('gives the same answer for an unknown e-mail, a wrong password and a disabled account', async () => {
    const u = await makeUser();
    const off = await makeUser('en', false);
    const answers = [];
    for (const form of [
      { email: 'nobody@example.org', password: PASSWORD },
      { email: u.email, password: 'wrong password!' },
      { email: off.email, password: PASSWORD },
    ]) {
      const res = await client().post('/en/sign-in', form);
      expect(res.status).toBe(422);
      expect(setCookies(res).has('sid')).toBe(false);
      const html = await res.text();
      expect(html).toContain('The e-mail address or the password is not right.');
      expect(html).toContain(`value="${form.email}"`);
      answers.push(html.replace(/value="[^"]*"/g, ''));
    }
    expect(new Set(answers).size).toBe(1);
  });

  it('re-renders a malformed form with 422 and field errors, never a 5xx', async () => {
    const res = await client().post('/en/sign-in', {
      email: ['a@b.org', 'c@d.org'],
      password: 'x'.repeat(5000),
    });
    expect(res.status).toBe(422);
    const empty = await client().post('/zh/sign-in', {});
    expect(empty.status).toBe(422);
    expect(await empty.text()).toContain('请修改以下问题');
  });

  it('holds the guessing address to 5 failures on an account while the owner signs in from elsewhere', async () => {
    const u = await makeUser();
    const attacker = new CookieClient(t, {}, '203.0.113.10');
    for (let i = 0; i < 5; i++) {
      expect(
        (await attacker.post('/en/sign-in', { email: u.email, password: `wrong ${i} password` })).status,
      ).toBe(422);
    }
    const held = await attacker.post('/zh/sign-in', { email: u.email, password: PASSWORD });
    expect(held.status).toBe(429);
    const html = await held.text();
    expect(html).toContain('登录失败次数过多');
    expect(html).toContain(`value="${u.email}"`);
    // The API's token exchange is held the same way.
    const token = (ip: string, password: string) =>
      t.app.request(
        '/api/v1/auth/tokens',
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: u.email, password }),
        },
        fromPeer(ip),
      );
    expect((await token('203.0.113.10', PASSWORD)).status).toBe(429);
    // The owner, from their own address, is not locked out: by the page or by the API.
    const owner = client();
    expect((await owner.post('/en/sign-in', { email: u.email, password: PASSWORD })).status).toBe(303);
    expect((await owner.get('/en/account')).status).toBe(200);
    expect((await token('198.51.100.200', PASSWORD)).status).toBe(201);
    // The owner's success does not free the attacker's address.
    expect((await attacker.post('/en/sign-in', { email: u.email, password: 'another guess' })).status).toBe(
      429,
    );
    // The count lives in the database, so every app process sees it.
    const rows = await t.database.db
      .select()
      .from(loginAttempts)
      .where(eq(loginAttempts.key, `pair:${u.email} 203.0.113.10`));
    expect(rows.filter((r) => !r.succeeded)).toHaveLength(5);
    // Fifteen minutes later the address may try again.
    const real = t.ctx.now;
    t.ctx.now = () => new Date(Date.now() + 16 * 60_000);
    try {
      expect((await attacker.post('/en/sign-in', { email: u.email, password: PASSWORD })).status).toBe(303);
    } finally {
      t.ctx.now = real;
    }
  });

  it('answers an account failing from many addresses after a delay, and still lets the owner in', async () => {
    const u = await makeUser();
    // Twenty failures from four addresses, five each: none is held yet, the account's ceiling is reached.
    for (let a = 0; a < 4; a++) {
      const guesser = new CookieClient(t, {}, `192.0.2.${10 + a}`);
      for (let i = 0; i < 5; i++) {
        expect(
          (await guesser.post('/en/sign-in', { email: u.email, password: `guess ${a}.${i}` })).status,
        ).toBe(422);
      }
    }
    const counted = await t.database.db
      .select()
      .from(loginAttempts)
      .where(eq(loginAttempts.key, `email:${u.email}`));
    expect(accountDelayMs(counted.length)).toBe(1000);
    // A fifth address is slowed, not refused; so is the owner, who gets in.
    expect(
      (await new CookieClient(t, {}, '192.0.2.20').post('/en/sign-in', { email: u.email, password: 'x' }))
        .status,
    ).toBe(422);
    expect((await client().post('/en/sign-in', { email: u.email, password: PASSWORD })).status).toBe(303);
  });

  it('grows the delay from 1 s by doubling to at most 10 s past 20 failures on an account', () => {
    expect([0, 19, 20, 21, 22, 23, 24, 60].map(accountDelayMs)).toEqual([
      0, 0, 1000, 2000, 4000, 8000, 10_000, 10_000,
    ]);
  });

  it('locks an address after 20 failures, whatever the e-mail', async () => {
    const b = new CookieClient(t, {}, '203.0.113.77');
    for (let i = 0; i < 20; i++) {
      expect(
        (await b.post('/en/sign-in', { email: `guess${i}@example.org`, password: 'not the password' }))
          .status,
      ).toBe(422);
    }
    const u = await makeUser();
    const res = await b.post('/en/sign-in', { email: u.email, password: PASSWORD });
    expect(res.status).toBe(429);
    expect(await res.text()).toContain('Too many unsuccessful attempts');
    // Another address is not affected.
    expect((await client().post('/en/sign-in', { email: u.email, password: PASSWORD })).status).toBe(303);
  });

  it.each([
    ['//evil.com', '/en'],
    ['//evil.com/en/events', '/en'],
    ['/\\evil.com', '/en'],
    ['https://evil.com/en', '/en'],
    ['javascript:alert(1)', '/en'],
    ['/%2F%2Fevil.com', '/en'],
    ['/en/sign-in?next=//evil.com', '/en'],
    ['/zh/news/some-article#top', '/en/news/some-article#top'],
  ])('sends next=%s to a path on this site only', async (next, expected) => {
    const u = await makeUser('en');
    const res = await client().post('/en/sign-in', { email: u.email, password: PASSWORD, next });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe(expected);
  });

  it('signs out with a POST that ends the session', async () => {
    const u = await makeUser();
    const b = client();
    await b.post('/en/sign-in', { email: u.email, password: PASSWORD });
    const sid = b.cookies.get('sid')!;
    const out = await b.post('/en/sign-out', {});
    expect(out.status).toBe(303);
    expect(out.headers.get('location')).toBe('/en');
    expect(b.cookies.has('sid')).toBe(false);
    expect(
      await t.database.db
        .select()
        .from(sessions)
        .where(eq(sessions.idHash, sha256(sid))),
    ).toHaveLength(0);
    // The old cookie no longer works.
    const again = await t.app.request('/en/account', { headers: { cookie: `sid=${sid}` } });
    expect(again.status).toBe(303);
    expect(again.headers.get('location')).toBe('/en/sign-in?next=%2Fen%2Faccount');
  });
});
