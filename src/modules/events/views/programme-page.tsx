import { type Lang, text } from '../../../lib/bilingual.js';
import { formatNumber } from '../../../lib/dates.js';
import { Bi, Notice, PageHeader } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import type { HistoryGroup, HistoryTotals } from '../history.js';
import type { Partner } from '../json-ld.js';
import type { Programme } from '../programme-queries.js';
import { Paragraphs } from './event-page.js';
import { datesOf, headcountText, StatusBadge } from './parts.js';

export interface ProgrammePageProps {
  t: Translator;
  lang: Lang;
  programme: Programme;
  partners: Partner[];
  years: { from: number; to: number | null };
  groups: HistoryGroup[];
  totals: HistoryTotals;
  canManage: boolean;
  canAddEvent: boolean;
  saved: boolean;
}

export function yearSpan(t: Translator, y: { from: number; to: number | null }) {
  if (y.to === null) return t('events.programme.since', { from: y.from });
  return y.from === y.to ? String(y.from) : `${y.from}–${y.to}`;
}

function ReportCell(p: { t: Translator; lang: Lang; group: HistoryGroup; rows: number }) {
  const { t, lang } = p;
  return (
    <td rowspan={p.rows} class="report-cell">
      {p.group.reports.map((r) => (
        <p>
          <strong>{headcountText(t, lang, r.count, r.approximate)}</strong>
          {r.label.en || r.label.zh ? (
            <>
              {' '}
              <Bi value={r.label} lang={lang} />
            </>
          ) : null}
          {p.group.events.length > 1 ? (
            <span class="hint"> {t('events.history.together', { count: p.group.events.length })}</span>
          ) : null}
        </p>
      ))}
    </td>
  );
}

function HistoryTable(p: ProgrammePageProps) {
  const { t, lang } = p;
  const approx = p.totals.reportedApproximate;
  return (
    <table class="table history">
      <caption>{t('events.history.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('events.field.dates')}</th>
          <th scope="col">{t('events.history.event')}</th>
          <th scope="col">{t('events.field.city')}</th>
          <th scope="col">{t('events.field.audience')}</th>
          <th scope="col" class="num">
            {t('events.history.named')}
          </th>
          <th scope="col" class="num">
            {t('events.history.reported')}
          </th>
        </tr>
      </thead>
      <tbody>
        {p.groups.map((g) =>
          g.events.length === 0 ? (
            <tr>
              <td colspan={4}>{t('events.history.reportOnly')}</td>
              <td class="num">–</td>
              <ReportCell t={t} lang={lang} group={g} rows={1} />
            </tr>
          ) : (
            g.events.map((e, i) => (
              <tr>
                <td>{datesOf(e.event, lang)}</td>
                <th scope="row">
                  <a href={href(lang, `/events/${e.event.id}`)}>
                    <Bi value={e.event.title} lang={lang} />
                  </a>{' '}
                  {e.event.status !== 'published' && e.event.status !== 'completed' ? (
                    <StatusBadge t={t} status={e.event.status} />
                  ) : null}
                </th>
                <td>
                  <Bi value={e.cityName} lang={lang} />
                </td>
                <td>{t(`events.audience.${e.event.audience}`)}</td>
                <td class="num">{formatNumber(e.named, lang)}</td>
                {g.reports.length === 0 ? (
                  <td class="num">
                    {headcountText(t, lang, e.event.reportedHeadcount, e.event.headcountApproximate)}
                  </td>
                ) : i === 0 ? (
                  <ReportCell t={t} lang={lang} group={g} rows={g.events.length} />
                ) : null}
              </tr>
            ))
          ),
        )}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colspan={4}>
            {t('events.history.total', { count: p.totals.events })}
          </th>
          <td class="num">{formatNumber(p.totals.named, lang)}</td>
          <td class="num">{headcountText(t, lang, p.totals.reported, approx)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

export function ProgrammePage(p: ProgrammePageProps) {
  const { t, lang, programme: pr } = p;
  const feed = href(lang, `/programmes/${pr.slug}/calendar.ics`);
  return (
    <div class="wrap">
      <PageHeader
        title={text(pr.title, lang)}
        lead={yearSpan(t, p.years)}
        crumbs={[
          { href: href(lang, '/events'), label: t('events.calendar.title') },
          { href: href(lang, '/programmes'), label: t('events.programmes.title') },
        ]}
        actions={
          <>
            {p.canAddEvent ? (
              <a class="button" href={`${href(lang, '/events/new')}?programme=${pr.id}`}>
                {t('events.new')}
              </a>
            ) : null}
            {p.canManage ? (
              <a class="button primary" href={href(lang, `/programmes/${pr.slug}/edit`)}>
                {t('common.edit')}
              </a>
            ) : null}
          </>
        }
      />
      {p.saved ? <Notice kind="success">{t('common.saved')}</Notice> : null}
      <Paragraphs value={pr.description} lang={lang} />
      {p.partners.length ? (
        <section aria-labelledby="partners">
          <h2 id="partners">{t('events.programme.partners')}</h2>
          <ul class="partners">
            {p.partners.map((x) => (
              <li>
                <Bi value={x.name} lang={lang} />{' '}
                <span class="hint">{t(`events.partnerRole.${x.role}`)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="history">
        <h2 id="history">{t('events.history.title')}</h2>
        <dl class="totals">
          <div>
            <dt>{t('events.history.named')}</dt>
            <dd>{formatNumber(p.totals.named, lang)}</dd>
          </div>
          <div>
            <dt>{t('events.history.reported')}</dt>
            <dd>{headcountText(t, lang, p.totals.reported, p.totals.reportedApproximate)}</dd>
          </div>
          <div>
            <dt>{t('reports.history.total')}</dt>
            <dd>{headcountText(t, lang, p.totals.total, p.totals.reportedApproximate)}</dd>
          </div>
        </dl>
        <p class="hint">{t('events.history.note')}</p>
        {p.groups.length ? <HistoryTable {...p} /> : <p>{t('events.none')}</p>}
        <p>
          <a href={`${href(lang, '/events')}?programme=${encodeURIComponent(pr.slug)}`}>
            {t('events.programme.inCalendar')}
          </a>
        </p>
      </section>
      <section aria-labelledby="feed">
        <h2 id="feed">{t('events.programme.feedTitle')}</h2>
        <p>
          <a href={feed} type="text/calendar">
            {t('events.programme.feed')}
          </a>
        </p>
        <p class="hint">{t('events.programme.feedHint')}</p>
      </section>
    </div>
  );
}
