import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { files } from '../files/schema.js';
import { libraryItemEvents, libraryItemFiles, libraryItems } from './schema.js';

export interface EventLibraryItem {
  id: string;
  slug: string;
  title: { en: string; zh: string };
  type: string;
  /** Each file with its link id (the address `/library/items/<slug>/files/<linkId>`). */
  files: { linkId: string; fileId: string; name: string; size: number; lang: string }[];
}

/** The published library items linked to an event (its slides and handouts), with their files. */
export async function eventLibraryItems(db: Db, eventId: string): Promise<EventLibraryItem[]> {
  const items = await db
    .select({
      id: libraryItems.id,
      slug: libraryItems.slug,
      title: libraryItems.title,
      type: libraryItems.type,
    })
    .from(libraryItemEvents)
    .innerJoin(libraryItems, eq(libraryItems.id, libraryItemEvents.itemId))
    .where(and(eq(libraryItemEvents.eventId, eventId), eq(libraryItems.status, 'published')))
    .orderBy(asc(libraryItems.slug));
  if (!items.length) return [];
  const attached = await db
    .select({
      itemId: libraryItemFiles.itemId,
      linkId: libraryItemFiles.id,
      fileId: files.id,
      name: files.name,
      size: files.size,
      lang: libraryItemFiles.lang,
    })
    .from(libraryItemFiles)
    .innerJoin(files, eq(files.id, libraryItemFiles.fileId))
    .where(
      inArray(
        libraryItemFiles.itemId,
        items.map((i) => i.id),
      ),
    )
    .orderBy(asc(libraryItemFiles.createdAt));
  return items.map((i) => ({
    ...i,
    files: attached.filter((f) => f.itemId === i.id).map(({ itemId: _, ...f }) => f),
  }));
}
