import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/client.js';
import { searchQuery } from '../../src/lib/search-text.js';
import { searchLibrary } from '../../src/modules/library/index.js';
import { addItem } from '../../src/modules/library/test-fixtures.js';
import { seedEvent } from '../../src/modules/news/test-support/fixtures.js';
import { DATABASE_KINDS, freshDatabase } from '../helpers/db.js';

const MIGRATION = readFileSync(
  new URL('../../src/db/migrations/0002_fold-traditional-search.sql', import.meta.url),
  'utf8',
);

/**
 * Rows indexed before search folded traditional characters keep them in their search columns;
 * the migration folds them, so a query (folded too) finds them again.
 */
describe.each(DATABASE_KINDS)('the migration that folds indexed traditional characters (%s)', (kind) => {
  let database: Database;
  let slug: string;
  let eventId: string;

  beforeAll(async () => {
    database = await freshDatabase(kind);
    const item = await addItem(database.db, {
      title: { en: 'Renewal in Taiwan', zh: '商標續展' },
      body: { zh: '註冊商標有效期為十年。' },
    });
    slug = item.slug;
    eventId = await seedEvent(database.db, {
      en: 'Hong Kong briefing',
      zh: '香港講座',
      startDate: '2010-07-01',
    });
    // As the rows were indexed before folding: the traditional characters as written.
    await database.query(
      `UPDATE library_items SET search_vector = $1::tsvector, title_text = 'renewal in taiwan 商標續展' WHERE id = $2`,
      ["'renewal':1A 'in':2A 'taiwan':3A '商標':4A '標續':5A '續展':6A '註冊':7C '冊商':8C", item.id],
    );
    await database.query(
      `UPDATE events SET search_text = 'hong kong briefing 香港 講座 香港講座 港講' WHERE id = $1`,
      [eventId],
    );
  });
  afterAll(() => database.close());

  const foundItem = async (q: string) =>
    (await searchLibrary(database.db, { q, lang: 'zh', filters: {}, page: 1, pageSize: 5 })).items.map(
      (i) => i.slug,
    );
  const foundEvent = async (q: string) =>
    (
      await database.query<{ id: string }>(
        `SELECT id FROM events WHERE to_tsvector('simple', search_text) @@ to_tsquery('simple', $1)`,
        [searchQuery(q)],
      )
    ).map((r) => r.id);

  it('finds old rows again, by traditional and by simplified characters', async () => {
    expect(await foundItem('商標續展')).not.toContain(slug);
    expect(await foundEvent('香港講座')).not.toContain(eventId);
    for (const statement of MIGRATION.split('--> statement-breakpoint')) await database.exec(statement);
    for (const q of ['商標續展', '商标续展', '注册商标']) expect(await foundItem(q), q).toContain(slug);
    for (const q of ['香港講座', '香港讲座']) expect(await foundEvent(q), q).toContain(eventId);
  });
});
