import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { forbidden } from '../../lib/errors.js';
import { invalidFields } from '../../lib/field-errors.js';
import { recordAudit } from '../audit/index.js';
import { coversPlace, editsDirectory } from './access.js';
import type { OrganisationInput } from './inputs.js';
import { resolvePlace } from './place.js';
import type { Organisation } from './queries.js';
import { organisations } from './schema.js';
import { organisationSearchText } from './search.js';

/** Adds an organisation; a coordinator may add one only in a province or city they cover. */
export async function createOrganisation(
  db: Db,
  actor: Actor,
  input: OrganisationInput,
): Promise<Organisation> {
  if (!editsDirectory(actor)) throw forbidden();
  return db.transaction(async (tx) => {
    const place = await resolvePlace(tx, input);
    if (!coversPlace(actor, place)) throw invalidFields({ province: 'directory.error.outsideScope' });
    const values = { ...input, province: place.province, cityId: place.cityId };
    const [row] = await tx
      .insert(organisations)
      .values({ ...values, searchText: organisationSearchText(values, place.cityName) })
      .returning();
    await recordAudit(tx, actor, {
      action: 'create',
      entity: 'organisation',
      entityId: row!.id,
      after: row,
    });
    return row!;
  });
}
