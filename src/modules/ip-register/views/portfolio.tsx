import { raw as rawSvg } from 'hono/html';
import type { Lang } from '../../../lib/bilingual.js';
import { formatNumber } from '../../../lib/dates.js';
import { Notice, PageHeader, Pagination } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import type { Jurisdiction } from '../engine/types.js';
import { inGrace } from '../grace.js';
import { surchargeText } from '../grace-text.js';
import type { OrganisationRef, UpcomingItem } from '../queries.js';
import { URGENCIES, type Urgency, type UrgencyBounds, urgencyOf } from '../urgency.js';
import { FilterForm, type PortfolioFilter, queryOf } from './filters.js';
import { Day, jurisdictionLabel, numbersText, paths, Text, typeLabel, UrgencyBadge } from './parts.js';

export interface TimelineView {
  /** ECharts' SVG, built from counts and catalogue labels only (no user text), so it may be inlined. */
  svg: string;
  months: { month: string; label: string }[];
  jurisdictions: Jurisdiction[];
  value: (month: string, j: Jurisdiction) => number;
}

export interface PortfolioProps {
  t: Translator;
  lang: Lang;
  org: OrganisationRef;
  canEdit: boolean;
  canShare: boolean;
  filter: PortfolioFilter;
  counts: Record<Urgency, number>;
  timeline: TimelineView;
  deadlines: { items: UpcomingItem[]; total: number; page: number; pages: number };
  bounds: UrgencyBounds;
  rightsTotal: number;
  notice?: string;
}

export const DEADLINES_ID = 'ip-deadlines';

export function PortfolioPage(p: PortfolioProps) {
  const { t, lang, org } = p;
  return (
    <div class="wrap ip-register">
      <PageHeader
        title={t('ip.portfolio.title')}
        lead={<Text value={org.name} lang={lang} />}
        crumbs={[
          { href: href(lang, paths.toolkit), label: t('ip.toolkit.title') },
          { href: href(lang, paths.index), label: t('ip.register.title') },
        ]}
        actions={
          p.canEdit ? (
            <a class="button primary" href={href(lang, paths.newRight(org.id))}>
              {t('ip.right.add')}
            </a>
          ) : null
        }
      />
      {p.notice ? <Notice kind="success">{p.notice}</Notice> : null}
      <nav class="ip-tools" aria-label={t('ip.portfolio.tools')}>
        <ul class="plain ip-tool-list">
          <li>
            <a href={href(lang, paths.rights(org.id))}>
              {t('ip.portfolio.allRights', { count: formatNumber(p.rightsTotal, lang) })}
            </a>
          </li>
          <li>
            <a href={href(lang, paths.exportCsv(org.id))} download>
              {t('common.export')}
            </a>
          </li>
          {p.canEdit ? (
            <li>
              <a href={href(lang, paths.importCsv(org.id))}>{t('common.import')}</a>
            </li>
          ) : null}
          <li>
            <a href={href(lang, paths.calendar(org.id))}>{t('ip.feed.title')}</a>
          </li>
          {p.canShare ? (
            <li>
              <a href={href(lang, paths.sharing(org.id))}>{t('ip.share.title')}</a>
            </li>
          ) : null}
        </ul>
      </nav>
      <UrgencySummary t={t} lang={lang} counts={p.counts} />
      <FilterForm t={t} lang={lang} action={href(lang, paths.portfolio(org.id))} filter={p.filter} />
      <Timeline t={t} lang={lang} timeline={p.timeline} />
      <DeadlineList {...p} />
    </div>
  );
}

