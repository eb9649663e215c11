import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { formSubmissions } from '../db/platform-schema.js';

export const newFormToken = () => randomBytes(16).toString('base64url');

/**
 * Runs a create once per form token. A double click, or a resend after a lost response, gets the
 * first submission's result (usually where to redirect) instead of a second record. The token row
 * is written in the same transaction as the change, so a crash leaves neither.
 */
export async function once(
  db: Db,
  token: string | undefined,
  fn: (tx: Db) => Promise<string>,
): Promise<{ result: string; repeated: boolean }> {
  if (!token || token.length < 16 || token.length > 64) {
    return { result: await db.transaction((tx) => fn(tx)), repeated: false };
  }
  return db.transaction(async (tx) => {
    const inserted = await tx
      .insert(formSubmissions)
      .values({ token, result: '' })
      .onConflictDoNothing()
      .returning({ token: formSubmissions.token });
    if (!inserted.length) {
      const [prev] = await tx
        .update(formSubmissions)
        .set({ attempts: sql`${formSubmissions.attempts} + 1` })
        .where(eq(formSubmissions.token, token))
        .returning({ result: formSubmissions.result });
      return { result: prev?.result ?? '', repeated: true };
    }
    const result = await fn(tx);
    await tx.update(formSubmissions).set({ result }).where(eq(formSubmissions.token, token));
    return { result, repeated: false };
  });
}
