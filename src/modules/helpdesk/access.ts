import { and, eq, isNull, or, type SQL, sql } from 'drizzle-orm';
import { type Actor, canManageProgrammes } from '../../lib/actor.js';
import { helpdeskEnquiries as e, helpdeskExperts } from './schema.js';

/** Managers and administrators see and route every enquiry. */
export const managesHelpdesk = (u: Actor | null | undefined): boolean => canManageProgrammes(u);

/** Works the helpdesk queue: an expert, a manager or an administrator. */
export const worksHelpdesk = (u: Actor | null | undefined): boolean =>
  managesHelpdesk(u) || u?.role === 'expert';

/**
 * The enquiries an actor may see, as a WHERE condition: managers all; an expert those assigned to
 * them, and the unassigned ones in their topics and provinces; anyone else none.
 */
export function visibleEnquiries(actor: Actor): SQL {
  if (managesHelpdesk(actor)) return sql`true`;
  if (actor.role !== 'expert') return sql`false`;
  const mine = sql`exists (select 1 from ${helpdeskExperts} x where x.user_id = ${actor.id}
    and x.topics @> jsonb_build_array(${e.topic})
    and (x.provinces = '[]'::jsonb or x.provinces @> jsonb_build_array(${e.province})))`;
  return or(eq(e.assignedTo, actor.id), and(isNull(e.assignedTo), mine))!;
}
