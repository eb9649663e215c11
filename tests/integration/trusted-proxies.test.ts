import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { hashPassword } from '../../src/modules/accounts/index.js';
import { loginAttempts, users } from '../../src/modules/accounts/schema.js';
import { type TestApp, testApp } from '../helpers/app.js';
import { setCookies } from '../helpers/client.js';
import { DATABASE_KINDS } from '../helpers/db.js';

const PASSWORD = 'a long enough password';
const CSRF = 'p'.repeat(40);

/** A real HTTP server on loopback: the app sees the connection's peer address, 127.0.0.1. */
async function listen(fetch: (r: Request) => Response | Promise<Response>) {
  const server = serve({ fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe.each(DATABASE_KINDS)('forwarding headers are believed from trusted proxies only (%s)', (kind) => {
  let t: TestApp;
  let trusted: Awaited<ReturnType<typeof listen>>;
  let untrusted: Awaited<ReturnType<typeof listen>>;
  let email: string;

  beforeAll(async () => {
    // The loopback peer and the 10/8 network are this deployment's proxies.
    t = await testApp(kind, { TRUSTED_PROXIES: '127.0.0.1, 10.0.0.0/8' });
    trusted = await listen(t.app.fetch);
    // The same platform without TRUSTED_PROXIES (the default): no peer is a proxy.
    untrusted = await listen(buildApp({ ...t.ctx, config: { ...t.ctx.config, TRUSTED_PROXIES: [] } }).fetch);
    email = `proxy-${kind}@example.org`;
    await t.database.db
      .insert(users)
      .values({ email, name: 'Xu Lan', passwordHash: await hashPassword(PASSWORD) });
  });
  afterAll(async () => {
    await trusted.close();
    await untrusted.close();
    await t.close();
  });

  const signIn = (base: string, headers: Record<string, string>, password = 'not the password', as = email) =>
    fetch(`${base}/en/sign-in`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: `csrf=${CSRF}`, ...headers },
      body: new URLSearchParams({ _csrf: CSRF, email: as, password }),
    });
  /** The addresses the sign-in limiter counted. */
  const seen = async () =>
    (await t.database.db.select().from(loginAttempts).where(like(loginAttempts.key, 'ip:%'))).map(
      (r) => r.key,
    );
  // Each test starts with no failures counted, so that no limit from an earlier one is in the way.
  const clear = () => t.database.db.delete(loginAttempts);

  it('ignores a forged X-Forwarded-For from a peer that is not a trusted proxy', async () => {
    await clear();
    for (const forged of ['203.0.113.50', '198.51.100.1, 203.0.113.51']) {
      expect((await signIn(untrusted.base, { 'x-forwarded-for': forged })).status).toBe(422);
    }
    expect(await seen()).toEqual(['ip:127.0.0.1', 'ip:127.0.0.1']);
  });

  it('takes the rightmost address that is not a trusted proxy when the peer is one', async () => {
    await clear();
    // What the client wrote itself (left) is not believed; what the proxies appended is.
    await signIn(trusted.base, { 'x-forwarded-for': '198.51.100.1, 203.0.113.50' });
    await signIn(trusted.base, { 'x-forwarded-for': '203.0.113.60, 10.1.2.3' });
    await signIn(trusted.base, { 'x-forwarded-for': '[2001:db8::7]:51000' });
    await signIn(trusted.base, {});
    expect((await seen()).sort()).toEqual(
      ['ip:203.0.113.50', 'ip:203.0.113.60', 'ip:2001:db8::7', 'ip:127.0.0.1'].sort(),
    );
  });

  it('holds a peer that is no proxy to the per-address limit, whatever address it forges', async () => {
    await clear();
    for (let i = 0; i < 20; i++) {
      const forged = { 'x-forwarded-for': `192.0.2.${i}` };
      expect((await signIn(untrusted.base, forged, 'wrong', `guess${i}@example.org`)).status).toBe(422);
    }
    // Twenty failures from one address, each for another account: the limiter holds the address.
    const held = await signIn(untrusted.base, { 'x-forwarded-for': '192.0.2.200' }, PASSWORD);
    expect(held.status).toBe(429);
  });

  it('marks the cookies Secure with COOKIE_SECURE=auto behind a trusted proxy that says https', async () => {
    await clear();
    const behind = await signIn(
      trusted.base,
      { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.70' },
      PASSWORD,
    );
    expect(behind.status).toBe(303);
    expect(setCookies(behind).get('sid')?.attrs).toMatch(/;\s*Secure/i);
    expect(setCookies(behind).get('lang')?.attrs).toMatch(/;\s*Secure/i);
    const page = await fetch(`${trusted.base}/en/sign-in`, { headers: { 'x-forwarded-proto': 'https' } });
    expect(setCookies(page).get('csrf')?.attrs).toMatch(/;\s*Secure/i);
    // Plain HTTP through the proxy, and the header from a peer that is no proxy: not Secure.
    const plain = await signIn(trusted.base, { 'x-forwarded-proto': 'http' }, PASSWORD);
    expect(setCookies(plain).get('sid')?.attrs).not.toMatch(/Secure/i);
    const forged = await signIn(untrusted.base, { 'x-forwarded-proto': 'https' }, PASSWORD);
    expect(forged.status).toBe(303);
    expect(setCookies(forged).get('sid')?.attrs).not.toMatch(/Secure/i);
  });
});
