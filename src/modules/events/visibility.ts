import { ne, or, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../lib/actor.js';
import { actsEverywhere, inScope, scopeCondition } from '../places/index.js';
import { events } from './schema.js';

export type Viewer = Actor | null;

/**
 * Which events a viewer sees: everyone sees what is not a draft; administrators and managers see
 * every draft, a coordinator the drafts within their scope.
 */
export function visibleEvents(viewer: Viewer): SQL {
  if (actsEverywhere(viewer)) return sql`true`;
  if (viewer?.role === 'coordinator') {
    return or(ne(events.status, 'draft'), scopeCondition(viewer, events.province, events.cityId))!;
  }
  return ne(events.status, 'draft');
}

/** May the viewer edit events here? For choosing what to offer; the UPDATE checks again. */
export const canEditEventAt = (viewer: Viewer, province: string, cityId: string) =>
  inScope(viewer, province, cityId);

/** Coordinators, managers and administrators create events (coordinators only in their scope). */
export const canCreateEvents = (viewer: Viewer) => actsEverywhere(viewer) || viewer?.role === 'coordinator';

export const isDraftVisibleTo = (viewer: Viewer) => canCreateEvents(viewer);
