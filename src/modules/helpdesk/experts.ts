import { asc, eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { users } from '../accounts/schema.js';
import { recordAudit } from '../audit/index.js';
import { helpdeskExperts } from './schema.js';

export interface ExpertAreas {
  topics: string[];
  provinces: string[];
  city: string;
}

/** Every active expert with the areas they answer on (none yet: empty). */
export async function expertsWithAreas(db: Db) {
  return db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      topics: helpdeskExperts.topics,
      provinces: helpdeskExperts.provinces,
      city: helpdeskExperts.city,
    })
    .from(users)
    .leftJoin(helpdeskExperts, eq(helpdeskExperts.userId, users.id))
    .where(eq(users.role, 'expert'))
    .orderBy(asc(users.name), asc(users.email));
}

/** A manager sets an expert's topics and region. */
export async function saveExpertAreas(db: Db, actor: Actor, userId: string, areas: ExpertAreas) {
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(helpdeskExperts).where(eq(helpdeskExperts.userId, userId));
    await tx
      .insert(helpdeskExperts)
      .values({ userId, ...areas })
      .onConflictDoUpdate({ target: helpdeskExperts.userId, set: areas });
    await recordAudit(tx, actor, {
      action: 'update',
      entity: 'helpdesk_expert',
      entityId: userId,
      before: before ? { topics: before.topics, provinces: before.provinces, city: before.city } : undefined,
      after: areas,
    });
  });
}
