import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import type { Bilingual } from '../../lib/bilingual.js';
import { normaliseForSearch, searchVector } from '../../lib/search-vector.js';
import { markdownText } from './markdown.js';
import { libraryItemFiles } from './schema.js';

export interface Searchable {
  title: Bilingual;
  summary: Bilingual;
  body: Bilingual;
  source: Bilingual;
}

/**
 * The search document of an item: titles weigh most (A), then summaries (B), bodies and sources
 * (C), then the text of attached files (D). Markdown syntax and link targets are left out.
 */
export function itemSearchVector(item: Searchable, fileTexts: string[]): string {
  return searchVector([
    { text: item.title.en, weight: 'A' },
    { text: item.title.zh, weight: 'A' },
    { text: item.summary.en, weight: 'B' },
    { text: item.summary.zh, weight: 'B' },
    { text: markdownText(item.body.en), weight: 'C' },
    { text: markdownText(item.body.zh), weight: 'C' },
    { text: item.source.en, weight: 'C' },
    { text: item.source.zh, weight: 'C' },
    ...fileTexts.map((text) => ({ text, weight: 'D' as const })),
  ]);
}

/** Both titles, for trigram matching of misspelt queries. */
export const itemTitleText = (title: Bilingual) => normaliseForSearch(`${title.en} ${title.zh}`.trim());

export async function fileTextsOf(db: Db, itemId: string): Promise<string[]> {
  const rows = await db
    .select({ text: libraryItemFiles.text })
    .from(libraryItemFiles)
    .where(eq(libraryItemFiles.itemId, itemId));
  return rows.map((r) => r.text).filter(Boolean);
}
