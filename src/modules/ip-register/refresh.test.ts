import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestApp, testApp } from '../../../tests/helpers/app.js';
import { DATABASE_KINDS } from '../../../tests/helpers/db.js';
import { ENGINE_VERSION } from './engine/version.js';
import { refreshSchedules } from './jobs.js';
import { createRight } from './save-right.js';
import { ipDeadlines, ipRights } from './schema.js';
import { addOrganisation, cnTrademark, epPatent, member, noonOn } from './test-fixtures.js';

describe.each(DATABASE_KINDS)('keeping stored schedules current (%s)', (kind) => {
  let t: TestApp;
  let tmId: string;
  let epId: string;

  beforeAll(async () => {
    t = await testApp(kind);
    t.ctx.now = noonOn('2024-11-20');
    const org = await addOrganisation(t.database.db);
    const sme = await member(t, 'sme', org.id);
    tmId = (await createRight(t.database.db, sme.user, org.id, cnTrademark(), t.ctx.now())).id;
    epId = (await createRight(t.database.db, sme.user, org.id, epPatent(), t.ctx.now())).id;
  });
  afterAll(() => t.close());

  const dues = async (id: string) =>
    (
      await t.database.db
        .select({ due: ipDeadlines.dueRaw })
        .from(ipDeadlines)
        .where(eq(ipDeadlines.rightId, id))
    )
      .map((d) => d.due)
      .sort();

  it('leaves schedules alone while they hold', async () => {
    expect(await refreshSchedules(t.ctx)).toBe(0);
  });

  it('schedules a trade mark’s next renewal once the current one can no longer be made', async () => {
    expect(await dues(tmId)).toEqual(['2025-03-06']);
    t.ctx.now = noonOn('2025-09-09');
    expect(await refreshSchedules(t.ctx)).toBe(1);
    expect(await dues(tmId)).toEqual(['2025-03-06', '2035-03-06']);
    const [tm] = await t.database.db.select().from(ipRights).where(eq(ipRights.id, tmId));
    expect(tm!.expiresOn).toBe('2035-03-06');
    expect(await refreshSchedules(t.ctx)).toBe(0);
  });

  it('recomputes every schedule made with other rules or calendars', async () => {
    await t.database.db.update(ipRights).set({ engineVersion: '1.00000000' });
    await t.database.db.delete(ipDeadlines).where(eq(ipDeadlines.rightId, epId));
    expect(await refreshSchedules(t.ctx)).toBe(2);
    expect((await dues(epId)).length).toBeGreaterThan(10);
    const versions = await t.database.db.select({ v: ipRights.engineVersion }).from(ipRights);
    expect(versions.map((v) => v.v)).toEqual([ENGINE_VERSION, ENGINE_VERSION]);
  });
});
