import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import type { AppEnv } from '../../web/context.js';
import type { EventView } from './queries.js';

/**
 * Blocks other modules add to an event's page (feedback and knowledge gain for its managers …),
 * in the order they were added. Each decides for itself whom it shows anything to.
 */
export type EventPanel = (c: Context<AppEnv>, view: EventView, canEdit: boolean) => Promise<Child>;
export const eventPanels: EventPanel[] = [];

/** Adds a panel once, however often the module registering it is set up (once per language). */
export function addEventPanel(panel: EventPanel) {
  if (!eventPanels.includes(panel)) eventPanels.push(panel);
}
