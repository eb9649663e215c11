import { sql } from 'drizzle-orm';
import { TIME_ZONE } from '../../lib/dates.js';
import { events } from '../events/schema.js';
import { feedbackSettings } from './schema.js';

type Settings = Pick<typeof feedbackSettings.$inferSelect, 'preClosesAt' | 'postOpensAt' | 'postClosesAt'>;

const DAY = 86_400_000;
/** How long the post-test and the survey stay open when the manager sets no end. */
export const AFTER_DAYS = 30;

/** Midnight at the start of a day in China (the programme's time zone has no daylight saving). */
export const chinaDayStart = (iso: string) => new Date(`${iso}T00:00:00+08:00`);

export interface Windows {
  /** The event's first day begins. */
  eventStartsAt: Date;
  /** The event's last day is over. */
  eventEndsAt: Date;
  /** The pre-test takes answers until then. */
  preClosesAt: Date;
  /** The post-test and the survey take answers from then … */
  postOpensAt: Date;
  /** … until then. */
  postClosesAt: Date;
}

/**
 * When each part opens and closes. A window the manager left empty follows the event's dates:
 * the pre-test closes as the event begins, the post-test and survey open as it ends and stay open
 * for 30 days.
 */
export function windowsOf(
  settings: Settings | null | undefined,
  event: { startDate: string; endDate: string },
): Windows {
  const eventStartsAt = chinaDayStart(event.startDate);
  const eventEndsAt = new Date(chinaDayStart(event.endDate).getTime() + DAY);
  const postOpensAt = settings?.postOpensAt ?? eventEndsAt;
  return {
    eventStartsAt,
    eventEndsAt,
    preClosesAt: settings?.preClosesAt ?? eventStartsAt,
    postOpensAt,
    postClosesAt: settings?.postClosesAt ?? new Date(postOpensAt.getTime() + AFTER_DAYS * DAY),
  };
}

/** The same rules in SQL, for scans over many events (a query joining `feedback_settings` and `events`). */
const local = (day: unknown) => sql`((${day})::timestamp at time zone ${TIME_ZONE}::text)`;
const postOpens = sql`coalesce(${feedbackSettings.postOpensAt}, ${local(sql`${events.endDate} + 1`)})`;
export const SQL_WINDOWS = {
  preClosesAt: sql`coalesce(${feedbackSettings.preClosesAt}, ${local(events.startDate)})`,
  postOpensAt: postOpens,
  postClosesAt: sql`coalesce(${feedbackSettings.postClosesAt}, ${postOpens} + make_interval(days => ${AFTER_DAYS}::int))`,
};
