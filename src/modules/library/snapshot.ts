import type { Bilingual } from '../../lib/bilingual.js';
import type { ItemStatus, ItemType } from './tags.js';

/** One saved state of an item: what a version keeps and what two versions are compared on. */
export interface ItemSnapshot {
  type: ItemType;
  title: Bilingual;
  summary: Bilingual;
  body: Bilingual;
  source: Bilingual;
  url: string;
  ipRights: string[];
  topics: string[];
  jurisdictions: string[];
  sectors: string[];
  audiences: string[];
  status: ItemStatus;
  publishedOn: string | null;
  eventIds: string[];
}

export function snapshotOf(
  row: Omit<ItemSnapshot, 'eventIds'> & Record<string, unknown>,
  eventIds: string[],
): ItemSnapshot {
  return {
    type: row.type,
    title: row.title,
    summary: row.summary,
    body: row.body,
    source: row.source,
    url: row.url,
    ipRights: [...row.ipRights],
    topics: [...row.topics],
    jurisdictions: [...row.jurisdictions],
    sectors: [...row.sectors],
    audiences: [...row.audiences],
    status: row.status,
    publishedOn: row.publishedOn,
    eventIds: [...eventIds].sort(),
  };
}
