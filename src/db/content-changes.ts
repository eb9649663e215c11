/**
 * Tells every app process sharing the database that its content changed, so pages rendered from
 * it (the public page cache, src/web/page-cache.ts) are dropped. One statement-level trigger per
 * table advances the `content_version` sequence and sends a notification on CONTENT_CHANNEL; a
 * notification is delivered when (and only if) its transaction commits, and identical ones within
 * one transaction are sent once.
 */
import type { Database } from './client.js';

export const CONTENT_CHANNEL = 'content_changed';

/**
 * Tables written on reads or on nearly every request, and never shown on a public page: a change
 * there says nothing about what an anonymous reader sees, and would empty the cache all the time.
 */
export const QUIET_TABLES = [
  'sessions', // created at sign-in, touched as the user moves around
  'api_tokens', // last use recorded on each call
  'login_attempts', // the sign-in rate limit
  'form_submissions', // one-time form tokens
  'jobs', // the worker's claims, retries and clean-up
  'outbox', // e-mail log
  'audit_log', // written beside a change that triggers on its own table
  'lesson_progress', // a learner's place in a course
  'xapi_statements', // a learner's activity record
  'document_exports', // generated downloads
  'ip_reminders_sent', // the private register's reminder log
] as const;

const FUNCTION = `CREATE OR REPLACE FUNCTION content_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM nextval('content_version');
  PERFORM pg_notify('${CONTENT_CHANNEL}', '');
  RETURN NULL;
END $$`;

/**
 * Creates the sequence, the function and a trigger on every table of the public schema but the
 * quiet ones (and drops it from a table that became quiet). Idempotent, run by migrate() at every
 * start, so a table a later migration adds gets its trigger too.
 */
export async function installContentTriggers(database: Database): Promise<void> {
  const tables = await database.query<{ name: string; has: boolean }>(
    `SELECT t.tablename AS name,
            EXISTS (SELECT 1 FROM pg_trigger g WHERE g.tgname = 'content_changed'
                    AND g.tgrelid = format('public.%I', t.tablename)::regclass) AS has
       FROM pg_tables t WHERE t.schemaname = 'public' ORDER BY t.tablename`,
  );
  const quiet = new Set<string>(QUIET_TABLES);
  const statements = ['CREATE SEQUENCE IF NOT EXISTS content_version', FUNCTION];
  for (const { name, has } of tables) {
    const table = `public."${name.replaceAll('"', '""')}"`;
    if (quiet.has(name)) {
      if (has) statements.push(`DROP TRIGGER content_changed ON ${table}`);
    } else if (!has) {
      statements.push(
        `CREATE TRIGGER content_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${table} ` +
          'FOR EACH STATEMENT EXECUTE FUNCTION content_changed()',
      );
    }
  }
  await database.exec(statements.join(';\n'));
}
