import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { CookieClient, setCookies } from '../../../tests/helpers/client.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { loadConfig } from '../../config.js';
import { outbox } from '../mail/schema.js';
import { ensureAdmin } from './bootstrap-admin.js';
import { hashPassword } from './password.js';
import { users } from './schema.js';

const PASSWORD = 'first admin password';
const quiet = pino({ level: 'silent' });

describe.each(DATABASE_KINDS)('the first administrator and the language after signing in (%s)', (kind) => {
  let t: TestApp;
  let n = 0;
  beforeAll(async () => {
    t = await testApp(kind);
  });
  afterAll(() => t.close());

  /** The administrator the start makes from the environment, on an empty platform. */
  async function firstAdmin(env: Record<string, string>) {
    await t.database.db.delete(users).where(eq(users.role, 'admin'));
    const email = `admin${++n}@example.org`;
    const c = loadConfig({ ADMIN_EMAIL: email, ADMIN_PASSWORD: PASSWORD, ...env });
    expect(
      await ensureAdmin(
        t.database.db,
        { email: c.ADMIN_EMAIL!, password: c.ADMIN_PASSWORD!, name: c.ADMIN_NAME, lang: c.ADMIN_LANG },
        quiet,
      ),
    ).toBe('created');
    const [row] = await t.database.db.select().from(users).where(eq(users.email, email));
    return row!;
  }
  const signIn = (lang: 'en' | 'zh', email: string, next?: string) => {
    const b = new CookieClient(t, {}, `198.51.100.${++n}`);
    return b.post(`/${lang}/sign-in`, { email, password: PASSWORD, ...(next ? { next } : {}) });
  };

  it('is called by a bilingual name by default, and lands in the language of the sign-in page', async () => {
    const admin = await firstAdmin({});
    expect(admin).toMatchObject({ name: 'Administrator / 管理员', role: 'admin', langChosen: false });
    const en = await signIn('en', admin.email, '/en/admin');
    expect(en.status).toBe(303);
    expect(en.headers.get('location')).toBe('/en/admin');
    expect(setCookies(en).get('lang')?.value).toBe('en');
    const home = await signIn('en', admin.email);
    expect(home.headers.get('location')).toBe('/en');
    const zh = await signIn('zh', admin.email, '/zh/events');
    expect(zh.headers.get('location')).toBe('/zh/events');
    expect(setCookies(zh).get('lang')?.value).toBe('zh');
    // Its e-mails (in the default language, Chinese) greet it by a name that reads in Chinese too.
    await new CookieClient(t).post('/en/password/forgot', { email: admin.email });
    const [mail] = await t.database.db.select().from(outbox).where(eq(outbox.to, admin.email));
    expect(mail!.text).toContain('Administrator / 管理员，您好');
  });

  it('takes ADMIN_NAME and ADMIN_LANG, and an explicit language wins over the sign-in page', async () => {
    const admin = await firstAdmin({ ADMIN_NAME: '张伟', ADMIN_LANG: 'en' });
    expect(admin).toMatchObject({ name: '张伟', preferredLang: 'en', langChosen: true });
    const res = await signIn('zh', admin.email, '/zh/admin');
    expect(res.headers.get('location')).toBe('/en/admin');
    expect(setCookies(res).get('lang')?.value).toBe('en');
  });

  it('lands an account in the language its holder chose in their profile, wherever they sign in', async () => {
    const email = `chooser${++n}@example.org`;
    const [u] = await t.database.db
      .insert(users)
      .values({ email, name: 'Chooser', preferredLang: 'en', passwordHash: await hashPassword(PASSWORD) })
      .returning();
    // Not chosen yet: the page's language.
    expect((await signIn('en', email, '/en/events')).headers.get('location')).toBe('/en/events');
    const b = new CookieClient(t, {}, '203.0.113.44');
    expect((await b.post('/en/sign-in', { email, password: PASSWORD })).status).toBe(303);
    expect((await b.post('/en/account', { name: 'Chooser', preferredLang: 'zh' })).status).toBe(303);
    const [after] = await t.database.db.select().from(users).where(eq(users.id, u!.id));
    expect(after).toMatchObject({ preferredLang: 'zh', langChosen: true });
    expect((await signIn('en', email, '/en/events')).headers.get('location')).toBe('/zh/events');
  });

  it('refuses a language other than en or zh at start', () => {
    expect(() => loadConfig({ ADMIN_LANG: 'fr' })).toThrow(/ADMIN_LANG: must be en or zh/);
    expect(() => loadConfig({ ADMIN_NAME: 'x'.repeat(201) })).toThrow(
      /ADMIN_NAME: must be at most 200 characters/,
    );
  });
});
