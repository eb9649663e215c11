import type { Hono } from 'hono';
import type { AppEnv } from '../../web/context.js';
import { registerLibraryEditPages } from './edit-routes.js';
import { registerGlossaryPages } from './glossary/routes.js';
import { registerLibraryItemPages, registerLibrarySearchPage } from './item-routes.js';
import { registerLibraryVersionPages } from './version-routes.js';

export function registerLibraryPages(pages: Hono<AppEnv>) {
  registerLibrarySearchPage(pages);
  registerGlossaryPages(pages);
  // The fixed paths (/library/items/new) before the slug they would otherwise match.
  registerLibraryEditPages(pages);
  registerLibraryVersionPages(pages);
  registerLibraryItemPages(pages);
}
