import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { invalidFields } from '../../lib/field-errors.js';
import { managesDirectory, organisationScope } from './access.js';
import type { PersonInput } from './inputs.js';
import type { Organisation } from './queries.js';
import { organisations, people } from './schema.js';

/**
 * The organisation a person is being attached to, checked against the user's scope: a
 * coordinator may only attach people to organisations they cover.
 */
export async function organisationForPerson(
  db: Db,
  actor: Actor,
  organisationId: string | null,
): Promise<Organisation | null> {
  if (!organisationId) {
    if (managesDirectory(actor)) return null;
    throw invalidFields({ organisationId: 'directory.error.organisationRequired' });
  }
  const [org] = await db
    .select()
    .from(organisations)
    .where(and(eq(organisations.id, organisationId), organisationScope(actor)));
  if (org) return org;
  const [exists] = await db
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  throw invalidFields({
    organisationId: exists ? 'directory.error.outsideScope' : 'directory.error.unknownOrganisation',
  });
}

/** An e-mail address belongs to one person only. */
export async function assertEmailFree(db: Db, input: PersonInput, selfId?: string): Promise<void> {
  if (!input.email) return;
  const [taken] = await db
    .select({ id: people.id })
    .from(people)
    .where(sql`lower(${people.email}) = ${input.email.toLowerCase()}`);
  if (taken && taken.id !== selfId) throw invalidFields({ email: 'directory.error.emailTaken' });
}

/** A unique-index violation on the e-mail (two saves racing) reads as the same field error. */
export function emailRace(err: unknown): never {
  const code = (err as { code?: string })?.code ?? (err as { cause?: { code?: string } })?.cause?.code ?? '';
  if (code === '23505') throw invalidFields({ email: 'directory.error.emailTaken' });
  throw err;
}
