import { SECTOR_CODES } from '../directory/index.js';

export const ITEM_TYPES = [
  'manual',
  'guide',
  'case_study',
  'law',
  'faq',
  'slides',
  'template',
  'link',
] as const;
export const IP_RIGHTS = [
  'patent',
  'utility_model',
  'design',
  'trademark',
  'copyright',
  'software',
  'trade_secret',
  'geographical_indication',
] as const;
export const TOPICS = ['use', 'valorise', 'protect', 'enforce', 'manage'] as const;
export const JURISDICTIONS = ['CN', 'EU', 'US', 'international'] as const;
export const AUDIENCES = ['official', 'sme', 'trainer'] as const;
export const SECTORS = SECTOR_CODES;
export const ITEM_STATUSES = ['draft', 'published'] as const;
/** What extraction got from a file: all its text, part of it (too long, or a page failed), or none (a scan). */
export const TEXT_STATUSES = ['ok', 'partial', 'none'] as const;

export type ItemType = (typeof ITEM_TYPES)[number];
export type IpRight = (typeof IP_RIGHTS)[number];
export type Topic = (typeof TOPICS)[number];
export type Jurisdiction = (typeof JURISDICTIONS)[number];
export type AudienceTag = (typeof AUDIENCES)[number];
export type ItemStatus = (typeof ITEM_STATUSES)[number];
export type TextStatus = (typeof TEXT_STATUSES)[number];

/** The facets a search counts and filters by, with the values each may take. */
export const FACETS = {
  type: ITEM_TYPES,
  ipRight: IP_RIGHTS,
  topic: TOPICS,
  jurisdiction: JURISDICTIONS,
  audience: AUDIENCES,
} as const;
export type FacetName = keyof typeof FACETS;
export const FACET_NAMES = Object.keys(FACETS) as FacetName[];

/** The item column each facet reads; `type` is a single value, the others are arrays. */
export const FACET_COLUMNS: Record<FacetName, string> = {
  type: 'type',
  ipRight: 'ip_rights',
  topic: 'topics',
  jurisdiction: 'jurisdictions',
  audience: 'audiences',
};
