import { randomBytes } from 'node:crypto';
import { and, eq, like, ne, or } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { news } from './schema.js';

const MAX = 80;
/** Path segments the news pages use themselves. */
const RESERVED = new Set(['new', 'feed', 'edit']);

/** A URL slug from an English title: lower-case ASCII words joined by hyphens. */
export function slugify(title: string): string {
  const s = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (s.length <= MAX) return s;
  const cut = s.slice(0, MAX);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > 20 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/g, '');
}

export const shortId = () => randomBytes(4).toString('hex');

/** The slug a new item gets: from the English title, else its date and a short random id. */
export function baseSlug(titleEn: string, dateIso: string): string {
  const s = slugify(titleEn);
  if (s.length >= 3 && !RESERVED.has(s)) return s;
  return `${dateIso}-${shortId()}`;
}

/** The first of `base`, `base-2`, `base-3`… that no other item uses. */
export async function uniqueSlug(db: Db, base: string, exceptId?: string): Promise<string> {
  const taken = await db
    .select({ slug: news.slug })
    .from(news)
    .where(
      and(
        or(eq(news.slug, base), like(news.slug, `${base.replace(/[\\%_]/g, '\\$&')}-%`)),
        exceptId ? ne(news.id, exceptId) : undefined,
      ),
    );
  const used = new Set(taken.map((r) => r.slug));
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}
