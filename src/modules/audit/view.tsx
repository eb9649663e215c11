import type { Lang } from '../../lib/bilingual.js';
import { formatDateTime } from '../../lib/dates.js';
import { PageHeader, Pagination, TextField } from '../../web/components.js';
import type { FieldErrors } from '../../web/forms.js';
import type { Translator } from '../../web/i18n/index.js';
import { href } from '../../web/layout.js';
import { changedFields, displayValue } from './diff.js';
import { actionLabel, entityLabel, entityText, fieldLabel, sentence } from './labels.js';
import type { AuditFilter, AuditRow } from './queries.js';

const when = (d: Date, lang: Lang) => formatDateTime(d, lang, { seconds: true });

export function filterQuery(f: AuditFilter, page = 1): string {
  const s = new URLSearchParams();
  for (const k of ['entity', 'entityId', 'actor', 'from', 'to'] as const) {
    const v = f[k];
    if (v) s.set(k, v);
  }
  if (page > 1) s.set('page', String(page));
  const qs = s.toString();
  return qs ? `?${qs}` : '';
}

function Entry(p: { t: Translator; lang: Lang; row: AuditRow }) {
  const { t, row } = p;
  const changes = changedFields(row.before, row.after);
  return (
    <li class="audit-entry">
      <p>
        <time datetime={row.at.toISOString()}>{when(row.at, p.lang)}</time>
        {' · '}
        <strong>{row.actorEmail || t('audit.system')}</strong>
        {' · '}
        {sentence(t('audit.entry'), {
          action: actionLabel(t, row.action),
          entity: entityLabel(t, row.entity),
        })}
        {row.entityId ? <code> {row.entityId}</code> : null}
      </p>
      {row.reason ? <p>{t('audit.reason', { reason: row.reason })}</p> : null}
      {changes.length ? (
        <table class="data diff">
          <caption class="visually-hidden">{t('audit.changes')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('audit.field')}</th>
              <th scope="col">{t('audit.before')}</th>
              <th scope="col">{t('audit.after')}</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((ch) => (
              <tr>
                <th scope="row">{fieldLabel(t, ch.field)}</th>
                <td>
                  <del>{displayValue(ch.before)}</del>
                </td>
                <td>
                  <ins>{displayValue(ch.after)}</ins>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </li>
  );
}

export function AuditPage(p: {
  t: Translator;
  lang: Lang;
  items: AuditRow[];
  total: number;
  page: number;
  pageSize: number;
  filter: AuditFilter;
  entities: string[];
  errors: FieldErrors;
}) {
  const { t, lang, filter } = p;
  const pages = Math.max(1, Math.ceil(p.total / p.pageSize));
  return (
    <div class="wrap">
      <PageHeader
        title={t('audit.title')}
        lead={t('audit.lead')}
        crumbs={[{ href: href(lang, '/admin'), label: t('accounts.admin.title') }]}
      />
      <form method="get" action={href(lang, '/admin/audit')} class="filters">
        {filter.entityId ? <input type="hidden" name="entityId" value={filter.entityId} /> : null}
        <div class="field">
          <label for="f-entity">{t('audit.entity')}</label>
          <select id="f-entity" name="entity">
            <option value="">{t('common.all')}</option>
            {p.entities.map((e) => (
              <option value={e} selected={filter.entity === e}>
                {entityText(t, e)}
              </option>
            ))}
          </select>
        </div>
        <TextField t={t} name="actor" label={t('audit.actor')} value={filter.actor} maxLength={254} />
        <TextField
          t={t}
          name="from"
          type="date"
          label={t('audit.from')}
          value={filter.from}
          error={p.errors.from}
        />
        <TextField t={t} name="to" type="date" label={t('audit.to')} value={filter.to} error={p.errors.to} />
        <button type="submit" class="button">
          {t('common.filter')}
        </button>
      </form>
      {filter.entityId ? <p>{t('audit.onlyOne', { id: filter.entityId })}</p> : null}
      <p>{p.total === 1 ? t('common.result') : t('common.results', { count: p.total })}</p>
      {p.items.length ? (
        <ol class="audit-list">
          {p.items.map((row) => (
            <Entry t={t} lang={lang} row={row} />
          ))}
        </ol>
      ) : (
        <p>{t('common.noResults')}</p>
      )}
      <Pagination
        t={t}
        page={p.page}
        pages={pages}
        hrefFor={(n) => href(lang, `/admin/audit${filterQuery(filter, n)}`)}
      />
    </div>
  );
}
