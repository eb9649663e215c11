import type { Db } from '../../db/client.js';
import { checkIns } from '../attendance/schema.js';
import type { RegistrationStatus } from '../registration/schema.js';
import { registrations } from '../registration/schema.js';

let serial = 0;

export interface PeopleSpec {
  count: number;
  /** How many of them were checked in (on the first day, and `secondDay` too when given). */
  attended?: number;
  status?: RegistrationStatus;
  organisationType?: 'government' | 'enterprise' | 'partner' | 'other' | null;
  sex?: 'female' | 'male' | null;
  organisationId?: string | null;
  days?: string[];
  name?: (i: number) => string;
}

/**
 * Registrations written directly, as the registration module leaves them, with check-ins for the
 * first `attended` of them: the report reads what is stored, not how it got there.
 */
export async function addPeople(db: Db, eventId: string, spec: PeopleSpec): Promise<string[]> {
  const rows = Array.from({ length: spec.count }, (_, i) => {
    const n = ++serial;
    const email = `person${n}@example.org`;
    return {
      eventId,
      status: spec.status ?? ('confirmed' as const),
      name: spec.name ? spec.name(i) : `Person ${n}`,
      email,
      emailKey: email,
      organisationType: spec.organisationType ?? null,
      sex: spec.sex ?? null,
      organisationId: spec.organisationId ?? null,
      source: 'manager' as const,
      arrival: n,
    };
  });
  const ids: string[] = [];
  for (let i = 0; i < rows.length; i += 500) {
    const got = await db
      .insert(registrations)
      .values(rows.slice(i, i + 500))
      .returning({ id: registrations.id });
    ids.push(...got.map((g) => g.id));
  }
  const attended = ids.slice(0, spec.attended ?? 0);
  const days = spec.days ?? [];
  const values = attended.flatMap((registrationId) =>
    days.map((day) => ({ registrationId, eventId, day, source: 'scan' as const })),
  );
  for (let i = 0; i < values.length; i += 500) await db.insert(checkIns).values(values.slice(i, i + 500));
  return ids;
}
