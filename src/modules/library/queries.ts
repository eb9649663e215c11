import { and, asc, desc, eq, getTableColumns, or } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Actor } from '../../lib/actor.js';
import { isUuid } from '../../lib/ids.js';
import type { Viewer } from '../events/index.js';
import { files } from '../files/schema.js';
import { canEditLibrary } from './editors.js';
import { RELATED_KINDS, type RelatedLink } from './related.js';
import { libraryItemFiles, libraryItems, libraryItemVersions } from './schema.js';

const { searchVector: _vector, titleText: _title, ...itemColumns } = getTableColumns(libraryItems);
/** An item as pages and the API read it: everything but the search columns. */
export type ItemRow = Omit<typeof libraryItems.$inferSelect, 'searchVector' | 'titleText'>;
export { itemColumns };

/** An item by slug or id; drafts only for editors. The search columns are not read. */
export async function getItem(db: Db, ref: string, viewer: Actor | null): Promise<ItemRow | null> {
  const key = ref.slice(0, 200);
  const [row] = await db
    .select(itemColumns)
    .from(libraryItems)
    .where(
      and(
        isUuid(key) ? or(eq(libraryItems.slug, key), eq(libraryItems.id, key)) : eq(libraryItems.slug, key),
        canEditLibrary(viewer) ? undefined : eq(libraryItems.status, 'published'),
      ),
    );
  return row ?? null;
}

export interface AttachedFile {
  id: string;
  fileId: string;
  name: string;
  kind: string;
  size: number;
  downloads: number;
  lang: 'en' | 'zh' | '';
  textStatus: 'ok' | 'partial' | 'none';
  pages: number | null;
  textLength: number;
  createdAt: Date;
}

export async function itemFiles(db: Db, itemId: string): Promise<AttachedFile[]> {
  const rows = await db
    .select({
      id: libraryItemFiles.id,
      fileId: files.id,
      name: files.name,
      kind: files.kind,
      size: files.size,
      downloads: files.downloads,
      lang: libraryItemFiles.lang,
      textStatus: libraryItemFiles.textStatus,
      pages: libraryItemFiles.pages,
      text: libraryItemFiles.text,
      createdAt: libraryItemFiles.createdAt,
    })
    .from(libraryItemFiles)
    .innerJoin(files, eq(files.id, libraryItemFiles.fileId))
    .where(eq(libraryItemFiles.itemId, itemId))
    .orderBy(asc(libraryItemFiles.createdAt), asc(libraryItemFiles.id));
  return rows.map(({ text, ...r }) => ({ ...r, textLength: text.length }));
}

/** Everything each item links to elsewhere that the viewer may see, by kind. */
export async function relatedOf(
  db: Db,
  viewer: Viewer,
  itemIds: string[],
): Promise<Map<string, RelatedLink[]>> {
  const out = new Map<string, RelatedLink[]>();
  for (const kind of RELATED_KINDS) {
    for (const [id, links] of await kind.load(db, viewer, itemIds))
      out.set(id, [...(out.get(id) ?? []), ...links]);
  }
  return out;
}

export type VersionRow = typeof libraryItemVersions.$inferSelect;

export function listVersions(db: Db, itemId: string): Promise<VersionRow[]> {
  return db
    .select()
    .from(libraryItemVersions)
    .where(eq(libraryItemVersions.itemId, itemId))
    .orderBy(desc(libraryItemVersions.version));
}

export async function getVersion(db: Db, itemId: string, version: number): Promise<VersionRow | null> {
  const [row] = await db
    .select()
    .from(libraryItemVersions)
    .where(and(eq(libraryItemVersions.itemId, itemId), eq(libraryItemVersions.version, version)));
  return row ?? null;
}
