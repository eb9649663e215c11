import { type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Lang } from '../../lib/bilingual.js';
import { type SearchPlan, searchPlan } from '../../lib/search-vector.js';
import { FACET_COLUMNS, FACET_NAMES, FACETS, type FacetName } from './tags.js';

export type Filters = Partial<Record<FacetName, string[]>>;

export interface SearchQuery {
  q: string;
  /** The reader's language: items with a title in it rank a little higher. */
  lang: Lang;
  filters: Filters;
  page: number;
  pageSize: number;
  /** Drafts too (editors only). */
  includeDrafts?: boolean;
}

export interface RankedId {
  id: string;
  score: number;
}

export interface FacetCount {
  value: string;
  count: number;
}

export interface RankedPage {
  total: number;
  ids: RankedId[];
  facets: Record<FacetName, FacetCount[]>;
}

/** Only known values of known facets; anything else in a URL is ignored. */
export function cleanFilters(raw: Record<string, string | string[] | undefined>): Filters {
  const out: Filters = {};
  for (const name of FACET_NAMES) {
    const v = raw[name];
    const values = (Array.isArray(v) ? v : v ? String(v).split(',') : []).map((s) => s.trim());
    const allowed = FACETS[name] as readonly string[];
    const kept = allowed.filter((a) => values.includes(a));
    if (kept.length) out[name] = kept;
  }
  return out;
}

const textArray = (values: string[]) =>
  sql`ARRAY[${sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  )}]::text[]`;

/** One facet's condition: any of its values (OR within a facet, AND across facets). */
function facetCondition(name: FacetName, values: string[]): SQL {
  const col = sql.identifier(FACET_COLUMNS[name]);
  return name === 'type' ? sql`${col} = ANY(${textArray(values)})` : sql`${col} && ${textArray(values)}`;
}

function filtersExcept(filters: Filters, skip?: FacetName): SQL {
  const parts = FACET_NAMES.filter((n) => n !== skip && filters[n]?.length).map((n) =>
    facetCondition(n, filters[n]!),
  );
  return parts.length ? sql.join(parts, sql` AND `) : sql`TRUE`;
}

/** How the candidate items are found and scored: full text, or trigram similarity of titles. */
export interface Matcher {
  where: SQL;
  score: SQL;
}

export function textMatcher(plan: SearchPlan, lang: Lang): Matcher {
  return {
    where: sql`search_vector @@ ${plan.match}::tsquery`,
    score: scoreOf(plan, lang),
  };
}

/** Items with any of the words: those with more of the words first, then by rank. */
export function anyWordMatcher(plan: SearchPlan, lang: Lang): Matcher | null {
  if (!plan.any) return null;
  const weights = sql`'{0.1, 0.2, 0.4, 1.0}'::float4[]`;
  const count = sql.join(
    plan.terms.map((term) => sql`(search_vector @@ ${term}::tsquery)::int`),
    sql` + `,
  );
  return {
    where: sql`search_vector @@ ${plan.any}::tsquery`,
    score: sql`((${count}) + ts_rank(${weights}, search_vector, ${plan.any}::tsquery, 33) * CASE WHEN title->>${lang} <> '' THEN 1.0 ELSE 0.8 END)::float8`,
  };
}

/** Titles that contain something like the query (typo tolerance); `%>` can use the trigram index. */
export function similarTitleMatcher(normalisedQuery: string): Matcher {
  return {
    where: sql`title_text %> ${normalisedQuery}`,
    score: sql`word_similarity(${normalisedQuery}, title_text)::float8`,
  };
}

/**
 * The score of a matching item, in tiers so that what a reader expects comes first:
 * - every word in the **title** (+0.5; the title is the document's weight-A part);
 * - the whole query as a **phrase** anywhere (+0.3 and its rank), so 专利申请 comes before
 *   申请专利 among otherwise similar texts;
 * - within a tier, ts_rank over the weighted document (titles ten times bodies, summaries twice),
 *   normalised by document length.
 * An item with no title in the reader's language counts four fifths.
 */
