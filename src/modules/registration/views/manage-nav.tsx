import type { Lang } from '../../../lib/bilingual.js';
import { text } from '../../../lib/bilingual.js';
import { PageHeader } from '../../../web/components.js';
import type { MessageKey, Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import type { EventRow } from '../access.js';

export type ManageTab =
  | 'registrations'
  | 'settings'
  | 'agenda'
  | 'questions'
  | 'invitations'
  | 'checkin'
  | 'documents'
  | 'participants';

const TABS: { tab: ManageTab; path: string; key: MessageKey }[] = [
  { tab: 'registrations', path: 'registrations', key: 'registration.manage.tab.registrations' },
  { tab: 'settings', path: 'registration-settings', key: 'registration.manage.tab.settings' },
  { tab: 'agenda', path: 'agenda', key: 'registration.manage.tab.agenda' },
  { tab: 'questions', path: 'questions', key: 'registration.manage.tab.questions' },
  { tab: 'invitations', path: 'invitations', key: 'registration.manage.tab.invitations' },
  { tab: 'checkin', path: 'check-in', key: 'attendance.tab' },
  { tab: 'documents', path: 'documents', key: 'documents.tab' },
  { tab: 'participants', path: 'participants', key: 'reports.participants.tab' },
];

/** The header of every page where staff run an event's registration, with its tabs. */
export function ManageHeader(p: {
  t: Translator;
  lang: Lang;
  event: EventRow;
  tab: ManageTab;
  title: string;
  lead?: string;
}) {
  const { t, lang, event } = p;
  return (
    <>
      <PageHeader
        title={p.title}
        lead={p.lead}
        crumbs={[
          { href: href(lang, '/events'), label: t('events.calendar.title') },
          { href: href(lang, `/events/${event.id}`), label: text(event.title, lang) },
        ]}
      />
      <nav class="manage-tabs" aria-label={t('registration.manage.tabs')}>
        <ul>
          {TABS.map((x) => (
            <li>
              <a
                href={href(lang, `/events/${event.id}/${x.path}`)}
                aria-current={x.tab === p.tab ? 'page' : undefined}
              >
                {t(x.key)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
