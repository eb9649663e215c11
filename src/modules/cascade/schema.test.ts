import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS, freshDatabase } from '../../../tests/helpers/db.js';
import type { Database } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { users } from '../accounts/schema.js';
import { trainers } from './schema.js';
import {
  addAttendee,
  addLocalSession,
  addParticipant,
  addTrainer,
  type CascadeWorld,
  seedCascade,
} from './test-fixtures.js';

describe.each(DATABASE_KINDS)('cascade tables (%s)', (kind) => {
  let database: Database;
  let w: CascadeWorld;

  beforeAll(async () => {
    database = await freshDatabase(kind);
    const [u] = await database.db
      .insert(users)
      .values({ email: 'm@example.org', role: 'manager' })
      .returning();
    const manager: Actor = {
      id: u!.id,
      email: u!.email,
      name: '',
      role: 'manager',
      preferredLang: 'en',
      organisationId: null,
      scopes: [],
    };
    w = await seedCascade(database.db, manager);
  });
  afterAll(() => database?.close());

  it('keeps one row per person and local session, and a trainer is exactly one person', async () => {
    const { db } = database;
    const reg = await addParticipant(db, w.training.id, {
      name: '王丽',
      email: 'wang.li@example.cn',
      days: ['2010-06-24', '2010-06-25'],
    });
    const trainer = await addTrainer(db, w, {
      sourceEventId: w.training.id,
      registrationId: reg.id,
      name: '王丽',
      email: 'wang.li@example.cn',
      cityId: w.qingdao.id,
      province: 'CN-SD',
    });
    const session = await addLocalSession(db, {
      programmeId: w.programme.id,
      parentEventId: w.training.id,
      trainerId: trainer.id,
      cityId: w.qingdao.id,
      province: 'CN-SD',
      date: '2010-09-10',
    });
    await addAttendee(db, session.id, w.qingdao.id, { name: '张伟', email: 'Zhang@Example.cn' });
    await expect(
      addAttendee(db, session.id, w.qingdao.id, { name: '张伟', email: 'zhang@example.cn' }),
    ).rejects.toThrow();
    await expect(
      db.insert(trainers).values({
        programmeId: w.programme.id,
        sourceEventId: w.training.id,
        name: 'nobody',
        cityId: w.qingdao.id,
        province: 'CN-SD',
        basis: 'granted',
      }),
    ).rejects.toThrow();
  });
});
