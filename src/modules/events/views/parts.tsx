import type { Lang } from '../../../lib/bilingual.js';
import { formatNumber } from '../../../lib/dates.js';
import { Bi } from '../../../web/components.js';
import type { Translator } from '../../../web/i18n/index.js';
import { href } from '../../../web/layout.js';
import { provinceName } from '../../places/index.js';
import { eventDateLabel, isoToPrecision } from '../event-dates.js';
import type { ReportedFigure } from '../history.js';
import type { EventRow, EventView } from '../queries.js';
import type { EventStatus } from '../schema.js';

export function StatusBadge(p: { t: Translator; status: EventStatus }) {
  return <span class={`badge status-${p.status}`}>{p.t(`events.status.${p.status}`)}</span>;
}

export const datesOf = (e: Pick<EventRow, 'startDate' | 'endDate' | 'datePrecision'>, lang: Lang) =>
  eventDateLabel(e.startDate, e.endDate, e.datePrecision, lang);

/** "120", "about 100", or "not reported". */
export function headcountText(t: Translator, lang: Lang, count: number | null, approximate: boolean): string {
  if (count === null) return t('events.headcount.none');
  const n = formatNumber(count, lang);
  return approximate ? t('events.headcount.about', { count: n }) : n;
}

export function Place(p: { lang: Lang; city: EventView['city']['name']; province: string }) {
  // Chinese names the province first and needs no separator (山东省青岛); English the city first.
  if (p.lang === 'zh') {
    return (
      <>
        <Bi value={provinceName(p.province)} lang={p.lang} />
        <Bi value={p.city} lang={p.lang} />
      </>
    );
  }
  return (
    <>
      <Bi value={p.city} lang={p.lang} />
      {', '}
      <Bi value={provinceName(p.province)} lang={p.lang} />
    </>
  );
}

/**
 * One event in a list: title, when, where, for whom, status and the reported headcount (as its
 * programme's history counts it: `reported`, from `reportedFigures`).
 */
export function EventItem(p: {
  t: Translator;
  lang: Lang;
  view: EventView;
  reported: ReportedFigure | null;
  headingLevel?: 'h2' | 'h3' | 'h4';
}) {
  const { t, lang } = p;
  const e = p.view.event;
  const H = p.headingLevel ?? 'h3';
  return (
    <li class={`event-item status-${e.status} kind-${e.kind}`}>
      <H class="event-title">
        <a href={href(lang, `/events/${e.id}`)}>
          <Bi value={e.title} lang={lang} />
        </a>
        {e.kind === 'local' ? (
          <>
            {' '}
            <span class="badge kind-local">{t('events.kind.local')}</span>
          </>
        ) : null}
      </H>
      <dl class="event-facts">
        <div>
          <dt>{t('events.field.dates')}</dt>
          <dd>
            <time datetime={isoToPrecision(e.startDate, e.datePrecision)}>{datesOf(e, lang)}</time>
          </dd>
        </div>
        <div>
          <dt>{t('events.field.place')}</dt>
          <dd>
            <Place lang={lang} city={p.view.city.name} province={e.province} />
          </dd>
        </div>
        <div>
          <dt>{t('events.field.audience')}</dt>
          <dd>{t(`events.audience.${e.audience}`)}</dd>
        </div>
        <div>
          <dt>{t('events.field.status')}</dt>
          <dd>
            <StatusBadge t={t} status={e.status} />
          </dd>
        </div>
        {e.kind === 'local' ? null : (
          <div>
            <dt>{t('events.field.reportedHeadcount')}</dt>
            <dd>
              {headcountText(t, lang, p.reported?.count ?? null, p.reported?.approximate ?? false)}
              {p.reported && p.reported.together > 1
                ? ` ${t('events.headcount.shared', { count: p.reported.together })}`
                : ''}
            </dd>
          </div>
        )}
      </dl>
    </li>
  );
}
