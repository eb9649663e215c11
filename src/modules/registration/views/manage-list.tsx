import type { Lang } from '../../../lib/bilingual.js';
import { text } from '../../../lib/bilingual.js';
import { Notice } from '../../../web/components.js';
import type { MessageKey, Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import type { EventRow, SettingsRow } from '../access.js';
import type { Counts, ListedRegistration, seatsByOrganisation } from '../queries.js';
import { REGISTRATION_STATUSES, type RegistrationStatus } from '../schema.js';
import { ManageHeader } from './manage-nav.js';
import { num, when } from './parts.js';
import { RegistrationActions } from './registration-actions.js';

export interface ManageListProps {
  t: Translator;
  lang: Lang;
  csrfToken: string;
  event: EventRow;
  settings: SettingsRow | null;
  counts: Counts;
  rows: ListedRegistration[];
  organisations: Awaited<ReturnType<typeof seatsByOrganisation>>;
  filter: { status?: RegistrationStatus; q?: string };
  notice?: MessageKey;
}

const ORDER: RegistrationStatus[] = [
  'pending',
  'waitlisted',
  'confirmed',
  'unconfirmed',
  'declined',
  'cancelled',
];

function Section(
  p: ManageListProps & { status: RegistrationStatus; rows: ListedRegistration[]; full: boolean },
) {
  const { t, lang } = p;
  const id = `s-${p.status}`;
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>
        {t(`registration.list.section.${p.status}`)} <span class="count">({num(p.rows.length, lang)})</span>
      </h2>
      <div class="table-wrap">
        <table class="data registrations">
          <thead>
            <tr>
              <th scope="col">
                {p.status === 'waitlisted' ? t('registration.list.position') : t('registration.list.arrival')}
              </th>
              <th scope="col">{t('registration.field.name')}</th>
              <th scope="col">{t('registration.field.organisation')}</th>
              <th scope="col">{t('registration.list.when')}</th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {p.rows.map((r) => (
              <tr id={`r-${r.id}`}>
                <td class="num">
                  {p.status === 'waitlisted'
                    ? num(r.position ?? 0, lang)
                    : r.arrival
                      ? num(r.arrival, lang)
                      : '–'}
                </td>
                <th scope="row">
                  <a href={href(lang, `/events/${r.eventId}/registrations/${r.id}`)}>{r.name}</a>
                  <span class="meta">{r.email}</span>
                </th>
                <td>{r.organisationName}</td>
                <td>
                  {when(
                    r.status === 'confirmed'
                      ? r.confirmedAt
                      : r.status === 'cancelled'
                        ? r.cancelledAt
                        : r.createdAt,
                    lang,
                  )}
                </td>
                <td>
                  <RegistrationActions
                    t={t}
                    lang={lang}
                    csrfToken={p.csrfToken}
                    registration={r}
                    from="list"
                    full={p.full}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

export function ManageListPage(p: ManageListProps) {
  const { t, lang, event, settings, counts } = p;
  const capacity = settings?.capacity ?? null;
  const full = capacity !== null && counts.confirmed >= capacity;
  const mode = settings?.mode ?? 'closed';
  return (
    <div class="wrap">
      <ManageHeader
        t={t}
        lang={lang}
        event={event}
        tab="registrations"
        title={t('registration.manage.title')}
        lead={text(event.title, lang)}
      />
      {p.notice ? <Notice kind="success">{t(p.notice)}</Notice> : null}
      <p>
        {t(`registration.mode.${mode}`)}
        {settings?.requiresApproval ? ` · ${t('registration.approval.note')}` : ''}
        {settings?.quotaPerOrganisation
          ? ` · ${t('registration.quota.note', { quota: num(settings.quotaPerOrganisation, lang) })}`
          : ''}
      </p>
      <dl class="stats">
        <div>
          <dt>{t('registration.stats.confirmed')}</dt>
          <dd>
            {capacity === null
              ? num(counts.confirmed, lang)
              : `${num(counts.confirmed, lang)} / ${num(capacity, lang)}`}
          </dd>
        </div>
        <div>
          <dt>{t('registration.stats.waitlisted')}</dt>
          <dd>{num(counts.waitlisted, lang)}</dd>
        </div>
        <div>
          <dt>{t('registration.stats.pending')}</dt>
          <dd>{num(counts.pending, lang)}</dd>
        </div>
        <div>
          <dt>{t('registration.stats.unconfirmed')}</dt>
          <dd>{num(counts.unconfirmed, lang)}</dd>
        </div>
      </dl>
      <form method="get" action={href(lang, `/events/${event.id}/registrations`)} class="filters">
        <div class="field">
          <label for="f-status">{t('registration.page.status')}</label>
          <select id="f-status" name="status">
            <option value="">{t('common.all')}</option>
            {REGISTRATION_STATUSES.map((s) => (
              <option value={s} selected={p.filter.status === s}>
                {t(`registration.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="f-q">{t('registration.list.search')}</label>
          <input id="f-q" name="q" type="search" value={p.filter.q ?? ''} maxlength={200} />
        </div>
        <button type="submit" class="button">
          {t('common.filter')}
        </button>
      </form>
      {p.rows.length === 0 ? <p>{t('registration.list.none')}</p> : null}
      {ORDER.map((status) => {
        const rows = p.rows.filter((r) => r.status === status);
        return rows.length ? <Section {...p} status={status} rows={rows} full={full} /> : null;
      })}
      {p.organisations.length ? (
        <section aria-labelledby="orgs-h">
          <h2 id="orgs-h">{t('registration.list.byOrganisation')}</h2>
          <div class="table-wrap">
            <table class="data">
              <thead>
                <tr>
                  <th scope="col">{t('registration.field.organisation')}</th>
                  <th scope="col" class="number">
                    {t('registration.stats.confirmed')}
                  </th>
                  <th scope="col" class="number">
                    {t('registration.stats.waitlisted')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {p.organisations.map((o) => (
                  <tr>
                    <th scope="row">{o.organisation ? text(o.organisation, lang) : o.name}</th>
                    <td class="number">
                      {settings?.quotaPerOrganisation
                        ? `${num(o.confirmed, lang)} / ${num(settings.quotaPerOrganisation, lang)}`
                        : num(o.confirmed, lang)}
                    </td>
                    <td class="number">{num(o.waitlisted, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </div>
  );
}
