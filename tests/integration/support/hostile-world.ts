import { afterAll, beforeAll, expect, it } from 'vitest';
import type { DatabaseKind } from '../../../src/db/client.js';
import type { Schema } from './openapi.js';
import { type World, world } from './world.js';

export interface SweepWorld {
  w: World;
  /** The API's OpenAPI document. */
  doc: Schema;
}

/**
 * A world of records for a hostile-input sweep on `kind`, made before the file's tests and closed
 * after them, and the checks that close every sweep: nothing stored longer than a field allows,
 * and no object's prototype changed by what was sent.
 */
export function sweepWorld(kind: DatabaseKind): SweepWorld {
  const sweep = {} as SweepWorld;
  beforeAll(async () => {
    sweep.w = await world(kind);
    sweep.doc = await (await sweep.w.api('GET', '/openapi.json', undefined, { token: null })).json();
  }, 120_000);
  afterAll(() => sweep.w.t.close());
  return sweep;
}

/** Registers the closing checks; call it after the sweep's own tests. */
export function checksAfterSweep(sweep: SweepWorld): void {
  it('stores no value longer than a field allows, whatever was sent', async () => {
    const { database } = sweep.w.t;
    const columns = await database.query<{ table_name: string; column_name: string }>(
      `SELECT table_name, column_name FROM information_schema.columns
       WHERE table_schema = 'public' AND data_type IN ('text', 'character varying', 'jsonb', 'json')`,
    );
    const long: string[] = [];
    for (const c of columns) {
      const [row] = await database.query<{ n: number | string | null }>(
        `SELECT max(length("${c.column_name}"::text)) AS n FROM "${c.table_name}"`,
      );
      if (Number(row?.n ?? 0) > 100_000) long.push(`${c.table_name}.${c.column_name}: ${row?.n} characters`);
    }
    expect(long).toEqual([]);
  });

  it('leaves the prototype of every object alone', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
}
