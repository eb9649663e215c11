import { BRAND_ITEMS } from './items-brand.js';
import { COPYRIGHT_ITEMS } from './items-copyright.js';
import { ENFORCE_ITEMS } from './items-enforce.js';
import { EU_ITEMS } from './items-eu.js';
import { INTERNATIONAL_ITEMS } from './items-international.js';
import { LAW_AND_LINK_ITEMS } from './items-links.js';
import { MANAGEMENT_ITEMS } from './items-management.js';
import { PATENT_ITEMS } from './items-patents.js';
import { SECRET_ITEMS } from './items-secrets.js';
import { TRADEMARK_ITEMS } from './items-trademarks.js';
import { VALORISE_ITEMS } from './items-valorise.js';
import type { StarterItem } from './types.js';

/** Every starter item, in the order they are loaded. */
export const STARTER_ITEMS: StarterItem[] = [
  ...TRADEMARK_ITEMS,
  ...BRAND_ITEMS,
  ...PATENT_ITEMS,
  ...VALORISE_ITEMS,
  ...INTERNATIONAL_ITEMS,
  ...EU_ITEMS,
  ...ENFORCE_ITEMS,
  ...SECRET_ITEMS,
  ...COPYRIGHT_ITEMS,
  ...MANAGEMENT_ITEMS,
  ...LAW_AND_LINK_ITEMS,
];
