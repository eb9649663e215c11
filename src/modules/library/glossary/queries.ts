import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import type { Lang } from '../../../lib/bilingual.js';
import { normaliseForSearch } from '../../../lib/search-vector.js';
import type { TermFinder } from '../markdown.js';
import { glossaryTerms } from '../schema.js';
import { termFinder } from './finder.js';

export type TermRow = typeof glossaryTerms.$inferSelect;

const collators = { en: new Intl.Collator('en'), zh: new Intl.Collator('zh-CN') };

/** Every term, in the reader's alphabetical order: A–Z in English, by pinyin in Chinese. */
export async function listTerms(db: Db, lang: Lang): Promise<TermRow[]> {
  const rows = await db.select().from(glossaryTerms);
  const name = (t: TermRow) => t.term[lang] || t.term.en || t.term.zh;
  return rows.sort((a, b) => collators[lang].compare(name(a), name(b)) || a.slug.localeCompare(b.slug));
}

export async function getTerm(db: Db, slug: string): Promise<TermRow | null> {
  const [row] = await db
    .select()
    .from(glossaryTerms)
    .where(eq(glossaryTerms.slug, slug.slice(0, 200)));
  return row ?? null;
}

/** Terms whose name or other forms contain the query: the glossary box on the search page. */
export async function matchingTerms(db: Db, q: string, limit = 3): Promise<TermRow[]> {
  const needle = normaliseForSearch(q.trim());
  if ([...needle].length < 2) return [];
  const rows = await db.select().from(glossaryTerms);
  const score = (t: TermRow) => {
    const forms = [t.term.en, t.term.zh, ...t.aliases].map(normaliseForSearch);
    if (forms.includes(needle)) return 3;
    if (forms.some((f) => f.startsWith(needle) || needle.startsWith(f))) return 2;
    if (forms.some((f) => f.includes(needle) || (needle.length > 3 && needle.includes(f)))) return 1;
    return 0;
  };
  return rows
    .map((t) => ({ t, s: score(t) }))
    .filter((x) => x.s > 0)
    .sort((a, b) => b.s - a.s || a.t.slug.localeCompare(b.t.slug))
    .slice(0, limit)
    .map((x) => x.t);
}

// The linker is rebuilt only when the glossary changes: a page view costs one small query.
const cache = new WeakMap<Db, { version: string; lang: Lang; finder: TermFinder }[]>();

/** The glossary as a term finder for item pages, linking to `/{lang}/library/glossary/{slug}`. */
export async function glossaryLinker(db: Db, lang: Lang): Promise<TermFinder> {
  const [v] = await db
    .select({
      n: sql<number>`count(*)::int`,
      at: sql<string>`coalesce(max(${glossaryTerms.updatedAt})::text, '')`,
    })
    .from(glossaryTerms);
  const version = `${v?.n ?? 0}|${v?.at ?? ''}`;
  const cached = cache.get(db) ?? [];
  const hit = cached.find((c) => c.version === version && c.lang === lang);
  if (hit) return hit.finder;
  const rows = await db
    .select({ slug: glossaryTerms.slug, term: glossaryTerms.term, aliases: glossaryTerms.aliases })
    .from(glossaryTerms);
  const finder = termFinder(
    rows.map((r) => ({ slug: r.slug, forms: [r.term.en, r.term.zh, ...r.aliases] })),
    (slug) => `/${lang}/library/glossary/${slug}`,
  );
  cache.set(db, [...cached.filter((c) => c.version === version), { version, lang, finder }]);
  return finder;
}
