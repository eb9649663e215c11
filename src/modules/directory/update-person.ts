import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { forbidden, notFound } from '../../lib/errors.js';
import { recordAudit } from '../audit/index.js';
import { editsDirectory, personScope } from './access.js';
import type { PersonInput } from './inputs.js';
import { assertEmailFree, emailRace, organisationForPerson } from './person-rules.js';
import type { Person } from './queries.js';
import { people } from './schema.js';
import { personSearchText } from './search.js';

/** The saved values of a person in the shape of the form. */
export const personAsInput = (p: Person): PersonInput => ({
  name: p.name,
  nameAlt: p.nameAlt,
  nameZh: p.nameZh,
  honorific: p.honorific,
  organisationId: p.organisationId,
  role: p.role,
  sex: p.sex,
  email: p.email,
  phone: p.phone,
});

/** Changes a person; the user's scope is in the WHERE clause of the read and of the update. */
export async function updatePerson(db: Db, actor: Actor, id: string, input: PersonInput): Promise<Person> {
  if (!editsDirectory(actor)) throw forbidden();
  return db
    .transaction(async (tx) => {
      const scope = personScope(tx, actor);
      const [before] = await tx
        .select()
        .from(people)
        .where(and(eq(people.id, id), scope))
        .for('update');
      if (!before) {
        const [exists] = await tx.select({ id: people.id }).from(people).where(eq(people.id, id));
        throw exists ? forbidden('person outside scope') : notFound();
      }
      const org = await organisationForPerson(tx, actor, input.organisationId);
      await assertEmailFree(tx, input, id);
      const [after] = await tx
        .update(people)
        .set({ ...input, searchText: personSearchText(input, org), updatedAt: sql`now()` })
        .where(and(eq(people.id, id), scope))
        .returning();
      if (!after) throw forbidden('person outside scope');
      await recordAudit(tx, actor, { action: 'update', entity: 'person', entityId: id, before, after });
      return after;
    })
    .catch(emailRace);
}
