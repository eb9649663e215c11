import type { Hono } from 'hono';
import type { AppEnv } from '../../web/context.js';
import { registerContactsPages } from './contacts/routes.js';
import { registerLinksPages } from './links/routes.js';
import { registerNewsEditPages } from './news-edit-routes.js';
import { registerNewsItemPage, registerNewsReadPages } from './news-routes.js';

export function registerNewsPages(pages: Hono<AppEnv>) {
  registerNewsReadPages(pages);
  registerNewsEditPages(pages);
  registerNewsItemPage(pages);
  registerContactsPages(pages);
  registerLinksPages(pages);
}
