import type { Hono } from 'hono';
import type { AppEnv } from '../../web/context.js';
import { addEventPanel } from '../events/event-panels.js';
import { feedbackEventPanel } from './event-panel.js';
import { registerManagePages } from './manage-routes.js';
import { registerRegistrantPages } from './registrant-routes.js';

/** The registrant's signed-link pages and the managers' pages; the knowledge gain on the event page. */
export function registerFeedbackPages(pages: Hono<AppEnv>) {
  registerRegistrantPages(pages);
  registerManagePages(pages);
  addEventPanel(feedbackEventPanel);
}
