import type { TestApp } from '../../../tests/helpers/app.js';
import type { Actor, Role } from '../../lib/actor.js';
import { loadUser, newSecretToken, sha256 } from '../accounts/index.js';
import { apiTokens } from '../accounts/schema.js';
import {
  addLocalSession,
  addParticipant,
  addTrainer,
  type CascadeWorld,
  seedCascade,
} from './test-fixtures.js';

/** A signed-in user (browser headers), the same user as the domain sees them, and an API token. */
export async function person(
  t: TestApp,
  role: Role,
  scopes: { province: string; cityId: string | null }[] = [],
) {
  const browser = await t.signIn(role, { scopes });
  const actor = (await loadUser(t.database.db, browser.userId!)) as Actor;
  const token = `ipc_${newSecretToken()}`;
  await t.database.db
    .insert(apiTokens)
    .values({ userId: actor.id, name: 'test', tokenHash: sha256(token), prefix: token.slice(0, 12) });
  return { browser, actor, bearer: { authorization: `Bearer ${token}` } };
}

export type Person = Awaited<ReturnType<typeof person>>;

/**
 * A world for the sign-in tests: the Qingdao training, a trainer with an account (certified from
 * it) and a local session the trainer runs in Qingdao on `date`, plus a Xiamen coordinator who may
 * not touch it.
 */
export async function signInWorld(t: TestApp, date = '2010-07-10') {
  const manager = await person(t, 'manager');
  const w: CascadeWorld = await seedCascade(t.database.db, manager.actor);
  const trainerUser = await person(t, 'trainer');
  const reg = await addParticipant(t.database.db, w.training.id, {
    name: '王丽',
    email: 'wang.li@example.cn',
  });
  const trainer = await addTrainer(t.database.db, w, {
    sourceEventId: w.training.id,
    registrationId: reg.id,
    name: '王丽',
    email: 'wang.li@example.cn',
    cityId: w.qingdao.id,
    province: 'CN-SD',
    userId: trainerUser.actor.id,
  });
  const session = await addLocalSession(t.database.db, {
    programmeId: w.programme.id,
    parentEventId: w.training.id,
    trainerId: trainer.id,
    cityId: w.qingdao.id,
    province: 'CN-SD',
    date,
  });
  const key = await keyOf(t, session.id);
  const outsider = await person(t, 'coordinator', [{ province: 'CN-FJ', cityId: null }]);
  return { w, manager, trainerUser, trainer, session, key, outsider };
}

async function keyOf(t: TestApp, eventId: string): Promise<string> {
  const rows = await t.database.query<{ sign_in_key: string }>(
    'select sign_in_key from local_sessions where event_id = $1',
    [eventId],
  );
  return rows[0]!.sign_in_key;
}

/** A valid unified social credit code (its check character computed as GB 32100 says). */
export const CREDIT_CODE = '91370200MA3C4QX21R';
