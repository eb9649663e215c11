import { eq } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { type Lang, text } from '../../lib/bilingual.js';
import { formatDateRange, formatDateTime } from '../../lib/dates.js';
import type { Services } from '../../lib/services.js';
import { translator } from '../../web/i18n/index.js';
import type { EventView } from '../events/index.js';
import { eventToIcal, organizerOf, writeIcalendar } from '../events/index.js';
import { provinceName } from '../places/index.js';
import type { EventRow } from './access.js';
import { eventView } from './event-view.js';
import { registrationKey } from './keys.js';
import { registrationSettings, type registrations } from './schema.js';
import { ticketMail } from './ticket-mail.js';

type Registration = typeof registrations.$inferSelect;

export const NOTICES = [
  'verify',
  'received',
  'confirmed',
  'waitlisted',
  'promoted',
  'approved',
  'approvedWaitlisted',
  'declined',
  'cancelled',
  'reminder',
  'changed',
] as const;
export type Notice = (typeof NOTICES)[number];

/** What the calendar entry sent with a notice says; none for notices that are not about a date. */
const CALENDAR: Partial<Record<Notice, 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED'>> = {
  confirmed: 'CONFIRMED',
  promoted: 'CONFIRMED',
  approved: 'CONFIRMED',
  reminder: 'CONFIRMED',
  waitlisted: 'TENTATIVE',
  approvedWaitlisted: 'TENTATIVE',
  cancelled: 'CANCELLED',
};

const TICKETED: Notice[] = ['confirmed', 'promoted', 'approved', 'reminder'];

export const registrationPageUrl = (svc: Services, reg: Pick<Registration, 'id' | 'lang'>) =>
  `${svc.siteUrl}/${reg.lang}/registration/${registrationKey(svc.secret, reg.id)}`;

/** The registration's own calendar entry: the event's days, its own UID and revision. */
export function registrationIcs(
  view: EventView,
  reg: Registration,
  svc: Services,
  status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED',
) {
  const entry = eventToIcal(view, reg.lang, svc.siteUrl, organizerOf(svc.mailer.from));
  const t = translator(reg.lang);
  return writeIcalendar({
    prodId: '-//IP Cascade//Registrations//EN',
    method: 'PUBLISH',
    events: [
      {
        ...entry,
        uid: `registration-${reg.id}@ip-cascade`,
        dtstamp: svc.now,
        // Rises with each notice to this registrant and with each change of the event's days or place.
        sequence: view.event.calendarSequence + reg.noticeSequence,
        status,
        url: registrationPageUrl(svc, reg),
        description: `${t('registration.mail.yourPage')} ${registrationPageUrl(svc, reg)}`,
        alarms: status === 'CONFIRMED' ? [{ before: 'P1D', description: entry.summary }] : undefined,
      },
    ],
  });
}

function placeOf(view: EventView, lang: Lang): string {
  const venue = text(view.event.venue, lang);
  const city = text(view.city.name, lang);
  const province = text(provinceName(view.event.province), lang);
  return lang === 'zh'
    ? `${province}${city}${venue ? ` ${venue}` : ''}`
    : [venue, city, province].filter(Boolean).join(', ');
}

/** The entry a registrant keeps in their calendar: confirmed with a seat, tentative while waiting. */
const entryOf = (reg: Registration) =>
  reg.status === 'confirmed' ? 'CONFIRMED' : reg.status === 'waitlisted' ? 'TENTATIVE' : undefined;

export interface NoticeExtra {
  event?: EventRow;
  /** For `changed`: the event's days before the change, when they changed. */
  before?: Pick<EventRow, 'startDate' | 'endDate' | 'datePrecision'>;
  position?: number;
  reason?: string;
  /** For `cancelled`: whether the registrant had an entry in their calendar to take back. */
  hadCalendar?: boolean;
}

/**
 * Tells a registrant what happened, in their language, with the calendar entry where the notice
 * is about a date. Queued in the caller's transaction: the e-mail exists exactly when the change does.
 */
export async function notify(
  db: Db,
  svc: Services,
  notice: Notice,
  reg: Registration,
  extra: NoticeExtra = {},
) {
  const view = await eventView(db, reg.eventId);
  if (!view) return;
  const [settings] = await db
    .select()
    .from(registrationSettings)
    .where(eq(registrationSettings.eventId, reg.eventId));
  const lang = reg.lang;
  const t = translator(lang);
  const title = text(view.event.title, lang);
  const page = registrationPageUrl(svc, reg);
  // A notice that gives or confirms a seat carries the ticket: its short code and its QR as an image.
  const ticket = TICKETED.includes(notice) ? await ticketMail(db, svc.secret, reg, lang) : null;
  let status = notice === 'changed' ? entryOf(reg) : CALENDAR[notice];
  if (notice === 'cancelled' && !extra.hadCalendar) status = undefined;
  const body: string[] = [t('mail.greeting', { name: reg.name || reg.email }), ''];
  body.push(t(`registration.mail.${notice}.intro`, { title, position: extra.position ?? 0 }));
  if (notice === 'changed' && status) body.push(t('registration.mail.changed.calendar'));
  if (notice === 'declined' && extra.reason)
    body.push('', t('registration.mail.reason', { value: extra.reason }));
  if (notice === 'cancelled' && extra.reason)
    body.push('', t('registration.mail.reason', { value: extra.reason }));
  const b = extra.before;
  if (notice === 'changed' && b && (b.startDate !== view.event.startDate || b.endDate !== view.event.endDate))
    body.push(
      '',
      t('registration.mail.previousDates', {
        value: formatDateRange(b.startDate, b.endDate, b.datePrecision, lang),
      }),
    );
  body.push(
    '',
    t('registration.mail.event', { value: title }),
    t('registration.mail.dates', {
      value: formatDateRange(view.event.startDate, view.event.endDate, view.event.datePrecision, lang),
    }),
    t('registration.mail.place', { value: placeOf(view, lang) }),
    '',
  );
  if (notice === 'verify') {
    body.push(
      t('registration.mail.verify.action'),
      `${page}/confirm`,
      '',
      t('registration.mail.verify.ignore'),
    );
  } else {
    body.push(t('registration.mail.yourPage'), page);
    if (ticket) body.push('', ticket.line);
    if (
      [
        'confirmed',
        'promoted',
        'approved',
        'reminder',
        'waitlisted',
        'approvedWaitlisted',
        'received',
        'changed',
      ].includes(notice)
    ) {
      body.push('', t('registration.mail.cancelHow'), `${page}/cancel`);
      if (settings && ['confirmed', 'promoted', 'approved', 'reminder'].includes(notice)) {
        body.push(
          settings.cancellationDeadline
            ? t('registration.mail.cancelUntil', {
                deadline: formatDateTime(settings.cancellationDeadline, lang),
              })
            : t('registration.mail.cancelUntilStart'),
        );
      }
    }
  }
  body.push('', t('mail.signature'));
  const attachments = status
    ? [
        {
          filename: 'event.ics',
          contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
          content: Buffer.from(registrationIcs(view, reg, svc, status)).toString('base64'),
        },
      ]
    : [];
  if (ticket) attachments.push(ticket.attachment);
  await svc.mailer.queue(db, {
    to: reg.email,
    subject: t(`registration.mail.${notice}.subject`, { title }),
    text: body.join('\n'),
    attachments,
  });
}
