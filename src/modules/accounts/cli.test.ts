import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS, freshDatabase } from '../../../tests/helpers/db.js';
import type { Database } from '../../db/client.js';
import { auditLog } from '../audit/schema.js';
import { cities } from '../places/schema.js';
import { type CliIo, tokenCommand, userCommand } from './cli.js';
import { verifyPassword } from './password.js';
import { userScopes, users } from './schema.js';
import { userForApiToken } from './session.js';

function io(): CliIo & { lines: string[]; errors: string[] } {
  const lines: string[] = [];
  const errors: string[] = [];
  return { lines, errors, out: (l) => lines.push(l), err: (l) => errors.push(l) };
}

describe.each(DATABASE_KINDS)('command line: user create, token create (%s)', (kind) => {
  let database: Database;
  let city: string;
  beforeAll(async () => {
    database = await freshDatabase(kind);
    const [c] = await database.db
      .insert(cities)
      .values({ slug: 'qingdao', province: 'CN-SD', name: { en: 'Qingdao', zh: '青岛' } })
      .returning();
    city = c!.id;
  });
  afterAll(() => database.close());

  it('creates a coordinator with repeated scopes and an audit entry', async () => {
    const o = io();
    const code = await userCommand(
      database,
      ['create'],
      {
        email: 'Coordinator@Example.org',
        password: 'command line password',
        role: 'coordinator',
        scope: ['CN-SD', `cn-sd:${city}`],
        name: 'Qingdao office',
      },
      o,
    );
    expect(o.errors).toEqual([]);
    expect(code).toBe(0);
    const [u] = await database.db.select().from(users).where(eq(users.email, 'coordinator@example.org'));
    expect(u).toMatchObject({ role: 'coordinator', name: 'Qingdao office' });
    expect(await verifyPassword(u!.passwordHash, 'command line password')).toBe(true);
    const scopes = await database.db.select().from(userScopes).where(eq(userScopes.userId, u!.id));
    expect(scopes).toHaveLength(2);
    const [entry] = await database.db.select().from(auditLog).where(eq(auditLog.entityId, u!.id));
    expect(entry).toMatchObject({ action: 'create', actorId: null });
  });

  it.each([
    [{ email: 'a@example.org', role: 'wizard' }, /unknown role "wizard"/],
    [{ email: 'b@example.org', role: 'coordinator', scope: ['CN-XX'] }, /"CN-XX" is not a scope/],
    [{ email: 'c@example.org', role: 'coordinator', scope: ['CN-SD:nope'] }, /is not a scope/],
    [
      { email: 'd@example.org', role: 'coordinator', scope: ['CN-FJ:00000000-0000-4000-8000-000000000000'] },
      /city is not in the list/,
    ],
    [{ email: 'e@example.org', role: 'coordinator' }, /at least one province or city/],
    [{ email: 'not an email', role: 'sme' }, /--email/],
    [{ email: 'f@example.org', role: 'sme', password: 'short' }, /--password/],
    [{ email: 'coordinator@example.org', role: 'sme' }, /already exists/],
  ])('refuses %o with a clear message and exit code 1', async (values, message) => {
    const o = io();
    expect(await userCommand(database, ['create'], values, o)).toBe(1);
    expect(o.errors.join('\n')).toMatch(message);
  });

  it('prints a working token once for an existing user', async () => {
    const o = io();
    expect(
      await tokenCommand(database, ['create'], { email: 'COORDINATOR@example.org', name: 'sync' }, o),
    ).toBe(0);
    expect(o.lines).toHaveLength(1);
    const user = await userForApiToken(database.db, o.lines[0]!);
    expect(user?.email).toBe('coordinator@example.org');
    const missing = io();
    expect(await tokenCommand(database, ['create'], { email: 'ghost@example.org' }, missing)).toBe(1);
    expect(missing.errors[0]).toMatch(/no active user/);
    expect(await tokenCommand(database, ['list'], {}, io())).toBe(1);
  });
});
