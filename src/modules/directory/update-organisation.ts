import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { forbidden, notFound } from '../../lib/errors.js';
import { invalidFields } from '../../lib/field-errors.js';
import { recordAudit } from '../audit/index.js';
import { coversPlace, editsDirectory, organisationScope } from './access.js';
import type { OrganisationInput } from './inputs.js';
import { resolvePlace } from './place.js';
import type { Organisation } from './queries.js';
import { organisations, people } from './schema.js';
import { organisationSearchText, personSearchText } from './search.js';

/** The saved values of an organisation in the shape of the form, for editing and partial updates. */
export const organisationAsInput = (o: Organisation): OrganisationInput => ({
  name: o.name,
  abbreviation: o.abbreviation,
  kind: o.kind,
  size: o.size,
  sector: o.sector as OrganisationInput['sector'],
  province: o.province as OrganisationInput['province'],
  cityId: o.cityId,
  website: o.website,
});

/**
 * Changes an organisation. The user's scope is part of both the locking read and the update, so
 * a coordinator cannot change, or move into their area, an organisation of another province.
 */
export async function updateOrganisation(
  db: Db,
  actor: Actor,
  id: string,
  input: OrganisationInput,
): Promise<Organisation> {
  if (!editsDirectory(actor)) throw forbidden();
  return db.transaction(async (tx) => {
    const scope = organisationScope(actor);
    const [before] = await tx
      .select()
      .from(organisations)
      .where(and(eq(organisations.id, id), scope))
      .for('update');
    if (!before) {
      const [exists] = await tx
        .select({ id: organisations.id })
        .from(organisations)
        .where(eq(organisations.id, id));
      throw exists ? forbidden('organisation outside scope') : notFound();
    }
    const place = await resolvePlace(tx, input);
    if (!coversPlace(actor, place)) throw invalidFields({ province: 'directory.error.outsideScope' });
    const values = { ...input, province: place.province, cityId: place.cityId };
    const [after] = await tx
      .update(organisations)
      .set({ ...values, searchText: organisationSearchText(values, place.cityName), updatedAt: sql`now()` })
      .where(and(eq(organisations.id, id), scope))
      .returning();
    if (!after) throw forbidden('organisation outside scope');
    if (
      before.name.en !== after.name.en ||
      before.name.zh !== after.name.zh ||
      before.abbreviation !== after.abbreviation
    ) {
      await refreshPeopleSearchText(tx, after);
    }
    await recordAudit(tx, actor, {
      action: 'update',
      entity: 'organisation',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

/** People are found by their organisation's names too, so a rename updates their search text. */
export async function refreshPeopleSearchText(db: Db, org: Organisation): Promise<void> {
  const members = await db.select().from(people).where(eq(people.organisationId, org.id));
  for (const p of members) {
    await db
      .update(people)
      .set({ searchText: personSearchText(p, org) })
      .where(eq(people.id, p.id));
  }
}
