import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { forbidden } from '../../lib/errors.js';
import { recordAudit } from '../audit/index.js';
import { editsDirectory } from './access.js';
import type { PersonInput } from './inputs.js';
import { assertEmailFree, emailRace, organisationForPerson } from './person-rules.js';
import type { Person } from './queries.js';
import { people } from './schema.js';
import { personSearchText } from './search.js';

/** Adds a person; a coordinator only to an organisation they cover. */
export async function createPerson(db: Db, actor: Actor, input: PersonInput): Promise<Person> {
  if (!editsDirectory(actor)) throw forbidden();
  return db
    .transaction(async (tx) => {
      const org = await organisationForPerson(tx, actor, input.organisationId);
      await assertEmailFree(tx, input);
      const [row] = await tx
        .insert(people)
        .values({ ...input, searchText: personSearchText(input, org) })
        .returning();
      await recordAudit(tx, actor, {
        action: 'create',
        entity: 'person',
        entityId: row!.id,
        after: row,
      });
      return row!;
    })
    .catch(emailRace);
}
