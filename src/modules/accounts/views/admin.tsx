import type { Actor } from '../../../lib/actor.js';
import type { Lang } from '../../../lib/bilingual.js';
import { PageHeader } from '../../../web/components.js';
import type { MessageKey, Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import { assignableRoles } from '../roles.js';

interface Entry {
  path: string;
  title: MessageKey;
  text: MessageKey;
  show: (u: Actor) => boolean;
}

const isAdmin = (u: Actor) => u.role === 'admin';
const managesProgrammes = (u: Actor) => u.role === 'admin' || u.role === 'manager';
const everyStaff = () => true;

const PEOPLE: Entry[] = [
  { path: '/admin/users', title: 'accounts.admin.users', text: 'accounts.admin.usersText', show: isAdmin },
  {
    path: '/admin/invitations',
    title: 'accounts.admin.invitations',
    text: 'accounts.admin.invitationsText',
    show: (u) => assignableRoles(u).length > 0,
  },
  { path: '/admin/audit', title: 'accounts.admin.audit', text: 'accounts.admin.auditText', show: isAdmin },
  { path: '/admin/outbox', title: 'accounts.admin.outbox', text: 'accounts.admin.outboxText', show: isAdmin },
];

const CONTENT: Entry[] = [
  {
    path: '/events/new',
    title: 'accounts.admin.newEvent',
    text: 'accounts.admin.newEventText',
    show: everyStaff,
  },
  {
    path: '/news/new',
    title: 'accounts.admin.newNews',
    text: 'accounts.admin.newNewsText',
    show: managesProgrammes,
  },
  {
    path: '/directory/organisations/new',
    title: 'accounts.admin.newOrganisation',
    text: 'accounts.admin.newOrganisationText',
    show: everyStaff,
  },
  {
    path: '/contacts/edit',
    title: 'accounts.admin.contacts',
    text: 'accounts.admin.contactsText',
    show: managesProgrammes,
  },
  {
    path: '/links/edit',
    title: 'accounts.admin.links',
    text: 'accounts.admin.linksText',
    show: managesProgrammes,
  },
];

function Cards(p: { t: Translator; lang: Lang; user: Actor; entries: Entry[] }) {
  const shown = p.entries.filter((e) => e.show(p.user));
  if (!shown.length) return null;
  return (
    <ul class="cards">
      {shown.map((e) => (
        <li class="card">
          <h3>
            <a href={href(p.lang, e.path)}>{p.t(e.title)}</a>
          </h3>
          <p>{p.t(e.text)}</p>
        </li>
      ))}
    </ul>
  );
}

export function AdminDashboard(p: { t: Translator; lang: Lang; user: Actor }) {
  const { t } = p;
  const people = PEOPLE.some((e) => e.show(p.user));
  return (
    <div class="wrap">
      <PageHeader title={t('accounts.admin.title')} lead={t('accounts.admin.lead')} />
      {people ? (
        <section aria-labelledby="admin-people">
          <h2 id="admin-people">{t('accounts.admin.peopleSection')}</h2>
          <Cards {...p} entries={PEOPLE} />
        </section>
      ) : null}
      <section aria-labelledby="admin-content">
        <h2 id="admin-content">{t('accounts.admin.contentSection')}</h2>
        <Cards {...p} entries={CONTENT} />
      </section>
    </div>
  );
}
