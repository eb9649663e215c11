import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { nextTranslationState } from '../../../lib/translation.js';
import { events } from '../../events/schema.js';
import { cities } from '../../places/schema.js';
import { glossaryTerms, libraryItemEvents, libraryItems, libraryItemVersions } from '../schema.js';
import { itemSearchVector, itemTitleText } from '../search-doc.js';
import { snapshotOf } from '../snapshot.js';
import { STARTER_ITEMS } from './items.js';
import { STARTER_TERMS } from './terms.js';
import { ADDED_TERMS } from './terms-added.js';
import type { StarterTerm } from './types.js';

export const LIBRARY_SEED_NAME = 'library-starter-2026-11';
/** The terms added later (`terms-added.ts`), for databases loaded before them. */
export const GLOSSARY_ADDITIONS_NAME = 'library-glossary-additions-2026-12';
const EDITOR_NAME = 'IP Cascade';

/** Terms whose slug is not taken yet; an editor's own term of the same slug stays. */
async function insertTerms(db: Db, terms: StarterTerm[], now: Date) {
  for (const t of terms) {
    await db
      .insert(glossaryTerms)
      .values({
        slug: t.slug,
        term: t.term,
        definition: t.definition,
        aliases: t.aliases,
        source: t.source ?? { en: '', zh: '' },
        ...nextTranslationState(null, [t.term, t.definition], now),
        createdAt: now,
        updatedAt: now,
      })
      .onConflictDoNothing({ target: glossaryTerms.slug });
  }
}

/** The terms added after the first release, on a database whose glossary was loaded before them. */
export async function loadAddedTerms(db: Db, now: Date): Promise<void> {
  await insertTerms(db, ADDED_TERMS, now);
}

async function eventIdsFor(db: Db, refs: { city: string; year: number }[]): Promise<string[]> {
  const ids: string[] = [];
  for (const r of refs) {
    const rows = await db
      .select({ id: events.id })
      .from(events)
      .innerJoin(cities, eq(cities.id, events.cityId))
      .where(and(eq(cities.slug, r.city), sql`extract(year from ${events.startDate}) = ${r.year}`));
    ids.push(...rows.map((x) => x.id));
  }
  return [...new Set(ids)];
}

/**
 * The library's starter content: items written for the platform in both languages, and the
 * glossary. Links to demo events are made when those events exist (the demo is loaded first).
 */
export async function loadLibraryStarter(db: Db, now: Date): Promise<void> {
  await insertTerms(db, STARTER_TERMS, now);
  for (const item of STARTER_ITEMS) {
    const fields = {
      type: item.type,
      title: item.title,
      summary: item.summary,
      body: item.body,
      source: item.source,
      url: item.url ?? '',
      ipRights: item.ipRights,
      topics: item.topics,
      jurisdictions: item.jurisdictions,
      sectors: item.sectors ?? [],
      audiences: item.audiences,
      status: 'published' as const,
      publishedOn: item.publishedOn,
    };
    const [row] = await db
      .insert(libraryItems)
      .values({
        slug: item.slug,
        ...fields,
        version: 1,
        titleText: itemTitleText(item.title),
        searchVector: sql`${itemSearchVector(item, [])}::tsvector`,
        ...nextTranslationState(null, [item.title, item.summary, item.body], now),
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: libraryItems.id });
    const eventIds = await eventIdsFor(db, item.events ?? []);
    if (eventIds.length) {
      await db.insert(libraryItemEvents).values(eventIds.map((eventId) => ({ itemId: row!.id, eventId })));
    }
    await db.insert(libraryItemVersions).values({
      itemId: row!.id,
      version: 1,
      content: snapshotOf(fields, eventIds),
      editorName: EDITOR_NAME,
      editedAt: now,
    });
  }
}
