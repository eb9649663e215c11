import { and, eq, like, ne, or } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { shortId, slugify } from '../news/index.js';
import type { glossaryTerms, libraryItems } from './schema.js';

/** Path segments the library pages use themselves. */
const RESERVED = new Set(['new', 'edit', 'versions', 'files', 'glossary', 'items', 'search']);

export function baseSlug(titleEn: string, titleZh: string): string {
  const s = slugify(titleEn);
  if (s.length >= 3 && !RESERVED.has(s)) return s;
  // A title in Chinese only: no readable ASCII slug can be made from it.
  return `${titleZh ? 'item' : 'untitled'}-${shortId()}`;
}

type SlugTable = typeof libraryItems | typeof glossaryTerms;

/** The first of `base`, `base-2`, `base-3`… that no other row of the table uses. */
export async function uniqueSlug(db: Db, table: SlugTable, base: string, exceptId?: string): Promise<string> {
  const taken = await db
    .select({ slug: table.slug })
    .from(table)
    .where(
      and(
        or(eq(table.slug, base), like(table.slug, `${base.replace(/[\\%_]/g, '\\$&')}-%`)),
        exceptId ? ne(table.id, exceptId) : undefined,
      ),
    );
  const used = new Set(taken.map((r) => r.slug));
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}
