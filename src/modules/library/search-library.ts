import { and, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { type Bilingual, type Lang, other } from '../../lib/bilingual.js';
import { findTerms, leadSnippet, type Snippet, snippet } from '../../lib/search-snippet.js';
import { normaliseForSearch, type SearchPlan, searchPlan } from '../../lib/search-vector.js';
import type { TranslationStatus } from '../../lib/translation.js';
import { glossarySynonyms } from './glossary/synonyms.js';
import { markdownText } from './markdown.js';
import { libraryItemFiles, libraryItems } from './schema.js';
import {
  anyWordMatcher,
  type FacetCount,
  type RankedPage,
  rankedPage,
  type SearchQuery,
  similarTitleMatcher,
  textMatcher,
} from './search.js';
import { suggestQuery } from './suggest.js';
import type { FacetName, ItemStatus, ItemType } from './tags.js';

export interface SearchHit {
  id: string;
  slug: string;
  type: ItemType;
  title: Bilingual;
  summary: Bilingual;
  status: ItemStatus;
  publishedOn: string | null;
  translationStatus: TranslationStatus;
  score: number;
  snippet: Snippet & { lang: Lang; fromFile: boolean };
}

/**
 * How the results were found: `text` matched the query, `suggested` matched a corrected query
 * (nothing matched as typed), `partial` hold some of the words but not all, `similar` are titles
 * that look like the query, `browse` is everything.
 */
export type SearchMode = 'text' | 'suggested' | 'partial' | 'similar' | 'browse';

export interface SearchResult {
  q: string;
  mode: SearchMode;
  suggestion: string | null;
  total: number;
  page: number;
  pages: number;
  pageSize: number;
  items: SearchHit[];
  facets: Record<FacetName, FacetCount[]>;
}

const MAX_PAGE = 500;

/** The library search behind the search page, the results as you type and the JSON API. */
export async function searchLibrary(db: Db, query: SearchQuery): Promise<SearchResult> {
  const page = Math.min(Math.max(1, query.page), MAX_PAGE);
  const q = { ...query, page };
  const synonyms = query.q.trim() ? await glossarySynonyms(db) : undefined;
  const plan = searchPlan(query.q, synonyms);
  let mode: SearchMode = 'browse';
  let suggestion: string | null = null;
  let used: SearchPlan | null = plan;
  let ranked: RankedPage;
  if (!plan) {
    ranked = await rankedPage(db, q, null);
  } else {
    mode = 'text';
    ranked = await rankedPage(db, q, textMatcher(plan, query.lang));
    if (ranked.total === 0) {
      suggestion = await suggestQuery(db, plan);
      const corrected = suggestion ? searchPlan(suggestion, synonyms) : null;
      if (corrected) {
        const again = await rankedPage(db, q, textMatcher(corrected, query.lang));
        if (again.total > 0) {
          mode = 'suggested';
          used = corrected;
          ranked = again;
        }
      }
      const any = mode === 'text' ? anyWordMatcher(plan, query.lang) : null;
      if (any) {
        const some = await rankedPage(db, q, any);
        if (some.total > 0) {
          mode = 'partial';
          ranked = some;
        }
      }
      if (mode === 'text') {
        const similar = await rankedPage(db, q, similarTitleMatcher(normaliseForSearch(query.q.trim())));
        if (similar.total > 0) {
          mode = 'similar';
          ranked = similar;
        }
      }
    }
  }
  const items = await hydrate(db, ranked.ids, used, query.lang);
  return {
    q: query.q,
    mode,
    suggestion,
    total: ranked.total,
    page,
    pages: Math.max(1, Math.ceil(ranked.total / query.pageSize)),
    pageSize: query.pageSize,
    items,
    facets: ranked.facets,
  };
}

async function hydrate(db: Db, ranked: { id: string; score: number }[], plan: SearchPlan | null, lang: Lang) {
  if (!ranked.length) return [];
  const ids = ranked.map((r) => r.id);
  const rows = await db
    .select({
      id: libraryItems.id,
      slug: libraryItems.slug,
      type: libraryItems.type,
      title: libraryItems.title,
      summary: libraryItems.summary,
      body: libraryItems.body,
      status: libraryItems.status,
      publishedOn: libraryItems.publishedOn,
      translationStatus: libraryItems.translationStatus,
    })
    .from(libraryItems)
    .where(inArray(libraryItems.id, ids));
  const byId = new Map(rows.map((r) => [r.id, r]));
  const terms = plan?.highlight ?? [];
  // Other names of what was typed are marked too, but a snippet need not hold them.
  const marks = [...terms, ...(plan?.synonyms ?? [])];
  const missing: string[] = [];
  const hits: SearchHit[] = [];
  for (const r of ranked) {
    const row = byId.get(r.id);
    if (!row) continue;
    const { body, ...rest } = row;
    const found = textSnippet(row.summary, body, terms, marks, lang);
    // Words missing from the text may be in an attached file: look there too.
    if (terms.length && (!found || found.covers < terms.length)) missing.push(row.id);
    const lead = row.summary[lang] ? lang : other(lang);
    hits.push({
      ...rest,
      score: Math.round(r.score * 10_000) / 10_000,
      snippet: found ?? {
        ...leadSnippet(row.summary[lead] || markdownText(body[lead])),
        lang: lead,
        fromFile: false,
      },
    });
  }
  if (missing.length) {
    const fromFiles = await fileSnippets(db, missing, terms);
    for (const h of hits) {
      const s = fromFiles.get(h.id);
      if (s && (!h.snippet.ranges.length || covers(s.text, terms) > covers(h.snippet.text, terms)))
        h.snippet = s;
    }
  }
  return hits;
}

/** How many of the terms a text holds. */
const covers = (text: string, terms: string[]) => terms.filter((t) => findTerms(text, [t]).length > 0).length;

/**
 * The stretch of the summary or body that holds the most of the terms, the reader's language and
 * the summary first among equals.
 */
function textSnippet(summary: Bilingual, body: Bilingual, terms: string[], marks: string[], lang: Lang) {
  if (!terms.length) return null;
  let best: (SearchHit['snippet'] & { covers: number }) | null = null;
  for (const l of [lang, other(lang)]) {
    for (const text of [summary[l], markdownText(body[l])]) {
      const s = snippet(text, marks);
      if (!s) continue;
      const n = covers(s.text, terms);
      if (!best || n > best.covers) best = { ...s, lang: l, fromFile: false, covers: n };
      if (n === terms.length) return best;
    }
  }
  return best;
}

/**
 * For items found only through their attached files: a window of file text around the first
 * term, cut out in the database so that megabytes of text never leave it.
 */
async function fileSnippets(db: Db, itemIds: string[], terms: string[]) {
  const out = new Map<string, SearchHit['snippet']>();
  for (const term of terms) {
    const left = itemIds.filter((id) => !out.has(id));
    if (!left.length) break;
    const rows = await db
      .select({
        itemId: libraryItemFiles.itemId,
        window: sql<string>`substring(${libraryItemFiles.text} from greatest(1, strpos(lower(${libraryItemFiles.text}), ${term}) - 150) for 400)`,
      })
      .from(libraryItemFiles)
      .where(
        and(
          inArray(libraryItemFiles.itemId, left),
          sql`strpos(lower(${libraryItemFiles.text}), ${term}) > 0`,
        ),
      );
    for (const r of rows) {
      const s = snippet(r.window, terms);
      if (s && !out.has(r.itemId))
        out.set(r.itemId, { ...s, lang: /\p{Script=Han}/u.test(r.window) ? 'zh' : 'en', fromFile: true });
    }
  }
  return out;
}
