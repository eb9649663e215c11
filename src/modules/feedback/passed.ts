import { type SQL, sql } from 'drizzle-orm';
import { registrations } from '../registration/schema.js';

/**
 * The one definition of "passed the knowledge test", for the cascade: the registration's post-test
 * scored at or above its event's pass mark (60 % when the event has no feedback settings). The
 * comparison is `score / max ≥ pass / 100` in integers, the same as `percentOf(score, max) ≥ pass`.
 *
 * As a condition on the `registrations` table, for a query's WHERE clause, read through the
 * attempts' unique (registration, phase) index.
 */
export const passedPostTestSql: SQL = sql`exists (
  select 1 from feedback_test_attempts fa left join feedback_settings fs on fs.event_id = fa.event_id
  where fa.registration_id = ${registrations.id} and fa.phase = 'post'
    and fa.score * 100 >= coalesce(fs.pass_percent, 60) * fa.max_score)`;
