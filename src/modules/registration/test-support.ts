import { eq } from 'drizzle-orm';
import type { Browser, TestApp } from '../../../tests/helpers/app.js';
import { fromPeer } from '../../../tests/helpers/client.js';
import { createSession } from '../accounts/session.js';
import { auditLog } from '../audit/schema.js';
import { apiToken, seedBasics, userOf } from '../events/test-fixtures.js';
import { registrationKey } from './keys.js';
import { registrations } from './schema.js';
import type { Registration } from './seats.js';

export type Seed = Awaited<ReturnType<typeof seedBasics>>;

/** A manager with an API token and the basic places and programme. */
export async function registrationWorld(t: TestApp) {
  const manager = await t.signIn('manager');
  const actor = await userOf(t.database, manager.userId!);
  const seed = await seedBasics(t.database.db, actor);
  const token = await apiToken(t.database, manager.userId!);
  return { manager, actor, seed, token };
}

/** Calls the JSON API, with a bearer token when given, from the peer address `from` when given. */
export function apiCall(
  t: TestApp,
  method: string,
  path: string,
  opts: { token?: string; body?: unknown; headers?: Record<string, string>; from?: string } = {},
) {
  return t.app.request(
    `/api/v1${path}`,
    {
      method,
      headers: {
        ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}),
        ...(opts.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...opts.headers,
      },
      body: opts.body === undefined ? undefined : JSON.stringify(opts.body),
    },
    opts.from ? fromPeer(opts.from) : undefined,
  );
}

/** A published event in Qingdao far enough ahead that registration is open, made through the API. */
export async function openEvent(
  t: TestApp,
  token: string,
  extra: Record<string, unknown> = {},
): Promise<string> {
  const res = await apiCall(t, 'POST', '/events', {
    token,
    body: {
      title: { en: 'Qingdao IP management training', zh: '青岛知识产权管理培训' },
      city: 'qingdao',
      startDate: '2099-06-24',
      endDate: '2099-06-25',
      status: 'published',
      capacity: 100,
      ...extra,
    },
  });
  if (res.status !== 201) throw new Error(`event: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { id: string }).id;
}

export const registrationsOf = (t: TestApp, eventId: string) =>
  t.database.db.select().from(registrations).where(eq(registrations.eventId, eventId));

/** The registrations of an event in the order their transactions took the event's lock. */
export async function lockOrder(t: TestApp, eventId: string): Promise<string[]> {
  const ids = new Set((await registrationsOf(t, eventId)).map((r) => r.id));
  const audits = await t.database.db
    .select({ id: auditLog.id, entityId: auditLog.entityId })
    .from(auditLog)
    .where(eq(auditLog.action, 'register'))
    .orderBy(auditLog.id);
  return audits.map((a) => a.entityId!).filter((id) => ids.has(id));
}

/**
 * The same person's browser with a session opened at `now`: sessions run out after 30 days, and
 * tests that move the app's clock into an event's days need one that is valid then.
 */
export async function browserAt(t: TestApp, who: Browser, now: Date): Promise<Browser> {
  const sid = await createSession(t.database.db, who.userId!, now);
  const cookie = `csrf=${who.csrf}; sid=${sid}`;
  return {
    ...who,
    cookie,
    get: async (path, headers = {}) => t.app.request(path, { headers: { cookie, ...headers } }),
    post: async (path, form, headers = {}) => {
      const body = new URLSearchParams();
      body.append('_csrf', who.csrf);
      for (const [k, v] of Object.entries(form))
        for (const one of Array.isArray(v) ? v : [v]) body.append(k, one);
      return t.app.request(path, {
        method: 'POST',
        body,
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded', ...headers },
      });
    },
  };
}

/**
 * Registers through the API without a token, as the public form does, and follows the link the
 * confirmation e-mail carries: the registration then holds a seat, waits in line or waits for approval.
 */
export async function registerAsGuest(
  t: TestApp,
  eventId: string,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<Registration> {
  const res = await apiCall(t, 'POST', `/events/${eventId}/registrations`, { body, headers });
  if (res.status !== 201) throw new Error(`register: ${res.status} ${await res.text()}`);
  const { id } = (await res.json()) as { id: string };
  const confirm = await t
    .anonymous()
    .post(`/en/registration/${registrationKey(t.ctx.secret, id)}/confirm`, {});
  if (confirm.status !== 303) throw new Error(`confirm: ${confirm.status} ${await confirm.text()}`);
  const [row] = await t.database.db.select().from(registrations).where(eq(registrations.id, id));
  return row!;
}
