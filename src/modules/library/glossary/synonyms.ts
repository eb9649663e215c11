import { sql } from 'drizzle-orm';
import type { Db } from '../../../db/client.js';
import { synonymsFrom } from '../../../lib/search-synonyms.js';
import type { Synonyms } from '../../../lib/search-vector.js';
import { glossaryTerms } from '../schema.js';

// Rebuilt only when the glossary changes: a search costs one small query for it.
const cache = new WeakMap<Db, { version: string; synonyms: Synonyms }>();

/**
 * The glossary as search synonyms: each term's English and Chinese names and its other forms
 * (plurals, spellings, abbreviations) stand for one another in a query, so "EU trademark" finds
 * "EU trade mark", "EUTM" finds both and 年费 finds "annual fee".
 */
export async function glossarySynonyms(db: Db): Promise<Synonyms> {
  const [v] = await db
    .select({
      n: sql<number>`count(*)::int`,
      at: sql<string>`coalesce(max(${glossaryTerms.updatedAt})::text, '')`,
    })
    .from(glossaryTerms);
  const version = `${v?.n ?? 0}|${v?.at ?? ''}`;
  const hit = cache.get(db);
  if (hit?.version === version) return hit.synonyms;
  const rows = await db
    .select({ term: glossaryTerms.term, aliases: glossaryTerms.aliases })
    .from(glossaryTerms);
  const synonyms = synonymsFrom(rows.map((r) => [r.term.en, r.term.zh, ...r.aliases].filter(Boolean)));
  cache.set(db, { version, synonyms });
  return synonyms;
}
