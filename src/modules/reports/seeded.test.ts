import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS, freshDatabase } from '../../../tests/helpers/db.js';
import type { Database } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { seedDemoOnce } from '../seed/index.js';
import { participationReport } from './participation.js';

const manager: Actor = {
  id: '00000000-0000-4000-8000-000000000001',
  email: 'manager@example.org',
  name: 'Manager',
  role: 'manager',
  preferredLang: 'en',
  organisationId: null,
  scopes: [],
};

describe.each(DATABASE_KINDS)('the 2008–2010 rounds in the report (%s)', (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(kind);
    await seedDemoOnce(database, pino({ level: 'silent' }));
  }, 180_000);
  afterAll(() => database.close());

  it("appear as reported headcounts, the demo cascade's named trainers inside 2010's, each figure counted once", async () => {
    const byYear = await participationReport(database.db, manager, 'year');
    // The demo cascade names seven 2010 participants; they are within the 100 reported, not added.
    expect(byYear.totals).toEqual({ named: 7, reported: 1300, total: 1300, approximate: true });
    const rows = Object.fromEntries(
      byYear.rows.map((r) => [r.key.startsWith('report:') ? 'shared' : r.key, r]),
    );
    // The 1,200 covers 2008 and 2009 together, so it stands apart; the 100 is all 2010's.
    expect(rows['2010']).toMatchObject({ named: 7, reported: 100, total: 100 });
    expect(rows.shared).toMatchObject({
      reported: 1200,
      total: 1200,
      label: { en: '2008–2009 rounds (ten events)' },
    });
    expect(rows['2008']).toMatchObject({ reported: 0, total: 0 });
    const byEvent = await participationReport(database.db, manager, 'event');
    expect(byEvent.rows.filter((r) => r.key.startsWith('report:')).map((r) => r.reported)).toEqual([
      1200, 100,
    ]);
    // Twelve trainings, the two shared figures, and the demo cascade's six local sessions.
    expect(byEvent.rows).toHaveLength(12 + 2 + 6);
  });
});