function UrgencySummary(p: { t: Translator; lang: Lang; counts: Record<Urgency, number> }) {
  return (
    <section aria-labelledby="ip-summary-title">
      <h2 id="ip-summary-title">{p.t('ip.portfolio.summary')}</h2>
      <ul class="plain ip-summary">
        {URGENCIES.map((u) => (
          <li class={p.counts[u] ? `ip-summary-item ip-urgency-box-${u}` : 'ip-summary-item'}>
            <span class="ip-summary-count">{formatNumber(p.counts[u], p.lang)}</span>
            <UrgencyBadge t={p.t} urgency={u} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function Timeline(p: { t: Translator; lang: Lang; timeline: TimelineView }) {
  const { t, lang, timeline } = p;
  return (
    <section aria-labelledby="ip-timeline-heading" class="ip-timeline">
      <h2 id="ip-timeline-heading">{t('ip.timeline.title')}</h2>
      <p class="hint">{t('ip.timeline.lead')}</p>
      {timeline.jurisdictions.length ? (
        <>
          <figure class="ip-chart">{rawSvg(timeline.svg)}</figure>
          <details class="ip-chart-table">
            <summary>{t('ip.timeline.table')}</summary>
            <div class="table-wrap">
              <table class="table">
                <caption class="visually-hidden">{t('ip.timeline.title')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('ip.timeline.month')}</th>
                    {timeline.jurisdictions.map((j) => (
                      <th scope="col" class="number">
                        {jurisdictionLabel(t, j)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {timeline.months.map((m) => (
                    <tr>
                      <th scope="row">{m.label}</th>
                      {timeline.jurisdictions.map((j) => (
                        <td class="number">{formatNumber(timeline.value(m.month, j), lang)}</td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </>
      ) : (
        <p>{t('ip.timeline.empty')}</p>
      )}
    </section>
  );
}

/** The part an htmx filter or page change replaces. */
export type DeadlineListProps = Pick<
  PortfolioProps,
  't' | 'lang' | 'org' | 'filter' | 'deadlines' | 'bounds' | 'rightsTotal'
>;

export function DeadlineList(p: DeadlineListProps) {
  const { t, lang, deadlines } = p;
  const base = href(lang, paths.portfolio(p.org.id));
  return (
    <section id={DEADLINES_ID} aria-labelledby="ip-deadlines-title">
      <h2 id="ip-deadlines-title">{t('ip.deadlines.title')}</h2>
      <p class="result-count" role="status">
        {t('ip.deadlines.count', { count: formatNumber(deadlines.total, lang) })}
      </p>
      {deadlines.items.length ? (
        <div class="table-wrap">
          <table class="table ip-deadline-table cards-on-phone">
            <caption class="visually-hidden">{t('ip.deadlines.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ip.deadline.due')}</th>
                <th scope="col">{t('ip.deadline.urgency')}</th>
                <th scope="col">{t('ip.deadline.what')}</th>
                <th scope="col">{t('ip.deadline.right')}</th>
                <th scope="col">{t('ip.deadline.graceEnds')}</th>
              </tr>
            </thead>
            <tbody>
              {deadlines.items.map((item) => {
                const d = item.deadline;
                const urgency = urgencyOf(d.due, p.bounds);
                const grace = inGrace(d, p.bounds.today);
                return (
                  <tr class={`ip-row-${urgency}`}>
                    <td class="nowrap" data-label={t('ip.deadline.due')}>
                      <Day iso={d.due} lang={lang} />
                      {grace ? (
                        <span class="meta">
                          {lang === 'zh' ? `（${t('ip.grace.passed')}）` : ` (${t('ip.grace.passed')})`}
                        </span>
                      ) : null}
                    </td>
                    <td data-label={t('ip.deadline.urgency')}>
                      <UrgencyBadge t={t} urgency={urgency} />
                    </td>
                    <td data-label={t('ip.deadline.what')}>
                      <Text value={d.label} lang={lang} />
                      {d.uncertain ? (
                        <span class="badge ip-uncertain">{t('ip.deadline.uncertainShort')}</span>
                      ) : null}
                    </td>
                    <td data-label={t('ip.deadline.right')}>
                      <a href={href(lang, paths.right(d.rightId))}>
                        <Text value={item.title} lang={lang} />
                      </a>
                      <br />
                      <span class="meta">
                        {typeLabel(t, d.jurisdiction, d.rightKind)}
                        {numbersText(item) ? ` · ${numbersText(item)}` : ''}
                      </span>
                    </td>
                    <td data-label={t('ip.deadline.graceEnds')}>
                      {d.graceEnds ? (
                        <span class="nowrap">
                          <Day iso={d.graceEnds} lang={lang} />
                        </span>
                      ) : (
                        '—'
                      )}
                      {grace ? (
                        <span class="ip-surcharge-now">
                          {surchargeText(t, lang, d.surcharge, p.bounds.today)}
                        </span>
                      ) : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{p.rightsTotal ? t('ip.deadlines.none') : t('ip.portfolio.empty')}</p>
      )}
      {/* With htmx, paging through a long list replaces only the list; without it, the links load the page. */}
      <div
        data-hx-boost="true"
        data-hx-target={`#${DEADLINES_ID}`}
        data-hx-swap={`outerHTML show:#${DEADLINES_ID}:top`}
      >
        <Pagination
          t={t}
          page={deadlines.page}
          pages={deadlines.pages}
          hrefFor={(page) => `${base}${queryOf({ ...p.filter, page })}`}
        />
      </div>
    </section>
  );
}
