import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { organisations, people } from '../directory/schema.js';

/** An e-mail address as compared: compatibility-normalised, trimmed and in lower case. */
export const emailKey = (email: string) => email.normalize('NFKC').trim().toLowerCase();

/** An organisation name as compared when it is not in the directory. */
export const organisationKey = (name: string) =>
  name.normalize('NFKC').trim().toLowerCase().replace(/\s+/g, ' ');

export interface DirectoryMatch {
  personId: string | null;
  organisationId: string | null;
  organisationType: 'government' | 'enterprise' | 'partner' | 'other' | null;
}

/**
 * The directory entries a registration certainly belongs to: the person with that e-mail, and
 * the organisation the person belongs to, the signed-in user's, or the one whose name (in either
 * language) or abbreviation is exactly what was typed. Anything less certain stays unlinked.
 */
export async function matchDirectory(
  db: Db,
  input: { emailKey: string; organisationName: string; userOrganisationId?: string | null },
): Promise<DirectoryMatch> {
  const [person] = await db
    .select({ id: people.id, organisationId: people.organisationId })
    .from(people)
    .where(and(sql`lower(${people.email}) = ${input.emailKey}`, sql`${people.email} <> ''`))
    .limit(1);
  let organisationId = person?.organisationId ?? input.userOrganisationId ?? null;
  const typed = organisationKey(input.organisationName);
  if (!organisationId && typed) {
    const found = await db
      .select({ id: organisations.id })
      .from(organisations)
      .where(
        sql`lower(${organisations.name}->>'en') = ${typed} or lower(${organisations.name}->>'zh') = ${typed}
          or (${organisations.abbreviation} <> '' and lower(${organisations.abbreviation}) = ${typed})`,
      )
      .limit(2);
    if (found.length === 1) organisationId = found[0]!.id;
  }
  let organisationType: DirectoryMatch['organisationType'] = null;
  if (organisationId) {
    const [org] = await db
      .select({ kind: organisations.kind })
      .from(organisations)
      .where(eq(organisations.id, organisationId));
    organisationType = org?.kind ?? null;
  }
  return { personId: person?.id ?? null, organisationId, organisationType };
}

/** Whose seats a quota counts: the directory organisation when known, else the name as typed. */
export function quotaKeyOf(organisationId: string | null, organisationName: string): string | null {
  if (organisationId) return `org:${organisationId}`;
  const typed = organisationKey(organisationName);
  return typed ? `name:${typed}` : null;
}
