import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_KINDS, freshDatabase } from '../../tests/helpers/db.js';
import type { Database } from './client.js';
import { cities } from './schema.js';

describe.each(DATABASE_KINDS)('database on %s', (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await freshDatabase(kind);
  });
  afterAll(() => database.close());

  it('has pg_trgm and a UTF-8 ctype that lets trigrams see Chinese', async () => {
    const rows = await database.query<{ n: number }>("SELECT cardinality(show_trgm('中小企业')) AS n");
    expect(Number(rows[0]?.n)).toBeGreaterThan(0);
  });

  it('counts as a number on both drivers', async () => {
    await database.db.insert(cities).values({ slug: 'x', province: 'CN-SD', name: { en: 'X', zh: '某' } });
    const [row] = await database.db.select({ n: count() }).from(cities);
    expect(row?.n).toBe(1);
    const [raw] = await database.query<{ d: string }>("SELECT DATE '2010-06-24' AS d");
    expect(raw?.d).toBe('2010-06-24');
  });
});
