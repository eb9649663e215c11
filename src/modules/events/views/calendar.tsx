import { type Lang, text } from '../../../lib/bilingual.js';
import { formatNumber } from '../../../lib/dates.js';
import { PageHeader, Pagination } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import { provinceName } from '../../places/index.js';
import type { ReportedFigure } from '../history.js';
import type { calendarFacets, EventFilter, EventView } from '../queries.js';
import { EVENT_KINDS, EVENT_STATUSES } from '../schema.js';
import { EventItem } from './parts.js';

type Facets = Awaited<ReturnType<typeof calendarFacets>>;

export interface CalendarProps {
  t: Translator;
  lang: Lang;
  filter: EventFilter;
  facets: Facets;
  rows: EventView[];
  /** Each listed event's reported participants, as its programme counts them. */
  reported: Map<string, ReportedFigure | null>;
  total: number;
  page: number;
  pages: number;
  canCreate: boolean;
  showDrafts: boolean;
}

export const RESULTS_ID = 'event-results';

/** The query string of a filter, for links that keep it (pagination, language switch). */
export function filterQuery(f: EventFilter, page?: number): string {
  const q = new URLSearchParams();
  for (const k of ['programme', 'province', 'city', 'year', 'status', 'kind', 'q'] as const) {
    const v = f[k];
    if (v !== undefined && v !== '') q.set(k, String(v));
  }
  if (page && page > 1) q.set('page', String(page));
  const s = q.toString();
  return s ? `?${s}` : '';
}

function Select(p: {
  name: string;
  label: string;
  value: string | number | undefined;
  options: { value: string; label: string }[];
  t: Translator;
}) {
  return (
    <div class="field">
      <label for={`filter-${p.name}`}>{p.label}</label>
      <select id={`filter-${p.name}`} name={p.name}>
        <option value="">{p.t('common.all')}</option>
        {p.options.map((o) => (
          <option value={o.value} selected={String(p.value ?? '') === o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

function Filters(p: CalendarProps) {
  const { t, lang, filter: f, facets } = p;
  const action = href(lang, '/events');
  const byLabel = (a: { label: string }, b: { label: string }) => a.label.localeCompare(b.label, lang);
  const cities = facets.cities
    .filter((c) => !f.province || c.province === f.province)
    .map((c) => ({ value: c.slug, label: text(c.name, lang) }))
    .sort(byLabel);
  return (
    <form
      method="get"
      action={action}
      class="filters"
      aria-label={t('events.filter.label')}
      data-hx-get={action}
      data-hx-target={`#${RESULTS_ID}`}
      data-hx-select={`#${RESULTS_ID}`}
      data-hx-swap="outerHTML"
      data-hx-push-url="true"
      data-hx-trigger="change, submit"
    >
      <Select
        t={t}
        name="programme"
        label={t('events.field.programme')}
        value={f.programme}
        options={facets.programmes.map((x) => ({ value: x.slug, label: text(x.title, lang) })).sort(byLabel)}
      />
      <Select
        t={t}
        name="province"
        label={t('events.field.province')}
        value={f.province}
        options={facets.provinces
          .map((c) => ({ value: c, label: text(provinceName(c), lang) }))
          .sort(byLabel)}
      />
      <Select t={t} name="city" label={t('events.field.city')} value={f.city} options={cities} />
      <Select
        t={t}
        name="year"
        label={t('events.filter.year')}
        value={f.year}
        options={facets.years.map((y) => ({ value: String(y), label: String(y) }))}
      />
      <Select
        t={t}
        name="status"
        label={t('events.field.status')}
        value={f.status}
        options={EVENT_STATUSES.filter((s) => p.showDrafts || s !== 'draft').map((s) => ({
          value: s,
          label: t(`events.status.${s}`),
        }))}
      />
      <Select
        t={t}
        name="kind"
        label={t('events.filter.kind')}
        value={f.kind}
        options={EVENT_KINDS.map((k) => ({ value: k, label: t(`events.kind.${k}`) }))}
      />
      <div class="field">
        <label for="filter-q">{t('events.filter.q')}</label>
        <input id="filter-q" name="q" type="search" value={f.q ?? ''} maxlength={200} />
      </div>
      <div class="actions">
        <button type="submit" class="button">
          {t('common.filter')}
        </button>
        <a href={action}>{t('common.clear')}</a>
      </div>
    </form>
  );
}

/** The part htmx swaps when a filter changes: the count, the years and their events, the pages. */
export function CalendarResults(p: CalendarProps) {
  const { t, lang } = p;
  const years: { year: string; rows: EventView[] }[] = [];
  for (const v of p.rows) {
    const y = v.event.startDate.slice(0, 4);
    if (years.at(-1)?.year !== y) years.push({ year: y, rows: [] });
    years.at(-1)!.rows.push(v);
  }
  return (
    <div id={RESULTS_ID} class="event-results" aria-live="polite">
      <p class="result-count">
        {p.total === 1
          ? t('events.count.one')
          : t('events.count.many', { count: formatNumber(p.total, lang) })}
      </p>
      {p.total === 0 ? <p class="empty">{t('events.none')}</p> : null}
      {years.map((y) => (
        <section class="event-year" aria-labelledby={`year-${y.year}`}>
          <h2 id={`year-${y.year}`}>{lang === 'zh' ? `${y.year}年` : y.year}</h2>
          <ul class="event-list">
            {y.rows.map((v) => (
              <EventItem t={t} lang={lang} view={v} reported={p.reported.get(v.event.id) ?? null} />
            ))}
          </ul>
        </section>
      ))}
      <Pagination
        t={t}
        page={p.page}
        pages={p.pages}
        hrefFor={(n) => `${href(lang, '/events')}${filterQuery(p.filter, n)}`}
      />
    </div>
  );
}

export function CalendarPage(p: CalendarProps) {
  const { t, lang } = p;
  return (
    <div class="wrap">
      <PageHeader
        title={t('events.calendar.title')}
        lead={t('events.calendar.lead')}
        actions={
          <>
            <a class="button" href={href(lang, '/programmes')}>
              {t('events.programmes.title')}
            </a>
            {p.canCreate ? (
              <a class="button primary" href={href(lang, '/events/new')}>
                {t('events.new')}
              </a>
            ) : null}
          </>
        }
      />
      <Filters {...p} />
      <CalendarResults {...p} />
    </div>
  );
}
