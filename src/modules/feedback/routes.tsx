import type { Hono } from 'hono';
import type { AppEnv } from '../../web/context.js';
import { registerManagePages } from './manage-routes.js';
import { registerRegistrantPages } from './registrant-routes.js';

/** The registrant's signed-link pages and the managers' pages (the event page's section: `event-panel.tsx`). */
export function registerFeedbackPages(pages: Hono<AppEnv>) {
  registerRegistrantPages(pages);
  registerManagePages(pages);
}
