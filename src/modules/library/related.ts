import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Bilingual } from '../../lib/bilingual.js';
import { invalidFields } from '../../lib/field-errors.js';
import { type Viewer, visibleEvents } from '../events/index.js';
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
 *
 * What a link shows is filtered by what the reader may see, in the query: a draft event linked
 * from a published item stays hidden from everyone who may not see the draft itself.
 */
export interface RelatedKind {
  name: RelatedKindName;
  /**
   * The links to store when `actor` saves `ids` on the item: each id must be something the actor
   * may see (or already linked), else a field error; links to things the actor cannot see are
   * kept, since the actor could neither see nor choose them.
   */
  check(db: Db, actor: Viewer, ids: string[], itemId?: string): Promise<string[]>;
  replace(db: Db, itemId: string, ids: string[]): Promise<void>;
  /** The linked ids the viewer may see (all of them without a viewer: the item's own record). */
  idsOf(db: Db, itemId: string, viewer?: Viewer): Promise<string[]>;
  load(db: Db, viewer: Viewer, itemIds: string[]): Promise<Map<string, RelatedLink[]>>;
}

export type RelatedKindName = 'event';

const eventKind: RelatedKind = {
  name: 'event',
  async check(db, actor, ids, itemId) {
    const unique = [...new Set(ids)];
    const linked = itemId ? await this.idsOf(db, itemId) : [];
    const visible = linked.length ? new Set(await this.idsOf(db, itemId!, actor)) : new Set<string>();
    const hidden = linked.filter((id) => !visible.has(id));
    const fresh = unique.filter((id) => !linked.includes(id));
    if (fresh.length) {
      const found = await db
        .select({ id: events.id })
        .from(events)
        .where(and(inArray(events.id, fresh), visibleEvents(actor)));
      if (found.length !== fresh.length) {
        throw invalidFields({ eventIds: 'library.error.unknownEvent' }, 'unknown event');
      }
    }
    return [...unique, ...hidden.filter((id) => !unique.includes(id))];
  },
  async replace(db, itemId, ids) {
    await db.delete(libraryItemEvents).where(eq(libraryItemEvents.itemId, itemId));
    if (ids.length) await db.insert(libraryItemEvents).values(ids.map((eventId) => ({ itemId, eventId })));
  },
  async idsOf(db, itemId, viewer) {
    const rows = await db
      .select({ id: libraryItemEvents.eventId })
      .from(libraryItemEvents)
      .innerJoin(events, eq(events.id, libraryItemEvents.eventId))
      .where(
        and(eq(libraryItemEvents.itemId, itemId), viewer === undefined ? undefined : visibleEvents(viewer)),
      )
      .orderBy(asc(libraryItemEvents.eventId));
    return rows.map((r) => r.id);
  },
  async load(db, viewer, itemIds) {
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
      .where(and(inArray(libraryItemEvents.itemId, itemIds), visibleEvents(viewer)))
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

/** Events an editor can link to (those the editor may see), most recent first. */
export function eventChoices(db: Db, viewer: Viewer, limit = 500) {
  return db
    .select({ id: events.id, title: events.title, startDate: events.startDate })
    .from(events)
    .where(visibleEvents(viewer))
    .orderBy(desc(events.startDate), asc(events.id))
    .limit(limit);
}
