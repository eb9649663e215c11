import type { Bilingual } from '../../../lib/bilingual.js';
import type { AudienceTag, IpRight, ItemType, Jurisdiction, Topic } from '../tags.js';

/** A library item written for the platform and loaded on the first start. */
export interface StarterItem {
  slug: string;
  type: ItemType;
  title: Bilingual;
  summary: Bilingual;
  /** Markdown. */
  body: Bilingual;
  /** The laws and official texts the facts come from. */
  source: Bilingual;
  url?: string;
  ipRights: IpRight[];
  topics: Topic[];
  jurisdictions: Jurisdiction[];
  audiences: AudienceTag[];
  sectors?: string[];
  /** The date the content was checked against its sources. */
  publishedOn: string;
  /** Demo training events it belongs to, by city slug and year. */
  events?: { city: string; year: number }[];
}

export interface StarterTerm {
  slug: string;
  term: Bilingual;
  definition: Bilingual;
  aliases: string[];
  source?: Bilingual;
}