function scoreOf(plan: SearchPlan, lang: Lang): SQL {
  const weights = sql`'{0.1, 0.2, 0.4, 1.0}'::float4[]`;
  const base = sql`ts_rank(${weights}, search_vector, ${plan.match}::tsquery, 33)`;
  const title = sql`CASE WHEN ts_filter(search_vector, '{a}') @@ ${plan.match}::tsquery THEN 0.5 ELSE 0 END`;
  const phrase = plan.phrase
    ? sql` + CASE WHEN search_vector @@ ${plan.phrase}::tsquery THEN 0.3 + ts_rank(${weights}, search_vector, ${plan.phrase}::tsquery, 33) ELSE 0 END`
    : sql``;
  return sql`((${base} + ${title}${phrase}) * CASE WHEN title->>${lang} <> '' THEN 1.0 ELSE 0.8 END)::float8`;
}

interface Row {
  kind: string;
  value: string | null;
  n: number | string | null;
  score: number | string | null;
}

/**
 * One round trip for a page of results, the total and every facet's counts. Each facet is counted
 * with the other facets' filters applied but not its own, so choosing one value still shows how
 * many the others would give.
 */
export async function rankedPage(db: Db, query: SearchQuery, matcher: Matcher | null): Promise<RankedPage> {
  const matches = matcher?.where ?? sql`TRUE`;
  const score = matcher?.score ?? sql`0::float8`;
  const status = query.includeDrafts ? sql`TRUE` : sql`status = 'published'`;
  const order = matcher
    ? sql`score DESC, published_on DESC NULLS LAST, id`
    : sql`published_on DESC NULLS LAST, title->>${query.lang}, id`;
  const facetSelects = FACET_NAMES.map((name) => {
    const col = sql.identifier(FACET_COLUMNS[name]);
    const value = name === 'type' ? col : sql`unnest(${col})`;
    return sql`SELECT ${name}::text AS kind, v AS value, count(*)::int AS n, NULL::float8 AS score
      FROM (SELECT ${value} AS v FROM m WHERE ${filtersExcept(query.filters, name)}) x GROUP BY v`;
  });
  const statement = sql`
    WITH m AS MATERIALIZED (
      SELECT id, type, ip_rights, topics, jurisdictions, audiences, published_on, title,
             ${score} AS score
        FROM library_items WHERE ${status} AND ${matches}
    ), f AS (SELECT * FROM m WHERE ${filtersExcept(query.filters)})
    (SELECT 'hit'::text AS kind, id::text AS value, (row_number() OVER (ORDER BY ${order}))::int AS n, score
       FROM f ORDER BY ${order} LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize})
    UNION ALL SELECT 'total', NULL, count(*)::int, NULL FROM f
    UNION ALL ${sql.join(facetSelects, sql` UNION ALL `)}`;
  const rows = ((await db.execute(statement)) as unknown as { rows: Row[] }).rows;
  const facets = Object.fromEntries(FACET_NAMES.map((n) => [n, [] as FacetCount[]])) as RankedPage['facets'];
  const hits: (RankedId & { n: number })[] = [];
  let total = 0;
  for (const r of rows) {
    if (r.kind === 'hit') hits.push({ id: r.value!, score: Number(r.score), n: Number(r.n) });
    else if (r.kind === 'total') total = Number(r.n);
    else if (r.value !== null) facets[r.kind as FacetName].push({ value: r.value, count: Number(r.n) });
  }
  for (const name of FACET_NAMES) {
    const order = FACETS[name] as readonly string[];
    facets[name].sort((a, b) => order.indexOf(a.value) - order.indexOf(b.value));
  }
  const ids = hits.sort((a, b) => a.n - b.n).map(({ id, score }) => ({ id, score }));
  return { total, ids, facets };
}

export { searchPlan };
