import { and, asc, desc, eq, inArray, ne } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Bilingual } from '../../lib/bilingual.js';
import { invalidFields } from '../../lib/field-errors.js';
import { events } from '../events/schema.js';
import { libraryItemEvents } from './schema.js';

/** Something an item points to elsewhere on the platform: a training event, later a course. */
export interface RelatedLink {
  kind: RelatedKindName;
  id: string;
  title: Bilingual;
  /** The path under /{lang}. */
  path: string;
  /** When it takes place, for events: [start, end, precision]. */
  dates?: { start: string; end: string; precision: 'day' | 'month' | 'year' };
}

/**
 * One kind of related content. Each kind keeps its own link table (with a real foreign key, so a
 * deleted event takes its links with it) and tells the library how to check, save and read them.
 * Courses join by adding `library_item_courses`, a `courseIds` input field and an entry here.
 */
export interface RelatedKind {
  name: RelatedKindName;
  /** The ids that exist; throws a field error naming `field` for any that does not. */
  check(db: Db, ids: string[]): Promise<string[]>;
  replace(db: Db, itemId: string, ids: string[]): Promise<void>;
  idsOf(db: Db, itemId: string): Promise<string[]>;
  load(db: Db, itemIds: string[], opts: { includeDrafts: boolean }): Promise<Map<string, RelatedLink[]>>;
}

export type RelatedKindName = 'event';

const eventKind: RelatedKind = {
  name: 'event',
  async check(db, ids) {
    const unique = [...new Set(ids)];
    if (!unique.length) return unique;
    const found = await db.select({ id: events.id }).from(events).where(inArray(events.id, unique));
    if (found.length !== unique.length) {
      throw invalidFields({ eventIds: 'library.error.unknownEvent' }, 'unknown event');
    }
    return unique;
  },
  async replace(db, itemId, ids) {
    await db.delete(libraryItemEvents).where(eq(libraryItemEvents.itemId, itemId));
    if (ids.length) await db.insert(libraryItemEvents).values(ids.map((eventId) => ({ itemId, eventId })));
  },
  async idsOf(db, itemId) {
    const rows = await db
      .select({ id: libraryItemEvents.eventId })
      .from(libraryItemEvents)
      .where(eq(libraryItemEvents.itemId, itemId));
    return rows.map((r) => r.id);
  },
  async load(db, itemIds, opts) {
    const out = new Map<string, RelatedLink[]>();
    if (!itemIds.length) return out;
    const rows = await db
      .select({
        itemId: libraryItemEvents.itemId,
        id: events.id,
        title: events.title,
        start: events.startDate,
        end: events.endDate,
        precision: events.datePrecision,
      })
      .from(libraryItemEvents)
      .innerJoin(events, eq(events.id, libraryItemEvents.eventId))
      .where(
        and(
          inArray(libraryItemEvents.itemId, itemIds),
          opts.includeDrafts ? undefined : ne(events.status, 'draft'),
        ),
      )
      .orderBy(desc(events.startDate), asc(events.id));
    for (const r of rows) {
      const list = out.get(r.itemId) ?? [];
      list.push({
        kind: 'event',
        id: r.id,
        title: r.title,
        path: `/events/${r.id}`,
        dates: { start: r.start, end: r.end, precision: r.precision },
      });
      out.set(r.itemId, list);
    }
    return out;
  },
};

export const RELATED_KINDS: readonly RelatedKind[] = [eventKind];
export const relatedKind = (name: RelatedKindName) => RELATED_KINDS.find((k) => k.name === name)!;

/** Events an editor can link to, most recent first. */
export function eventChoices(db: Db, limit = 500) {
  return db
    .select({ id: events.id, title: events.title, startDate: events.startDate })
    .from(events)
    .orderBy(desc(events.startDate), asc(events.id))
    .limit(limit);
}
