// Fills a database for the calendar benchmark: the demo programme plus synthetic events spread
// over the demo's cities and the years 2011–2030.
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { type Database, openDatabase } from '../src/db/client.js';
import { migrate } from '../src/db/migrate.js';
import { searchText } from '../src/lib/search-text.js';
import { events, programmes } from '../src/modules/events/schema.js';
import { cities } from '../src/modules/places/schema.js';
import { PROGRAMME, seedDemoOnce } from '../src/modules/seed/index.js';

const STATUSES = ['published', 'completed', 'cancelled'] as const;

export async function prepareCalendarData(
  target: { databaseUrl?: string; dataDir: string },
  extraEvents: number,
): Promise<{ events: number; eventBytes: number; databaseBytes: number }> {
  const database: Database = await openDatabase(target);
  try {
    await migrate(database);
    await seedDemoOnce(database, pino({ level: 'silent' }));
    const db = database.db;
    const [programme] = await db.select().from(programmes).where(eq(programmes.slug, PROGRAMME.slug));
    const places = await db.select().from(cities);
    const rows = [];
    for (let i = 0; i < extraEvents; i++) {
      const city = places[i % places.length]!;
      const year = 2011 + (i % 20);
      const month = String(1 + (i % 12)).padStart(2, '0');
      const day = String(1 + (i % 27)).padStart(2, '0');
      const title = {
        en: `IP management briefing for SMEs no. ${i + 1} — ${city.name.en}`,
        zh: `面向中小企业的知识产权管理培训第${i + 1}期——${city.name.zh}`,
      };
      const description = {
        en: 'Local briefing on how to legally use, valorise and protect IP rights.',
        zh: '关于依法运用、转化和保护知识产权的地方培训。',
      };
      rows.push({
        programmeId: programme!.id,
        round: { en: String(year), zh: String(year) },
        title,
        description,
        cityId: city.id,
        province: city.province,
        startDate: `${year}-${month}-${day}`,
        endDate: `${year}-${month}-${day}`,
        datePrecision: 'day' as const,
        audience: 'sme' as const,
        status: STATUSES[i % STATUSES.length]!,
        searchText: searchText(
          title.en,
          title.zh,
          description.en,
          description.zh,
          city.name.en,
          city.name.zh,
        ),
        translationStatus: 'complete' as const,
      });
    }
    for (let i = 0; i < rows.length; i += 500) await db.insert(events).values(rows.slice(i, i + 500));
    await database.exec('VACUUM ANALYZE');
    const [size] = await database.query<{ n: number; bytes: number; db: number }>(
      `SELECT count(*)::int AS n, pg_total_relation_size('events')::float8 AS bytes,
              pg_database_size(current_database())::float8 AS db FROM events`,
    );
    return { events: Number(size!.n), eventBytes: Number(size!.bytes), databaseBytes: Number(size!.db) };
  } finally {
    await database.close();
  }
}
